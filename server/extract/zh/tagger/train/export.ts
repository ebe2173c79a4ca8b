import type { FeatureGroups } from '../features.ts';
import { KeyIndex } from '../keys.ts';
import { TAG_COUNT } from '../labels.ts';
import { ENTITY_TYPES } from '../labels.ts';
import { encodeModel, type Calibration, type ModelHeader } from '../model.ts';
import { TRANSITION_COUNT } from '../transitions.ts';
import type { WeightCopy } from './perceptron.ts';

const T = TAG_COUNT;

export interface ExportOptions {
  /** Rows whose largest weight rounds below this many units are dropped. */
  minUnits: number;
  calibration: Calibration;
  training: Record<string, unknown>;
}

/** A domain copy added to the general weights at run time, and how much of it. */
export interface Blend {
  domain: number;
  share: number;
}

/**
 * The model file for run-time text: every feature's general weight plus the blended domain
 * copies, rounded to int8 of one common scale, rows that round below minUnits dropped.
 */
export function exportModel(copies: readonly WeightCopy[], blend: readonly Blend[], groups: FeatureGroups, options: ExportOptions): Buffer {
  const parts = [{ copy: copies[0]!, share: 1 }, ...blend.filter((b) => b.domain > 0 && b.share).map((b) => ({ copy: copies[b.domain]!, share: b.share }))];
  const keys: number[] = [];
  const seen = new KeyIndex(copies[0]!.index.size);
  for (const { copy } of parts) {
    for (const key of copy.index.keysByRow()) {
      if (seen.get(key) >= 0) continue;
      keys.push(key);
      seen.add(key);
    }
  }
  const merged = new Float64Array(keys.length * T);
  keys.forEach((key, k) => {
    for (const { copy, share } of parts) {
      const row = copy.index.get(key);
      if (row >= 0) for (let y = 0; y < T; y++) merged[k * T + y]! += share * copy.rows[row * T + y]!;
    }
  });
  let largest = 0;
  for (const w of merged) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  const keptKeys: number[] = [];
  const kept: number[] = [];
  keys.forEach((key, k) => {
    const row = Array.from(merged.subarray(k * T, k * T + T), (w) => Math.round(w / scale));
    if (Math.max(...row.map(Math.abs)) < options.minUnits) return;
    keptKeys.push(key);
    kept.push(...row);
  });
  const transitions = new Array<number>(TRANSITION_COUNT);
  for (let t = 0; t < TRANSITION_COUNT; t++) transitions[t] = parts.reduce((sum, { copy, share }) => sum + share * copy.transitions[t]!, 0) / scale;
  const header: ModelHeader = {
    version: 1,
    labels: ENTITY_TYPES,
    groups,
    rows: keptKeys.length,
    scale,
    transitions,
    calibration: options.calibration,
    training: options.training,
  };
  return encodeModel(header, Int32Array.from(keptKeys), Int8Array.from(kept));
}
