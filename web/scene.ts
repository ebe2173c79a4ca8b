// What a frame draws: the visible graph grouped for drawing, what is emphasised, and the
// screen positions of the nodes in the current view.
import type { ZoomTransform } from 'd3-zoom';
import { kindStyle, relationStyle, type KindStyle, type RelationStyle } from './entity-style.ts';
import type { ViewEdge, ViewNode, VisibleGraph } from './graph-store.ts';

export interface Emphasis {
  selected: string | null;
  hovered: string | null;
  /** Nodes to show at full strength while the rest fade: the selection's neighbours or a path. */
  nodes: ReadonlySet<string>;
  /** Edges drawn bold: the selection's edges or a path's hops. */
  edges: ReadonlySet<string>;
  /** True when the emphasis is a path, drawn in the path colour. */
  isPath: boolean;
}

export const NO_EMPHASIS: Emphasis = { selected: null, hovered: null, nodes: new Set(), edges: new Set(), isPath: false };

/** The visible graph, grouped once per change for drawing. */
export interface Scene {
  nodes: ViewNode[];
  kinds: Array<{ style: KindStyle; nodes: ViewNode[] }>;
  relations: Array<{ style: RelationStyle; edges: ViewEdge[] }>;
  /** Nodes most important first: the order labels are offered a place. */
  byImportance: ViewNode[];
  /** HOLDS_POSITION edges, whose titles are drawn on them when zoomed in. */
  titled: ViewEdge[];
  edgeCount: number;
}

export function sceneOf(graph: VisibleGraph): Scene {
  const kinds = new Map<string, ViewNode[]>();
  for (const node of graph.nodes) {
    const list = kinds.get(node.kind);
    if (list) list.push(node);
    else kinds.set(node.kind, [node]);
  }
  const relations = new Map<string, ViewEdge[]>();
  for (const edge of graph.edges) {
    const list = relations.get(edge.relation);
    if (list) list.push(edge);
    else relations.set(edge.relation, [edge]);
  }
  // Article-to-entity edges are the many faint ones: drawn first, under the typed relations.
  const order = (relation: string) => (relation === 'MENTIONED_IN' ? 0 : 1);
  return {
    nodes: graph.nodes,
    kinds: [...kinds].map(([kind, nodes]) => ({ style: kindStyle(kind), nodes })),
    relations: [...relations].sort(([a], [b]) => order(a) - order(b)).map(([relation, edges]) => ({ style: relationStyle(relation), edges })),
    byImportance: [...graph.nodes].sort((a, b) => importance(b) - importance(a)),
    titled: graph.edges.filter((e) => e.title),
    edgeCount: graph.edges.length,
  };
}

// Entities before articles, then by connections.
const importance = (node: ViewNode) => node.degree + (node.kind === 'ARTICLE' ? 0 : 1000);

/** A node's radius in layout units: bigger with more connections. */
const nodeRadius = (node: ViewNode) => (node.kind === 'ARTICLE' ? 3.5 : 5) + Math.min(9, Math.sqrt(node.degree) * 1.2);

/** Below this a node would vanish when zoomed out; it is drawn at least this big (CSS pixels). */
const MIN_SCREEN_RADIUS = 1.5;

/** A node's radius on screen at zoom `k`, in CSS pixels. */
export const screenRadius = (node: ViewNode, k: number) => Math.max(MIN_SCREEN_RADIUS, nodeRadius(node) * k);

/** Screen positions of the nodes, indexed as the layout indexes them (node.index). */
export class ScreenPositions {
  x = new Float64Array(0);
  y = new Float64Array(0);

  project(nodes: readonly ViewNode[], transform: ZoomTransform): void {
    if (this.x.length < nodes.length) {
      this.x = new Float64Array(nodes.length * 2);
      this.y = new Float64Array(nodes.length * 2);
    }
    const { k, x, y } = transform;
    for (const node of nodes) {
      // A node the layout has not placed yet is NaN, and every drawing call skips it.
      this.x[node.index!] = node.x! * k + x;
      this.y[node.index!] = node.y! * k + y;
    }
  }
}
