import { int, type Graph } from './neo4j.ts';

// The review queue: pairs the graph suspects are one entity (namesakes it could not join, see
// people.ts and crosslingual.ts), strongest evidence first, so an analyst decides the likeliest
// first. The evidence is what the two share although no body links them: a position title
// (both 县长), and how near their home counties are (the first digits of a division code name the
// city, then the province).

export interface CandidatePairRow {
  from: string;
  to: string;
  reason: string;
  /** 2 per shared title, 2 for the same city (or 1 for the same province). */
  strength: number;
  /** What the two share, in words: 'title 县长', 'same city', 'same province'. */
  shared: string[];
}

const PAIRS = `
MATCH (a:Entity)-[c:CANDIDATE_SAME_AS]->(b:Entity)
WITH a, b, c,
     [t IN COLLECT { MATCH (a)-[h:HOLDS_POSITION]->() RETURN DISTINCT h.title }
        WHERE t IS NOT NULL AND t IN COLLECT { MATCH (b)-[h:HOLDS_POSITION]->() RETURN h.title }] AS titles,
     CASE WHEN a.home IS NULL OR b.home IS NULL THEN ''
          WHEN left(a.home, 4) = left(b.home, 4) THEN 'same city'
          WHEN left(a.home, 2) = left(b.home, 2) THEN 'same province'
          ELSE '' END AS near
WITH a, b, c, titles, near,
     2 * size(titles) + CASE near WHEN 'same city' THEN 2 WHEN 'same province' THEN 1 ELSE 0 END AS strength
RETURN a.id AS from, b.id AS to, c.reason AS reason, strength,
       [t IN titles | 'title ' + t] + CASE near WHEN '' THEN [] ELSE [near] END AS shared
ORDER BY strength DESC, from, to
SKIP $skip LIMIT $limit`;

/** One page of the queue, in a stable order. */
export function candidatePairs(graph: Graph, skip: number, limit: number): Promise<CandidatePairRow[]> {
  return graph.run<CandidatePairRow>(PAIRS, { skip: int(skip), limit: int(limit) });
}

/** How many pairs wait for a decision. */
export async function candidatePairCount(graph: Graph): Promise<number> {
  const [row] = await graph.run<{ n: number }>('RETURN COUNT { ()-[:CANDIDATE_SAME_AS]->() } AS n');
  return row?.n ?? 0;
}
