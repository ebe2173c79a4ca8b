import DataLoader from 'dataloader';
import type { Graph } from '../graph/neo4j.ts';
import {
  articlesMentioning,
  neighboursOf,
  searchEntities,
  stats,
  subgraph,
  SUBGRAPH_DEPTHS,
  type EntityRecord,
  type EvidenceRecord,
  type NeighbourRecord,
} from '../graph/queries.ts';
import { apiError } from './errors.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  graph: Graph;
  loaders: Loaders;
  /** Per-request batchers keyed by field arguments, so a list of entities costs one query. */
  batchers: Map<string, DataLoader<string, unknown>>;
}

export const MAX_PAGE = 100;
export const MAX_SUBGRAPH_NODES = 5000;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw apiError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}; got ${size}`);
  }
  return size;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw apiError('BAD_USER_INPUT', 'after is not a cursor this API gave out; pass a previous page\'s endCursor');
  return Number(match[1]) + 1;
}

/** One DataLoader per (field, arguments) per request: siblings with the same arguments share a query. */
function batcher<V>(context: Context, key: string, load: (ids: readonly string[]) => Promise<Map<string, V>>) {
  let loader = context.batchers.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? ([] as V));
    });
    context.batchers.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

export const resolvers = {
  Query: {
    async search(_: unknown, args: { query: string; types?: string[] | null; first?: number; after?: string | null }, context: Context) {
      const query = args.query.trim();
      if (!query) throw apiError('BAD_USER_INPUT', 'query is empty; give a name in Chinese, English or pinyin');
      const first = pageSize(args.first);
      const skip = decodeCursor(args.after);
      const rows = await searchEntities(context.graph, query, args.types ?? null, skip, first + 1);
      const edges = rows.slice(0, first).map((row, i) => {
        context.loaders.entity.prime(row.entity.id, row.entity);
        return { cursor: encodeCursor(skip + i), score: row.score, node: row.entity };
      });
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    entity: (_: unknown, args: { id: string }, context: Context) => context.loaders.entity.load(args.id),
    async subgraph(_: unknown, args: { ids: string[]; depth?: number; limit?: number }, context: Context) {
      const depth = args.depth ?? 1;
      if (!SUBGRAPH_DEPTHS.includes(depth as 1 | 2)) throw apiError('BAD_USER_INPUT', `depth must be 1 or 2; got ${depth}`);
      const limit = args.limit ?? 500;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUBGRAPH_NODES) {
        throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_SUBGRAPH_NODES}; got ${limit}`);
      }
      if (args.ids.length === 0) throw apiError('BAD_USER_INPUT', 'ids is empty; give at least one entity id');
      return subgraph(context.graph, args.ids, depth as 1 | 2, limit);
    },
    stats: (_: unknown, __: unknown, context: Context) => stats(context.graph),
  },
  Entity: {
    neighbours(entity: EntityRecord, args: { relation?: string[] | null; types?: string[] | null; first?: number }, context: Context) {
      const first = pageSize(args.first);
      const key = `neighbours:${JSON.stringify([args.relation ?? null, args.types ?? null, first])}`;
      return batcher<NeighbourRecord[]>(context, key, (ids) => neighboursOf(context.graph, ids, args.relation ?? null, args.types ?? null, first)).load(entity.id);
    },
    articles(entity: EntityRecord, args: { first?: number }, context: Context) {
      const first = pageSize(args.first);
      return batcher<Array<{ article: string; sentences: string[] }>>(context, `articles:${first}`, (ids) => articlesMentioning(context.graph, ids, first)).load(entity.id);
    },
  },
  Neighbour: {
    node: (neighbour: NeighbourRecord, _: unknown, context: Context) => context.loaders.entity.load(neighbour.nodeId),
  },
  Evidence: {
    article: (evidence: EvidenceRecord, _: unknown, context: Context) => context.loaders.article.load(evidence.article),
  },
  ArticleMention: {
    article: (mention: { article: string }, _: unknown, context: Context) => context.loaders.article.load(mention.article),
  },
};
