// Paints the text over the graph, always sharp and upright: node labels by importance where
// they fit, and position titles on HOLDS_POSITION edges when zoomed in.
import type { ViewNode } from './graph-store.ts';
import { LabelGrid, labelBudget } from './label-grid.ts';
import { screenRadius, type Emphasis, type Scene, type ScreenPositions } from './scene.ts';

const LABEL_FONT = '12px system-ui, "Noto Sans CJK SC", sans-serif';
const TITLE_FONT = '11px system-ui, "Noto Sans CJK SC", sans-serif';
const LABEL_HEIGHT = 14;
/** Labels drawn at most per frame, whatever the zoom: text is the costliest thing on canvas. */
const LABEL_CAP = 350;
/** Position titles are shown on all edges from this zoom on, and on emphasised edges always. */
const TITLE_ZOOM = 1.2;

export class LabelPainter {
  // Label widths, measured once per node and text: measureText is slow to call per frame.
  private readonly widths = new WeakMap<ViewNode, { text: string; width: number }>();

  paint(
    ctx: CanvasRenderingContext2D,
    scene: Scene,
    emphasis: Emphasis,
    at: ScreenPositions,
    k: number,
    width: number,
    height: number,
    labelOf: (node: ViewNode) => string,
  ): void {
    const grid = new LabelGrid(width, height);
    paintTitles(ctx, scene, emphasis, at, k, grid);
    this.paintLabels(ctx, scene, emphasis, at, k, grid, labelOf);
  }

  private paintLabels(
    ctx: CanvasRenderingContext2D,
    scene: Scene,
    emphasis: Emphasis,
    at: ScreenPositions,
    k: number,
    grid: LabelGrid,
    labelOf: (node: ViewNode) => string,
  ): void {
    ctx.font = LABEL_FONT;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillStyle = '#1d2733';
    // The selection, the hovered node, the emphasised ones and pinned ones are labelled first;
    // then the most important on screen, as many as the zoom allows.
    const must = new Set([emphasis.selected, emphasis.hovered, ...emphasis.nodes].filter((id): id is string => !!id));
    const first = scene.nodes.filter((n) => must.has(n.id) || n.fx != null);
    const firstSet = new Set(first);
    let budget = labelBudget(k);
    let drawn = 0;
    const offer = (node: ViewNode): boolean => {
      const x = at.x[node.index!]!,
        y = at.y[node.index!]!;
      // Written so that a node not yet placed (NaN) is skipped too.
      if (!(x >= 0 && y >= 0 && x <= grid.width && y <= grid.height)) return false;
      const text = labelOf(node);
      const width = this.widthOf(ctx, node, text);
      const gap = screenRadius(node, k) + 3;
      // To the right of the node if there is room, else to its left.
      const lx = [x + gap, x - gap - width].find((left) => grid.claim(left, y - LABEL_HEIGHT / 2, width, LABEL_HEIGHT));
      if (lx === undefined) return true;
      ctx.strokeText(text, lx, y);
      ctx.fillText(text, lx, y);
      drawn++;
      return true;
    };
    for (const node of first) if (drawn < LABEL_CAP) offer(node);
    for (const node of scene.byImportance) {
      if (budget <= 0 || drawn >= LABEL_CAP) break;
      if (!firstSet.has(node) && offer(node)) budget--;
    }
  }

  private widthOf(ctx: CanvasRenderingContext2D, node: ViewNode, text: string): number {
    const known = this.widths.get(node);
    if (known?.text === text) return known.width;
    const width = ctx.measureText(text).width;
    this.widths.set(node, { text, width });
    return width;
  }
}

function paintTitles(ctx: CanvasRenderingContext2D, scene: Scene, emphasis: Emphasis, at: ScreenPositions, k: number, grid: LabelGrid): void {
  ctx.font = TITLE_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  let drawn = 0;
  for (const edge of scene.titled) {
    if (k < TITLE_ZOOM && !emphasis.edges.has(edge.key)) continue;
    const x = (at.x[edge.source.index!]! + at.x[edge.target.index!]!) / 2;
    const y = (at.y[edge.source.index!]! + at.y[edge.target.index!]!) / 2;
    const width = ctx.measureText(edge.title!).width + 6;
    if (!grid.claim(x - width / 2, y - 7, width, 14)) continue;
    ctx.fillStyle = 'rgba(255, 244, 230, 0.92)';
    ctx.fillRect(x - width / 2, y - 7, width, 14);
    ctx.fillStyle = '#a34100';
    ctx.fillText(edge.title!, x, y);
    if (++drawn >= LABEL_CAP / 4) break;
  }
}
