// Places whose English is not their pinyin: names from Tibetan, Mongolian, Uygur and other
// languages, and older postal spellings kept by official usage (拉萨 → Lhasa).
export const CONVENTIONAL_SPELLINGS: Readonly<Record<string, string>> = {
  拉萨: 'Lhasa',
  日喀则: 'Xigaze',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  山南: 'Shannan',
  昌都: 'Qamdo',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  喀什: 'Kashgar',
  和田: 'Hotan',
  伊犁: 'Ili',
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  陕西: 'Shaanxi',
  香港: 'Hong Kong',
  澳门: 'Macao',
};
