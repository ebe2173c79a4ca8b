import type { Relation, RelationType, Sentence } from '../types.ts';
import { fullName, type ArticleEntities, type Draft } from './entities.ts';
import type { Found } from './found.ts';

// The relations of an article as they are read: one per (type, from, to, title), each with
// every span that states it, and what the readers of one sentence share.

interface Stated {
  type: RelationType;
  from: Draft;
  to: Draft;
  title?: string;
  evidence: { start: number; end: number; sentence: Sentence }[];
}

export class ArticleRelations {
  private readonly stated = new Map<string, Stated>();

  constructor(private readonly entities: ArticleEntities) {}

  add(type: RelationType, from: Draft, to: Draft, span: { start: number; end: number }, sentence: Sentence, title?: string): void {
    [from, to] = [this.entities.current(from), this.entities.current(to)];
    if (from === to) return;
    const key = `${type}|${fullName(from)}|${fullName(to)}|${title ?? ''}`;
    const evidence = { start: span.start, end: span.end, sentence };
    const existing = this.stated.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === span.start && e.end === span.end)) existing.evidence.push(evidence);
    } else this.stated.set(key, { type, from, to, ...(title ? { title } : {}), evidence: [evidence] });
  }

  has(type: RelationType, from: Draft, to?: Draft): boolean {
    return [...this.stated.values()].some((r) => r.type === type && r.from === this.entities.current(from) && (!to || r.to === this.entities.current(to)));
  }

  relations(): Relation[] {
    return [...this.stated.values()].map((r) => ({
      type: r.type,
      from: fullName(this.entities.current(r.from)),
      to: fullName(this.entities.current(r.to)),
      attrs: r.title ? { title: r.title } : {},
      evidence: r.evidence,
    }));
  }
}

/** One sentence as the relation readers see it: its names that are entities, in order. */
export interface Reading {
  text: string;
  items: Found[];
  draft: (f: Found) => Draft | undefined;
  entities: ArticleEntities;
  relations: ArticleRelations;
}

export const isBody = (d: Draft) => d.body !== undefined;

/** Reads a match of a sticky pattern at `at`. */
export function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The name written at `at`, or after a "the" there. */
export function foundAt(items: readonly Found[], text: string, at: number): Found | undefined {
  const skip = /^the\s+/i.exec(text.slice(at, at + 4))?.[0].length ?? 0;
  return items.find((f) => f.start === at || f.start === at + skip);
}

