import type { Draft } from '../article.ts';
import { pageSpan, sentenceOf, type ReadSentence } from '../page/sentences.ts';
import type { Relation, RelationType } from '../../types.ts';

/** A span in sentence-text offsets. */
export interface TextSpan {
  from: number;
  to: number;
}

export const spanOf = (a: TextSpan, b: TextSpan): TextSpan => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });

/** The relations of one story, each once, with every sentence that states it as evidence. */
export class RelationList {
  readonly list: Relation[] = [];
  private readonly seen = new Map<string, Relation>();

  add(type: RelationType, from: Draft, to: Draft, sentence: ReadSentence, span: TextSpan, title?: string): void {
    if (from === to) return;
    const key = `${type}|${from.name}|${to.name}|${title ?? ''}`;
    const evidence = { ...pageSpan(sentence, span.from, span.to), sentence: sentenceOf(sentence) };
    const known = this.seen.get(key);
    if (known) { known.evidence.push(evidence); return; }
    const relation: Relation = { type, from: from.name, to: to.name, attrs: title ? { title } : {}, evidence: [evidence] };
    this.seen.set(key, relation);
    this.list.push(relation);
  }
}
