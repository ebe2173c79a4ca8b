// The graph on a canvas: frames drawn as the layout worker moves the nodes, and the reader's
// hands on it: d3-zoom to pan and zoom, d3-drag to move (and so pin) a node, click and hover.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { CanvasRenderer } from './canvas-renderer.ts';
import { NO_EMPHASIS, sceneOf, screenRadius, type Emphasis, type Scene } from './scene.ts';
import { LayoutClient } from './layout-client.ts';
import type { ViewNode, VisibleGraph } from './graph-store.ts';

export interface GraphViewEvents {
  nodeClicked(node: ViewNode): void;
  backgroundClicked(): void;
  /** A node was dragged and dropped, and stays pinned where it was dropped. */
  nodeDropped(node: ViewNode): void;
  /** Pan or zoom ended. */
  transformed(transform: ZoomTransform): void;
  hovered(node: ViewNode | null, x: number, y: number): void;
  /** The layout came to rest. */
  settled(): void;
  /** The layout worker failed. */
  failed(message: string): void;
}

export interface ShowOptions {
  /** How much to warm the layout: 1 for a fresh graph, 0 to keep it still. */
  heat: number;
  /** Layout ticks before the first frame, so a small graph appears calm. */
  warmUp?: number;
  /** Zoom to fit once the first positions arrive. */
  fit?: boolean;
}

interface DragSubject {
  node: ViewNode;
  x: number;
  y: number;
  moved: boolean;
}

/** How often the layout's positions are taken while the reader zooms or pans (see drawFrame). */
const GESTURE_LAYOUT_MS = 100;
const GESTURE_LAYOUT_FRAMES = 3;

/** Marks the first frame that shows a graph, for the load-time benchmark (bench/ui.ts reads it). */
const FIRST_FRAME_MARK = 'graph-first-frame';

