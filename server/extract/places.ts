import { divisionsNamed } from './gazetteer.ts';
import type { Sentence } from './types.ts';

export interface PlaceMention {
  name: string;
  level: string;
  start: number;
  end: number;
  sentence: Sentence;
}

// The level a place-name suffix gives. Longest suffixes first so 街道 wins over 道.
const SUFFIX_LEVELS: ReadonlyArray<readonly [string, string]> = [
  ['街道', 'subdistrict'],
  ['镇', 'town'],
  ['村', 'village'],
  ['区', 'district'],
];

// Two to four name characters before the suffix. Characters that end a clause or start a
// common verb phrase are excluded so "在潞城镇" yields 潞城镇, not 在潞城镇.
const NAME_CHAR = '[\\u4e00-\\u9fff]';
const STOP_PREFIX = /^[在于到从对和与及的是将了向由把被为全该本我各每两三]/;
const PLACE = new RegExp(`${NAME_CHAR}{2,4}?(?:${SUFFIX_LEVELS.map(([s]) => s).join('|')})`, 'g');

/**
 * Places written with an administrative suffix (镇/街道/村/区) in one sentence, kept only when
 * the gazetteer knows the name: a bare suffix rule also matches phrases like 经济重镇.
 */
export function suffixPlaces(sentence: Sentence): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const match of sentence.text.matchAll(PLACE)) {
    let name = match[0];
    let offset = match.index ?? 0;
    while (STOP_PREFIX.test(name) && name.length > 3) {
      name = name.slice(1);
      offset++;
    }
    const suffix = SUFFIX_LEVELS.find(([s]) => name.endsWith(s));
    if (!suffix || name.length - suffix[0].length < 2 || STOP_PREFIX.test(name)) continue;
    if (divisionsNamed(name).length === 0) continue;
    const start = sentence.start + offset;
    places.push({ name, level: suffix[1], start, end: start + name.length, sentence });
  }
  return places;
}
