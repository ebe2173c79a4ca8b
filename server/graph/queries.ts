import { int, type Graph } from './neo4j.ts';

// One named, parameterised query per use. Values never enter Cypher text.

export interface EntityRecord {
  id: string;
  type: string;
  name: string;
  en: string | null;
  display: string | null;
  pinyin: string | null;
  aliases: string[];
  kind: string | null;
  level: string | null;
  code: string | null;
  investment: string | null;
  investmentYuan: number | null;
  status: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string;
  date: string | null;
  source: string;
  text: string;
}

export interface EvidenceRecord {
  article: string;
  sentence: string;
  start: number;
  end: number;
}

export interface NeighbourRecord {
  relation: string;
  direction: 'OUT' | 'IN';
  title: string | null;
  nodeId: string;
  evidence: EvidenceRecord[];
}

const ENTITY_FIELDS = `{ .id, .type, .name, .en, .display, .pinyin, .aliases, .kind, .level, .code, .investment, .investmentYuan, .status }`;

// Lucene's query syntax gives meaning to these characters; a user's query is escaped so it
// is always matched as text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** A fulltext query: every word must match; the last Latin word may be a prefix (typing "meng ji"). */
export function luceneQuery(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(LUCENE_SPECIAL, '\\$&')).filter(Boolean);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words
    .map((word, i) => (i === last && /^[a-z0-9]+$/.test(word) ? `(${word} OR ${word}*)` : `"${word}"`))
    .join(' AND ');
}

export async function searchEntities(graph: Graph, text: string, types: string[] | null, skip: number, limit: number) {
  const query = luceneQuery(text);
  if (!query) return [];
  // The CJK analyzer indexes character pairs, so a one-character query finds nothing there;
  // exact and substring matches on the name catch it, ranked above fuzzy fulltext hits.
  return graph.run<{ entity: EntityRecord; score: number }>(
    `CALL () {
       CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
       RETURN node, score
       UNION
       MATCH (node:Entity) WHERE node.name CONTAINS $text
       RETURN node, CASE node.name WHEN $text THEN 100.0 ELSE 10.0 END AS score
     }
     WITH node, max(score) AS score
     WHERE $types IS NULL OR node.type IN $types
     RETURN node ${ENTITY_FIELDS} AS entity, score
     ORDER BY score DESC, size(node.name), node.id
     SKIP $skip LIMIT $limit`,
    { query, text: text.trim(), types, skip: int(skip), limit: int(limit) },
  );
}

export async function entitiesByIds(graph: Graph, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await graph.run<{ entity: EntityRecord }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_FIELDS} AS entity`,
    { ids },
  );
  return rows.map((r) => r.entity);
}

export async function articlesByIds(graph: Graph, ids: readonly string[]): Promise<ArticleRecord[]> {
  const rows = await graph.run<{ article: ArticleRecord }>(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a { .id, .title, .date, .source, .text } AS article',
    { ids },
  );
  return rows.map((r) => r.article);
}

/** Relation edges of many entities at once (one query for a whole page of results). */
export async function neighboursOf(
  graph: Graph,
  ids: readonly string[],
  relations: string[] | null,
  types: string[] | null,
  limit: number,
): Promise<Map<string, NeighbourRecord[]>> {
  const rows = await graph.run<{ id: string; neighbours: Array<Omit<NeighbourRecord, 'evidence'> & { evidence: string[] }> }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[r]-(n:Entity)
       WHERE ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR n.type IN $types)
       RETURN r, n ORDER BY type(r), n.name LIMIT $limit
     }
     RETURN id, collect({ relation: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
                          title: r.title, nodeId: n.id, evidence: r.evidence }) AS neighbours`,
    { ids, relations, types, limit: int(limit) },
  );
  const byId = new Map<string, NeighbourRecord[]>();
  for (const row of rows) {
    byId.set(row.id, row.neighbours.map((n) => ({ ...n, evidence: (n.evidence ?? []).map((e) => JSON.parse(e) as EvidenceRecord) })));
  }
  return byId;
}

export async function articlesMentioning(graph: Graph, ids: readonly string[], limit: number) {
  const rows = await graph.run<{ id: string; mentions: Array<{ article: string; sentences: string[] }> }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[m:MENTIONED_IN]->(a:Article)
       RETURN a, m ORDER BY a.date DESC, a.id LIMIT $limit
     }
     RETURN id, collect({ article: a.id, sentences: m.sentences }) AS mentions`,
    { ids, limit: int(limit) },
  );
  return new Map(rows.map((r) => [r.id, r.mentions]));
}

export interface SubgraphRecord {
  nodes: Array<{ id: string; kind: string; name: string; en: string | null; display: string | null }>;
  edges: Array<{ source: string; target: string; relation: string; title: string | null }>;
  truncated: boolean;
}

// Variable-length bounds cannot be parameters in Cypher, so there is one constant query per
// allowed depth. A hop through an article (entity → article → entity) counts as one step.
const subgraphQuery = (maxPath: number) => `
  MATCH (start:Entity) WHERE start.id IN $ids
  MATCH path = (start)-[*0..${maxPath}]-(n)
  WHERE all(x IN nodes(path) WHERE x:Entity OR x:Article)
  WITH n, min(length(path)) AS distance
  ORDER BY distance, n.id
  WITH collect(n) AS found
  WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
  UNWIND kept AS a
  OPTIONAL MATCH (a)-[r]->(b) WHERE b IN kept
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
  const [row] = await graph.run<SubgraphRecord>(SUBGRAPH_QUERIES[depth], { ids, limit: int(limit) });
  return row ?? { nodes: [], edges: [], truncated: false };
}

export async function stats(graph: Graph) {
  const [row] = await graph.run<{ articles: number; entities: Array<{ type: string; count: number }>; relations: Array<{ type: string; count: number }> }>(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({ type: type, count: count }) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({ type: type, count: count }) AS relations }
     RETURN articles, entities, relations`,
  );
  return row ?? { articles: 0, entities: [], relations: [] };
}
