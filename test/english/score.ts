import type { Article, Entity } from '../../server/extract/types.ts';
import type { ExpectedArticle, ExpectedEntity } from './fixtures/expected.ts';

// Precision and recall of entities and relations against the expectations, the way the gold
// scorer counts them (GUIDELINE "Scoring"): an entity matches on its type and a name or alias
// in common, each expected one at most once; a relation matches on its type and its two ends
// mapped through the matched entities. Case, spaces and punctuation do not count in names.
export interface Counts {
  expected: number;
  found: number;
  matched: number;
}

const norm = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const formsOf = (e: Entity) => new Set([e.name, ...e.aliases].map(norm));

/** Matches expected entities to extracted ones: expected name → extracted name. */
function matchEntities(expected: readonly ExpectedEntity[], found: readonly Entity[]): Map<string, string> {
  const matched = new Map<string, string>();
  const used = new Set<Entity>();
  for (const e of expected) {
    const hit = found.find((f) => !used.has(f) && f.type === e.type && formsOf(f).has(norm(e.name)));
    if (!hit) continue;
    used.add(hit);
    matched.set(e.name, hit.name);
  }
  return matched;
}

export function scoreArticle(expected: ExpectedArticle, article: Article): { entities: Counts; relations: Counts } {
  const names = matchEntities(expected.entities, article.entities);
  const found = new Set(article.relations.map((r) => `${r.type}|${r.from}|${r.to}`));
  const relationsMatched = expected.relations.filter((r) => {
    const from = names.get(r.from),
      to = names.get(r.to);
    return from !== undefined && to !== undefined && found.has(`${r.type}|${from}|${to}`);
  }).length;
  return {
    entities: { expected: expected.entities.length, found: article.entities.length, matched: names.size },
    relations: { expected: expected.relations.length, found: article.relations.length, matched: relationsMatched },
  };
}

export const add = (a: Counts, b: Counts): Counts => ({ expected: a.expected + b.expected, found: a.found + b.found, matched: a.matched + b.matched });
export const precision = (c: Counts) => (c.found === 0 ? 1 : c.matched / c.found);
export const recall = (c: Counts) => (c.expected === 0 ? 1 : c.matched / c.expected);
