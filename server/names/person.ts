import { capitalise, joinSyllables, syllables } from './pinyin.ts';
import { DOUBLE_SURNAMES } from './surnames.ts';

// Persons: family name first, given name as one word (欧阳娜娜 → Ouyang Nana). The family
// name is read as a surname (单 Shan, 曾 Zeng), which only persons may use: 区长 is not Ou.

export function renderPerson(name: string): string {
  const familyLength = DOUBLE_SURNAMES.some((s) => name.startsWith(s) && name.length > s.length) ? 2 : 1;
  const all = syllables(name, true);
  const family = joinSyllables(all.slice(0, familyLength));
  const given = joinSyllables(all.slice(familyLength));
  return [capitalise(family), capitalise(given)].filter(Boolean).join(' ');
}
