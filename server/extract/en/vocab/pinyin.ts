// The shape of a Hanyu Pinyin syllable without tones: an optional initial and a final. It
// admits a few sequences no syllable has, which costs nothing here: a given name is checked
// only after its family name has matched a Chinese surname.
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)';
const SYLLABLE = `${INITIAL}?${FINAL}`;

/** A given name: one to three syllables written as one word (Jingwei, Xiuxiu, Xi'an-style apostrophes allowed). */
export const GIVEN_NAME = new RegExp(`^${SYLLABLE}(?:['’]?${SYLLABLE}){0,2}$`, 'i');

// Family names of two syllables written as one word (欧阳 Ouyang). Single ones come from the
// Chinese pipeline's surname list, read as surnames.
export const COMPOUND_SURNAMES_PINYIN: readonly string[] = [
  'ouyang', 'sima', 'shangguan', 'zhuge', 'dongfang', 'huangfu', 'yuchi', 'gongsun', 'murong', 'zhangsun', 'yuwen',
  'situ', 'xiahou', 'xuanyuan', 'linghu', 'duanmu', 'ximen', 'nangong', 'dugu', 'huyan', 'tantai', 'shentu',
];
