import { finish, mix } from './hash.ts';
import { marksOf, type Lexicon } from './lexicon.ts';

// The features of each character of a sentence, as 32-bit keys in a flat array of SLOTS keys
// per character (0 where a template has nothing to say). Templates:
//   characters: the character and its neighbours ±2, the bigrams and trigrams of that window;
//   classes: Han / digit / numeral / Latin / punctuation of the previous, this and the next character;
//   words: where the character sits in its jieba word (B/M/E/S) with the word's part of speech,
//     the word itself, and the parts of speech of the words either side;
//   dictionary: the vocabulary marks (lexicon.ts) of this and the neighbouring characters.

export interface Token {
  word: string;
  start: number;
  tag: string;
}

/** Which feature groups a model uses; the characters group is always on. */
export interface FeatureGroups {
  classes: boolean;
  words: boolean;
  dictionary: boolean;
}

export const ALL_GROUPS: FeatureGroups = { classes: true, words: true, dictionary: true };

const enum Slot {
  Bias,
  C0,
  Cm1,
  Cm2,
  Cp1,
  Cp2,
  Bm2m1,
  Bm10,
  B0p1,
  Bp1p2,
  Bm1p1,
  Tm2m10,
  Tm10p1,
  T0p1p2,
  Classes,
  WordRole,
  Word,
  WordContext,
  Mark0,
  Markm1,
  Markp1,
  DivisionStart,
  DivisionEnd,
  OrgEnding,
  Count,
}
export const SLOTS = Slot.Count;

const BEFORE = 1,
  AFTER = 2;

// Full-width forms fold onto ASCII and every digit onto 0: 2024年 and １９９８年 are the same pattern.
function normalised(text: string): Int32Array {
  const codes = new Int32Array(text.length + 4);
  codes[0] = codes[1] = BEFORE;
  codes[text.length + 2] = codes[text.length + 3] = AFTER;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x30 && c <= 0x39) c = 0x30;
    else if (c >= 0x41 && c <= 0x5a) c += 0x20;
    codes[i + 2] = c;
  }
  return codes;
}

const NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两'].map((c) => c.charCodeAt(0)));

function classOf(code: number): number {
  if (code === BEFORE || code === AFTER) return code;
  if (code === 0x30) return 3;
  if (NUMERALS.has(code)) return 4;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 5;
  if (code >= 0x61 && code <= 0x7a) return 6;
  if (code <= 0x20 || code === 0x3000) return 7;
  return 8;
}

function hashString(text: string): number {
  let h = 0x2545f491;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

interface WordMarks {
  role: Uint8Array;
  tag: Int32Array;
  word: Int32Array;
  context: Int32Array;
}

// Each character's word role (0 B, 1 M, 2 E, 3 S, 4 no word) and the hashes of its word, tag and neighbours' tags.
function wordMarksOf(length: number, words: ReadonlyArray<Token>): WordMarks {
  const role = new Uint8Array(length).fill(4),
    tag = new Int32Array(length),
    word = new Int32Array(length),
    context = new Int32Array(length);
  const tags = words.map((w) => hashString(w.tag));
  for (let k = 0; k < words.length; k++) {
    const { word: text, start } = words[k]!;
    const end = Math.min(start + text.length, length);
    const wordHash = text.length > 1 ? hashString(text) : 0;
    const around = mix(k > 0 ? tags[k - 1]! : BEFORE, k + 1 < words.length ? tags[k + 1]! : AFTER);
    for (let i = Math.max(start, 0); i < end; i++) {
      role[i] = end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1;
      tag[i] = tags[k]!;
      word[i] = wordHash;
      context[i] = around;
    }
  }
  return { role, tag, word, context };
}

const key = (slot: number, a: number): number => finish(mix(slot + 0x9e37, a));
const key2 = (slot: number, a: number, b: number): number => finish(mix(mix(slot + 0x9e37, a), b));
const key3 = (slot: number, a: number, b: number, c: number): number => finish(mix(mix(mix(slot + 0x9e37, a), b), c));

/** SLOTS feature keys per character of `text`, 0 where a template does not fire. */
export function featuresOf(text: string, words: ReadonlyArray<Token>, lexicon: Lexicon, groups: FeatureGroups): Int32Array {
  const n = text.length;
  const out = new Int32Array(n * SLOTS);
  const c = normalised(text);
  const w = groups.words ? wordMarksOf(n, words) : undefined;
  const marks = groups.dictionary ? marksOf(text, lexicon) : undefined;
  const bias = key(Slot.Bias, 0);
  for (let i = 0; i < n; i++) {
    const o = i * SLOTS,
      p = i + 2;
    const cm2 = c[p - 2]!,
      cm1 = c[p - 1]!,
      c0 = c[p]!,
      cp1 = c[p + 1]!,
      cp2 = c[p + 2]!;
    out[o + Slot.Bias] = bias;
    out[o + Slot.C0] = key(Slot.C0, c0);
    out[o + Slot.Cm1] = key(Slot.Cm1, cm1);
    out[o + Slot.Cm2] = key(Slot.Cm2, cm2);
    out[o + Slot.Cp1] = key(Slot.Cp1, cp1);
    out[o + Slot.Cp2] = key(Slot.Cp2, cp2);
    out[o + Slot.Bm2m1] = key2(Slot.Bm2m1, cm2, cm1);
    out[o + Slot.Bm10] = key2(Slot.Bm10, cm1, c0);
    out[o + Slot.B0p1] = key2(Slot.B0p1, c0, cp1);
    out[o + Slot.Bp1p2] = key2(Slot.Bp1p2, cp1, cp2);
    out[o + Slot.Bm1p1] = key2(Slot.Bm1p1, cm1, cp1);
    out[o + Slot.Tm2m10] = key3(Slot.Tm2m10, cm2, cm1, c0);
    out[o + Slot.Tm10p1] = key3(Slot.Tm10p1, cm1, c0, cp1);
    out[o + Slot.T0p1p2] = key3(Slot.T0p1p2, c0, cp1, cp2);
    if (groups.classes) out[o + Slot.Classes] = key3(Slot.Classes, classOf(cm1), classOf(c0), classOf(cp1));
    if (w) {
      const role = w.role[i]!;
      out[o + Slot.WordRole] = key2(Slot.WordRole, role, w.tag[i]!);
      if (w.word[i]) out[o + Slot.Word] = key2(Slot.Word, role, w.word[i]!);
      out[o + Slot.WordContext] = key3(Slot.WordContext, role, w.tag[i]!, w.context[i]!);
    }
    if (marks) {
      const bits = marks.bits;
      out[o + Slot.Mark0] = key(Slot.Mark0, bits[i]!);
      out[o + Slot.Markm1] = key(Slot.Markm1, i > 0 ? bits[i - 1]! : 0x8000);
      out[o + Slot.Markp1] = key(Slot.Markp1, i + 1 < n ? bits[i + 1]! : 0x8000);
      if (marks.divisionStartLength[i]) out[o + Slot.DivisionStart] = key(Slot.DivisionStart, marks.divisionStartLength[i]!);
      if (marks.divisionEndLength[i]) out[o + Slot.DivisionEnd] = key(Slot.DivisionEnd, marks.divisionEndLength[i]!);
      if (marks.orgEndingLength[i]) out[o + Slot.OrgEnding] = key2(Slot.OrgEnding, marks.orgEndingLength[i]!, c0);
    }
  }
  return out;
}
