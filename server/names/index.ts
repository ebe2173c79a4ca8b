import type { Entity } from '../extract/types.ts';
import { renderName, type Nameable } from './render.ts';

// The naming stage: English names for every entity, by the conventions of
// ../shared/gold/GUIDELINE.md ("English names").

export { displayName } from './display.ts';
export { syllables } from './pinyin.ts';
export { renderName, type EnglishName } from './render.ts';
export { searchKeys } from './search.ts';

/** The English name of an entity, by type. */
export function englishName(entity: Nameable & { attrs?: Entity['attrs'] }): string {
  return renderName(entity).en;
}
