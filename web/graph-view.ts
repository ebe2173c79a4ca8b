import { drag } from 'd3-drag';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { GraphData } from './api.ts';
import { KIND_COLOURS } from './colours.ts';

export interface ViewNode extends SimulationNodeDatum {
  id: string;
  kind: string;
  name: string;
  en: string | null;
  display: string | null;
}

type ViewLink = SimulationLinkDatum<ViewNode> & { relation: string; title: string | null };

const RADIUS = 7;

/**
 * Draws a force-directed graph on a canvas: one draw call per frame for all nodes, so the
 * page stays responsive with thousands of nodes, where one SVG element per node would not.
 */
export class GraphView {
  private nodes: ViewNode[] = [];
  private links: ViewLink[] = [];
  private transform: ZoomTransform = zoomIdentity;
  private readonly simulation: Simulation<ViewNode, ViewLink>;
  private readonly context: CanvasRenderingContext2D;
  private frame = 0;

  constructor(private readonly canvas: HTMLCanvasElement, private readonly onSelect: (node: ViewNode) => void) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    this.context = context;
    this.simulation = forceSimulation<ViewNode, ViewLink>()
      .force('charge', forceManyBody().strength(-120))
      .force('link', forceLink<ViewNode, ViewLink>().id((d) => d.id).distance(50))
      .force('center', forceCenter(0, 0))
      .on('tick', () => this.requestDraw());
    this.bindInteraction();
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  show(data: GraphData): void {
    this.nodes = data.nodes.map((n) => ({ ...n }));
    this.links = data.edges.map((e) => ({ source: e.source, target: e.target, relation: e.relation, title: e.title }));
    this.simulation.nodes(this.nodes);
    this.simulation.force<ReturnType<typeof forceLink<ViewNode, ViewLink>>>('link')?.links(this.links);
    this.simulation.alpha(1).restart();
    this.canvas.dataset.nodes = String(this.nodes.length);
    this.canvas.dataset.edges = String(this.links.length);
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, this.canvas.clientWidth * ratio);
    this.canvas.height = Math.max(1, this.canvas.clientHeight * ratio);
    this.requestDraw();
  }

  private requestDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const { context: ctx, canvas, transform } = this;
    const ratio = window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio * transform.k, 0, 0, ratio * transform.k, ratio * (transform.x + canvas.clientWidth / 2), ratio * (transform.y + canvas.clientHeight / 2));
    ctx.strokeStyle = '#adb5bd';
    ctx.lineWidth = 1 / transform.k;
    ctx.beginPath();
    for (const link of this.links) {
      const s = link.source as ViewNode, t = link.target as ViewNode;
      ctx.moveTo(s.x ?? 0, s.y ?? 0);
      ctx.lineTo(t.x ?? 0, t.y ?? 0);
    }
    ctx.stroke();
    for (const node of this.nodes) {
      ctx.beginPath();
      ctx.fillStyle = KIND_COLOURS[node.kind] ?? '#495057';
      ctx.arc(node.x ?? 0, node.y ?? 0, RADIUS, 0, 2 * Math.PI);
      ctx.fill();
    }
    // Labels only when they can be read: zoomed in, or few enough nodes not to overlap.
    if (transform.k > 0.8 || this.nodes.length < 60) {
      ctx.fillStyle = '#1d2733';
      ctx.font = `${12 / transform.k}px system-ui, "Noto Sans CJK SC", sans-serif`;
      for (const node of this.nodes) {
        ctx.fillText(node.display || node.en || node.name, (node.x ?? 0) + RADIUS + 2, (node.y ?? 0) + 4 / transform.k);
      }
    }
    ctx.restore();
  }

  /** The node under a point in canvas CSS pixels, if any. */
  private nodeAt(px: number, py: number): ViewNode | undefined {
    const [x, y] = this.transform.invert([px - this.canvas.clientWidth / 2, py - this.canvas.clientHeight / 2]);
    return this.simulation.find(x, y, RADIUS * 2 / this.transform.k);
  }

  private bindInteraction(): void {
    const canvas = select(this.canvas);
    canvas.call(
      drag<HTMLCanvasElement, unknown, ViewNode | undefined>()
        .subject((event) => this.nodeAt(event.x, event.y))
        .on('start', (event) => {
          if (!event.active) this.simulation.alphaTarget(0.3).restart();
          event.subject.fx = event.subject.x;
          event.subject.fy = event.subject.y;
        })
        .on('drag', (event) => {
          const [x, y] = this.transform.invert([event.x - this.canvas.clientWidth / 2, event.y - this.canvas.clientHeight / 2]);
          event.subject.fx = x;
          event.subject.fy = y;
        })
        .on('end', (event) => {
          if (!event.active) this.simulation.alphaTarget(0);
          event.subject.fx = null;
          event.subject.fy = null;
        }),
    );
    canvas.call(
      zoom<HTMLCanvasElement, unknown>()
        .scaleExtent([0.1, 8])
        .on('zoom', (event) => {
          this.transform = event.transform;
          this.requestDraw();
        }),
    );
    this.canvas.addEventListener('click', (event) => {
      const node = this.nodeAt(event.offsetX, event.offsetY);
      if (node) this.onSelect(node);
    });
  }
}
