import { int, type Graph } from './neo4j.ts';

// One named, parameterised query per use. Values never enter Cypher text.

export interface EntityRecord {
  id: string;
  type: string;
  name: string;
  /** Null on nodes written before languages were recorded: those are Chinese. */
  language: 'zh' | 'en' | null;
  en: string | null;
  display: string | null;
  pinyin: string | null;
  aliases: string[];
  kind: string | null;
  level: string | null;
  code: string | null;
  parent: string | null;
  investment: string | null;
  investmentYuan: number | null;
  investmentApproximate: boolean | null;
  status: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string;
  date: string | null;
  source: string;
  /** Absent when the article came as a summary with other records; `articleTexts` has it. */
  text?: string;
}

export interface EvidenceRecord {
  article: string;
  sentence: string;
  start: number;
  end: number;
}

export interface NeighbourRecord {
  relation: string;
  /** The ids of the edge's ends and its fact (the title of a HOLDS_POSITION, else empty): what names the edge. */
  start: string;
  end: string;
  fact: string;
  direction: 'OUT' | 'IN';
  title: string | null;
  nodeId: string;
  /** The neighbour, fetched with the edge to save a round trip. */
  node: EntityRecord;
  gazetteer: boolean;
  evidence: EvidenceRecord[];
}

/** Evidence entries as the ingest stores them: JSON strings on the edge. */
export const parseEvidence = (evidence: string[] | null): EvidenceRecord[] => (evidence ?? []).map((e) => JSON.parse(e) as EvidenceRecord);

const ARTICLE_FIELDS = '{ .id, .title, .date, .source, .text }';
// What lists of edges and mentions carry of each article: the text is most of an article's
// bytes and seldom asked for there, so it is read only when a query selects it.
const ARTICLE_SUMMARY = '{ .id, .title, .date, .source }';
export const ENTITY_FIELDS = `{ .id, .type, .name, .language, .en, .display, .pinyin, .aliases, .kind, .level, .code, .parent, .investment, .investmentYuan, .investmentApproximate, .status }`;

// Lucene's query syntax gives meaning to these characters; a user's query is escaped so it
// is always matched as text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** A fulltext query: every word must match; the last Latin word may be a prefix (typing "meng ji"). */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&'))
    .filter(Boolean);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((word, i) => (i === last && /^[a-z0-9]+$/.test(word) ? `(${word} OR ${word}*)` : `"${word}"`)).join(' AND ');
}

// Each way of matching contributes at most this many candidates, so a one-character query (区)
// costs a bounded amount of work; paging goes through the best of them.
const CANDIDATES_PER_MATCH = 300;

// Cypher keys its plan cache on the size of each top-level string or list parameter (rounded to
// a power of ten): four strings whose lengths vary with the query meant a new plan, up to 2 s on
// 2 cores, for each new combination of lengths. Inside one map parameter their sizes are not
// part of the key, so one plan serves every search.
//
// The rank tiers: 3 an exact name, alias, English or pinyin; 2 a prefix of one; 1 the query
// inside the Chinese name; 0 a fulltext hit only. The fulltext score, squashed into [0, 1),
// orders results within a tier, so a score reads as "tier point closeness".
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $search.query, { limit: $candidates }) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity) WHERE node.name = $search.text
  RETURN node, 0.0 AS score
  UNION
  MATCH (node:Entity) WHERE node.name STARTS WITH $search.text
  WITH node LIMIT $candidates
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS fulltext
WHERE $search.types IS NULL OR node.type IN $search.types
WITH node, fulltext, replace(toLower(coalesce(node.pinyin, '')), ' ', '') AS pinyin
WITH node, fulltext, CASE
  WHEN node.name = $search.text OR $search.text IN node.aliases OR toLower(node.en) = $search.lower
    OR toLower(node.display) = $search.lower OR pinyin = $search.compact THEN 3
  WHEN node.name STARTS WITH $search.text OR any(a IN node.aliases WHERE a STARTS WITH $search.text)
    OR toLower(node.en) STARTS WITH $search.lower OR toLower(node.display) STARTS WITH $search.lower
    OR pinyin STARTS WITH $search.compact THEN 2
  WHEN node.name CONTAINS $search.text THEN 1
  ELSE 0 END AS tier
