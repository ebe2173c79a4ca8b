import type { EntityType } from '../labels.ts';
import { spansOfBio, type LabelledSentence } from './bio.ts';

/**
 * Sentences of a character-per-line file: "char<space or tab>tag", a blank line between
 * sentences (People's Daily, MSRA, Weibo, Resume). Weibo writes a segmentation digit after the
 * character (科0); only the first character of the column is the text.
 */
export function readConll(content: string, types: Readonly<Record<string, EntityType>>): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let chars: string[] = [],
    tags: string[] = [];
  const flush = () => {
    if (chars.length) sentences.push({ text: chars.join(''), spans: spansOfBio(tags, types) });
    chars = [];
    tags = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    const cut = line.search(/[ \t](?=\S+$)/);
    if (cut <= 0) continue;
    chars.push(String.fromCodePoint(line.codePointAt(0)!).length === 1 ? line[0]! : '?');
    tags.push(line.slice(cut + 1));
  }
  flush();
  return sentences;
}
