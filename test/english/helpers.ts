import { readFileSync } from 'node:fs';
import { extractPage } from '../../server/extract/index.ts';
import type { Article, Entity, Page, Relation } from '../../server/extract/types.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);

export const fixtureText = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

const pages = new Map<string, Page>();

/** A fixture read once per test run. */
export function fixture(file: string): { text: string; page: Page } {
  const text = fixtureText(file);
  let page = pages.get(file);
  if (!page) pages.set(file, (page = extractPage(text)));
  return { text, page };
}

export const entitiesOf = (page: Page): Entity[] => page.articles.flatMap((a: Article) => a.entities);
export const relationsOf = (page: Page): Relation[] => page.articles.flatMap((a: Article) => a.relations);

/** The entity of a type written with this name or alias. */
export function entity(page: Page | Article, type: Entity['type'], name: string): Entity | undefined {
  const entities = 'articles' in page ? entitiesOf(page) : page.entities;
  return entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
}

export function relation(page: Page | Article, type: Relation['type'], from: string, to: string): Relation | undefined {
  const relations = 'articles' in page ? relationsOf(page) : page.relations;
  return relations.find((r) => r.type === type && r.from === from && r.to === to);
}
