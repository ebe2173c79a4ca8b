import type { Calibration } from '../model.ts';

/**
 * The logistic fit P(right | margin) = 1 / (1 + e^-(a·margin + b)) of held-out spans, by
 * Newton's method on the log-loss (a whisker of L2 keeps it finite when the classes separate).
 */
export function fitCalibration(points: ReadonlyArray<{ margin: number; right: boolean }>): Calibration {
  let a = 0,
    b = 0;
  for (let round = 0; round < 50; round++) {
    let ga = 1e-3 * a,
      gb = 0,
      haa = 1e-3,
      hab = 0,
      hbb = 1e-9;
    for (const { margin, right } of points) {
      const p = 1 / (1 + Math.exp(-(a * margin + b)));
      const d = p - (right ? 1 : 0),
        w = p * (1 - p);
      ga += d * margin;
      gb += d;
      haa += w * margin * margin;
      hab += w * margin;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det,
      db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
