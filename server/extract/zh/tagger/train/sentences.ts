import type { Span } from '../labels.ts';
import type { LabelledSentence } from './bio.ts';

const BREAK = /[\n。！？!?；;]/g;

/**
 * Where a document's sentences are: cut after each line break or sentence-final mark that no
 * span runs across, surrounding whitespace trimmed, empty pieces dropped.
 */
export function sentenceRanges(text: string, spans: readonly Span[] = []): Array<[start: number, end: number]> {
  const inside = new Uint8Array(text.length + 1);
  for (const { start, end } of spans) inside.fill(1, start + 1, end);
  const cuts = [0];
  for (const m of text.matchAll(BREAK)) if (!inside[m.index + 1]) cuts.push(m.index + 1);
  cuts.push(text.length);
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let start = cuts[k]!,
      end = cuts[k + 1]!;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) ranges.push([start, end]);
  }
  return ranges;
}

/** A document as training sentences, span offsets made relative to each sentence. */
export function cutSentences(text: string, spans: readonly Span[]): LabelledSentence[] {
  return sentenceRanges(text, spans).map(([start, end]) => ({
    text: text.slice(start, end),
    spans: spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start })),
  }));
}
