import DataLoader from 'dataloader';
import type { Graph } from '../graph/neo4j.ts';
import { articlesByIds, articleTexts, entitiesByIds, type ArticleRecord, type EntityRecord } from '../graph/queries.ts';

/** Per-request loaders: every entity or article a query touches is fetched in one batch per level. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  /** The text of articles that came as summaries (see ArticleRecord.text). */
  articleText: DataLoader<string, string | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], records: T[]): Array<T | null> {
  const found = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createLoaders(graph: Graph): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await entitiesByIds(graph, ids))),
    article: new DataLoader(async (ids) => byId(ids, await articlesByIds(graph, ids))),
    articleText: new DataLoader(async (ids) => {
      const texts = await articleTexts(graph, ids);
      return ids.map((id) => texts.get(id) ?? null);
    }),
  };
}
