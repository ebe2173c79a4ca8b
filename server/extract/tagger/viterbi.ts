import { TAG_COUNT } from './labels.ts';
import { END, MAY_END, MAY_START, PREDECESSORS, START } from './transitions.ts';

const T = TAG_COUNT;

/** Best-path scores to each (character, tag), and the tag before each on that path. */
export interface Lattice {
  forward: Float64Array;
  back: Int8Array;
  best: number;
  tags: Uint8Array;
}

/**
 * The highest-scoring well-formed tag sequence for `length` characters, given their tag scores
 * (`emissions`, TAG_COUNT per character) and the transition weights.
 */
export function bestPath(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): Lattice {
  const forward = new Float64Array(length * T).fill(-Infinity), back = new Int8Array(length * T);
  const tags = new Uint8Array(length);
  if (length === 0) return { forward, back, best: 0, tags };
  for (let y = 0; y < T; y++) if (MAY_START[y]) forward[y] = transitions[START + y]! + emissions[y]!;
  for (let i = 1; i < length; i++) {
    const here = i * T, there = here - T;
    for (let y = 0; y < T; y++) {
      const before = PREDECESSORS[y]!;
      let best = -Infinity, arg = 0;
      for (let k = 0; k < before.length; k++) {
        const p = before[k]!;
        const s = forward[there + p]! + transitions[p * T + y]!;
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
  let best = -Infinity, arg = 0;
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
  return { forward, back, best, tags };
}
