import type { Line } from './page/layout.ts';
import type { Evidence, Mention, Sentence } from '../types.ts';

/**
 * A sentence as the rules read it: lines broken mid-sentence are joined, so `text` may differ
 * from the page slice; `offsets[i]` is the page offset of `text[i]`.
 */
export interface ReadSentence extends Sentence {
  offsets: readonly number[];
  /** The sentence as the page wrote it (the rules read `text`, with full-width punctuation). */
  written: string;
  /** The line kind the sentence starts in (by-lines and credits are read by their own rules). */
  kind: Line['kind'];
  /** Which paragraph of the story it is in: a topic carries from sentence to sentence within one. */
  paragraph: number;
}

/** A span in sentence-text offsets. */
export interface TextSpan {
  from: number;
  to: number;
}

export const spanOf = (a: TextSpan, b: TextSpan): TextSpan => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });

const publicSentences = new WeakMap<ReadSentence, Sentence>();

/** The public part of a sentence, as evidence carries it; one object per sentence, shared. */
export function sentenceOf(s: ReadSentence): Sentence {
  let sentence = publicSentences.get(s);
  if (!sentence) publicSentences.set(s, (sentence = { start: s.start, end: s.end, text: s.written }));
  return sentence;
}

/** The page span of `text[from, to)` in a read sentence. */
export const pageSpan = (s: ReadSentence, from: number, to: number) => ({ start: s.offsets[from]!, end: s.offsets[to - 1]! + 1 });

/** Where `text[from, to)` of a read sentence is written: the page span, the words as written, the sentence. */
export const mentionAt = (s: ReadSentence, span: TextSpan): Mention => ({
  ...pageSpan(s, span.from, span.to),
  text: s.written.slice(span.from, span.to),
  sentence: sentenceOf(s),
});

/** The evidence a relation read in `span` of a sentence carries. */
export const evidenceAt = (s: ReadSentence, span: TextSpan): Evidence => ({ ...pageSpan(s, span.from, span.to), sentence: sentenceOf(s) });

/** Where page offset `at` is in a read sentence's text, or -1: direct where no line break was joined. */
export function textOffset(s: ReadSentence, at: number): number {
  const first = s.offsets[0]!,
    i = at - first;
  return s.offsets[i] === at ? i : s.offsets.indexOf(at);
}
