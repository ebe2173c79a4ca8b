import type { Word } from '../mentions/boundary.ts';
import type { SentenceSubjects, Subject } from './subjects.ts';
import { CLAUSE_OPENERS, SUBJECT_LEAD_TAGS } from '../vocab/clauses.ts';

// Clauses end at these marks; a comma inside quotes (“强化…能力,促进…提升”主题) ends nothing.
const BREAK_CODES = new Set([...'，；：。！？—'].map((ch) => ch.charCodeAt(0)));
const OPEN_QUOTE = '“'.charCodeAt(0),
  CLOSE_QUOTE = '”'.charCodeAt(0);
const OPENERS = [...CLAUSE_OPENERS].sort((a, b) => b.length - a.length);
const LOCATIVE_MODIFIER = /^在[^，；：“”]{2,15}的$/;

/** Where each clause of a sentence starts, in order: 0, then after each clause break outside quotes. */
export function clauseStarts(text: string): number[] {
  const starts = [0];
  let quoted = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_QUOTE) quoted++;
    else if (code === CLOSE_QUOTE) quoted = Math.max(0, quoted - 1);
    else if (!quoted && BREAK_CODES.has(code) && i + 1 < text.length && starts[starts.length - 1] !== i + 1) starts.push(i + 1);
  }
  return starts;
}

/** The index (into `starts`) of the clause that holds offset `at`. */
export function clauseAt(starts: readonly number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

/** Where a clause's subject may stand: after its openers, and up to the first word that is no lead-in. */
export interface SubjectSlot {
  /** Where the clause's openers (据悉, 此外, 又如) end. */
  from: number;
  /** The start of the first word after them that is not a time word, number, adverb or conjunction. */
  until: number;
}

/**
 * The slot of the clause [`from`, `to`): a mention starting at or before `until` may be the
 * clause's subject. A body after a verb or a preposition (特聘…大学, 同市委党校, 被…工作室) is an
 * object, a partner or a place.
 */
export function subjectSlot(text: string, words: readonly Word[], from: number, to: number): SubjectSlot {
  let start = from;
  for (
    let opener = OPENERS.find((o) => text.startsWith(o, start));
    opener && start + opener.length < to;
    opener = OPENERS.find((o) => text.startsWith(o, start))
  ) {
    start += opener.length;
  }
  let until = to;
  for (const w of words) {
    if (w.start >= to) break;
    if (w.start < start || SUBJECT_LEAD_TAGS.test(w.tag)) continue;
    until = w.start;
    break;
  }
  return { from: start, until };
}

/** Whether a mention at `at` may be the subject of the clause with this slot. */
export function standsFirst(text: string, slot: SubjectSlot, at: number): boolean {
  // 在安昌街道的浙江捷众科技股份有限公司: a place phrase with 的 modifies the name after it.
  return at <= slot.until || (at > slot.from && LOCATIVE_MODIFIER.test(text.slice(slot.from, at)));
}

/** The subject of the clause that holds offset `at`. */
export const subjectAt = (s: SentenceSubjects, at: number): Subject | undefined => s.subjects[clauseAt(s.starts, at)];

/** Where a person's mention begins, with the titles written before the name (区委书记孟景伟). */
export function personStart(text: string, person: { from: number; title?: string }): number {
  const title = person.title;
  return title && text.slice(person.from - title.length, person.from) === title ? person.from - title.length : person.from;
}
