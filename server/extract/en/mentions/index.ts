import type { EnglishDocument } from '../document.ts';
import type { Line } from '../page/stories.ts';
import type { Found } from './found.ts';
import { readSentence } from './sentence.ts';

// A by-line's label is the title its persons hold ("Reporter: Zhang Xiuxiu"); "By" gives none.
const BYLINE_LABEL = /^(Writer|Reporter|Editor|Author|Photographer|Correspondent)s?\s*:/i;

/** A header line (by-line, page data) read like a sentence, its persons titled by its label. */
function readHeaderLine(text: string, line: Line): Found[] {
  const found = readSentence(text, { start: line.start, end: line.end, text: line.text });
  const label = BYLINE_LABEL.exec(line.text);
  if (label) {
    for (const f of found)
      if (f.type === 'PERSON' && !f.reference) f.title = { text: label[1]!.toLowerCase(), start: line.start, end: line.start + label[1]!.length };
  }
  return found;
}

/** Adds each story's `found` and `headerFound`: the names, short forms and descriptions each sentence and header line writes. */
export function findNames(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    story.found = story.sentences.map((s) => readSentence(doc.text, s));
    story.headerFound = story.layout.header.flatMap((line) => readHeaderLine(doc.text, line));
  }
  return doc;
}