export class GraphView {
  private readonly layout: LayoutClient;
  private readonly renderer: CanvasRenderer;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private scene: Scene = sceneOf({ nodes: [], edges: [] });
  private emphasis: Emphasis = NO_EMPHASIS;
  private transform: ZoomTransform = zoomIdentity;
  private frame = 0;
  private firstFrameMarked = false;
  private drawn = 0;
  // Bumped whenever a node moves or the graph changes, so the renderer knows when it may reuse
  // the last picture.
  private positions = 0;
  private gesture = false;
  private lastMoved = 0;
  private framesSinceMoved = 0;
  private fitOnPositions = false;
  private wasRunning = false;
  private width = 1;
  private height = 1;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly events: GraphViewEvents,
    private labelOf: (node: ViewNode) => string,
  ) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    this.renderer = new CanvasRenderer(ctx);
    // Frames follow the layout's answers: nothing is drawn while nothing moves.
    this.layout = new LayoutClient(
      () => this.requestFrame(),
      (message) => this.events.failed(message),
    );
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      .on('start', () => (this.gesture = true))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.requestFrame();
      })
      .on('end', (event: { transform: ZoomTransform }) => {
        this.gesture = false;
        // The picture stretched during the gesture is painted sharp again.
        this.renderer.forgetPicture();
        this.requestFrame();
        this.events.transformed(event.transform);
      });
    this.bindPointer();
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
    // The world's origin starts in the middle of the canvas.
    this.setTransform(zoomIdentity.translate(this.width / 2, this.height / 2));
  }

  /** Shows a new visible graph and hands it to the layout. */
  setGraph(graph: VisibleGraph, options: ShowOptions): void {
    this.layout.setGraph(graph, options);
    this.fitOnPositions = options.fit ?? false;
    this.scene = sceneOf(graph);
    this.positions++;
    this.canvas.dataset.nodes = String(graph.nodes.length);
    this.canvas.dataset.edges = String(graph.edges.length);
    this.requestFrame();
  }

  setEmphasis(emphasis: Emphasis): void {
    this.emphasis = emphasis;
    this.requestFrame();
  }

  setLabels(labelOf: (node: ViewNode) => string): void {
    this.labelOf = labelOf;
    this.requestFrame();
  }

  /** Pins a node where it is drawn, or releases it (and lets the layout move it again). */
  setPinned(node: ViewNode, pinned: boolean): void {
    if (pinned) {
      this.layout.pin(node, node.x ?? 0, node.y ?? 0);
    } else {
      this.layout.pin(node, null, null);
      this.layout.reheat(0.3);
    }
    this.positions++;
    this.requestFrame();
  }

  get currentTransform(): ZoomTransform {
    return this.transform;
  }

  setTransform(transform: ZoomTransform): void {
    select(this.canvas).call(this.zoomBehaviour.transform, transform);
  }

  /** Zooms so the given nodes (all visible ones by default) fill the view. */
  fit(nodes: ViewNode[] = this.scene.nodes, animate = true): void {
    const placed = nodes.filter((n) => n.x !== undefined && n.y !== undefined);
    if (placed.length === 0) return;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const n of placed) {
      x0 = Math.min(x0, n.x!);
      y0 = Math.min(y0, n.y!);
      x1 = Math.max(x1, n.x!);
      y1 = Math.max(y1, n.y!);
    }
    const pad = 60;
    const k = Math.min(2.5, (this.width - 2 * pad) / Math.max(1, x1 - x0), (this.height - 2 * pad) / Math.max(1, y1 - y0));
    const target = zoomIdentity
      .translate(this.width / 2, this.height / 2)
      .scale(Math.max(0.02, k))
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (animate) select(this.canvas).transition().duration(450).call(this.zoomBehaviour.transform, target);
    else this.setTransform(target);
  }

  /** Where a node is drawn, in CSS pixels from the canvas's top left. */
  positionOf(id: string): [number, number] | null {
    const node = this.scene.nodes.find((n) => n.id === id);
    return node?.x === undefined || node.y === undefined ? null : this.transform.apply([node.x, node.y]);
  }

  /** How many frames have been drawn, for the benchmark to tell redraws from idle frames. */
  get framesDrawn(): number {
    return this.drawn;
  }

  /** The picture as it is now, on a background, for the PNG export. */
  snapshot(background: string): HTMLCanvasElement {
    const copy = document.createElement('canvas');
    copy.width = this.canvas.width;
    copy.height = this.canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(this.canvas, 0, 0);
    return copy;
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    this.width = Math.max(1, this.canvas.clientWidth);
    this.height = Math.max(1, this.canvas.clientHeight);
    this.canvas.width = Math.round(this.width * ratio);
    this.canvas.height = Math.round(this.height * ratio);
    this.requestFrame();
  }

  private requestFrame(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.drawFrame());
  }

  private drawFrame(): void {
    this.frame = 0;
    // While the reader zooms or pans, their frames come first: the layout's newest positions are
    // taken at most every GESTURE_LAYOUT_MS and every GESTURE_LAYOUT_FRAMES frames, and the
    // frames between only move the view, which for a large graph is a stretch of the last
    // picture. Counting frames too keeps most frames light when each fresh one is slow.
    const now = performance.now();
    this.framesSinceMoved++;
    const takePositions = !this.gesture || (now - this.lastMoved >= GESTURE_LAYOUT_MS && this.framesSinceMoved >= GESTURE_LAYOUT_FRAMES);
    const moved = takePositions && this.layout.applyPositions();
    if (moved) {
      this.positions++;
      this.lastMoved = now;
      this.framesSinceMoved = 0;
    } else if (this.layout.hasNewPositions) {
      this.requestFrame();
    }
    if (moved && this.fitOnPositions) {
      this.fitOnPositions = false;
      this.fit(this.scene.nodes, false);
    }
    this.renderer.draw(
      this.scene,
      this.emphasis,
      this.transform,
      { width: this.width, height: this.height, ratio: window.devicePixelRatio || 1 },
      this.labelOf,
      this.positions,
    );
    this.drawn++;
    if (!this.firstFrameMarked && this.scene.nodes[0]?.x !== undefined) {
      this.firstFrameMarked = true;
      performance.mark(FIRST_FRAME_MARK);
    }
    const running = this.layout.isRunning;
    this.canvas.dataset.layout = running ? 'running' : 'settled';
    if (this.wasRunning && !running) this.events.settled();
    this.wasRunning = running;
  }

  private nodeAt(x: number, y: number): ViewNode | undefined {
    const [wx, wy] = this.transform.invert([x, y]);
    let best: ViewNode | undefined;
    let bestDistance = Infinity;
    // Nodes are small on screen when zoomed out; a few pixels of slack make them clickable.
    const slack = 3 / this.transform.k;
    for (const node of this.scene.nodes) {
      const d = Math.hypot(node.x! - wx, node.y! - wy);
      if (d <= screenRadius(node, this.transform.k) / this.transform.k + slack && d < bestDistance) {
        best = node;
        bestDistance = d;
      }
    }
    return best;
  }

  private bindPointer(): void {
    const canvas = select(this.canvas);
    // Registered before zoom: a press on a node starts a drag and stops the zoom from panning.
    canvas.call(
      drag<HTMLCanvasElement, unknown, DragSubject | undefined>()
        .container(this.canvas)
        .subject((event: { x: number; y: number }) => {
          const node = this.nodeAt(event.x, event.y);
          if (!node) return undefined;
          const [x, y] = this.transform.apply([node.x!, node.y!]);
          return { node, x, y, moved: false };
        })
        .on('drag', (event: { subject: DragSubject; x: number; y: number }) => {
          const { subject } = event;
          if (!subject.moved) {
            subject.moved = true;
            this.layout.holdWarm(0.3);
          }
          const [x, y] = this.transform.invert([event.x, event.y]);
          this.layout.pin(subject.node, x, y);
          this.positions++;
          this.requestFrame();
        })
        .on('end', (event: { subject: DragSubject }) => {
          // A press without a move is a click, handled below; a drag leaves the node pinned.
          if (!event.subject.moved) return;
          this.layout.holdWarm(0);
          this.events.nodeDropped(event.subject.node);
        }),
    );
    canvas.call(this.zoomBehaviour);
    this.canvas.addEventListener('click', (event) => {
      const node = this.nodeAt(event.offsetX, event.offsetY);
      if (node) this.events.nodeClicked(node);
      else this.events.backgroundClicked();
    });
    this.canvas.addEventListener('pointermove', (event) => {
      const node = this.nodeAt(event.offsetX, event.offsetY) ?? null;
      this.canvas.style.cursor = node ? 'pointer' : 'grab';
      this.events.hovered(node, event.offsetX, event.offsetY);
    });
    this.canvas.addEventListener('pointerleave', (event) => this.events.hovered(null, event.offsetX, event.offsetY));
  }
}
