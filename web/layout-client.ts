// The page's side of the layout worker: sends it the visible graph, pins and drags, and copies
// the positions it answers with into the page's nodes, once per frame.
import type { ViewNode, VisibleGraph } from './graph-store.ts';
import type { LayoutPositions, ToLayout } from './layout-protocol.ts';

export interface LayoutOptions {
  /** How much to warm the layout up: 1 for a new graph, 0 to leave it at rest. */
  heat: number;
  /** Ticks to run before the first positions come back. */
  warmUp?: number;
}

export class LayoutClient {
  private readonly worker: Worker;
  private nodes: readonly ViewNode[] = [];
  private generation = 0;
  private latest: LayoutPositions | null = null;
  private running = false;

  /** `changed` is called when new positions arrive; `failed` when the worker cannot run. */
  constructor(changed: () => void, failed: (message: string) => void) {
    this.worker = new Worker('/layout-worker.js', { type: 'module', name: 'layout' });
    this.worker.onmessage = (event: MessageEvent<LayoutPositions>) => {
      if (event.data.generation !== this.generation) return;
      this.latest = event.data;
      changed();
    };
    this.worker.onerror = (event) => failed(`The layout stopped: ${event.message || 'its script could not be loaded'}.`);
  }

  /** True while the layout moves nodes, or has positions not yet copied to the nodes. */
  get isRunning(): boolean {
    return this.running || this.latest !== null;
  }

  /** True when the worker sent positions not yet copied to the nodes. */
  get hasNewPositions(): boolean {
    return this.latest !== null;
  }

  setGraph(graph: VisibleGraph, options: LayoutOptions): void {
    this.nodes = graph.nodes;
    graph.nodes.forEach((node, i) => (node.index = i));
    this.latest = null;
    this.running = true;
    this.post({
      type: 'graph',
      generation: ++this.generation,
      nodes: graph.nodes.map(({ x, y, fx, fy }) => ({ x, y, fx, fy })),
      links: graph.edges.map((e) => [e.source.index!, e.target.index!, e.relation === 'MENTIONED_IN' ? 40 : 55]),
      heat: options.heat,
      warmUp: options.warmUp ?? 0,
    });
  }

  /**
   * Copies the newest positions into the nodes; true when there were any. Pinned nodes keep
   * where the page put them, so a dragged node follows the pointer without waiting a round trip.
   */
  applyPositions(): boolean {
    const positions = this.latest;
    if (!positions) return false;
    this.latest = null;
    this.running = positions.running;
    const { xy } = positions;
    this.nodes.forEach((node, i) => {
      if (node.fx != null && node.fy != null) {
        node.x = node.fx;
        node.y = node.fy;
      } else {
        node.x = xy[2 * i];
        node.y = xy[2 * i + 1];
      }
    });
    return true;
  }

  /** Holds a node where it is (or lets it go with null), e.g. while it is dragged. */
  pin(node: ViewNode, x: number | null, y: number | null): void {
    node.fx = x;
    node.fy = y;
    if (x !== null && y !== null) [node.x, node.y] = [x, y];
    if (node.index !== undefined && this.nodes[node.index] === node) this.post({ type: 'pin', index: node.index, fx: x, fy: y });
  }

  /** Keeps the layout warm (during a drag) or lets it cool (0). */
  holdWarm(value: number): void {
    this.running ||= value > 0;
    this.post({ type: 'alphaTarget', value });
  }

  reheat(alpha: number): void {
    this.running = true;
    this.post({ type: 'heat', alpha });
  }

  private post(message: ToLayout): void {
    this.worker.postMessage(message);
  }
}
