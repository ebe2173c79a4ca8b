// Which labels fit: a coarse occupancy grid over the screen. A label is drawn only where no
// earlier (more important) label is, so labels never pile up into an unreadable smear.

const CELL = 6;

export class LabelGrid {
  readonly width: number;
  readonly height: number;
  private readonly columns: number;
  private readonly rows: number;
  private readonly taken: Uint8Array;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.columns = Math.max(1, Math.ceil(width / CELL));
    this.rows = Math.max(1, Math.ceil(height / CELL));
    this.taken = new Uint8Array(this.columns * this.rows);
  }

  /** Claims the box (in CSS pixels) if it is free and on screen; true when it was. */
  claim(x: number, y: number, width: number, height: number): boolean {
    const c0 = Math.floor(x / CELL),
      c1 = Math.floor((x + width) / CELL);
    const r0 = Math.floor(y / CELL),
      r1 = Math.floor((y + height) / CELL);
    if (c0 < 0 || r0 < 0 || c1 >= this.columns || r1 >= this.rows) return false;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) if (this.taken[r * this.columns + c]) return false;
    }
    for (let r = r0; r <= r1; r++) this.taken.fill(1, r * this.columns + c0, r * this.columns + c1 + 1);
    return true;
  }
}

/**
 * How many of the most important nodes may be labelled at zoom `k`: a few hubs when the whole
 * graph is in view, more as the reader zooms in, everything once the nodes are far apart.
 */
export const labelBudget = (k: number) => Math.round(Math.max(15, 40 * k * k));
