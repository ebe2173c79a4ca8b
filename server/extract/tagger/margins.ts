import { TAG_COUNT, type Span } from './labels.ts';
import { END, MAY_END, SUCCESSORS } from './transitions.ts';
import type { Lattice } from './viterbi.ts';

const T = TAG_COUNT;

/**
 * For each span of the best path, how much better that path scores than the best path without
 * the span. A path lacks the span exactly when it takes another tag at one of the span's
 * characters, so the rival is the best max-marginal of any other tag there (forward + backward
 * best scores). 0 means a tie; larger is surer.
 */
export function spanMargins(
  lattice: Lattice,
  emissions: ArrayLike<number>,
  transitions: ArrayLike<number>,
  spans: readonly Span[],
): number[] {
  const { forward, best, tags } = lattice;
  const length = tags.length;
  if (!spans.length) return [];
  // backward[i][y]: the best score of the rest of a path that is at tag y on character i.
  const backward = new Float64Array(length * T).fill(-Infinity);
  const last = (length - 1) * T;
  for (let y = 0; y < T; y++) if (MAY_END[y]) backward[last + y] = transitions[END + y]!;
  for (let i = length - 2; i >= spans[0]!.start; i--) {
    const here = i * T, next = here + T;
    for (let y = 0; y < T; y++) {
      const after = SUCCESSORS[y]!;
      let top = -Infinity;
      for (let k = 0; k < after.length; k++) {
        const z = after[k]!;
        const s = transitions[y * T + z]! + emissions[next + z]! + backward[next + z]!;
        if (s > top) top = s;
      }
      backward[here + y] = top;
    }
  }
  return spans.map(({ start, end }) => {
    let rival = -Infinity;
    for (let i = start; i < end; i++) {
      const here = i * T;
      for (let y = 0; y < T; y++) {
        if (y === tags[i]) continue;
        const s = forward[here + y]! + backward[here + y]!;
        if (s > rival) rival = s;
      }
    }
    return best - rival;
  });
}
