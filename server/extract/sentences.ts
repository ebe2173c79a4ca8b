import type { Sentence, Span } from './types.ts';

// A sentence ends at 。！？; (or their ASCII forms) plus any closing quote, or at a line break:
// headlines and by-lines are lines without final punctuation.
const SENTENCE = /[^。！？!?；;\n]+(?:[。！？!?；;]+[”’」』）)]*)?/g;

/** Splits the text inside `span` into trimmed sentences with page offsets. */
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Sentence[] {
  const sentences: Sentence[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = span.start + (match.index ?? 0) + lead;
    sentences.push({ start, end: start + body.length, text: body });
  }
  return sentences;
}
