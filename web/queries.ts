// The queries the explorer asks, one function each, typed as the UI reads their answers. The
// API pages every growing list as a connection (edges, pageInfo); these functions hand the
// panels a Page: the items, and the cursor to ask for the next page with (null at the end).
import { graphql } from './api.ts';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'PROJECT';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'PROJECT'];

/** An entity as lists show it. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  en: string | null;
  display: string | null;
}

export interface SearchHit extends EntityRef {
  pinyin: string | null;
}

/** A node to draw: an entity, or an article (kind ARTICLE, its headline as name). */
export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  en: string | null;
  display: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  relation: string;
  title: string | null;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
}

export interface Evidence {
  sentence: string;
  article: ArticleRef;
}

/** One page of a list, and the cursor that asks for the next (null when this is the last). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Connection<E> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function pageOf<E, T>(connection: Connection<E>, item: (edge: E) => T): Page<T> {
  return { items: connection.edges.map(item), next: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null };
}

export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** A relation of an entity, seen from it. */
export interface Neighbour {
  /** Pass to hideRelation. */
  relationId: string;
  relation: string;
  direction: 'OUT' | 'IN';
  title: string | null;
  gazetteer: boolean;
  node: EntityRef & { aliases: string[] };
  evidence: Evidence[];
}

/** An article that names an entity, with the sentences that name it. */
export interface ArticleMention {
  article: ArticleRef;
  sentences: string[];
}

export interface EntityDetail extends SearchHit {
  aliases: string[];
  kind: string | null;
  level: string | null;
  code: string | null;
  parent: string | null;
  investment: string | null;
  investmentYuan: number | null;
  investmentApproximate: boolean | null;
  status: string | null;
  neighbours: Page<Neighbour>;
  articles: Page<ArticleMention>;
}

export interface Hop {
  kind: 'RELATION' | 'SHARED_ARTICLE';
  relation: string | null;
  direction: 'OUT' | 'IN' | null;
  title: string | null;
  articles: ArticleRef[];
  evidence: Evidence[];
}

export interface Path {
  length: number;
  weight: number;
  nodes: Array<EntityRef & { aliases: string[] }>;
  hops: Hop[];
}

export interface TimelineEntry {
  date: string | null;
  article: ArticleRef;
  sentences: string[];
  positions: Array<{ title: string | null; organisation: EntityRef }>;
}

export type ProjectRef = EntityRef & { investment: string | null; investmentYuan: number | null; investmentApproximate: boolean | null; status: string | null };

export interface Participant {
  entity: EntityRef;
  projects: EntityRef[];
  titles: string[];
}

/** A place's rollup; each list is its first page, with how many there are in all. */
export interface PlaceRollup {
  place: EntityRef;
  investmentTotalYuan: number;
  projectsWithInvestment: number;
  investmentApproximate: boolean;
  subPlaces: { total: number; items: EntityRef[] };
  projects: { total: number; items: Array<{ project: ProjectRef; locatedIn: EntityRef }> };
  organisations: { total: number; items: Participant[] };
  officials: { total: number; items: Participant[] };
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: EntityRef;
}

export interface Article extends ArticleRef {
  source: string;
  text: string;
  mentions: Mention[];
}

export interface Stats {
  articles: number;
  entities: Array<{ type: EntityType; count: number }>;
}

export const REF = 'id type name en display';
export const ARTICLE_REF = 'id title date';

export async function searchEntities(query: string, first = 10, types?: readonly EntityType[]): Promise<SearchHit[]> {
  const data = await graphql<{ search: { edges: Array<{ node: SearchHit }> } }>(
    `query Search($query: String!, $first: Int, $types: [EntityType!]) {
       search(query: $query, first: $first, types: $types) { edges { node { ${REF} pinyin } } } }`,
    { query, first, types: types ?? null },
  );
  return data.search.edges.map((e) => e.node);
}

/** How many nodes one expansion may add: enough to see a neighbourhood, few enough to read it. */
const NEIGHBOURHOOD_LIMIT = 200;

export async function neighbourhood(id: string): Promise<GraphData> {
  const data = await graphql<{ subgraph: GraphData }>(
    `query Neighbourhood($ids: [ID!]!) { subgraph(ids: $ids, depth: 1, maxNodes: ${NEIGHBOURHOOD_LIMIT}) {
       nodes { id kind name en display } edges { source target relation title } truncated } }`,
    { ids: [id] },
  );
  return data.subgraph;
}

/** Relations listed per page in the panel; "more" fetches the next page. */
const NEIGHBOURS_PAGE = 50;
/** Articles listed per page in the panel. */
const ARTICLES_PAGE = 20;

const NEIGHBOUR_EDGE = `relationId relation direction title gazetteer node { ${REF} aliases } evidence { sentence article { ${ARTICLE_REF} } }`;
interface MentionEdge {
  node: ArticleRef;
  sentences: string[];
}
const mentionOf = (edge: MentionEdge): ArticleMention => ({ article: edge.node, sentences: edge.sentences });
const asIs = <T>(edge: T) => edge;

type RawDetail = Omit<EntityDetail, 'neighbours' | 'articles'> & { neighbours: Connection<Neighbour>; articles: Connection<MentionEdge> };

