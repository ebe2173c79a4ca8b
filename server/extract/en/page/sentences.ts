import type { EnglishDocument } from '../document.ts';
import { isAbbreviation, isHonorific } from '../mentions/lexicon.ts';
import type { Sentence } from '../../types.ts';

// A sentence ends at . ! or ? (with any closing quote or bracket) before a capital, a digit or
// an opening quote; or at a blank line. A full stop after an abbreviation ends one only before a
// capital, and never after a title (Mr. Meng) or an initial.
const END = /[.!?]+["”’')\]]*(?=\s+["“'(]?[\p{Lu}\d])|\n\s*\n/gu;

function endsAbbreviation(text: string, at: number): 'never' | 'maybe' | 'no' {
  const word = /(\S+)\.$/.exec(text.slice(Math.max(0, at - 12), at + 1))?.[1] ?? '';
  const last = word.split(/[\s(]/).pop() ?? '';
  if (/^\p{Lu}$/u.test(last) || isHonorific(last) || /^(?:No|St|Mt|Co|Nos)$/.test(last)) return 'never';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(last) || isAbbreviation(last)) return 'maybe';
  return 'no';
}

/** The sentences of `text` between `from` and `to`, trimmed, with offsets into `text`. */
function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) sentences.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  let start = from;
  END.lastIndex = from;
  for (let m = END.exec(text); m && m.index < to; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const abbreviation = endsAbbreviation(text, m.index);
      // After an abbreviation (Inc., Ltd.) the next capital may start a sentence or a name; a
      // sentence it ends is followed by a common opening word more often than not.
      if (abbreviation === 'never') continue;
      if (abbreviation === 'maybe' && !/^\s+(?:The|A|An|It|He|She|They|We|This|In|On|At|But|And)\b/.test(text.slice(end, end + 8))) continue;
    }
    push(start, Math.min(end, to));
    start = end;
  }
  push(start, to);
  return sentences;
}

/**
 * A headline in title case ("Jinyun County Holds Work Conference On Pumped-Storage Power
 * Station") capitalises every word, so its capitals say nothing about names.
 */
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** Adds each story's `sentences`: its body's, and its headline as the first where it is in sentence case. */
export function splitSentences(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    const { headline, bodyStart, bodyEnd } = story.layout;
    story.readsHeadline = !!headline && !isTitleCase(headline.text);
    story.sentences = [
      ...(story.readsHeadline ? [{ start: headline!.start, end: headline!.end, text: headline!.text }] : []),
      ...sentencesOf(doc.text, bodyStart, bodyEnd),
    ];
  }
  return doc;
}
