// Everything drawn so far: nodes and edges merged from each neighbourhood, path and import, and
// which of them the reader hid. Node objects live as long as the page, so a node keeps its
// place in the layout when more of the graph arrives or a filter changes.
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { GraphEdge, GraphNode } from './queries.ts';

export interface ViewNode extends SimulationNodeDatum, GraphNode {
  /** Visible edges at this node: its size and how early its label is shown. */
  degree: number;
}

export interface ViewEdge extends SimulationLinkDatum<ViewNode> {
  key: string;
  source: ViewNode;
  target: ViewNode;
  relation: string;
  title: string | null;
}

export interface Filters {
  offKinds: ReadonlySet<string>;
  offRelations: ReadonlySet<string>;
}

export interface VisibleGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

export const edgeKey = (e: GraphEdge) => `${e.source}|${e.relation}|${e.target}|${e.title ?? ''}`;

/** A stable angle per id, so new nodes fan out around the node they were expanded from. */
function angleOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return (((hash >>> 0) % 3600) / 3600) * 2 * Math.PI;
}

export class GraphStore {
  readonly nodes = new Map<string, ViewNode>();
  readonly edges = new Map<string, ViewEdge>();
  readonly hidden = new Set<string>();

  /**
   * Adds nodes and edges not seen yet and returns the new nodes. New nodes start around
   * `near` (the node expanded) rather than wherever the layout would drop them.
   */
  merge(data: { nodes: GraphNode[]; edges: GraphEdge[] }, near?: ViewNode): ViewNode[] {
    const added: ViewNode[] = [];
    for (const node of data.nodes) {
      const known = this.nodes.get(node.id);
      if (known) {
        // A later answer may know more (an English name the import lacked).
        known.en ??= node.en;
        known.display ??= node.display;
        continue;
      }
      const fresh: ViewNode = { id: node.id, kind: node.kind, name: node.name, en: node.en, display: node.display, degree: 0 };
      if (near?.x !== undefined && near.y !== undefined) {
        const angle = angleOf(node.id);
        fresh.x = near.x + 30 * Math.cos(angle);
        fresh.y = near.y + 30 * Math.sin(angle);
      }
      this.nodes.set(node.id, fresh);
      added.push(fresh);
    }
    for (const edge of data.edges) {
      const key = edgeKey(edge);
      const source = this.nodes.get(edge.source);
      const target = this.nodes.get(edge.target);
      if (this.edges.has(key) || !source || !target || source === target) continue;
      this.edges.set(key, { key, source, target, relation: edge.relation, title: edge.title });
    }
    return added;
  }

  /**
   * Replaces what is drawn with `data` (the graph changed under the view). Nodes still in it keep
   * their objects, so their places, pins and hidden state; what it names differently (a new name,
   * type) is taken from it. Nodes not in it go.
   */
  replace(data: { nodes: GraphNode[]; edges: GraphEdge[] }): void {
    const ids = new Set(data.nodes.map((n) => n.id));
    for (const id of [...this.nodes.keys()]) {
      if (ids.has(id)) continue;
      this.nodes.delete(id);
      this.hidden.delete(id);
    }
    for (const node of data.nodes) {
      const known = this.nodes.get(node.id);
      if (known) Object.assign(known, { kind: node.kind, name: node.name, en: node.en, display: node.display });
    }
    this.edges.clear();
    this.merge(data);
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
    this.hidden.clear();
  }

  /** The nodes not hidden and of a kind shown, and the edges of a shown relation between them. */
  visible(filters: Filters): VisibleGraph {
    const nodes: ViewNode[] = [];
    for (const node of this.nodes.values()) {
      node.degree = 0;
      if (!this.hidden.has(node.id) && !filters.offKinds.has(node.kind)) nodes.push(node);
    }
    const shown = new Set(nodes);
    const edges: ViewEdge[] = [];
    for (const edge of this.edges.values()) {
      if (filters.offRelations.has(edge.relation) || !shown.has(edge.source) || !shown.has(edge.target)) continue;
      edges.push(edge);
      edge.source.degree++;
      edge.target.degree++;
    }
    return { nodes, edges };
  }

  /** Ids of the nodes one edge away from `id`, hidden or not. */
  neighboursOf(id: string): Set<string> {
    const found = new Set<string>();
    for (const edge of this.edges.values()) {
      if (edge.source.id === id) found.add(edge.target.id);
      else if (edge.target.id === id) found.add(edge.source.id);
    }
    return found;
  }

  pinned(): ViewNode[] {
    return [...this.nodes.values()].filter((n) => n.fx != null && n.fy != null);
  }
}
