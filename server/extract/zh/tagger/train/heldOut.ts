import type { Span } from '../labels.ts';
import type { GoldEntity } from './gold.ts';
import { sentenceRanges } from './sentences.ts';

export interface DocumentSpan extends Span {
  surface: string;
  /** What the decoder said of the span: its margin, or its confidence. */
  score: number;
}

/** Every span of a document, tagged a sentence at a time as the extraction pipeline does, offsets into the document. */
export function tagDocument(text: string, decode: (sentence: string) => { spans: Span[]; scores: number[] }): DocumentSpan[] {
  return sentenceRanges(text).flatMap(([start, end]) => {
    const { spans, scores } = decode(text.slice(start, end));
    return spans.map((s, k) => ({ ...s, start: s.start + start, end: s.end + start, surface: text.slice(s.start + start, s.end + start), score: scores[k]! }));
  });
}

/** Names compared the way the scorer compares them: no whitespace, no quotes. */
export const cleanName = (name: string): string => name.replace(/\s+/g, '').replace(/[“”"‘’'「」《》]/g, '');

/** Whether a span names one of the document's gold entities of its type (by name or alias). */
export function namesGoldEntity(span: DocumentSpan, entities: readonly GoldEntity[]): boolean {
  const surface = cleanName(span.surface);
  return entities.some((e) => e.type === span.type && [e.name, ...(e.aliases ?? [])].some((form) => cleanName(form) === surface));
}
