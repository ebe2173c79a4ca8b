import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureGroups } from './features.ts';
import { ENTITY_TYPES, TAG_COUNT } from './labels.ts';
import { PAIRS_INTO, PAIRS_OUT_OF, TRANSITION_COUNT, pairWeights } from './transitions.ts';
import { WeightTable } from './weightTable.ts';

// A trained tagger on disk: gzip of a small JSON header followed by the feature keys (int32,
// one per row) and the weight rows (TAG_COUNT int8 each). Weights are integers in units of
// `scale`; the transitions are stored in the same units, so decoding adds integers and never
// multiplies. (int16 weights scored the same as int8 on every benchmark, at 30% more size.)

const MAGIC = 0x4741544d; // "MTAG"

/** How a span's margin (in weight units × scale) becomes a confidence: 1 / (1 + e^-(a·margin + b)). */
export interface Calibration {
  a: number;
  b: number;
}

export interface ModelHeader {
  version: 1;
  labels: readonly string[];
  groups: FeatureGroups;
  rows: number;
  scale: number;
  transitions: number[];
  calibration: Calibration;
  /** What the model was trained on and how, for the model card. */
  training: Record<string, unknown>;
}

export interface TaggerModel {
  header: ModelHeader;
  /** The feature keys and their weight rows as stored, and the same as a lookup table. */
  keys: Int32Array;
  weights: Int8Array;
  table: WeightTable;
  transitions: Float64Array;
  /** The transitions' allowed pairs as the decoder walks them, computed once per model. */
  pairsInto: Float64Array;
  pairsOutOf: Float64Array;
}

export function encodeModel(header: ModelHeader, keys: Int32Array, weights: Int8Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerBytes = (8 + json.length + 3) & ~3;
  const out = Buffer.alloc(headerBytes + keys.byteLength + weights.byteLength);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).copy(out, headerBytes);
  Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).copy(out, headerBytes + keys.byteLength);
  return gzipSync(out, { level: 9 });
}

export function decodeModel(file: Buffer): TaggerModel {
  const raw = gunzipSync(file);
  if (raw.readUInt32LE(0) !== MAGIC) throw new Error('not a mention-tagger model (bad magic number)');
  const length = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + length).toString('utf8')) as ModelHeader;
  if (header.version !== 1 || header.labels.join() !== ENTITY_TYPES.join()) {
    throw new Error(`model version ${header.version} with labels ${header.labels.join()} does not fit this tagger; retrain it (npm run train)`);
  }
  const start = (8 + length + 3) & ~3;
  const body = raw.buffer.slice(raw.byteOffset + start, raw.byteOffset + raw.length);
  const keys = new Int32Array(body, 0, header.rows);
  const weights = new Int8Array(body, keys.byteLength, header.rows * TAG_COUNT);
  if (header.transitions.length !== TRANSITION_COUNT) throw new Error('model transitions have the wrong size; retrain it (npm run train)');
  const transitions = Float64Array.from(header.transitions);
  return {
    header,
    keys,
    weights,
    table: new WeightTable(keys, weights),
    transitions,
    pairsInto: pairWeights(PAIRS_INTO, transitions),
    pairsOutOf: pairWeights(PAIRS_OUT_OF, transitions),
  };
}

export const readModel = (path: string): TaggerModel => decodeModel(readFileSync(path));

/** The same model with another calibration. */
export const recalibrated = (model: TaggerModel, calibration: Calibration): Buffer => encodeModel({ ...model.header, calibration }, model.keys, model.weights);
