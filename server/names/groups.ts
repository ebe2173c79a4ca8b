import { FORMS, LONGEST_ENTRY, TERMS, type Term } from './glossary/index.ts';
import { COUNTS } from './glossary/measures.ts';
import { GROUP_DIRECTIONS } from './glossary/place.ts';
import type { NumberMatch } from './numbers.ts';

// Groups of divisions named by a direction and a count (北三县, 西北五省): one name for several
// places, which English writes as the count, the direction as an adjective and the level in the
// plural (Three Northern Counties, Five Northwestern Provinces), not as one place called Beisan.

/** County → Counties, District → Districts. */
const plural = (en: string) => (/[^aeiou]y$/.test(en) ? `${en.slice(0, -1)}ies` : `${en}s`);

/** The glossary word at i, longest first, if it is a level that groups of divisions are named by. */
function groupLevelAt(text: string, i: number): Term | undefined {
  for (let n = Math.min(LONGEST_ENTRY, text.length - i); n >= 1; n--) {
    const zh = text.slice(i, i + n);
    if (FORMS.has(zh)) return undefined;
    const term = TERMS.get(zh);
    if (term) return term.role === 'level' && term.administrative && !term.numbered ? term : undefined;
  }
  return undefined;
}

/** A group starting at i, unless the glossary has the whole of it (东三省 means the three northeastern provinces). */
export function groupAt(text: string, i: number): NumberMatch | undefined {
  const [direction, adjective] = GROUP_DIRECTIONS.find(([zh]) => text.startsWith(zh, i)) ?? [];
  if (!direction || !adjective) return undefined;
  const countAt = i + direction.length;
  const count = COUNTS[text[countAt] ?? ''];
  const level = count ? groupLevelAt(text, countAt + 1) : undefined;
  if (!count || !level) return undefined;
  const length = direction.length + 1 + level.zh.length;
  return TERMS.has(text.slice(i, i + length)) ? undefined : { en: `${count} ${adjective} ${plural(level.en)}`, length };
}
