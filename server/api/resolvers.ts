import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLArgument, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import {
  articlesMentioning,
  neighboursOf,
  searchEntities,
  stats,
  subgraph,
  SUBGRAPH_DEPTHS,
  type ArticleRecord,
  type EntityRecord,
  type EvidenceRecord,
  type MentioningRecord,
  type NeighbourRecord,
} from '../graph/queries.ts';
import { articlePage, mentionsOfArticles, type MentionRecord } from '../graph/articles.ts';
import { findPaths, MAX_HOPS, type HopRecord, type MaxHops, type PathRecord } from '../graph/paths.ts';
import { placeRollup, type ParticipantRecord, type PlaceRollupRecord } from '../graph/place.ts';
import { timelineOf, type PositionRecord, type TimelineEntryRecord } from '../graph/timeline.ts';
import type { UpsertResult } from '../graph/upsert.ts';
import { batcher, type Context } from './context.ts';
import { candidatePairCount, candidatePairs } from '../graph/candidates.ts';
import { listDecisions } from '../graph/decisions.ts';
import { apiError } from './errors.ts';
import { MAX_PATHS, MAX_ROLLUP_PAGE, MAX_SUBGRAPH_NODES } from './limits.ts';
import { mutations } from './mutations.ts';
import { connection, encodeCursor, pageSize, skipAfter } from './paging.ts';

export type { Context } from './context.ts';

/** The most entities a subgraph may start from. */
const MAX_SUBGRAPH_STARTS = 100;

type Args<T> = T & Record<string, unknown>;
const entity = (context: Context, id: string) => context.loaders.entity.load(id);
const entities = async (context: Context, ids: readonly string[]) =>
  (await context.loaders.entity.loadMany(ids)).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));

function oneOf<T extends number>(value: number, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value as T)) throw apiError('BAD_USER_INPUT', `${name} must be one of ${allowed.join(', ')}; got ${value}`);
  return value as T;
}

type NeighbourArgs = Args<{ relation?: string[] | null; types?: string[] | null; first?: number; after?: string | null }>;
type ArticleArgs = Args<{ first?: number }>;

/** An entity's neighbours, batched per request by the field's arguments. */
function neighboursOfEntity(context: Context, id: string, args: NeighbourArgs) {
  const first = pageSize(args.first);
  const skip = skipAfter(args.after);
  const filters = [args.relation ?? null, args.types ?? null] as const;
  const key = `neighbours:${JSON.stringify([...filters, first, skip])}`;
  return batcher<NeighbourRecord[]>(context, key, [], async (ids) => {
    const found = await neighboursOf(context.graph, ids, ...filters, skip, first);
    const byId = new Map<string, NeighbourRecord[]>();
    for (const [id, { neighbours, articles }] of found) {
      for (const n of neighbours) context.loaders.entity.prime(n.node.id, n.node);
      for (const article of articles) context.loaders.article.prime(article.id, article);
      byId.set(id, neighbours);
    }
    return byId;
  }).load(id);
}

/** The articles that mention an entity, batched per request by the field's arguments. */
function articlesOfEntity(context: Context, id: string, args: ArticleArgs) {
  const first = pageSize(args.first);
  return batcher<MentioningRecord[]>(context, `articles:${first}`, [], (ids) => articlesMentioning(context.graph, ids, first)).load(id);
}

/** A field's arguments as given (literals or variables), over the schema's defaults. */
function argumentsOf(selection: FieldNode, defaults: readonly GraphQLArgument[], variables: Record<string, unknown>) {
  const args: Record<string, unknown> = {};
  for (const arg of defaults) if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  for (const arg of selection.arguments ?? []) args[arg.name.value] = valueFromASTUntyped(arg.value, variables);
  return args;
}

/**
 * Starts the neighbours and articles an `entity(id)` query asks for alongside the entity itself,
 * instead of a round trip later: the id is known before the entity is. Their resolvers then find
 * the same batcher (same arguments, same id) already loading, and report any error themselves.
 * (Untyped reading on purpose: graphql's typed helpers refuse a schema built by another copy of
 * the graphql module, as happens when ESM and CommonJS builds meet.)
 */
