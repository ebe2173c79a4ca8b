import { ENTITY_TYPES, type Span } from '../labels.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

export const scoresOf = ({ tp, fp, fn }: Tally): Scores => {
  const p = tp + fp ? tp / (tp + fp) : 0,
    r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Exact-span matching (same type, start and end) over sentences, per type and over all types. */
export function exactSpanTallies(gold: readonly (readonly Span[])[], predicted: readonly (readonly Span[])[]): Record<string, Tally> {
  const tallies: Record<string, Tally> = Object.fromEntries([...ENTITY_TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((spans, k) => {
    const want = new Set(spans.map((s) => `${s.type}:${s.start}:${s.end}`));
    const got = new Set((predicted[k] ?? []).map((s) => `${s.type}:${s.start}:${s.end}`));
    for (const key of got) {
      const type = key.slice(0, key.indexOf(':'));
      const hit = want.has(key) ? 'tp' : 'fp';
      tallies[type]![hit]++;
      tallies.all![hit]++;
    }
    for (const key of want) {
      if (got.has(key)) continue;
      tallies[key.slice(0, key.indexOf(':'))]!.fn++;
      tallies.all!.fn++;
    }
  });
  return tallies;
}