WITH node, tier + fulltext / (fulltext + 1.0) AS score
RETURN node ${ENTITY_FIELDS} AS entity, score
ORDER BY score DESC, size(node.name), node.id
SKIP $skip LIMIT $limit`;

/** Entities matching a name in any script: exact names and aliases first, then prefixes, then fulltext. */
export async function searchEntities(graph: Graph, text: string, types: string[] | null, skip: number, limit: number) {
  const query = luceneQuery(text);
  if (!query) return [];
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  // The CJK analyzer indexes character pairs, so a one-character query finds nothing there;
  // the prefix match on the name (a range index) catches names that start with it (孟 → 孟景伟).
  return graph.run<{ entity: EntityRecord; score: number }>(SEARCH, {
    search: { query, text: trimmed, lower, compact: lower.replace(/\s+/g, ''), types },
    candidates: int(CANDIDATES_PER_MATCH),
    skip: int(skip),
    limit: int(limit),
  });
}

export async function entitiesByIds(graph: Graph, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await graph.run<{ entity: EntityRecord }>(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_FIELDS} AS entity`, { ids });
  return rows.map((r) => r.entity);
}

export async function articleTexts(graph: Graph, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await graph.run<{ id: string; text: string }>('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text', { ids });
  return new Map(rows.map((r) => [r.id, r.text]));
}

export async function articlesByIds(graph: Graph, ids: readonly string[]): Promise<ArticleRecord[]> {
  const rows = await graph.run<{ article: ArticleRecord }>(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a ${ARTICLE_FIELDS} AS article`, { ids });
  return rows.map((r) => r.article);
}

/**
 * Relation edges of many entities at once (one query for a whole page of results), in a stable
 * order for paging, with the neighbours and the evidence's articles (without their text), so no
 * second query is needed.
 */
export async function neighboursOf(
  graph: Graph,
  ids: readonly string[],
  relations: string[] | null,
  types: string[] | null,
  skip: number,
  limit: number,
): Promise<Map<string, { neighbours: NeighbourRecord[]; articles: ArticleRecord[] }>> {
  const rows = await graph.run<{
    id: string;
    articles: ArticleRecord[];
    neighbours: Array<Omit<NeighbourRecord, 'evidence'> & { evidence: string[] | null }>;
  }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[r:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF]-(n:Entity)
       WHERE ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR n.type IN $types)
       RETURN r, n ORDER BY type(r), n.name, n.id, r.fact, elementId(r) SKIP $skip LIMIT $limit
     }
     WITH id, collect({ relation: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END, title: r.title,
                        start: startNode(r).id, end: endNode(r).id, fact: r.fact,
                        nodeId: n.id, node: n ${ENTITY_FIELDS}, gazetteer: coalesce(r.gazetteer, false), evidence: r.evidence }) AS neighbours,
          reduce(acc = [], x IN collect(r.articles) | acc + x) AS articleIds
     RETURN id, neighbours, COLLECT { MATCH (a:Article) WHERE a.id IN articleIds RETURN a ${ARTICLE_SUMMARY} } AS articles`,
    { ids, relations, types, skip: int(skip), limit: int(limit) },
  );
  const byId = new Map<string, { neighbours: NeighbourRecord[]; articles: ArticleRecord[] }>();
  for (const row of rows) {
    byId.set(row.id, { articles: row.articles, neighbours: row.neighbours.map((n) => ({ ...n, evidence: parseEvidence(n.evidence) })) });
  }
  return byId;
}

export interface MentioningRecord {
  article: ArticleRecord;
  sentences: string[];
}

