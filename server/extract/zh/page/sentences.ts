import type { ChineseDocument } from '../document.ts';
import type { ReadSentence } from '../sentence.ts';
import type { Line } from './layout.ts';

// A sentence ends at 。！？；… plus any closing quote or bracket.
const SENTENCE_END = /[。！？；]+[”’」』）]*|…{2}(?=[^”])/g;
const MAX_SENTENCE = 300;

/**
 * Joins a story's lines into paragraphs (a line broken mid-sentence runs on) and splits sentences.
 * `text` is read from `canonical`, `written` from `page`; the two have the same offsets.
 */
function readSentences(canonical: string, lines: readonly Line[], page: string): ReadSentence[] {
  const sentences: ReadSentence[] = [];
  let text = '';
  let offsets: number[] = [];
  let kind: Line['kind'] = 'body';
  let paragraph = 0;
  const flush = () => {
    let from = 0;
    const cut = (to: number) => {
      const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
      const body = text.slice(from + lead, to).trimEnd();
      if (body) {
        const map = offsets.slice(from + lead, from + lead + body.length);
        const contiguous = map[map.length - 1]! - map[0]! === map.length - 1;
        const written = contiguous ? page.slice(map[0]!, map[0]! + map.length) : map.map((at) => page[at]).join('');
        sentences.push({ start: map[0]!, end: map[map.length - 1]! + 1, text: body, written, offsets: map, kind, paragraph });
      }
      from = to;
    };
    const upTo = (to: number) => {
      // Text that runs on without a sentence end (a table, a list, broken input) is cut at a comma
      // so no sentence grows without bound; the rules read a sentence at a time.
      while (to - from > MAX_SENTENCE) {
        const comma = Math.max(text.lastIndexOf('，', from + MAX_SENTENCE), text.lastIndexOf('、', from + MAX_SENTENCE));
        cut(comma > from ? comma + 1 : from + MAX_SENTENCE);
      }
      cut(to);
    };
    for (const end of text.matchAll(SENTENCE_END)) upTo(end.index! + end[0].length);
    upTo(text.length);
    paragraph++;
    text = '';
    offsets = [];
  };
  lines.forEach((line, i) => {
    if (!text) kind = line.kind;
    text += canonical.slice(line.start, line.end);
    for (let at = line.start; at < line.end; at++) offsets.push(at);
    const next = lines[i + 1];
    if (!(line.runsOn && next && (next.kind === 'body' || line.kind === 'meta'))) flush();
  });
  flush();
  return sentences;
}

/** Adds each story's `sentences`: lines broken mid-sentence joined, and split at sentence ends. */
export function splitSentences(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) story.sentences = readSentences(doc.canonical, story.lines, doc.text);
  return doc;
}
