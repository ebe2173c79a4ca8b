import { TAG_COUNT, allowed, canEnd } from './labels.ts';

// Transition weights live in one array: tag → tag at from * TAG_COUNT + to, then a row for the
// sentence start and one for its end. Moves BIOES forbids are never scored: the 97 allowed
// (from, to) pairs are listed once, grouped by `to` (PAIRS_INTO) and by `from` (PAIRS_OUT_OF),
// so Viterbi visits 97 pairs per character, not 289, in one flat loop.

const T = TAG_COUNT;
export const TRANSITION_COUNT = T * T + 2 * T;
export const START = T * T;
export const END = T * T + T;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Allowed pairs grouped by one end: `other[k]` is the far end of pair k, pairs of tag y at first[y] … first[y + 1]. */
export interface PairList {
  first: Int32Array;
  other: Int8Array;
  /** Index of each pair's weight in a transitions array. */
  weightAt: Int32Array;
}

function pairList(into: boolean): PairList {
  const first = new Int32Array(T + 1),
    other: number[] = [],
    weightAt: number[] = [];
  for (const y of range(T)) {
    first[y] = other.length;
    for (const z of range(T)) {
      if (!(into ? allowed(z, y) : allowed(y, z))) continue;
      other.push(z);
      weightAt.push(into ? z * T + y : y * T + z);
    }
  }
  first[T] = other.length;
  return { first, other: Int8Array.from(other), weightAt: Int32Array.from(weightAt) };
}

/** For each tag, the tags that may come before it. */
export const PAIRS_INTO: PairList = pairList(true);
/** For each tag, the tags that may come after it. */
export const PAIRS_OUT_OF: PairList = pairList(false);
/** Whether a sentence may start, or end, on each tag. */
export const MAY_START: readonly boolean[] = range(T).map((tag) => allowed(-1, tag));
export const MAY_END: readonly boolean[] = range(T).map(canEnd);

/** The weights of a pair list's pairs, in its order: one flat array the decoder walks. */
export function pairWeights(pairs: PairList, transitions: ArrayLike<number>): Float64Array {
  return Float64Array.from(pairs.weightAt, (at) => transitions[at]!);
}