function prefetchEntityFields(context: Context, id: string, info: GraphQLResolveInfo): void {
  const fields = (info.schema.getType('Entity') as GraphQLObjectType | undefined)?.getFields();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) continue;
      const name = selection.name.value;
      if ((name !== 'neighbours' && name !== 'articles') || !fields?.[name]) continue;
      const args = argumentsOf(selection, fields[name].args, info.variableValues);
      try {
        const pending = name === 'neighbours' ? neighboursOfEntity(context, id, args) : articlesOfEntity(context, id, args);
        pending.catch(() => undefined);
      } catch {
        // a bad page size or cursor: the field's resolver reports it
      }
    }
  }
}

export const resolvers = {
  Query: {
    async search(_: unknown, args: Args<{ query: string; types?: string[] | null; first?: number; after?: string | null }>, context: Context) {
      const query = args.query.trim();
      if (!query) throw apiError('BAD_USER_INPUT', 'query is empty; give a name in Chinese, English or pinyin');
      const first = pageSize(args.first);
      const skip = skipAfter(args.after);
      const rows = await searchEntities(context.graph, query, args.types ?? null, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => {
        context.loaders.entity.prime(row.entity.id, row.entity);
        return { cursor, score: row.score, node: row.entity };
      });
    },
    async decisions(_: unknown, args: Args<{ first?: number; after?: string | null }>, context: Context) {
      const first = pageSize(args.first);
      const skip = skipAfter(args.after);
      const rows = await listDecisions(context.graph, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => ({ cursor, node: row }));
    },
    async candidatePairs(_: unknown, args: Args<{ first?: number; after?: string | null }>, context: Context) {
      const first = pageSize(args.first);
      const skip = skipAfter(args.after);
      const [rows, totalCount] = await Promise.all([candidatePairs(context.graph, skip, first + 1), candidatePairCount(context.graph)]);
      const page = connection(rows, first, skip, (row, cursor) => ({
        cursor,
        node: { ...row, entity: entity(context, row.from), other: entity(context, row.to) },
      }));
      return { ...page, totalCount };
    },
    entity(_: unknown, args: { id: string }, context: Context, info: GraphQLResolveInfo) {
      const found = entity(context, args.id);
      prefetchEntityFields(context, args.id, info);
      return found;
    },
    async subgraph(_: unknown, args: Args<{ ids: string[]; depth?: number; limit?: number }>, context: Context) {
      const depth = oneOf(args.depth ?? 1, SUBGRAPH_DEPTHS, 'depth');
      const limit = pageSize(args.limit, 500, MAX_SUBGRAPH_NODES, 'limit');
      if (args.ids.length === 0) throw apiError('BAD_USER_INPUT', 'ids is empty; give at least one entity id');
      if (args.ids.length > MAX_SUBGRAPH_STARTS)
        throw apiError('BAD_USER_INPUT', `ids may hold at most ${MAX_SUBGRAPH_STARTS} entities; got ${args.ids.length}`);
      return subgraph(context.graph, args.ids, depth, limit);
    },
    async paths(_: unknown, args: Args<{ from: string; to: string; maxHops?: number; first?: number }>, context: Context) {
      const maxHops = oneOf<MaxHops>(args.maxHops ?? 4, MAX_HOPS, 'maxHops');
      const first = pageSize(args.first, 5, MAX_PATHS);
      if (args.from === args.to) throw apiError('BAD_USER_INPUT', 'from and to are the same entity; give two different ids');
      const found = await findPaths(context.graph, args.from, args.to, maxHops, first);
      const missing = [!found.fromFound && `from (${args.from})`, !found.toFound && `to (${args.to})`].filter(Boolean);
      if (missing.length) throw apiError('NOT_FOUND', `No entity with the id given as ${missing.join(' or ')}`);
      return found.paths;
    },
    async timeline(_: unknown, args: { personId: string }, context: Context) {
      const timeline = await timelineOf(context.graph, args.personId);
      if (!timeline) throw apiError('NOT_FOUND', `No entity with id ${args.personId}`);
      if (timeline.type !== 'PERSON') throw apiError('BAD_USER_INPUT', `${args.personId} is a ${timeline.type}, not a PERSON; a timeline is of a person`);
      return timeline.entries;
    },
    async place(_: unknown, args: { id: string }, context: Context) {
      const rollup = await placeRollup(context.graph, args.id);
      if (rollup && rollup.type !== 'PLACE') throw apiError('BAD_USER_INPUT', `${args.id} is a ${rollup.type}, not a PLACE`);
      return rollup;
    },
    article: (_: unknown, args: { id: string }, context: Context) => context.loaders.article.load(args.id),
    async articles(_: unknown, args: Args<{ first?: number; after?: string | null }>, context: Context) {
      const first = pageSize(args.first);
      const skip = skipAfter(args.after);
      const rows = await articlePage(context.graph, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => {
        context.loaders.article.prime(row.id, row);
        return { cursor, node: row };
      });
    },
    stats: (_: unknown, __: unknown, context: Context) => stats(context.graph),
  },
  Mutation: mutations,
  Entity: {
    language: (node: EntityRecord) => node.language ?? 'zh',
    neighbours: (node: EntityRecord, args: NeighbourArgs, context: Context) => neighboursOfEntity(context, node.id, args),
    articles: (node: EntityRecord, args: ArticleArgs, context: Context) => articlesOfEntity(context, node.id, args),
  },
  Neighbour: {
    cursor: (neighbour: NeighbourRecord) => encodeCursor(neighbour.offset),
    node: (neighbour: NeighbourRecord, _: unknown, context: Context) => entity(context, neighbour.nodeId),
  },
  Evidence: {
    article: (evidence: EvidenceRecord, _: unknown, context: Context) => context.loaders.article.load(evidence.article),
  },
  Article: {
    text: (article: ArticleRecord, _: unknown, context: Context) => article.text ?? context.loaders.articleText.load(article.id),
    mentions: (article: ArticleRecord, _: unknown, context: Context) =>
      batcher<MentionRecord[]>(context, 'mentions', [], (ids) => mentionsOfArticles(context.graph, ids)).load(article.id),
  },
  Mention: {
    entity: (mention: MentionRecord, _: unknown, context: Context) => entity(context, mention.entity),
  },
  Path: {
    nodes: (path: PathRecord, _: unknown, context: Context) => entities(context, path.nodes),
  },
  Hop: {
    from: (hop: HopRecord, _: unknown, context: Context) => entity(context, hop.from),
    to: (hop: HopRecord, _: unknown, context: Context) => entity(context, hop.to),
    articles: async (hop: HopRecord, _: unknown, context: Context) =>
      (await context.loaders.article.loadMany(hop.articles)).filter((a): a is ArticleRecord => a !== null && !(a instanceof Error)),
  },
  TimelineEntry: {
    article: (entry: TimelineEntryRecord, _: unknown, context: Context) => context.loaders.article.load(entry.article),
  },
  Position: {
    organisation: (position: PositionRecord, _: unknown, context: Context) => entity(context, position.organisation),
  },
  PlaceRollup: {
    place: (rollup: PlaceRollupRecord, _: unknown, context: Context) => entity(context, rollup.id),
    subPlaces: (rollup: PlaceRollupRecord, args: Args<{ first?: number }>, context: Context) =>
      entities(context, rollup.subPlaces.slice(0, pageSize(args.first, 100, MAX_ROLLUP_PAGE))),
    projects: (rollup: PlaceRollupRecord, args: Args<{ first?: number }>) => rollup.projects.slice(0, pageSize(args.first, 100, MAX_ROLLUP_PAGE)),
    projectCount: (rollup: PlaceRollupRecord) => rollup.projects.length,
    organisations: (rollup: PlaceRollupRecord, args: Args<{ first?: number }>) => rollup.organisations.slice(0, pageSize(args.first, 100, MAX_ROLLUP_PAGE)),
    officials: (rollup: PlaceRollupRecord, args: Args<{ first?: number }>) => rollup.officials.slice(0, pageSize(args.first, 100, MAX_ROLLUP_PAGE)),
  },
  PlaceProject: {
    project: (row: { project: string }, _: unknown, context: Context) => entity(context, row.project),
    locatedIn: (row: { locatedIn: string }, _: unknown, context: Context) => entity(context, row.locatedIn),
  },
  Participant: {
    entity: (participant: ParticipantRecord, _: unknown, context: Context) => entity(context, participant.entity),
    projects: (participant: ParticipantRecord, _: unknown, context: Context) => entities(context, participant.projects),
    titles: (participant: ParticipantRecord) => participant.titles.filter(Boolean),
  },
  StoryResult: {
    article: (story: UpsertResult, _: unknown, context: Context) => (story.status === 'failed' ? null : context.loaders.article.load(story.articleId)),
  },
};
