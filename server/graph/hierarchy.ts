import { ancestorsOf, divisionByCode, type Division } from '../gazetteer/divisions.ts';
import type { Entity } from '../extract/types.ts';
import { displayName, englishName, syllables } from '../names/index.ts';
import { entityId } from './identity.ts';
import { searchTextOf } from './schema.ts';

/** One gazetteer edge: a place (by id) lies in a parent division, written as a Place node. */
export interface HierarchyRow {
  child: string;
  parent: { id: string; name: string; en: string; display: string; pinyin: string; searchText: string; attrs: Record<string, string> };
}

function placeOf(division: Division): HierarchyRow['parent'] {
  // The guideline's levels: the municipalities (北京市 …) sit at province level.
  const level = division.tier === 1 ? 'province' : division.level;
  const entity = { type: 'PLACE' as const, name: division.name, aliases: [], attrs: { level, code: division.code } };
  return {
    id: entityId(entity),
    name: division.name,
    en: englishName(entity),
    display: displayName(entity),
    pinyin: syllables(division.name).join(' '),
    searchText: searchTextOf(entity),
    attrs: { level, code: division.code },
  };
}

/**
 * The chain above every place of a story that the gazetteer codes: town → district → city →
 * province, as rows the upsert writes as LOCATED_IN edges marked `gazetteer`.
 */
export function hierarchyRows(places: ReadonlyArray<{ id: string; entity: Pick<Entity, 'attrs'> }>): HierarchyRow[] {
  const rows = new Map<string, HierarchyRow>();
  for (const { id, entity } of places) {
    const division = divisionByCode(entity.attrs.code);
    if (!division) continue;
    let child = id;
    for (const ancestor of ancestorsOf(division)) {
      const parent = placeOf(ancestor);
      rows.set(`${child}>${parent.id}`, { child, parent });
      child = parent.id;
    }
  }
  return [...rows.values()];
}
