import type { TextSpan } from '../sentence.ts';
import { PROGRAMME_ENDINGS, REFERRING_HEADS } from '../vocab/projects.ts';

/** The determiner every reference opens with, for a quick test of a sentence. */
export const PROJECT_REFERENCE_MARK = '该';
// 该项目, 该工程, 该产业园: a project the story named before, referred to by its kind.
export const PROJECT_REFERENCE = new RegExp(`${PROJECT_REFERENCE_MARK}(?:${REFERRING_HEADS.join('|')})`, 'g');

const PROGRAMME = new RegExp(`(?:${PROGRAMME_ENDINGS.join('|')})$`);
// 该项目 and 该工程 refer to a thing built or run, not a campaign or an event (…专项整治, …文化节).
const GENERAL = new Set(['项目', '工程']);

/**
 * Where a sentence refers to a project named before it by 该 and the project's kind, with the
 * project it refers to: the last one named (`named`, in reading order) of that kind.
 */
export function projectReferences(text: string, named: readonly string[]): Array<TextSpan & { name: string }> {
  const found: Array<TextSpan & { name: string }> = [];
  for (const r of text.matchAll(PROJECT_REFERENCE)) {
    const kind = r[0].slice(PROJECT_REFERENCE_MARK.length);
    const name = [...named].reverse().find((n) => (GENERAL.has(kind) ? !PROGRAMME.test(n) : n.endsWith(kind)));
    if (name) found.push({ from: r.index!, to: r.index! + r[0].length, name });
  }
  return found;
}
