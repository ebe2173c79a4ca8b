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
import { articleCount, articlePage, mentionsOfArticles, storyFindings, type MentionRecord, type StoryFindings } from '../graph/articles.ts';
import { relationId } from '../graph/corrections.ts';
import type { RelationType } from '../extract/types.ts';
import { findPaths, MAX_HOPS, type HopRecord, type MaxHops, type PathRecord } from '../graph/paths.ts';
import { placeRollup, type ParticipantRecord, type PlaceRollupRecord } from '../graph/place.ts';
import { timelineOf, type PositionRecord, type TimelineEntryRecord } from '../graph/timeline.ts';
import type { UpsertResult } from '../graph/upsert.ts';
import { batcher, type Context } from './context.ts';
import { candidatePairCount, candidatePairs } from '../graph/candidates.ts';
import { decisionCount, listDecisions } from '../graph/decisions.ts';
import { tokenLabel } from './auth.ts';
import { apiError } from './errors.ts';
import { MAX_PATHS, MAX_ROLLUP_PAGE, MAX_SUBGRAPH_NODES } from './limits.ts';
import { mutations } from './mutations.ts';
import { connection, MAX_PAGE, pageOf, pageSize, sliceConnection } from './paging.ts';

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

type PageArgs = Args<{ first?: number | null; after?: string | null }>;
type NeighbourArgs = PageArgs & { relation?: string[] | null; types?: string[] | null };

/** An entity's neighbours, batched per request by the field's arguments; one more than the page, to tell whether more follow. */
function neighboursOfEntity(context: Context, id: string, args: NeighbourArgs) {
  const { first, skip } = pageOf(args);
  const filters = [args.relation ?? null, args.types ?? null] as const;
  const key = `neighbours:${JSON.stringify([...filters, first, skip])}`;
  const rows = batcher<NeighbourRecord[]>(context, key, [], async (ids) => {
    const found = await neighboursOf(context.graph, ids, ...filters, skip, first + 1);
    const byId = new Map<string, NeighbourRecord[]>();
    for (const [id, { neighbours, articles }] of found) {
      for (const n of neighbours) context.loaders.entity.prime(n.node.id, n.node);
      for (const article of articles) context.loaders.article.prime(article.id, article);
      byId.set(id, neighbours);
    }
    return byId;
  }).load(id);
  return rows.then((found) => connection(found, first, skip, (row, cursor) => ({ ...row, cursor })));
}

/** The articles that mention an entity, batched per request by the field's arguments. */
function articlesOfEntity(context: Context, id: string, args: PageArgs) {
  const { first, skip } = pageOf(args);
  const rows = batcher<MentioningRecord[]>(context, `articles:${first}:${skip}`, [], (ids) => articlesMentioning(context.graph, ids, skip, first + 1)).load(id);
  return rows.then((found) =>
    connection(found, first, skip, (row, cursor) => {
      context.loaders.article.prime(row.article.id, row.article);
      return { cursor, node: row.article, sentences: row.sentences };
    }),
  );
}

/** What ingest found in a story, batched over the stories of a page. */
const findingsOf = (context: Context, id: string) =>
  batcher<StoryFindings>(context, 'findings', { entities: [], relationCount: 0 }, (ids) => storyFindings(context.graph, ids)).load(id);

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

const participantEdge = (participant: ParticipantRecord, cursor: string) => ({ ...participant, cursor });

// Enums whose stored values are lower case: the schema's names, mapped to what the graph holds.
const lowerCaseEnum = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
const ORG_KINDS = ['company', 'government', 'party', 'judicial', 'education', 'association', 'media', 'other'];
const PLACE_LEVELS = ['province', 'city', 'district', 'county', 'town', 'subdistrict', 'village', 'community', 'zone', 'road', 'other'];
/** A stored value outside the enum (a graph written by an older version) reads as `other`. */
const within = (values: readonly string[], value: string | null | undefined) => (value == null ? null : values.includes(value) ? value : 'other');

