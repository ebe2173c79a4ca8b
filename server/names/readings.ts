// Place names whose standard reading differs from the romaniser's everyday one. Each is a
// well-known polyphone in an official place name, never a reading made up for one article.
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  六安: 'lù ān',
  乐清: 'yuè qīng',
  蚌埠: 'bèng bù',
  单县: 'shàn xiàn',
  番禺: 'pān yú',
  丽水: 'lí shuǐ',
  东阿: 'dōng ē',
  铅山: 'yán shān',
  歙县: 'shè xiàn',
  黄陂: 'huáng pí',
  洪洞: 'hóng tóng',
  枞阳: 'zōng yáng',
  台州: 'tāi zhōu',
  天台: 'tiān tāi',
  亳州: 'bó zhōu',
  大埔: 'dà bù',
  筠连: 'jūn lián',
  涪陵: 'fú líng',
  莘县: 'shēn xiàn',
  栎阳: 'yuè yáng',
  犍为: 'qián wéi',
  济南: 'jǐ nán',
  济宁: 'jǐ níng',
  长治: 'cháng zhì',
  尉氏: 'wèi shì',
  监利: 'jiàn lì',
  厦门: 'xià mén',
  重庆: 'chóng qìng',
  朝阳: 'cháo yáng',
  长安: 'cháng ān',
  长沙: 'cháng shā',
  乐亭: 'lào tíng',
  会稽: 'kuài jī',
  角直: 'lù zhí',
  蔚县: 'yù xiàn',
  大足: 'dà zú',
};

// Characters read one way inside names whatever the romaniser reads in running text: 都 is dū in
// every place and name (纺都, 花都), dōu only as the adverb "all".
export const NAME_CHARACTER_READINGS: Readonly<Record<string, string>> = {
  都: 'du',
};

// Words of slogans whose sense there differs from the everyday one: 同行 in “和润同行”, “一路同行” is
// "walk together" (tóngxíng), not "peer" (tóngháng).
export const SLOGAN_READINGS: Readonly<Record<string, string>> = {
  同行: 'tóng xíng',
};
