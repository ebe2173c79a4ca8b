// The messages between the page and the layout worker. Nodes travel as positions in the
// order of the visible graph; a generation number ties each answer to the graph it is about.

export interface LayoutNodeInit {
  x?: number;
  y?: number;
  fx?: number | null;
  fy?: number | null;
}

export type ToLayout =
  | {
      type: 'graph';
      generation: number;
      nodes: LayoutNodeInit[];
      /** [source index, target index, preferred length] per edge. */
      links: Array<[number, number, number]>;
      /** How much to warm the layout up (0 keeps it as it was). */
      heat: number;
      /** Ticks to run before the first answer, so a small graph appears calm. */
      warmUp: number;
    }
  | { type: 'pin'; index: number; fx: number | null; fy: number | null }
  | { type: 'alphaTarget'; value: number }
  | { type: 'heat'; alpha: number };

export interface LayoutPositions {
  type: 'positions';
  generation: number;
  /** x0, y0, x1, y1, … in node order. */
  xy: Float64Array;
  /** False once the layout has come to rest. */
  running: boolean;
}
