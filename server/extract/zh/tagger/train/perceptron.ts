import { KeyIndex } from '../keys.ts';
import { TAG_COUNT } from '../labels.ts';
import { SLOTS } from '../features.ts';
import { END, START, TRANSITION_COUNT } from '../transitions.ts';
import { bestPath } from '../viterbi.ts';

// The averaged structured perceptron (Collins 2002). Each sentence is decoded with the current
// weights; where the best path differs from the gold tags, the gold tag's features gain 1 and
// the predicted tag's lose 1. The returned weights are the average over every step, kept with
// the usual trick: besides w, u accumulates step × change, and the average is w - u / steps.
//
// Domain adaptation ("frustratingly easy", Daumé 2007): a sentence of domain d > 0 scores every
// feature by its general weight plus its own copy for d, and updates both; the general copy
// learns what holds across corpora, each domain copy that domain's conventions.
//
// Everything is whole-number arithmetic in a fixed order with a seeded shuffle: the same examples
// and options give the same weights, bit for bit.

const T = TAG_COUNT;

export interface TrainingExample {
  /** SLOTS feature keys per character (features.ts). */
  features: Int32Array;
  tags: Uint8Array;
  /** 0: general weights only; d > 0: general plus domain d's copy. */
  domain: number;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** How many domain copies there are (examples' domains run 1 … domains). */
  domains: number;
  /** Called after each epoch with the share of sentences decoded wrong in it. */
  onEpoch?: (epoch: number, wrongShare: number) => void;
}

/** One copy of the weights: feature rows and transitions, averaged. */
export interface WeightCopy {
  index: KeyIndex;
  rows: Float64Array;
  transitions: Float64Array;
}

class Copy {
  index = new KeyIndex(1 << 18);
  // Weights are whole numbers of updates, so int32 holds them in half the cache lines of float64;
  // u (step × change) outgrows int32 and stays float64, but it is only touched on updates.
  w = new Int32Array(T << 18);
  u = new Float64Array(T << 18);
  tw = new Float64Array(TRANSITION_COUNT);
  tu = new Float64Array(TRANSITION_COUNT);

  row(key: number): number {
    const row = this.index.add(key);
    if ((row + 1) * T > this.w.length) {
      const w = new Int32Array(this.w.length * 2),
        u = new Float64Array(this.u.length * 2);
      w.set(this.w);
      u.set(this.u);
      this.w = w;
      this.u = u;
    }
    return row;
  }

  averaged(steps: number): WeightCopy {
    const n = this.index.size * T;
    const rows = new Float64Array(n),
      transitions = new Float64Array(TRANSITION_COUNT);
    for (let i = 0; i < n; i++) rows[i] = this.w[i]! - this.u[i]! / steps;
    for (let i = 0; i < TRANSITION_COUNT; i++) transitions[i] = this.tw[i]! - this.tu[i]! / steps;
    return { index: this.index, rows, transitions };
  }
}

/** A small seeded generator (mulberry32): the shuffle must be the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addRows(copy: Copy, features: Int32Array, length: number, emissions: Float64Array): void {
  const w = copy.w,
    index = copy.index;
  for (let i = 0; i < length; i++) {
    const base = i * T;
    for (let s = i * SLOTS, stop = s + SLOTS; s < stop; s++) {
      const key = features[s]!;
      if (key === 0) continue;
      const row = index.get(key);
      if (row < 0) continue;
      for (let y = 0, r = row * T; y < T; y++) emissions[base + y]! += w[r + y]!;
    }
  }
}

function update(copy: Copy, example: TrainingExample, predicted: Uint8Array, step: number): void {
  const { features, tags } = example,
    n = tags.length;
  for (let i = 0; i < n; i++) {
    const gold = tags[i]!,
      wrong = predicted[i]!;
    if (gold === wrong) continue;
    for (let s = i * SLOTS, stop = s + SLOTS; s < stop; s++) {
      const key = features[s]!;
      if (key === 0) continue;
      const r = copy.row(key) * T;
      copy.w[r + gold]! += 1;
      copy.u[r + gold]! += step;
      copy.w[r + wrong]! -= 1;
      copy.u[r + wrong]! -= step;
    }
  }
  const move = (at: number, by: number) => {
    copy.tw[at]! += by;
    copy.tu[at]! += by * step;
  };
  for (let i = 0; i <= n; i++) {
    const goldPair = i === 0 ? START + tags[0]! : i === n ? END + tags[n - 1]! : tags[i - 1]! * T + tags[i]!;
    const wrongPair = i === 0 ? START + predicted[0]! : i === n ? END + predicted[n - 1]! : predicted[i - 1]! * T + predicted[i]!;
    if (goldPair === wrongPair) continue;
    move(goldPair, 1);
    move(wrongPair, -1);
  }
}

/** Averaged weights: the general copy first, then one per domain. */
export function trainPerceptron(examples: readonly TrainingExample[], options: PerceptronOptions): WeightCopy[] {
  const copies = Array.from({ length: options.domains + 1 }, () => new Copy());
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  const longest = examples.reduce((m, e) => Math.max(m, e.tags.length), 0);
  const emissions = new Float64Array(longest * T),
    transitions = new Float64Array(TRANSITION_COUNT);
  let step = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (const k of order) {
      const example = examples[k]!;
      const n = example.tags.length;
      if (n === 0) continue;
      const own = example.domain > 0 ? copies[example.domain]! : undefined;
      emissions.fill(0, 0, n * T);
      addRows(copies[0]!, example.features, n, emissions);
      transitions.set(copies[0]!.tw);
      if (own) {
        addRows(own, example.features, n, emissions);
        for (let t = 0; t < TRANSITION_COUNT; t++) transitions[t]! += own.tw[t]!;
      }
      const predicted = bestPath(emissions, n, transitions).tags;
      if (!predicted.every((tag, i) => tag === example.tags[i])) {
        wrong++;
        update(copies[0]!, example, predicted, step);
        if (own) update(own, example, predicted, step);
      }
      step++;
    }
    options.onEpoch?.(epoch, wrong / examples.length);
  }
  return copies.map((copy) => copy.averaged(step));
}
