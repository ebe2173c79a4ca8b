import type { EntityType } from '../labels.ts';
import { spansOfBio, type LabelledSentence } from './bio.ts';

/**
 * Sentences of a pair of files, one sentence a line: the characters separated by spaces, and
 * their tags likewise (the MSRA split of NER-BERT-pytorch).
 */
export function readPaired(sentences: string, tagLines: string, types: Readonly<Record<string, EntityType>>): LabelledSentence[] {
  const texts = sentences.split('\n'),
    tags = tagLines.split('\n');
  const out: LabelledSentence[] = [];
  texts.forEach((line, k) => {
    const chars = line.trim().split(/ +/).filter(Boolean);
    const labels = (tags[k] ?? '').trim().split(/ +/).filter(Boolean);
    if (!chars.length) return;
    if (chars.length !== labels.length) throw new Error(`line ${k + 1}: ${chars.length} characters but ${labels.length} tags`);
    out.push({ text: chars.map((c) => (c.length === 1 ? c : '?')).join(''), spans: spansOfBio(labels, types) });
  });
  return out;
}
