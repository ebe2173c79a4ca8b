// What editing reads: whether the server takes changes and for whom, the review queue with what
// the page needs to compare a pair, and the decisions made. One function per query.
import type { DecisionRecord } from '../server/graph/decisions.ts';
import { graphql } from './api.ts';
import { ARTICLE_REF, PAGE_INFO, pageOf, REF, type ArticleMention, type Connection, type EntityRef, type Page } from './queries.ts';

export interface EditingStatus {
  /** The server has tokens: it takes changes from whoever holds one. */
  enabled: boolean;
  /** The label of the token sent, or null when none or an unknown one was sent. */
  signedInAs: string | null;
}

/** Asks whether the server takes changes and whose `token` is (the signed-in one when not given). */
export async function editingStatus(token?: string | null): Promise<EditingStatus> {
  const data = await graphql<{ editing: EditingStatus }>('query Editing { editing { enabled signedInAs } }', {}, token === undefined ? {} : { token });
  return data.editing;
}

export interface CandidatePair {
  entity: EntityRef;
  other: EntityRef;
  reason: string;
  strength: number;
  shared: string[];
}

/** Pairs of the review queue listed per page. */
const QUEUE_PAGE = 30;

export async function candidatePairs(after: string | null): Promise<Page<CandidatePair> & { total: number }> {
  const data = await graphql<{ candidatePairs: Connection<{ node: CandidatePair }> & { totalCount: number } }>(
    `query Queue($first: Int, $after: String) { candidatePairs(first: $first, after: $after) {
       totalCount edges { node { entity { ${REF} } other { ${REF} } reason strength shared } } ${PAGE_INFO} } }`,
    { first: QUEUE_PAGE, after },
  );
  return { ...pageOf(data.candidatePairs, (e) => e.node), total: data.candidatePairs.totalCount };
}

export async function candidatePairCount(): Promise<number> {
  const data = await graphql<{ candidatePairs: { totalCount: number } }>('query QueueCount { candidatePairs(first: 1) { totalCount } }');
  return data.candidatePairs.totalCount;
}

/** One side of a pair as the comparison shows it: names, positions, places and articles. */
export interface PairSide extends EntityRef {
  pinyin: string | null;
  aliases: string[];
  positions: Array<{ title: string | null; organisation: EntityRef }>;
  places: EntityRef[];
  articles: Page<ArticleMention>;
}

interface RawPlaces {
  edges: Array<{ direction: 'OUT' | 'IN'; node: EntityRef }>;
}

interface RawSide extends EntityRef {
  pinyin: string | null;
  aliases: string[];
  positions: Connection<{ title: string | null; direction: 'OUT' | 'IN'; node: EntityRef & { places: RawPlaces } }>;
  places: RawPlaces;
  articles: Connection<{ node: ArticleMention['article'] & { mentions: Array<{ entity: EntityRef }> }; sentences: string[] }>;
}

/** Articles each side of a pair shows; enough to tell two people apart, and to count on. */
const PAIR_ARTICLES = 50;

// A person has no place of their own in the graph: their places are those of the organisations
// they hold positions at, and those the articles naming them name.
const PLACES = `places: neighbours(relation: [LOCATED_IN], types: [PLACE], first: 5) { edges { direction node { ${REF} } } }`;
const SIDE = `${REF} pinyin aliases ${PLACES}
  positions: neighbours(relation: [HOLDS_POSITION], first: 50) { edges { title direction node { ${REF} ${PLACES} } } ${PAGE_INFO} }
  articles(first: ${PAIR_ARTICLES}) { edges { node { ${ARTICLE_REF} mentions { entity { ${REF} } } } sentences } ${PAGE_INFO} }`;

/** Both sides of a pair, in one request. */
export async function pairSides(a: string, b: string): Promise<[PairSide | null, PairSide | null]> {
  const data = await graphql<{ a: RawSide | null; b: RawSide | null }>(
    `query Pair($a: ID!, $b: ID!) { a: entity(id: $a) { ${SIDE} } b: entity(id: $b) { ${SIDE} } }`,
    {
      a,
      b,
    },
  );
  return [data.a && sideOf(data.a), data.b && sideOf(data.b)];
}

const placesOf = (raw: RawPlaces) => raw.edges.filter((e) => e.direction === 'OUT').map((e) => e.node);

/** Places a side lists: enough to tell two counties apart. */
const PAIR_PLACES = 8;

function sideOf(raw: RawSide): PairSide {
  const held = raw.positions.edges.filter((e) => e.direction === 'OUT');
  // Places its articles name, the most often named first, after those the graph relates it to.
  const named = new Map<string, { place: EntityRef; articles: number }>();
  for (const { node } of raw.articles.edges) {
    for (const place of new Map(node.mentions.filter((m) => m.entity.type === 'PLACE').map((m) => [m.entity.id, m.entity])).values()) {
      const seen = named.get(place.id) ?? { place, articles: 0 };
      seen.articles++;
      named.set(place.id, seen);
    }
  }
  const byArticles = [...named.values()].sort((a, b) => b.articles - a.articles).map((n) => n.place);
  const places = new Map([...placesOf(raw.places), ...held.flatMap((e) => placesOf(e.node.places)), ...byArticles].map((p) => [p.id, p]));
  return {
    ...raw,
    positions: held.map((e) => ({ title: e.title, organisation: e.node })),
    places: [...places.values()].slice(0, PAIR_PLACES),
    articles: pageOf(raw.articles, (e) => ({ article: { id: e.node.id, title: e.node.title, date: e.node.date }, sentences: e.sentences })),
  };
}

// A decision as the API lists it: the server's record, field for field (a type only, erased from the bundle).
export type { DecisionKind } from '../server/graph/decisions.ts';
export type Decision = DecisionRecord;

export const DECISION_FIELDS = 'id kind entityIds names articleIds previous value by at undoneBy undoneAt';

/** Decisions listed per page. */
const DECISIONS_PAGE = 30;

export async function decisions(after: string | null): Promise<Page<Decision> & { total: number }> {
  const data = await graphql<{ decisions: Connection<{ node: Decision }> & { totalCount: number } }>(
    `query Decisions($first: Int, $after: String) { decisions(first: $first, after: $after) {
       totalCount edges { node { ${DECISION_FIELDS} } } ${PAGE_INFO} } }`,
    { first: DECISIONS_PAGE, after },
  );
  return { ...pageOf(data.decisions, (e) => e.node), total: data.decisions.totalCount };
}
