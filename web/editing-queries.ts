// What editing reads: whether the server takes changes and for whom, the review queue with what
// the page needs to compare a pair, and the decisions made. One function per query.
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
export const QUEUE_PAGE = 30;

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

interface RawSide extends EntityRef {
  pinyin: string | null;
  aliases: string[];
  positions: Connection<{ title: string | null; direction: 'OUT' | 'IN'; node: EntityRef }>;
  places: Connection<{ direction: 'OUT' | 'IN'; node: EntityRef }>;
  articles: Connection<{ node: ArticleMention['article']; sentences: string[] }>;
}

/** Articles each side of a pair shows; enough to tell two people apart, and to count on. */
const PAIR_ARTICLES = 50;

const SIDE = `${REF} pinyin aliases
  positions: neighbours(relation: [HOLDS_POSITION], first: 50) { edges { title direction node { ${REF} } } ${PAGE_INFO} }
  places: neighbours(relation: [LOCATED_IN], types: [PLACE], first: 20) { edges { direction node { ${REF} } } ${PAGE_INFO} }
  articles(first: ${PAIR_ARTICLES}) { edges { node { ${ARTICLE_REF} } sentences } ${PAGE_INFO} }`;

/**
 * Both sides of a pair. A person has no place of their own in the graph: their places are those
 * of the organisations they hold positions at, asked for in a second request (the API's depth
 * limit keeps them out of the first).
 */
export async function pairSides(a: string, b: string): Promise<[PairSide | null, PairSide | null]> {
  const data = await graphql<{ a: RawSide | null; b: RawSide | null }>(
    `query Pair($a: ID!, $b: ID!) { a: entity(id: $a) { ${SIDE} } b: entity(id: $b) { ${SIDE} } }`,
    {
      a,
      b,
    },
  );
  const sides = [data.a, data.b].map((raw) => raw && sideOf(raw));
  const organisations = [...new Set(sides.flatMap((s) => s?.positions.map((p) => p.organisation.id) ?? []))];
  const placesOf = await organisationPlaces(organisations);
  for (const side of sides) {
    if (!side) continue;
    const places = new Map(side.places.map((p) => [p.id, p]));
    for (const position of side.positions) for (const place of placesOf.get(position.organisation.id) ?? []) places.set(place.id, place);
    side.places = [...places.values()];
  }
  return [sides[0] ?? null, sides[1] ?? null];
}

function sideOf(raw: RawSide): PairSide {
  return {
    ...raw,
    positions: raw.positions.edges.filter((e) => e.direction === 'OUT').map((e) => ({ title: e.title, organisation: e.node })),
    places: raw.places.edges.filter((e) => e.direction === 'OUT').map((e) => e.node),
    articles: pageOf(raw.articles, (e) => ({ article: e.node, sentences: e.sentences })),
  };
}

/** The API answers at most 20 top-level fields a request. */
const MAX_FIELDS = 20;

/** The places organisations lie in, by organisation id; one request for up to 20 of them. */
async function organisationPlaces(ids: string[]): Promise<Map<string, EntityRef[]>> {
  const asked = ids.slice(0, MAX_FIELDS);
  if (asked.length === 0) return new Map();
  const fields = asked.map(
    (_, i) => `o${i}: entity(id: $o${i}) { neighbours(relation: [LOCATED_IN], types: [PLACE], first: 5) { edges { direction node { ${REF} } } } }`,
  );
  const data = await graphql<Record<string, { neighbours: { edges: Array<{ direction: string; node: EntityRef }> } } | null>>(
    `query OrganisationPlaces(${asked.map((_, i) => `$o${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`,
    Object.fromEntries(asked.map((id, i) => [`o${i}`, id])),
  );
  return new Map(asked.map((id, i) => [id, data[`o${i}`]?.neighbours.edges.filter((e) => e.direction === 'OUT').map((e) => e.node) ?? []]));
}

export type DecisionKind = 'MERGE' | 'SPLIT' | 'KEEP_APART' | 'RENAME' | 'CHANGE_TYPE' | 'HIDE_RELATION';

export interface Decision {
  id: string;
  kind: DecisionKind;
  entityIds: string[];
  names: string[];
  articleIds: string[];
  previous: string | null;
  value: string | null;
  by: string | null;
  at: string;
  undoneBy: string | null;
  undoneAt: string | null;
}

export const DECISION_FIELDS = 'id kind entityIds names articleIds previous value by at undoneBy undoneAt';

/** Decisions listed per page. */
export const DECISIONS_PAGE = 30;

export async function decisions(after: string | null): Promise<Page<Decision> & { total: number }> {
  const data = await graphql<{ decisions: Connection<{ node: Decision }> & { totalCount: number } }>(
    `query Decisions($first: Int, $after: String) { decisions(first: $first, after: $after) {
       totalCount edges { node { ${DECISION_FIELDS} } } ${PAGE_INFO} } }`,
    { first: DECISIONS_PAGE, after },
  );
  return { ...pageOf(data.decisions, (e) => e.node), total: data.decisions.totalCount };
}
