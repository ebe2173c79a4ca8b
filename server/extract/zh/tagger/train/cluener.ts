import type { EntityType, Span } from '../labels.ts';
import type { LabelledSentence } from './bio.ts';

interface ClueRecord {
  text: string;
  label?: Record<string, Record<string, Array<[number, number]>>>;
}

// CLUENER files come as one JSON object per line or, in some copies, as pretty-printed objects
// one after another; reading top-level objects by brace depth takes both.
function* records(content: string): Generator<ClueRecord> {
  let depth = 0,
    start = -1,
    inString = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && --depth === 0) yield JSON.parse(content.slice(start, i + 1)) as ClueRecord;
  }
}

/**
 * Sentences of a CLUENER2020 file: {"text", "label": {label: {surface: [[first, last], …]}}},
 * offsets inclusive. Nested or overlapping spans are flattened: the earlier, then longer, wins.
 */
export function readCluener(content: string, types: Readonly<Record<string, EntityType>>): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (const record of records(content)) {
    const found: Span[] = [];
    for (const [label, surfaces] of Object.entries(record.label ?? {})) {
      const type = types[label];
      if (!type) continue;
      for (const places of Object.values(surfaces)) for (const [first, last] of places) found.push({ type, start: first, end: last + 1 });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const spans: Span[] = [];
    for (const span of found) if (!spans.length || span.start >= spans[spans.length - 1]!.end) spans.push(span);
    sentences.push({ text: record.text, spans });
  }
  return sentences;
}
