import type { Entity, Page } from '../extract/types.ts';
import { renderName, type Nameable } from './render.ts';

// The naming stage: English names for every entity, by the conventions of
// /work/shared/gold/GUIDELINE.md ("English names").

export { displayName } from './display.ts';
export { syllables } from './pinyin.ts';
export { renderName, type EnglishName } from './render.ts';
export { searchKeys } from './search.ts';

/** The English name of an entity, by type. */
export function englishName(entity: Nameable & { attrs?: Entity['attrs'] }): string {
  return renderName(entity).en;
}

/** Fills `en` on every entity of every article. */
export function addEnglishNames(page: Page): Page {
  for (const article of page.articles) {
    for (const entity of article.entities) entity.en = englishName(entity);
  }
  return page;
}
