import DataLoader from 'dataloader';
import type { ApiToken } from '../config.ts';
import type { Graph } from '../graph/neo4j.ts';
import type { Loaders } from './loaders.ts';

/** What every resolver of one request shares. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  /** Per-request batchers keyed by field arguments, so a list of entities costs one query. */
  batchers: Map<string, DataLoader<string, unknown>>;
  /** The request's Authorization header, for mutations. */
  authorization: string | null;
  /** The tokens mutations accept (API_TOKEN, API_TOKENS), each with its label; none when mutations are off. */
  apiTokens: readonly ApiToken[];
}

/** One DataLoader per (field, arguments) per request: siblings with the same arguments share a query. */
export function batcher<V>(context: Context, key: string, empty: V, load: (ids: readonly string[]) => Promise<Map<string, V>>) {
  let loader = context.batchers.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? empty);
    });
    context.batchers.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