/** The articles naming many entities at once, newest first, each with its headline, date and source. */
export async function articlesMentioning(graph: Graph, ids: readonly string[], skip: number, limit: number): Promise<Map<string, MentioningRecord[]>> {
  const rows = await graph.run<{ id: string; mentions: MentioningRecord[] }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[m:MENTIONED_IN]->(a:Article)
       RETURN a, m ORDER BY a.date DESC, a.id SKIP $skip LIMIT $limit
     }
     RETURN id, collect({ article: a ${ARTICLE_SUMMARY}, sentences: m.sentences }) AS mentions`,
    { ids, skip: int(skip), limit: int(limit) },
  );
  return new Map(rows.map((r) => [r.id, r.mentions]));
}

export interface SubgraphRecord {
  nodes: Array<{ id: string; kind: string; name: string; en: string | null; display: string | null }>;
  edges: Array<{ source: string; target: string; relation: string; title: string | null }>;
  truncated: boolean;
}

// What a drawn graph holds: relations, and entities named in articles (not candidate pairs).
const DRAWN_EDGES = 'HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF|MENTIONED_IN';

// The neighbourhood grows one relationship at a time, keeping only nodes not yet seen, so a hub
// (a district named in thousands of articles) costs its degree, not the number of paths through
// it. Each level stops once the limit is reached. A hop through an article (entity → article →
// entity) counts as one step, so a depth is two levels; one constant query per allowed depth.
const SUBGRAPH_LEVEL = `
CALL (seen, frontier) {
  UNWIND CASE WHEN size(seen) > $limit THEN [] ELSE frontier END AS x
  MATCH (x)-[:${DRAWN_EDGES}]-(y) WHERE y:Entity OR y:Article
  WITH DISTINCT y WHERE NOT y IN seen
  WITH y LIMIT $cap
  RETURN collect(y) AS found
}
WITH seen + found AS seen, found AS frontier`;
const subgraphQuery = (levels: number) => `
MATCH (start:Entity) WHERE start.id IN $ids
WITH start ORDER BY start.id
WITH collect(start) AS seen
WITH seen, seen AS frontier
${Array.from({ length: levels }, () => SUBGRAPH_LEVEL).join('\n')}
WITH seen[0..$limit] AS kept, size(seen) > $limit AS truncated
UNWIND kept AS a
OPTIONAL MATCH (a)-[r:${DRAWN_EDGES}]->(b) WHERE b IN kept
WITH kept, truncated, collect(DISTINCT r) AS rels
RETURN [x IN kept | { id: x.id, kind: CASE WHEN x:Article THEN 'ARTICLE' ELSE x.type END,
                      name: coalesce(x.name, x.title), en: x.en, display: x.display }] AS nodes,
       [r IN rels WHERE r IS NOT NULL | { source: startNode(r).id, target: endNode(r).id,
                                          relation: type(r), title: r.title }] AS edges,
       truncated`;
export const SUBGRAPH_DEPTHS = [1, 2] as const;
const SUBGRAPH_QUERIES: Record<(typeof SUBGRAPH_DEPTHS)[number], string> = { 1: subgraphQuery(2), 2: subgraphQuery(4) };

/**
 * The neighbourhood to draw: nodes within `depth` steps over relation edges or shared
 * articles, closest first, capped at `limit` nodes; then every edge among the kept nodes.
 */
export async function subgraph(graph: Graph, ids: string[], depth: (typeof SUBGRAPH_DEPTHS)[number], limit: number): Promise<SubgraphRecord> {
  const [row] = await graph.run<SubgraphRecord>(SUBGRAPH_QUERIES[depth], { ids, limit: int(limit), cap: int(limit + 1) });
  return row ?? { nodes: [], edges: [], truncated: false };
}

export async function stats(graph: Graph) {
  const [row] = await graph.run<{ articles: number; entities: Array<{ type: string; count: number }>; relations: Array<{ type: string; count: number }> }>(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({ type: type, count: count }) AS entities }
     CALL () { MATCH (:Entity)-[r:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({ type: type, count: count }) AS relations }
     RETURN articles, entities, relations`,
  );
  return row ?? { articles: 0, entities: [], relations: [] };
}
