import { TAG_COUNT, type Span } from './labels.ts';
import { END, MAY_END, PAIRS_OUT_OF, pairWeights } from './transitions.ts';
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
  emissions: Float64Array,
  transitions: Float64Array,
  spans: readonly Span[],
  weights: Float64Array = pairWeights(PAIRS_OUT_OF, transitions),
): number[] {
  const { forward, best, tags } = lattice;
  const length = tags.length;
  if (!spans.length) return [];
  const { first, other } = PAIRS_OUT_OF;
  // backward[i][y]: the best score of the rest of a path that is at tag y on character i.
  const backward = new Float64Array(length * T);
  const last = (length - 1) * T;
  for (let y = 0; y < T; y++) backward[last + y] = MAY_END[y] ? transitions[END + y]! : -Infinity;
  for (let i = length - 2; i >= spans[0]!.start; i--) {
    const here = i * T,
      next = here + T;
    for (let y = 0; y < T; y++) {
      let top = -Infinity;
      for (let k = first[y]!, stop = first[y + 1]!; k < stop; k++) {
        const z = other[k]!;
        const s = weights[k]! + emissions[next + z]! + backward[next + z]!;
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
