import { SLOTS } from './features.ts';
import { TAG_COUNT } from './labels.ts';

// The decoder's feature weights: an open-addressing table whose slot holds the feature key and
// its TAG_COUNT weights side by side (24 bytes), so looking a feature up and reading its weights
// touch one cache line. On a model of a few hundred thousand features, cache misses and the
// 17 additions per feature are most of the decoding time, and the layout serves both:
//  - a Bloom filter of 2^22 bits (512 KB, which stays in cache) answers first for the quarter
//    of a sentence's features that no model holds (rare bigrams and trigrams);
//  - weights are stored as bytes biased by +128 and read four at a time as 32-bit words; masking
//    each word into two pairs of 16-bit lanes lets one addition sum two tags' weights, in local
//    variables, and a character's 24 features can never carry a lane past 16 bits (24 × 255).

const T = TAG_COUNT;
const STRIDE = 24;
const WORDS = STRIDE / 4;
const BIAS = 128;
const FILTER_BITS = 1 << 22;
const FILTER_MASK = FILTER_BITS - 1;
const secondBit = (key: number) => (Math.imul(key, 0x9e3779b1) >>> 10) & FILTER_MASK;
const EVEN = 0x00ff00ff;

export class WeightTable {
  private words: Int32Array;
  private mask: number;
  private filter = new Int32Array(FILTER_BITS / 32);

  /** A table of `keys` and their weight rows (`weights`, TAG_COUNT per key, in the same order). */
  constructor(keys: Int32Array, weights: Int8Array) {
    let slots = 1024;
    while (slots < keys.length * 1.5) slots *= 2;
    const buffer = new ArrayBuffer(slots * STRIDE);
    this.words = new Int32Array(buffer);
    const bytes = new Uint8Array(buffer);
    this.mask = slots - 1;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = key & this.mask;
      while (this.words[slot * WORDS] !== 0) slot = (slot + 1) & this.mask;
      this.words[slot * WORDS] = key;
      for (let y = 0; y < T; y++) bytes[slot * STRIDE + 4 + y] = weights[row * T + y]! + BIAS;
      const first = key & FILTER_MASK,
        second = secondBit(key);
      this.filter[first >>> 5]! |= 1 << (first & 31);
      this.filter[second >>> 5]! |= 1 << (second & 31);
    }
  }

  /** Each character's score for each tag: the sum of its features' weights. */
  emissions(features: Int32Array, length: number): Float64Array {
    const out = new Float64Array(length * T);
    const words = this.words,
      mask = this.mask,
      filter = this.filter;
    for (let i = 0; i < length; i++) {
      // a·: tags 0 and 2 of a word's four (bytes 0 and 2); b·: tags 1 and 3.
      let a1 = 0,
        b1 = 0,
        a2 = 0,
        b2 = 0,
        a3 = 0,
        b3 = 0,
        a4 = 0,
        b4 = 0,
        a5 = 0,
        found = 0;
      for (let s = i * SLOTS, stop = s + SLOTS; s < stop; s++) {
        const key = features[s]!;
        if (key === 0 || (filter[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) continue;
        const second = secondBit(key);
        if ((filter[second >>> 5]! & (1 << (second & 31))) === 0) continue;
        for (let slot = key & mask; ; slot = (slot + 1) & mask) {
          const at = slot * WORDS,
            stored = words[at]!;
          if (stored === key) {
            const w1 = words[at + 1]!,
              w2 = words[at + 2]!,
              w3 = words[at + 3]!,
              w4 = words[at + 4]!;
            a1 += w1 & EVEN;
            b1 += (w1 >>> 8) & EVEN;
            a2 += w2 & EVEN;
            b2 += (w2 >>> 8) & EVEN;
            a3 += w3 & EVEN;
            b3 += (w3 >>> 8) & EVEN;
            a4 += w4 & EVEN;
            b4 += (w4 >>> 8) & EVEN;
            a5 += words[at + 5]! & 0xff;
            found++;
            break;
          }
          if (stored === 0) break;
        }
      }
      const bias = BIAS * found,
        o = i * T;
      out[o] = (a1 & 0xffff) - bias;
      out[o + 1] = (b1 & 0xffff) - bias;
      out[o + 2] = (a1 >>> 16) - bias;
      out[o + 3] = (b1 >>> 16) - bias;
      out[o + 4] = (a2 & 0xffff) - bias;
      out[o + 5] = (b2 & 0xffff) - bias;
      out[o + 6] = (a2 >>> 16) - bias;
      out[o + 7] = (b2 >>> 16) - bias;
      out[o + 8] = (a3 & 0xffff) - bias;
      out[o + 9] = (b3 & 0xffff) - bias;
      out[o + 10] = (a3 >>> 16) - bias;
      out[o + 11] = (b3 >>> 16) - bias;
      out[o + 12] = (a4 & 0xffff) - bias;
      out[o + 13] = (b4 & 0xffff) - bias;
      out[o + 14] = (a4 >>> 16) - bias;
      out[o + 15] = (b4 >>> 16) - bias;
      out[o + 16] = a5 - bias;
    }
    return out;
  }
}
