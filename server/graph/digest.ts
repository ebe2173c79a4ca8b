import { createHash } from 'node:crypto';
import type { Graph } from './neo4j.ts';

// A content digest of the whole graph: every node's labels and properties and every edge's type,
// ends and properties, in a canonical order. Two graphs with the same digest hold the same names,
// relations, evidence and decisions, whatever order they were written in; crash-safety and
// backup tests compare them.

/** Properties that record how a write happened, not what the graph says. */
const VOLATILE = new Set(['claim']);

export interface GraphDigest {
  nodes: number;
  edges: number;
  /** sha256 of the canonical listing, hex. */
  sha256: string;
}

/** Driver values (dates, durations, points) as their ISO text; lists of scalars sorted. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    // Lists gathered across articles (aliases, mention offsets) follow the order pages happened to
    // be written in, which concurrent ingest does not fix; their content is what counts.
    return items.every((item) => item === null || typeof item !== 'object')
      ? [...items].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
      : items;
  }
  if (value.constructor !== Object) return String(value);
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

const properties = (props: Record<string, unknown>) =>
  canonical(Object.fromEntries(Object.entries(props).filter(([key]) => !VOLATILE.has(key))));

/** A node's identity in the listing: its id where it has one, else its whole content. */
const nodeKey = (labels: string[], props: Record<string, unknown>) =>
  typeof props.id === 'string' ? `#${props.id}` : JSON.stringify([[...labels].sort(), properties(props)]);

/** The canonical listing the digest hashes, one line per node and edge, sorted: what to diff when two digests differ. */
export async function graphListing(graph: Graph): Promise<{ nodes: number; edges: number; lines: string[] }> {
  const nodeRows = await graph.run<{ element: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props');
  const keys = new Map<string, string>();
  const lines: string[] = [];
  for (const row of nodeRows) {
    keys.set(row.element, nodeKey(row.labels, row.props));
    lines.push(`N ${JSON.stringify([[...row.labels].sort(), properties(row.props)])}`);
  }
  const edgeRows = await graph.run<{ from: string; to: string; type: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props');
  for (const row of edgeRows) {
    lines.push(`E ${JSON.stringify([keys.get(row.from), row.type, keys.get(row.to), properties(row.props)])}`);
  }
  return { nodes: nodeRows.length, edges: edgeRows.length, lines: lines.sort() };
}

export async function graphDigest(graph: Graph): Promise<GraphDigest> {
  const { nodes, edges, lines } = await graphListing(graph);
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { nodes, edges, sha256: hash.digest('hex') };
}
