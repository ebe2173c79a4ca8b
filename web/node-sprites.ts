// Each kind's shape drawn once per size into a small canvas and stamped with drawImage: in
// Chromium's software canvas a stamp costs a fraction of filling the same shape as a path,
// which is what keeps thousands of nodes within a frame. Stamps from an ImageBitmap are about
// twice as fast again as from a canvas; the bitmap is made in the background and used once ready.
import type { SymbolType } from 'd3-shape';
import { kindStyle, symbolArea } from './entity-style.ts';

/** Sizes are rounded to this step in CSS pixels, so a few dozen sprites per kind cover all zooms. */
const STEP = 0.5;

export interface Sprite {
  image: HTMLCanvasElement | ImageBitmap;
  /** Size in CSS pixels. */
  width: number;
  height: number;
  /** Where the node's centre is in the sprite, in CSS pixels. */
  cx: number;
  cy: number;
}

export class NodeSprites {
  private readonly cache = new Map<string, Sprite>();

  constructor(private ratio: number) {}

  /** Drops the sprites when the device pixel ratio changes (a window moved to another screen). */
  setRatio(ratio: number): void {
    if (ratio === this.ratio) return;
    this.ratio = ratio;
    this.cache.clear();
  }

  get(kind: string, radius: number): Sprite {
    const r = Math.max(STEP, Math.round(radius / STEP) * STEP);
    const key = `${kind}|${r}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      const drawn = this.draw(kind, r);
      sprite = drawn;
      this.cache.set(key, drawn);
      void createImageBitmap(drawn.image).then((image) => {
        if (this.cache.get(key) === drawn) this.cache.set(key, { ...drawn, image });
      });
    }
    return sprite;
  }

  private draw(kind: string, radius: number): Sprite & { image: HTMLCanvasElement } {
    const style = kindStyle(kind);
    // Only as big as the shape (plus its outline): every pixel of a stamp is blended, even a
    // transparent one.
    const bounds = symbolBounds(style.symbol, radius);
    const cx = Math.ceil(-bounds.x0) + 1,
      cy = Math.ceil(-bounds.y0) + 1;
    const width = cx + Math.ceil(bounds.x1) + 1,
      height = cy + Math.ceil(bounds.y1) + 1;
    const image = document.createElement('canvas');
    image.width = Math.ceil(width * this.ratio);
    image.height = Math.ceil(height * this.ratio);
    const ctx = image.getContext('2d')!;
    ctx.scale(this.ratio, this.ratio);
    ctx.translate(cx, cy);
    ctx.beginPath();
    style.symbol.draw(ctx, symbolArea(radius));
    ctx.fillStyle = style.colour;
    ctx.fill();
    // A thin light outline keeps touching nodes apart.
    ctx.lineWidth = Math.min(1, radius / 4);
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.stroke();
    return { image, width, height, cx, cy };
  }
}

/** The box a symbol covers around its centre, found by recording the points d3 draws it with. */
function symbolBounds(symbol: SymbolType, radius: number): { x0: number; y0: number; x1: number; y1: number } {
  const box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const point = (x: number, y: number) => {
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  };
  const recorder = {
    moveTo: point,
    lineTo: point,
    arc: (x: number, y: number, r: number) => {
      point(x - r, y - r);
      point(x + r, y + r);
    },
    rect: (x: number, y: number, w: number, h: number) => {
      point(x, y);
      point(x + w, y + h);
    },
    closePath: () => undefined,
  };
  symbol.draw(recorder as unknown as CanvasPath, symbolArea(radius));
  return box;
}
