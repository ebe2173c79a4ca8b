// Paints edges, nodes and their rings, in screen space, on whatever canvas it is given.
import { addSymbol, kindStyle } from './entity-style.ts';
import type { ViewNode } from './graph-store.ts';
import { NodeSprites } from './node-sprites.ts';
import { screenRadius, type Emphasis, type Scene, type ScreenPositions } from './scene.ts';

export const PATH_COLOUR = '#f08c00';
const FADED = 0.4;
/** Below this radius a shape cannot be told apart anyway: a square stamp in the kind's colour. */
const DOT_RADIUS = 4;
/** Above this many edges, thin edges are drawn at half resolution (see paintEdges). */
export const DENSE_EDGES = 2500;
/**
 * Bold edges are stroked in small batches: Skia strokes one wide path of hundreds of crossing
 * lines far more slowly than several short ones.
 */
const BOLD_BATCH = 40;

export interface Frame {
  scene: Scene;
  emphasis: Emphasis;
  at: ScreenPositions;
  k: number;
  width: number;
  height: number;
  ratio: number;
}

export class GraphPainter {
  private readonly sprites = new NodeSprites(window.devicePixelRatio || 1);
  private layer: CanvasRenderingContext2D | null = null;

  /** Edges, then nodes, then rings: everything but text. */
  paint(ctx: CanvasRenderingContext2D, frame: Frame): void {
    this.sprites.setRatio(frame.ratio);
    const faded = frame.emphasis.nodes.size > 0;
    // Thin edges are translucent, the more so the more of them there are, so nodes stand out
    // of a dense graph rather than drown in its lines.
    const edgeAlpha = frame.scene.edgeCount > DENSE_EDGES ? 0.35 : 0.7;
    this.paintEdges(ctx, frame, edgeAlpha * (faded ? FADED : 1));
    if (frame.emphasis.edges.size) paintBoldEdges(ctx, frame);
    for (const pass of faded ? [false, true] : [true]) {
      ctx.globalAlpha = pass ? 1 : FADED;
      for (const { nodes } of frame.scene.kinds) {
        for (const node of nodes) {
          if (faded && frame.emphasis.nodes.has(node.id) !== pass) continue;
          this.paintNode(ctx, node, frame);
        }
      }
    }
    ctx.globalAlpha = 1;
    paintRings(ctx, frame);
  }

  /**
   * Thin edges. A dense graph's edges are drawn at half resolution and scaled up: a 1-pixel
   * line costs Skia in proportion to its length in pixels, ten thousand of them are most of a
   * frame, and at that density a softer line is not noticed.
   */
  private paintEdges(target: CanvasRenderingContext2D, frame: Frame, alpha: number): void {
    const { width, height, at } = frame;
    const dense = frame.scene.edgeCount > DENSE_EDGES;
    const scale = dense ? 0.5 : 1;
    const ctx = dense ? this.edgeLayer(frame) : target;
    target.globalAlpha = alpha;
    ctx.lineWidth = 1 / scale;
    for (const { style, edges } of frame.scene.relations) {
      ctx.strokeStyle = style.colour;
      ctx.setLineDash(style.dash);
      ctx.beginPath();
      for (const edge of edges) {
        const a = edge.source.index!,
          b = edge.target.index!;
        const x1 = at.x[a]!,
          y1 = at.y[a]!,
          x2 = at.x[b]!,
          y2 = at.y[b]!;
        // Skip edges wholly to one side of the screen.
        if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
        // On the pixel grid, where Skia draws thin lines fastest.
        ctx.moveTo((Math.round(x1 * scale) + 0.5) / scale, (Math.round(y1 * scale) + 0.5) / scale);
        ctx.lineTo((Math.round(x2 * scale) + 0.5) / scale, (Math.round(y2 * scale) + 0.5) / scale);
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (dense) target.drawImage(ctx.canvas, 0, 0, width, height);
    target.globalAlpha = 1;
  }

  /** The half-resolution canvas dense edges are drawn on, cleared, in CSS pixels. */
  private edgeLayer({ width, height, ratio }: Frame): CanvasRenderingContext2D {
    const w = Math.ceil((width * ratio) / 2),
      h = Math.ceil((height * ratio) / 2);
    if (!this.layer || this.layer.canvas.width !== w || this.layer.canvas.height !== h) {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      this.layer = canvas.getContext('2d')!;
    }
    this.layer.setTransform(ratio / 2, 0, 0, ratio / 2, 0, 0);
    this.layer.clearRect(0, 0, width, height);
    return this.layer;
  }

  private paintNode(ctx: CanvasRenderingContext2D, node: ViewNode, { at, k, width, height }: Frame): void {
    const x = at.x[node.index!]!,
      y = at.y[node.index!]!;
    const r = screenRadius(node, k);
    if (x < -r || y < -r || x > width + r || y > height + r) return;
    if (r < DOT_RADIUS) {
      ctx.fillStyle = kindStyle(node.kind).colour;
      ctx.fillRect(Math.round(x - r), Math.round(y - r), Math.round(2 * r), Math.round(2 * r));
      return;
    }
    const sprite = this.sprites.get(node.kind, r);
    ctx.drawImage(sprite.image, Math.round(x - sprite.cx), Math.round(y - sprite.cy), sprite.width, sprite.height);
  }
}

function paintBoldEdges(ctx: CanvasRenderingContext2D, { scene, emphasis, at }: Frame): void {
  ctx.lineWidth = 2.5;
  for (const { style, edges } of scene.relations) {
    ctx.strokeStyle = emphasis.isPath ? PATH_COLOUR : style.colour;
    ctx.setLineDash(style.dash.map((d) => d * 1.5));
    let batch = 0;
    ctx.beginPath();
    for (const edge of edges) {
      if (!emphasis.edges.has(edge.key)) continue;
      ctx.moveTo(at.x[edge.source.index!]!, at.y[edge.source.index!]!);
      ctx.lineTo(at.x[edge.target.index!]!, at.y[edge.target.index!]!);
      if (++batch % BOLD_BATCH === 0) {
        ctx.stroke();
        ctx.beginPath();
      }
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** Pinned nodes get a dark outline; the selected and hovered nodes a halo. */
function paintRings(ctx: CanvasRenderingContext2D, { scene, emphasis, at, k }: Frame): void {
  ctx.strokeStyle = '#1d2733';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const node of scene.nodes) {
    if (node.fx == null) continue;
    addSymbol(ctx, kindStyle(node.kind).symbol, at.x[node.index!]!, at.y[node.index!]!, screenRadius(node, k) + 1.5);
  }
  ctx.stroke();
  for (const [id, colour] of [
    [emphasis.hovered, '#495057'],
    [emphasis.selected, PATH_COLOUR],
  ] as const) {
    const node = id ? scene.nodes.find((n) => n.id === id) : undefined;
    if (!node) continue;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(at.x[node.index!]!, at.y[node.index!]!, screenRadius(node, k) + 4, 0, 2 * Math.PI);
    ctx.stroke();
  }
}
