import type { EntityTable } from '../../entities.ts';
import type { RelationTable } from '../../relations.ts';
import type { EnglishDraft } from '../entities/draft.ts';
import type { Found } from '../mentions/found.ts';

/** One sentence as the relation readers see it: its names that are entities, in order. */
export interface Reading {
  text: string;
  items: Found[];
  draft: (f: Found) => EnglishDraft | undefined;
  entities: EntityTable<EnglishDraft>;
  relations: RelationTable<EnglishDraft>;
}

export const isBody = (d: EnglishDraft) => d.body !== undefined;

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