export const resolvers = {
  Language: { ZH: 'zh', EN: 'en' },
  OrgKind: lowerCaseEnum(ORG_KINDS),
  PlaceLevel: lowerCaseEnum(PLACE_LEVELS),
  StoryStatus: { WRITTEN: 'written', UNCHANGED: 'unchanged', FAILED: 'failed' },
  Query: {
    async search(_: unknown, args: PageArgs & { query: string; types?: string[] | null }, context: Context) {
      const query = args.query.trim();
      if (!query) throw apiError('BAD_USER_INPUT', 'query is empty; give a name in Chinese, English or pinyin');
      const { first, skip } = pageOf(args);
      const rows = await searchEntities(context.graph, query, args.types ?? null, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => {
        context.loaders.entity.prime(row.entity.id, row.entity);
        return { cursor, score: row.score, node: row.entity };
      });
    },
    async decisions(_: unknown, args: PageArgs, context: Context) {
      const { first, skip } = pageOf(args);
      const rows = await listDecisions(context.graph, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => ({ cursor, node: row }));
    },
    async candidatePairs(_: unknown, args: PageArgs, context: Context) {
      const { first, skip } = pageOf(args);
      const rows = await candidatePairs(context.graph, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => ({
        cursor,
        node: { ...row, entity: entity(context, row.from), other: entity(context, row.to) },
      }));
    },
    entity(_: unknown, args: { id: string }, context: Context, info: GraphQLResolveInfo) {
      const found = entity(context, args.id);
      prefetchEntityFields(context, args.id, info);
      return found;
    },
    async subgraph(_: unknown, args: Args<{ ids: string[]; depth: number; maxNodes: number }>, context: Context) {
      const depth = oneOf(args.depth, SUBGRAPH_DEPTHS, 'depth');
      const maxNodes = pageSize(args.maxNodes, MAX_SUBGRAPH_NODES, 'maxNodes');
      if (args.ids.length === 0) throw apiError('BAD_USER_INPUT', 'ids is empty; give at least one entity id');
      if (args.ids.length > MAX_SUBGRAPH_STARTS)
        throw apiError('BAD_USER_INPUT', `ids may hold at most ${MAX_SUBGRAPH_STARTS} entities; got ${args.ids.length}`);
      return subgraph(context.graph, args.ids, depth, maxNodes);
    },
    async paths(_: unknown, args: PageArgs & { from: string; to: string; maxHops: number }, context: Context) {
      const maxHops = oneOf<MaxHops>(args.maxHops, MAX_HOPS, 'maxHops');
      const { first, skip } = pageOf(args, MAX_PATHS);
      if (args.from === args.to) throw apiError('BAD_USER_INPUT', 'from and to are the same entity; give two different ids');
      const found = await findPaths(context.graph, args.from, args.to, maxHops, skip + first + 1);
      const missing = [!found.fromFound && `from (${args.from})`, !found.toFound && `to (${args.to})`].filter(Boolean);
      if (missing.length) throw apiError('NOT_FOUND', `No entity with the id given as ${missing.join(' or ')}`);
      return connection(found.paths.slice(skip), first, skip, (path, cursor) => ({ cursor, node: path }));
    },
    async timeline(_: unknown, args: PageArgs & { personId: string }, context: Context) {
      pageOf(args); // a bad page size or cursor is refused before the query
      const timeline = await timelineOf(context.graph, args.personId);
      if (!timeline) throw apiError('NOT_FOUND', `No entity with id ${args.personId}`);
      if (timeline.type !== 'PERSON') throw apiError('BAD_USER_INPUT', `${args.personId} is a ${timeline.type}, not a PERSON; a timeline is of a person`);
      return sliceConnection(timeline.entries, args, MAX_PAGE, (entry, cursor) => ({ ...entry, cursor }));
    },
    async place(_: unknown, args: { id: string }, context: Context) {
      const rollup = await placeRollup(context.graph, args.id);
      if (rollup && rollup.type !== 'PLACE') throw apiError('BAD_USER_INPUT', `${args.id} is a ${rollup.type}, not a PLACE`);
      return rollup;
    },
    article: (_: unknown, args: { id: string }, context: Context) => context.loaders.article.load(args.id),
    async articles(_: unknown, args: PageArgs, context: Context) {
      const { first, skip } = pageOf(args);
      const rows = await articlePage(context.graph, skip, first + 1);
      return connection(rows, first, skip, (row, cursor) => {
        context.loaders.article.prime(row.id, row);
        return { cursor, node: row };
      });
    },
    stats: (_: unknown, __: unknown, context: Context) => stats(context.graph),
    editing: (_: unknown, __: unknown, context: Context) => ({ enabled: context.apiTokens.length > 0, signedInAs: tokenLabel(context) ?? null }),
  },
  Mutation: mutations,
  // Counted only when asked for: a count is a query of its own.
  ArticleConnection: { totalCount: (_: unknown, __: unknown, context: Context) => articleCount(context.graph) },
  CandidatePairConnection: { totalCount: (_: unknown, __: unknown, context: Context) => candidatePairCount(context.graph) },
  DecisionConnection: { totalCount: (_: unknown, __: unknown, context: Context) => decisionCount(context.graph) },
  Entity: {
    kind: (node: EntityRecord) => within(ORG_KINDS, node.kind),
    level: (node: EntityRecord) => within(PLACE_LEVELS, node.level),
    language: (node: EntityRecord) => node.language ?? 'zh',
    neighbours: (node: EntityRecord, args: NeighbourArgs, context: Context) => neighboursOfEntity(context, node.id, args),
    articles: (node: EntityRecord, args: PageArgs, context: Context) => articlesOfEntity(context, node.id, args),
  },
  NeighbourEdge: {
    relationId: (edge: NeighbourRecord) => relationId({ from: edge.start, type: edge.relation as RelationType, fact: edge.fact ?? '', to: edge.end }),
    node: (edge: NeighbourRecord, _: unknown, context: Context) => entity(context, edge.nodeId),
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
  TimelineEdge: {
    node: (entry: TimelineEntryRecord, _: unknown, context: Context) => context.loaders.article.load(entry.article),
  },
  Position: {
    organisation: (position: PositionRecord, _: unknown, context: Context) => entity(context, position.organisation),
  },
  PlaceRollup: {
    place: (rollup: PlaceRollupRecord, _: unknown, context: Context) => entity(context, rollup.id),
    subPlaces: (rollup: PlaceRollupRecord, args: PageArgs, context: Context) =>
      sliceConnection(rollup.subPlaces, args, MAX_ROLLUP_PAGE, (id, cursor) => ({ cursor, node: entity(context, id) })),
    projects: (rollup: PlaceRollupRecord, args: PageArgs, context: Context) =>
      sliceConnection(rollup.projects, args, MAX_ROLLUP_PAGE, (row, cursor) => ({
        cursor,
        node: entity(context, row.project),
        locatedIn: entity(context, row.locatedIn),
      })),
    organisations: (rollup: PlaceRollupRecord, args: PageArgs) => sliceConnection(rollup.organisations, args, MAX_ROLLUP_PAGE, participantEdge),
    officials: (rollup: PlaceRollupRecord, args: PageArgs) => sliceConnection(rollup.officials, args, MAX_ROLLUP_PAGE, participantEdge),
  },
  ParticipantEdge: {
    node: (participant: ParticipantRecord, _: unknown, context: Context) => entity(context, participant.entity),
    projects: (participant: ParticipantRecord, _: unknown, context: Context) => entities(context, participant.projects),
    titles: (participant: ParticipantRecord) => participant.titles.filter(Boolean),
  },
  StoryResult: {
    article: (story: UpsertResult, _: unknown, context: Context) => (story.status === 'failed' ? null : context.loaders.article.load(story.articleId)),
    async entities(story: UpsertResult, _: unknown, context: Context) {
      if (story.status === 'failed') return [];
      const { entities: named } = await findingsOf(context, story.articleId);
      // A story stored before this upload added nothing new, even if no other page names its entities.
      return named.map((row) => ({ entity: entity(context, row.entity), isNew: story.status === 'written' && row.isNew }));
    },
    relationCount: async (story: UpsertResult, _: unknown, context: Context) =>
      story.status === 'failed' ? 0 : (await findingsOf(context, story.articleId)).relationCount,
  },
};
