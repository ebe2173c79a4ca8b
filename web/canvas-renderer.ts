// Draws a frame on the page's canvas: the graph (edges, nodes, rings), then the text over it.
// A large graph is painted on a picture canvas kept between frames: while the reader zooms or
// pans and no node moves, the last picture is stretched to the new view instead of painted
// again, for as long as that stays close to the truth, and painted afresh when the gesture
// ends. The text is always drawn anew, so it stays sharp and upright.
import type { ZoomTransform } from 'd3-zoom';
import { DENSE_EDGES, GraphPainter, type Frame } from './graph-painter.ts';
import type { ViewNode } from './graph-store.ts';
import { LabelPainter } from './label-painter.ts';
import { ScreenPositions, type Emphasis, type Scene } from './scene.ts';

export interface Viewport {
  width: number;
  height: number;
  ratio: number;
}

/**
 * How far the view may move before a stretched picture is painted again: zooming by up to
 * these factors, and shifting by up to this share of the canvas (the band left bare at the
 * border while zooming out).
 */
const REUSE_SCALE = [0.85, 1.2] as const;
const REUSE_SHIFT = 0.15;

interface Picture {
  ctx: CanvasRenderingContext2D;
  /** What it shows: the scene, emphasis and node positions, seen through this view. */
  scene: Scene | null;
  emphasis: Emphasis | null;
  positions: number;
  viewport: Viewport | null;
  k: number;
  x: number;
  y: number;
}

export class CanvasRenderer {
  private readonly graph = new GraphPainter();
  private readonly labels = new LabelPainter();
  private readonly at = new ScreenPositions();
  private picture: Picture | null = null;

  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  /**
   * Draws a frame. `positions` changes whenever a node moved since the last frame; while it
   * stays the same, a large graph's picture may be reused.
   */
  draw(scene: Scene, emphasis: Emphasis, transform: ZoomTransform, viewport: Viewport, labelOf: (node: ViewNode) => string, positions: number): void {
    const { ctx } = this;
    const { width, height, ratio } = viewport;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.at.project(scene.nodes, transform);
    const frame: Frame = { scene, emphasis, at: this.at, k: transform.k, width, height, ratio };
    if (scene.edgeCount <= DENSE_EDGES) {
      this.graph.paint(ctx, frame);
    } else if (!this.stretchPicture(scene, emphasis, transform, viewport, positions)) {
      const picture = this.freshPicture(viewport);
      this.graph.paint(picture.ctx, frame);
      Object.assign(picture, { scene, emphasis, positions, viewport, k: transform.k, x: transform.x, y: transform.y });
      ctx.drawImage(picture.ctx.canvas, 0, 0, width, height);
    }
    this.labels.paint(ctx, scene, emphasis, this.at, transform.k, width, height, labelOf);
  }

  /** Makes the next frame paint the graph afresh (after a zoom or pan ends). */
  forgetPicture(): void {
    if (this.picture) this.picture.scene = null;
  }

  private stretchPicture(scene: Scene, emphasis: Emphasis, transform: ZoomTransform, viewport: Viewport, positions: number): boolean {
    const last = this.picture;
    if (
      !last ||
      last.scene !== scene ||
      last.emphasis !== emphasis ||
      last.positions !== positions ||
      last.viewport?.width !== viewport.width ||
      last.viewport.height !== viewport.height ||
      last.viewport.ratio !== viewport.ratio
    )
      return false;
    const s = transform.k / last.k;
    const dx = transform.x - last.x * s,
      dy = transform.y - last.y * s;
    if (s < REUSE_SCALE[0] || s > REUSE_SCALE[1] || Math.abs(dx) > viewport.width * REUSE_SHIFT || Math.abs(dy) > viewport.height * REUSE_SHIFT) return false;
    this.ctx.drawImage(last.ctx.canvas, dx, dy, viewport.width * s, viewport.height * s);
    return true;
  }

  /** The picture canvas, the canvas's size, cleared. */
  private freshPicture({ width, height, ratio }: Viewport): Picture {
    const w = Math.round(width * ratio),
      h = Math.round(height * ratio);
    if (!this.picture || this.picture.ctx.canvas.width !== w || this.picture.ctx.canvas.height !== h) {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      this.picture = { ctx: canvas.getContext('2d')!, scene: null, emphasis: null, positions: -1, viewport: null, k: 1, x: 0, y: 0 };
    }
    const { ctx } = this.picture;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    return this.picture;
  }
}
