// The queries the UI asks, one function each, typed as the UI reads their answers.
import { graphql } from './api.ts';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'PROJECT';

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

export interface Neighbour {
  cursor: string;
  relation: string;
  direction: 'OUT' | 'IN';
  title: string | null;
  gazetteer: boolean;
  node: EntityRef & { aliases: string[] };
  evidence: Evidence[];
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
  neighbours: Neighbour[];
  articles: Array<{ article: ArticleRef; sentences: string[] }>;
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

export interface PlaceRollup {
  place: EntityRef;
  projectCount: number;
  investmentTotalYuan: number;
  projectsWithInvestment: number;
  investmentApproximate: boolean;
  subPlaces: EntityRef[];
  projects: Array<{
    project: EntityRef & { investment: string | null; investmentYuan: number | null; investmentApproximate: boolean | null; status: string | null };
    locatedIn: EntityRef;
  }>;
  organisations: Array<{ entity: EntityRef; projects: EntityRef[] }>;
  officials: Array<{ entity: EntityRef; projects: EntityRef[]; titles: string[] }>;
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
  entities: Array<{ type: string; count: number }>;
}

const REF = 'id type name en display';
const ARTICLE_REF = 'id title date';

export async function searchEntities(query: string, first = 10): Promise<SearchHit[]> {
  const data = await graphql<{ search: { edges: Array<{ node: SearchHit }> } }>(
    `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { edges { node { ${REF} pinyin } } } }`,
    { query, first },
  );
  return data.search.edges.map((e) => e.node);
}

/** How many nodes one expansion may add: enough to see a neighbourhood, few enough to read it. */
const NEIGHBOURHOOD_LIMIT = 200;

export async function neighbourhood(id: string): Promise<GraphData> {
  const data = await graphql<{ subgraph: GraphData }>(
    `query Neighbourhood($ids: [ID!]!) { subgraph(ids: $ids, depth: 1, limit: ${NEIGHBOURHOOD_LIMIT}) {
       nodes { id kind name en display } edges { source target relation title } truncated } }`,
    { ids: [id] },
  );
  return data.subgraph;
}

/** Relations listed per page in the panel; "more" fetches the next page. */
export const NEIGHBOURS_PAGE = 50;

export async function entityDetail(id: string): Promise<EntityDetail | null> {
  const data = await graphql<{ entity: EntityDetail | null }>(
    `query Entity($id: ID!) { entity(id: $id) {
       ${REF} pinyin aliases kind level code parent investment investmentYuan investmentApproximate status
       neighbours(first: ${NEIGHBOURS_PAGE}) { cursor relation direction title gazetteer node { ${REF} aliases }
         evidence { sentence article { ${ARTICLE_REF} } } }
       articles(first: 20) { article { ${ARTICLE_REF} } sentences }
     } }`,
    { id },
  );
  return data.entity;
}

export async function moreNeighbours(id: string, after: string): Promise<Neighbour[]> {
  const data = await graphql<{ entity: { neighbours: Neighbour[] } | null }>(
    `query More($id: ID!, $after: String) { entity(id: $id) {
       neighbours(first: ${NEIGHBOURS_PAGE}, after: $after) { cursor relation direction title gazetteer node { ${REF} aliases }
         evidence { sentence article { ${ARTICLE_REF} } } } } }`,
    { id, after },
  );
  return data.entity?.neighbours ?? [];
}

export async function findPaths(from: string, to: string): Promise<Path[]> {
  const data = await graphql<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) {
       length weight nodes { ${REF} aliases }
       hops { kind relation direction title articles { ${ARTICLE_REF} } evidence { sentence article { ${ARTICLE_REF} } } } } }`,
    { from, to },
  );
  return data.paths;
}

export async function timeline(personId: string): Promise<TimelineEntry[]> {
  const data = await graphql<{ timeline: TimelineEntry[] }>(
    `query Timeline($id: ID!) { timeline(personId: $id) {
       date sentences article { ${ARTICLE_REF} } positions { title organisation { ${REF} } } } }`,
    { id: personId },
  );
  return data.timeline;
}

export async function placeRollup(id: string): Promise<PlaceRollup | null> {
  const data = await graphql<{ place: PlaceRollup | null }>(
    `query Place($id: ID!) { place(id: $id) {
       place { ${REF} } projectCount investmentTotalYuan projectsWithInvestment investmentApproximate
       subPlaces(first: 100) { ${REF} }
       projects(first: 200) { project { ${REF} investment investmentYuan investmentApproximate status } locatedIn { ${REF} } }
       organisations(first: 50) { entity { ${REF} } projects { ${REF} } }
       officials(first: 50) { entity { ${REF} } projects { ${REF} } titles } } }`,
    { id },
  );
  return data.place;
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
