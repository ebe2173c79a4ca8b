import type { Graph } from './neo4j.ts';
import { parseEvidence, type EvidenceRecord } from './queries.ts';

// A path's hops are relation edges (one relationship) or shared articles (entity → article ←
// entity, two relationships). Neo4j's SHORTEST counts relationships, so ranking by it weighs a
// shared-article hop twice a relation hop: exactly the "weaker" hop we want.

export interface HopRecord {
  kind: 'RELATION' | 'SHARED_ARTICLE';
  from: string;
  to: string;
  relation: string | null;
  direction: 'OUT' | 'IN' | null;
  title: string | null;
  articles: string[];
  evidence: EvidenceRecord[];
}

export interface PathRecord {
  length: number;
  weight: number;
  nodes: string[];
  hops: HopRecord[];
}

interface RawStep {
  type: string;
  start: string;
  title: string | null;
  evidence: string[] | null;
  articleId: string | null;
  starts: number[] | null;
  ends: number[] | null;
  sentences: string[] | null;
}

// How many raw paths to ask for: several raw paths differ only in which shared article they go
// through, and fold into one path below, so we ask for more than a client's page.
const CANDIDATES = 60;

// Quantifier bounds and SHORTEST's count cannot be parameters; one constant query per allowed
// hop limit. Relationships: two per hop at most (a shared article).
export const MAX_HOPS = [1, 2, 3, 4] as const;
export type MaxHops = (typeof MAX_HOPS)[number];
const pathsQuery = (maxHops: number) => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST ${CANDIDATES} (a)-[:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF|MENTIONED_IN]-{1,${2 * maxHops}}(b)
  RETURN collect({
    nodes: [n IN nodes(p) | n.id],
    steps: [r IN relationships(p) | { type: type(r), start: startNode(r).id, title: r.title, evidence: r.evidence,
             articleId: CASE WHEN type(r) = 'MENTIONED_IN' THEN endNode(r).id END,
             starts: r.starts, ends: r.ends, sentences: r.sentences }]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`;
const PATHS_QUERIES = Object.fromEntries(MAX_HOPS.map((n) => [n, pathsQuery(n)])) as Record<MaxHops, string>;

function mentionEvidence(step: RawStep): EvidenceRecord[] {
  return (step.sentences ?? []).map((sentence, i) => ({
    article: step.articleId ?? '',
    sentence,
    start: step.starts?.[i] ?? 0,
    end: step.ends?.[i] ?? 0,
  }));
}

/** Turns a raw path (entities and articles alternating with relationships) into hops between entities. */
export function hopsOf(nodes: string[], steps: RawStep[]): HopRecord[] {
  const hops: HopRecord[] = [];
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    const from = nodes[i]!;
    if (step.type === 'MENTIONED_IN') {
      const back = steps[i + 1]!;
      hops.push({
        kind: 'SHARED_ARTICLE',
        from,
        to: nodes[i + 2]!,
        relation: null,
        direction: null,
        title: null,
        articles: step.articleId ? [step.articleId] : [],
        evidence: [...mentionEvidence(step), ...mentionEvidence(back)],
      });
      i += 2;
    } else {
      hops.push({
        kind: 'RELATION',
        from,
        to: nodes[i + 1]!,
        relation: step.type,
        direction: step.start === from ? 'OUT' : 'IN',
        title: step.title,
        articles: [],
        evidence: parseEvidence(step.evidence),
      });
      i += 1;
    }
  }
  return hops;
}

// Paths that differ only in which shared article a hop goes through are one path to a reader.
const signature = (hops: HopRecord[]) => hops.map((h) => `${h.from}>${h.kind}:${h.relation ?? ''}:${h.title ?? ''}>${h.to}`).join('|');

/**
 * Up to `first` paths between two entities, lightest first, each entity visited once.
 * Null when either end does not exist (the API says which).
 */
export async function findPaths(graph: Graph, from: string, to: string, maxHops: MaxHops, first: number) {
  const [row] = await graph.run<{ fromFound: boolean; toFound: boolean; paths: Array<{ nodes: string[]; steps: RawStep[] }> }>(PATHS_QUERIES[maxHops], {
    from,
    to,
  });
  if (!row) return { fromFound: false, toFound: false, paths: [] as PathRecord[] };
  const bySignature = new Map<string, PathRecord>();
  for (const raw of row.paths) {
    const hops = hopsOf(raw.nodes, raw.steps);
    const entities = [from, ...hops.map((h) => h.to)];
    if (hops.length > maxHops || new Set(entities).size !== entities.length) continue;
    const key = signature(hops);
    const seen = bySignature.get(key);
    if (seen) {
      seen.hops.forEach((hop, i) => {
        const other = hops[i];
        if (hop.kind !== 'SHARED_ARTICLE' || !other) return;
        hop.articles.push(...other.articles);
        hop.evidence.push(...other.evidence);
      });
      continue;
    }
    bySignature.set(key, { length: hops.length, weight: raw.steps.length, nodes: entities, hops });
  }
  const paths = [...bySignature.values()].sort((x, y) => x.weight - y.weight || x.length - y.length).slice(0, first);
  return { fromFound: row.fromFound, toFound: row.toFound, paths };
}
