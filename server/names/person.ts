import { capitalise, dictionaryWords, joinSyllables, syllables } from './pinyin.ts';
import { COMMON_SURNAMES, DOUBLE_SURNAMES } from './surnames.ts';

// Persons: family name first, given name as one word (欧阳娜娜 → Ouyang Nana). The family
// name is read as a surname (单 Shan, 曾 Zeng), which only persons may use: 区长 is not Ou.

export function renderPerson(name: string): string {
  const familyLength = DOUBLE_SURNAMES.some((s) => name.startsWith(s) && name.length > s.length) ? 2 : 1;
  const all = syllables(name, true);
  const family = joinSyllables(all.slice(0, familyLength));
  const given = joinSyllables(all.slice(familyLength));
  return [capitalise(family), capitalise(given)].filter(Boolean).join(' ');
}

/**
 * Whether a part of another name reads as a person's name: a common family name with one or two
 * given characters, where the dictionary ends a word after the family name (崔柳 → 崔 柳), not
 * one that runs on into an ordinary word (石榴籽 → 石榴 籽, 安心).
 */
export function readsAsPersonName(zh: string): boolean {
  const family = dictionaryWords(zh)[0] ?? '';
  const given = [...zh].length - [...family].length;
  return (COMMON_SURNAMES.has(family) || DOUBLE_SURNAMES.includes(family)) && given >= 1 && given <= 2;
}
