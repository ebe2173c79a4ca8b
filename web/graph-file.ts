// The visible graph as files: JSON (which the page can load back) and GraphML (for Gephi,
// yEd, Cytoscape). GraphML is built as an XML document, so names are escaped by the DOM.
import type { VisibleGraph } from './graph-store.ts';
import type { GraphEdge, GraphNode } from './queries.ts';

export interface FileNode extends GraphNode {
  x?: number;
  y?: number;
  pinned?: boolean;
}

export interface GraphFile {
  nodes: FileNode[];
  edges: GraphEdge[];
}

const FORMAT = 'initiative-graph';
const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 10) / 10);

export function toJson(graph: VisibleGraph): string {
  const file = {
    format: FORMAT,
    version: 1,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      en: n.en,
      display: n.display,
      x: round(n.x),
      y: round(n.y),
      ...(n.fx != null ? { pinned: true } : {}),
    })),
    edges: graph.edges.map((e) => ({ source: e.source.id, target: e.target.id, relation: e.relation, title: e.title })),
  };
  return JSON.stringify(file, null, 1);
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const NODE_KEYS = ['kind', 'name', 'en', 'display', 'x', 'y'] as const;
const EDGE_KEYS = ['relation', 'title'] as const;

export function toGraphMl(graph: VisibleGraph): string {
  const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  const child = (parent: Element, tag: string, attrs: Record<string, string>, text?: string) => {
    const node = doc.createElementNS(GRAPHML_NS, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    parent.append(node);
    return node;
  };
  for (const key of NODE_KEYS) child(root, 'key', { id: key, for: 'node', 'attr.name': key, 'attr.type': key === 'x' || key === 'y' ? 'double' : 'string' });
  for (const key of EDGE_KEYS) child(root, 'key', { id: key, for: 'edge', 'attr.name': key, 'attr.type': 'string' });
  const g = child(root, 'graph', { id: 'G', edgedefault: 'directed' });
  for (const n of graph.nodes) {
    const node = child(g, 'node', { id: n.id });
    const values = { kind: n.kind, name: n.name, en: n.en, display: n.display, x: round(n.x), y: round(n.y) };
    for (const key of NODE_KEYS) if (values[key] != null) child(node, 'data', { key }, String(values[key]));
  }
  graph.edges.forEach((e, i) => {
    const edge = child(g, 'edge', { id: `e${i}`, source: e.source.id, target: e.target.id });
    child(edge, 'data', { key: 'relation' }, e.relation);
    if (e.title) child(edge, 'data', { key: 'title' }, e.title);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const optionalText = (value: unknown) => (typeof value === 'string' ? value : null);
const optionalNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Reads a JSON graph (this page's export, or a subgraph answer); says what is wrong when it cannot. */
export function parseGraphFile(text: string): GraphFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('The file is not JSON.');
  }
  const body = raw as { nodes?: unknown; edges?: unknown; data?: { subgraph?: { nodes?: unknown; edges?: unknown } } };
  const source = Array.isArray(body.nodes) ? body : body.data?.subgraph;
  if (!source || !Array.isArray(source.nodes) || !Array.isArray(source.edges)) {
    throw new Error('The file has no "nodes" and "edges" lists; load a graph exported as JSON from this page.');
  }
  const nodes: FileNode[] = [];
  for (const [i, item] of (source.nodes as unknown[]).entries()) {
    const n = item as Record<string, unknown>;
    if (!isText(n.id) || !isText(n.kind) || typeof n.name !== 'string') throw new Error(`Node ${i + 1} needs an id, a kind and a name.`);
    nodes.push({
      id: n.id,
      kind: n.kind,
      name: n.name,
      en: optionalText(n.en),
      display: optionalText(n.display),
      x: optionalNumber(n.x),
      y: optionalNumber(n.y),
      pinned: n.pinned === true,
    });
  }
  const edges: GraphEdge[] = [];
  for (const [i, item] of (source.edges as unknown[]).entries()) {
    const e = item as Record<string, unknown>;
    if (!isText(e.source) || !isText(e.target) || !isText(e.relation)) throw new Error(`Edge ${i + 1} needs a source, a target and a relation.`);
    edges.push({ source: e.source, target: e.target, relation: e.relation, title: optionalText(e.title) });
  }
  return { nodes, edges };
}
