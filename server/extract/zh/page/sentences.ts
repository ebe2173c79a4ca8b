import { brokenMidSentence, type Line } from './layout.ts';
import type { Sentence } from '../../types.ts';

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

// A sentence ends at 。！？；… plus any closing quote or bracket.
const SENTENCE_END = /[。！？；]+[”’」』）]*|…{2}(?=[^”])/g;
const MAX_SENTENCE = 300;

/**
 * Joins a story's lines into paragraphs (a line broken mid-sentence runs on) and splits sentences.
 * `text` is read from `canonical`, `written` from `page`; the two have the same offsets.
 */
export function readSentences(canonical: string, lines: readonly Line[], page = canonical): ReadSentence[] {
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
    if (!(brokenMidSentence(line) && next && (next.kind === 'body'))) flush();
  });
  flush();
  return sentences;
}

const publicSentences = new WeakMap<ReadSentence, Sentence>();

/** The public part of a sentence, as evidence carries it; one object per sentence, shared. */
export function sentenceOf(s: ReadSentence): Sentence {
  let sentence = publicSentences.get(s);
  if (!sentence) publicSentences.set(s, (sentence = { start: s.start, end: s.end, text: s.written }));
  return sentence;
}

/** The page span of `text[from, to)` in a read sentence. */
export const pageSpan = (s: ReadSentence, from: number, to: number) => ({ start: s.offsets[from]!, end: s.offsets[to - 1]! + 1 });

/** Where page offset `at` is in a read sentence's text, or -1: direct where no line break was joined. */
export function textOffset(s: ReadSentence, at: number): number {
  const first = s.offsets[0]!, i = at - first;
  return s.offsets[i] === at ? i : s.offsets.indexOf(at);
}
