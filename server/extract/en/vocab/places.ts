// The words that end an English place name, as Xinhua and government English sites write them,
// with the guideline's level. `division` says which gazetteer entries the name may be: the
// Chinese endings a division with this English level word carries.
export type PlaceLevel = 'province' | 'city' | 'district' | 'county' | 'town' | 'subdistrict' | 'village' | 'community' | 'zone' | 'road' | 'other';

export interface PlaceHead {
  level: PlaceLevel;
  /** Gazetteer tiers and name endings a division named so may have. */
  division?: { tiers: readonly number[]; endings: RegExp; preferred?: RegExp };
}

const head = (level: PlaceLevel, division?: PlaceHead['division']): PlaceHead => ({ level, ...(division ? { division } : {}) });

// Longest first where one ends another (Business District before District).
export const PLACE_HEADS: ReadonlyMap<string, PlaceHead> = new Map([
  ['autonomous region', head('province', { tiers: [1], endings: /自治区$/ })],
  ['province', head('province', { tiers: [1], endings: /(?:省|市|自治区)$/, preferred: /省$/ })],
  ['municipality', head('province', { tiers: [1], endings: /市$/ })],
  ['autonomous prefecture', head('city', { tiers: [2], endings: /自治州$/ })],
  ['prefecture', head('city', { tiers: [2], endings: /(?:地区|自治州|盟)$/ })],
  // County-level cities (Pinghu City, Hai'an City) are cities too.
  ['city', head('city', { tiers: [1, 2, 3], endings: /市$/ })],
  ['district', head('district', { tiers: [3], endings: /区$/ })],
  ['autonomous county', head('county', { tiers: [3], endings: /自治县$/ })],
  ['county', head('county', { tiers: [3], endings: /(?:县|旗)$/ })],
  ['banner', head('county', { tiers: [3], endings: /旗$/ })],
  ['ethnic township', head('town', { tiers: [4], endings: /乡$/ })],
  // English writers use Town and Township for both 镇 and 乡; the exact one wins when both exist.
  ['township', head('town', { tiers: [4], endings: /[乡镇]$/, preferred: /乡$/ })],
  ['town', head('town', { tiers: [4], endings: /[镇乡]$/, preferred: /镇$/ })],
  ['subdistrict', head('subdistrict', { tiers: [4], endings: /街道$/ })],
  ['sub-district', head('subdistrict', { tiers: [4], endings: /街道$/ })],
  ['street', head('subdistrict', { tiers: [4], endings: /街道$/ })],
  ['village', head('village')],
  ['community', head('community')],
  ['economic and technological development zone', head('zone')],
  ['high-tech industrial development zone', head('zone')],
  ['economic development zone', head('zone')],
  ['development zone', head('zone')],
  ['high-tech zone', head('zone')],
  ['pilot free trade zone', head('zone')],
  ['free trade zone', head('zone')],
  ['comprehensive bonded zone', head('zone')],
  ['bonded zone', head('zone')],
  ['industrial zone', head('zone')],
  ['industrial park', head('zone')],
  ['science park', head('zone')],
  ['technology park', head('zone')],
  ['logistics park', head('zone')],
  ['central business district', head('zone')],
  ['business district', head('zone')],
  ['new area', head('zone')],
  ['port area', head('zone')],
  ['scenic area', head('other')],
  ['road', head('road')],
  ['avenue', head('road')],
  ['lane', head('road')],
  ['river', head('other')],
  ['canal', head('other')],
  ['lake', head('other')],
  ['mountain', head('other')],
  ['mountains', head('other')],
  ['island', head('other')],
  ['bay', head('other')],
]);

/** The longest place head, in words. */
export const PLACE_HEAD_WORDS = Math.max(...[...PLACE_HEADS.keys()].map((h) => h.split(' ').length));

// Level words that may follow a name in lower case ("Jinyun county", Xinhua's usual style).
export const LOWERCASE_LEVELS: ReadonlySet<string> = new Set(['province', 'city', 'district', 'county', 'town', 'township', 'subdistrict', 'village']);

// Level words as written before a body's name: 海安市人民政府 is Hai'an Municipal People's Government.
export const BODY_LEVEL_WORDS: Readonly<Record<string, string>> = { city: 'Municipal', province: 'Provincial', municipality: 'Municipal' };

// The parts of China that wire copy names before a province ("east China's Zhejiang
// Province"): a direction, not a place of its own.
const DIRECTIONS = 'east|west|north|south|northeast|northwest|southeast|southwest|central|eastern|western|northern|southern';
export const REGION_OF_CHINA = `(?:(?:${DIRECTIONS})\\s+China['’]s\\s+)`;
/** Text ending in a direction, before "China's". */
export const DIRECTION_BEFORE = new RegExp(`\\b(?:${DIRECTIONS})\\s+$`, 'i');

// Rank of levels from the top, so "Jinyun County, Zhejiang Province" is read child, parent.
export const LEVEL_RANK: Readonly<Record<string, number>> = {
  province: 1, city: 2, district: 3, county: 3, zone: 4, town: 4, subdistrict: 4, village: 5, community: 5, road: 6,
};
