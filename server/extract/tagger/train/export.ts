import type { FeatureGroups } from '../features.ts';
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

/**
 * The model file for text of one domain: every feature's general weight plus its copy for
 * `domain` (0: general only), rounded to int8 of one common scale, rows that round to nothing
 * (or to less than minUnits) dropped.
 */
export function exportModel(copies: readonly WeightCopy[], domain: number, groups: FeatureGroups, options: ExportOptions): Buffer {
  const general = copies[0]!, own = domain > 0 ? copies[domain] : undefined;
  const keys = [...general.index.keysByRow()];
  if (own) for (const key of own.index.keysByRow()) if (general.index.get(key) < 0) keys.push(key);
  const merged = new Float64Array(keys.length * T);
  keys.forEach((key, k) => {
    for (const copy of own ? [general, own] : [general]) {
      const row = copy.index.get(key);
      if (row >= 0) for (let y = 0; y < T; y++) merged[k * T + y]! += copy.rows[row * T + y]!;
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
  for (let t = 0; t < TRANSITION_COUNT; t++) transitions[t] = (general.transitions[t]! + (own?.transitions[t] ?? 0)) / scale;
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
