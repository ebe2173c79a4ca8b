import { titleCase } from './text.ts';
import { BODY_LEVEL_WORDS } from '../vocab/places.ts';

// The Party committee and the government of a place, in the official English the naming
// stage gives their Chinese names (通州区委 → CPC Tongzhou District Committee, 海安市人民政府 →
// Hai'an Municipal People's Government), so an English article's body and a Chinese one's meet.
export type BodyKind = 'party' | 'government';

export interface PlaceName {
  /** The proper part as written ("Tongzhou", "Hai'an"). */
  proper: string;
  /** The level word, lower case ("district"); none for a municipality written alone (Beijing). */
  level?: string;
}

const LEVEL = /^(.+?)\s+(district|county|city|town|township|province|subdistrict|street|prefecture|municipality|municipal|provincial)$/i;
const ADJECTIVE_LEVELS: Readonly<Record<string, string>> = { municipal: 'city', provincial: 'province' };

/** "Tongzhou District" → Tongzhou, district; "Beijing" → Beijing. */
export function placeName(written: string): PlaceName {
  const m = LEVEL.exec(written.trim());
  if (!m) return { proper: written.trim() };
  const level = m[2]!.toLowerCase();
  return { proper: m[1]!, level: ADJECTIVE_LEVELS[level] ?? level };
}

/** "CPC Tongzhou District Committee", "Tongzhou District People's Government". */
export function bodyName(kind: BodyKind, place: PlaceName): string {
  const level = place.level ? (BODY_LEVEL_WORDS[place.level] ?? titleCase(place.level)) : 'Municipal';
  const of = `${titleCase(place.proper)} ${level}`;
  return kind === 'party' ? `CPC ${of} Committee` : `${of} People's Government`;
}

// The ways English writes a place's Party committee and government.
const PARTY_FORMS = [
  /^(?:the\s+)?(?:CPC|Communist Party of China(?:\s*\(CPC\))?)\s+(.+?)\s+Committee$/,
  /^(?:the\s+)?(.+?)\s+(?:CPC|Party)\s+Committee$/i,
  /^(?:the\s+)?(.+?)\s+Committee of the (?:CPC|Communist Party of China)$/,
  /^(?:the\s+)?Party Committee of (?:the\s+)?(.+)$/i,
];
const GOVERNMENT_FORMS = [/^(?:the\s+)?(.+?)\s+(?:People['’]s\s+)?Government$/i, /^(?:the\s+)?People['’]s Government of (?:the\s+)?(.+)$/i];

/** The body a name writes out, when it is a place's Party committee or government. */
export function bodyOf(name: string): { kind: BodyKind; place: PlaceName } | undefined {
  for (const [kind, forms] of [
    ['party', PARTY_FORMS],
    ['government', GOVERNMENT_FORMS],
  ] as const) {
    for (const form of forms) {
      const m = form.exec(name.trim());
      if (!m) continue;
      const place = placeName(m[1]!);
      // A body is a place's only when what it names is a place: "CPC Central Committee" is not.
      if (place.level || /^\p{Lu}[\p{Ll}'’]+$/u.test(place.proper)) return { kind, place };
    }
  }
  return undefined;
}
