import { extractPage } from '../../server/extract/index.ts';
import type { Article, Entity, Page, Relation } from '../../server/extract/types.ts';

/** All entities of a page, whatever story they are in. */
export const entitiesOf = (page: Page): Entity[] => page.articles.flatMap((a: Article) => a.entities);
export const relationsOf = (page: Page): Relation[] => page.articles.flatMap((a: Article) => a.relations);

export function entity(page: Page, type: Entity['type'], name: string): Entity | undefined {
  return entitiesOf(page).find((e) => e.type === type && e.name === name);
}

export function extract(text: string): Page {
  return extractPage(text);
}
