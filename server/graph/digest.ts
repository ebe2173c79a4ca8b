import { createHash } from 'node:crypto';
import type { Graph } from './neo4j.ts';

// A content digest of the whole graph: every node's labels and properties and every edge's type,
// ends and properties, in a canonical order. Each node or edge is hashed on its own and the
// sorted hashes are hashed together, so a digest of a large graph holds a few dozen bytes per
// element, not the graph's text. Two graphs with the same digest hold the same names,
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
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

const properties = (props: Record<string, unknown>) => canonical(Object.fromEntries(Object.entries(props).filter(([key]) => !VOLATILE.has(key))));

/**
 * Builds a digest from a graph read as a stream: every node first, then every edge, each edge
 * naming its ends by the keys their nodes were given. The hashes are sorted at the end, so the
 * order of the stream does not matter.
 */
export class DigestBuilder {
  private readonly keys = new Map<string | number, string>();
  private readonly hashes: string[] = [];
  /** The lines themselves, when asked for (graphListing), to show what differs. */
  readonly lines: string[] | undefined;

  private nodes = 0;
  private edges = 0;

  constructor(options: { keepLines?: boolean } = {}) {
    this.lines = options.keepLines ? [] : undefined;
  }

  node(key: string | number, labels: string[], props: Record<string, unknown>): void {
    const content = JSON.stringify([[...labels].sort(), properties(props)]);
    // Edges name a node by its id where it has one, else by its whole content.
    this.keys.set(key, typeof props.id === 'string' ? `#${props.id}` : content);
    this.add(`N ${content}`);
    this.nodes++;
  }

  edge(from: string | number, type: string, to: string | number, props: Record<string, unknown>): void {
    this.add(`E ${JSON.stringify([this.keys.get(from), type, this.keys.get(to), properties(props)])}`);
    this.edges++;
  }

  private add(line: string): void {
    this.lines?.push(line);
    this.hashes.push(createHash('sha256').update(line).digest('base64'));
  }

  finish(): GraphDigest {
    this.hashes.sort();
    const hash = createHash('sha256');
    for (const element of this.hashes) hash.update(element).update('\n');
    return { nodes: this.nodes, edges: this.edges, sha256: hash.digest('hex') };
  }
}

/**
 * The digest of the graph as one read transaction sees it. Neo4j reads at read-committed
 * isolation, so a write committed while this runs may show in the edges but not the nodes; take
 * digests of a graph nothing writes to.
 */
async function readInto(graph: Graph, digest: DigestBuilder): Promise<GraphDigest> {
  const session = graph.session('READ');
  const tx = session.beginTransaction();
  try {
    for await (const row of tx.run('MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props')) {
      digest.node(row.get('element'), row.get('labels'), row.get('props'));
    }
    const edges = tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props');
    for await (const row of edges) digest.edge(row.get('from'), row.get('type'), row.get('to'), row.get('props'));
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
  return digest.finish();
}

export const graphDigest = (graph: Graph): Promise<GraphDigest> => readInto(graph, new DigestBuilder());

/** The canonical lines the digest hashes, sorted: what to diff when two digests differ. */
export async function graphListing(graph: Graph): Promise<GraphDigest & { lines: string[] }> {
  const builder = new DigestBuilder({ keepLines: true });
  const digest = await readInto(graph, builder);
  return { ...digest, lines: builder.lines!.sort() };
}
