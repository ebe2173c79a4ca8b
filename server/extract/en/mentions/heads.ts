import { isOrganisationWord } from './lexicon.ts';
import type { EntityType } from '../../types.ts';
import { ORG_HEADS, ORG_HEAD_WORDS, type OrgKind } from '../vocab/orgs.ts';
import { PLACE_HEADS, PLACE_HEAD_WORDS, type PlaceLevel } from '../vocab/places.ts';
import { PROJECT_HEADS } from '../vocab/projects.ts';

// The word or words that end a name and say what it names: District, Business District,
// People's Government, Co., Ltd., Station. Place levels win over organisation words, so
// "Canal Business District" is a zone, and both over compromise's organisation words.
export interface Head {
  type: Exclude<EntityType, 'PERSON'>;
  /** The head as matched, lower case ("business district"). */
  key: string;
  /** How many words it spans. */
  words: number;
  level?: PlaceLevel;
  kind?: OrgKind;
}

/** The longest head ending at word `at` of `words`. */
export function headEndingAt(words: readonly string[], at: number): Head | undefined {
  const longest = Math.max(PLACE_HEAD_WORDS, ORG_HEAD_WORDS);
  for (let n = Math.min(longest, at + 1); n >= 1; n--) {
    const key = words
      .slice(at - n + 1, at + 1)
      .join(' ')
      .toLowerCase();
    const place = PLACE_HEADS.get(key);
    if (place) return { type: 'PLACE', key, words: n, level: place.level };
    const kind = ORG_HEADS.get(key);
    if (kind) return { type: 'ORG', key, words: n, kind };
  }
  const word = words[at]!;
  if (PROJECT_HEADS.has(word.toLowerCase())) return { type: 'PROJECT', key: word.toLowerCase(), words: 1 };
  if (isOrganisationWord(word)) return { type: 'ORG', key: word.toLowerCase(), words: 1, kind: 'company' };
  return undefined;
}
