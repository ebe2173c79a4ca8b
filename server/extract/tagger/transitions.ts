import { TAG_COUNT, allowed, canEnd } from './labels.ts';

// Transition weights live in one array: tag → tag at from * TAG_COUNT + to, then a row for the
// sentence start and one for its end. Moves BIOES forbids are never scored: each tag lists
// the tags allowed before and after it, so Viterbi visits 97 pairs per character, not 289.

const T = TAG_COUNT;
export const TRANSITION_COUNT = T * T + 2 * T;
export const START = T * T;
export const END = T * T + T;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** For each tag, the tags that may come before it. */
export const PREDECESSORS: readonly Int8Array[] = range(T).map((to) => Int8Array.from(range(T).filter((from) => allowed(from, to))));
/** For each tag, the tags that may come after it. */
export const SUCCESSORS: readonly Int8Array[] = range(T).map((from) => Int8Array.from(range(T).filter((to) => allowed(from, to))));
/** Whether a sentence may start, or end, on each tag. */
export const MAY_START: readonly boolean[] = range(T).map((tag) => allowed(-1, tag));
export const MAY_END: readonly boolean[] = range(T).map(canEnd);