export async function entityDetail(id: string): Promise<EntityDetail | null> {
  const data = await graphql<{ entity: RawDetail | null }>(
    `query Entity($id: ID!) { entity(id: $id) {
       ${REF} pinyin aliases kind level code parent investment investmentYuan investmentApproximate status
       neighbours(first: ${NEIGHBOURS_PAGE}) { edges { ${NEIGHBOUR_EDGE} } ${PAGE_INFO} }
       articles(first: ${ARTICLES_PAGE}) { edges { node { ${ARTICLE_REF} } sentences } ${PAGE_INFO} }
     } }`,
    { id },
  );
  const entity = data.entity;
  return entity && { ...entity, neighbours: pageOf(entity.neighbours, asIs), articles: pageOf(entity.articles, mentionOf) };
}

export async function moreNeighbours(id: string, after: string): Promise<Page<Neighbour>> {
  const data = await graphql<{ entity: { neighbours: Connection<Neighbour> } | null }>(
    `query MoreRelations($id: ID!, $after: String) { entity(id: $id) {
       neighbours(first: ${NEIGHBOURS_PAGE}, after: $after) { edges { ${NEIGHBOUR_EDGE} } ${PAGE_INFO} } } }`,
    { id, after },
  );
  return data.entity ? pageOf(data.entity.neighbours, asIs) : { items: [], next: null };
}

export async function moreArticles(id: string, after: string | null, first = ARTICLES_PAGE): Promise<Page<ArticleMention>> {
  const data = await graphql<{ entity: { articles: Connection<MentionEdge> } | null }>(
    `query MoreArticles($id: ID!, $first: Int, $after: String) { entity(id: $id) {
       articles(first: $first, after: $after) { edges { node { ${ARTICLE_REF} } sentences } ${PAGE_INFO} } } }`,
    { id, first, after },
  );
  return data.entity ? pageOf(data.entity.articles, mentionOf) : { items: [], next: null };
}

export async function findPaths(from: string, to: string): Promise<Path[]> {
  const data = await graphql<{ paths: Connection<{ node: Path }> }>(
    `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { edges { node {
       length weight nodes { ${REF} aliases }
       hops { kind relation direction title articles { ${ARTICLE_REF} } evidence { sentence article { ${ARTICLE_REF} } } } } } } }`,
    { from, to },
  );
  return data.paths.edges.map((e) => e.node);
}

/** The timeline's page size: the API's largest, since the panel shows the whole timeline. */
const TIMELINE_PAGE = 100;

interface RawTimelineEdge {
  node: ArticleRef;
  sentences: string[];
  positions: TimelineEntry['positions'];
}

/** A person's whole timeline, asked for a page of 100 at a time. */
export async function timeline(personId: string): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  let after: string | null = null;
  do {
    const data: { timeline: Connection<RawTimelineEdge> } = await graphql(
      `query Timeline($id: ID!, $after: String) { timeline(personId: $id, first: ${TIMELINE_PAGE}, after: $after) {
         edges { node { ${ARTICLE_REF} } sentences positions { title organisation { ${REF} } } } ${PAGE_INFO} } }`,
      { id: personId, after },
    );
    const page = pageOf(data.timeline, (e): TimelineEntry => ({ date: e.node.date, article: e.node, sentences: e.sentences, positions: e.positions }));
    entries.push(...page.items);
    after = page.next;
  } while (after);
  return entries;
}

interface Counted<E> {
  totalCount: number;
  edges: E[];
}
interface RawRollup {
  place: EntityRef;
  investmentTotalYuan: number;
  projectsWithInvestment: number;
  investmentApproximate: boolean;
  subPlaces: Counted<{ node: EntityRef }>;
  projects: Counted<{ node: ProjectRef; locatedIn: EntityRef }>;
  organisations: Counted<{ node: EntityRef; projects: EntityRef[]; titles: string[] }>;
  officials: Counted<{ node: EntityRef; projects: EntityRef[]; titles: string[] }>;
}

export async function placeRollup(id: string): Promise<PlaceRollup | null> {
  const data = await graphql<{ place: RawRollup | null }>(
    `query Place($id: ID!) { place(id: $id) {
       place { ${REF} } investmentTotalYuan projectsWithInvestment investmentApproximate
       subPlaces(first: 100) { totalCount edges { node { ${REF} } } }
       projects(first: 200) { totalCount edges { node { ${REF} investment investmentYuan investmentApproximate status } locatedIn { ${REF} } } }
       organisations(first: 50) { totalCount edges { node { ${REF} } projects { ${REF} } titles } }
       officials(first: 50) { totalCount edges { node { ${REF} } projects { ${REF} } titles } } } }`,
    { id },
  );
  const rollup = data.place;
  if (!rollup) return null;
  const participants = (list: RawRollup['officials']) => ({
    total: list.totalCount,
    items: list.edges.map((e) => ({ entity: e.node, projects: e.projects, titles: e.titles })),
  });
  return {
    ...rollup,
    subPlaces: { total: rollup.subPlaces.totalCount, items: rollup.subPlaces.edges.map((e) => e.node) },
    projects: { total: rollup.projects.totalCount, items: rollup.projects.edges.map((e) => ({ project: e.node, locatedIn: e.locatedIn })) },
    organisations: participants(rollup.organisations),
    officials: participants(rollup.officials),
  };
}

export async function article(id: string): Promise<Article | null> {
  const data = await graphql<{ article: Article | null }>(
    `query Article($id: ID!) { article(id: $id) { ${ARTICLE_REF} source text mentions { start end text entity { ${REF} } } } }`,
    { id },
  );
  return data.article;
}

export async function stats(): Promise<Stats> {
  const data = await graphql<{ stats: Stats }>('query Stats { stats { articles entities { type count } } }');
  return data.stats;
}
