import { TAG_COUNT } from './labels.ts';
import { END, MAY_END, MAY_START, PAIRS_INTO, pairWeights, START } from './transitions.ts';

const T = TAG_COUNT;

/** Best-path scores to each (character, tag), and the best path itself. */
export interface Lattice {
  forward: Float64Array;
  best: number;
  tags: Uint8Array;
}

/**
 * The highest-scoring well-formed tag sequence for `length` characters, given their tag scores
 * (`emissions`, TAG_COUNT per character) and the transition weights.
 */
export function bestPath(
  emissions: Float64Array,
  length: number,
  transitions: Float64Array,
  // A loaded model passes these in once computed; training changes its transitions every step.
  weights: Float64Array = pairWeights(PAIRS_INTO, transitions),
): Lattice {
  const forward = new Float64Array(length * T),
    back = new Int8Array(length * T);
  const tags = new Uint8Array(length);
  if (length === 0) return { forward, best: 0, tags };
  const { first, other } = PAIRS_INTO;
  for (let y = 0; y < T; y++) forward[y] = MAY_START[y] ? transitions[START + y]! + emissions[y]! : -Infinity;
  for (let i = 1; i < length; i++) {
    const here = i * T,
      there = here - T;
    for (let y = 0; y < T; y++) {
      let best = -Infinity,
        arg = 0;
      for (let k = first[y]!, stop = first[y + 1]!; k < stop; k++) {
        const p = other[k]!;
        const s = forward[there + p]! + weights[k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      forward[here + y] = best + emissions[here + y]!;
      back[here + y] = arg;
    }
  }
  const last = (length - 1) * T;
  let best = -Infinity,
    arg = 0;
  for (let y = 0; y < T; y++) {
    if (!MAY_END[y]) continue;
    const s = forward[last + y]! + transitions[END + y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  tags[length - 1] = arg;
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return { forward, best, tags };
}
