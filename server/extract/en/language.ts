// Which pipeline a page needs, by its script. A Chinese character carries about as much as a
// word, an English word about five letters, so the same story runs to some three Latin letters
// for each Han character: a Chinese page quoting English names stays Chinese, an English story
// giving Chinese names in brackets stays English.
const LATIN_LETTERS_PER_HAN = 3;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function languageOf(text: string): 'zh' | 'en' {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  // Text with neither script (numbers, punctuation) goes to the default, Chinese, pipeline.
  if (han === 0 && latin === 0) return 'zh';
  return han * LATIN_LETTERS_PER_HAN >= latin ? 'zh' : 'en';
}
