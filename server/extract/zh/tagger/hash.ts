// Features are 32-bit numbers built from character codes, never strings: the decoder looks up
// tens of features per character and a string per feature would cost more than the lookups.
// The mixing steps are MurmurHash3's, which spread nearby codes over the whole key space.

/** Folds one more number into a running feature hash. */
export function mix(hash: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  const h = hash ^ Math.imul(k, 0x1b873593);
  return Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
}

/** The finished key of a feature hash: well spread, a signed 32-bit integer, never 0 (0 marks "no feature"). */
export function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0 || 1;
}
