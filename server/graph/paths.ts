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

/** A relationship of a raw path: what ranking and folding need; its evidence is read later, for the paths kept. */
interface RawStep {
  type: string;
  start: string;
  title: string | null;
  articleId: string | null;
  /** The relationship's element id, to read its evidence by. */
  edge: string;
}

/** A hop as folded, with the relationships its evidence is read from. */
interface FoldedHop extends Omit<HopRecord, 'evidence'> {
  edges: string[];
}

// How many raw paths to ask for: several raw paths differ only in which shared article they go
// through, and fold into one path below, so we ask for more than a client's page.
const CANDIDATES = 60;

// Quantifier bounds and SHORTEST's count cannot be parameters; one constant query per allowed
// hop limit. Relationships: two per hop at most (a shared article). The paths come back with
// ids only: their evidence (sentences, offsets) is most of their bytes, and only the paths a
// client gets need it (EVIDENCE).
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
    steps: [r IN relationships(p) | { type: type(r), start: startNode(r).id, title: r.title, edge: elementId(r),
             articleId: CASE WHEN type(r) = 'MENTIONED_IN' THEN endNode(r).id END }]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`;
const PATHS_QUERIES = Object.fromEntries(MAX_HOPS.map((n) => [n, pathsQuery(n)])) as Record<MaxHops, string>;

// The evidence of the relationships of the paths kept: a relation's sentences, or the mentions of
// an entity in a shared article.
const EVIDENCE = `
UNWIND $edges AS edge
MATCH ()-[r]->(x) WHERE elementId(r) = edge
RETURN edge, r.evidence AS evidence, CASE WHEN x:Article THEN x.id END AS articleId, r.starts AS starts, r.ends AS ends, r.sentences AS sentences`;

interface EdgeEvidence {
  edge: string;
  evidence: string[] | null;
  articleId: string | null;
  starts: number[] | null;
  ends: number[] | null;
  sentences: string[] | null;
}

function evidenceOf(row: EdgeEvidence): EvidenceRecord[] {
  if (row.evidence) return parseEvidence(row.evidence);
  return (row.sentences ?? []).map((sentence, i) => ({
    article: row.articleId ?? '',
    sentence,
    start: row.starts?.[i] ?? 0,
    end: row.ends?.[i] ?? 0,
  }));
}

/** Turns a raw path (entities and articles alternating with relationships) into hops between entities. */
export function hopsOf(nodes: string[], steps: RawStep[]): FoldedHop[] {
  const hops: FoldedHop[] = [];
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
        edges: [step.edge, back.edge],
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
        edges: [step.edge],
      });
      i += 1;
    }
  }
  return hops;
}

// Paths that differ only in which shared article a hop goes through are one path to a reader.
const signature = (hops: FoldedHop[]) => hops.map((h) => `${h.from}>${h.kind}:${h.relation ?? ''}:${h.title ?? ''}>${h.to}`).join('|');

/**
 * Up to `first` paths between two entities, lightest first, each entity visited once, with the
 * evidence of every hop. `fromFound` and `toFound` say whether the ends exist (the API says which does not).
 */
export async function findPaths(graph: Graph, from: string, to: string, maxHops: MaxHops, first: number) {
  const [row] = await graph.run<{ fromFound: boolean; toFound: boolean; paths: Array<{ nodes: string[]; steps: RawStep[] }> }>(PATHS_QUERIES[maxHops], {
    from,
    to,
  });
  if (!row) return { fromFound: false, toFound: false, paths: [] as PathRecord[] };
  const bySignature = new Map<string, { length: number; weight: number; nodes: string[]; hops: FoldedHop[] }>();
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
        hop.edges.push(...other.edges);
      });
      continue;
    }
    bySignature.set(key, { length: hops.length, weight: raw.steps.length, nodes: entities, hops });
  }
  const kept = [...bySignature.values()].sort((x, y) => x.weight - y.weight || x.length - y.length).slice(0, first);
  const edges = [...new Set(kept.flatMap((path) => path.hops.flatMap((hop) => hop.edges)))];
  const evidence = new Map<string, EvidenceRecord[]>();
  if (edges.length) for (const found of await graph.run<EdgeEvidence>(EVIDENCE, { edges })) evidence.set(found.edge, evidenceOf(found));
  const paths: PathRecord[] = kept.map((path) => ({
    ...path,
    hops: path.hops.map(({ edges: hopEdges, ...hop }) => ({ ...hop, evidence: hopEdges.flatMap((edge) => evidence.get(edge) ?? []) })),
  }));
  return { fromFound: row.fromFound, toFound: row.toFound, paths };
}
