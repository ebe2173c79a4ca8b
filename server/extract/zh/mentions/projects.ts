import type { Word } from './boundary.ts';
import type { TextSpan } from '../sentence.ts';
import { listedProjects } from './project-lists.ts';
import { plainProjects } from './project-plain.ts';
import { quotedProjects } from './project-quoted.ts';

export interface ProjectCandidate {
  name: string;
  from: number;
  to: number;
  /** The quoted proper part alone (红领金夕 for “红领金夕”攻坚项目), an alias where written alone. */
  proper?: string;
  /** The name less the place or topic written before its quoted part (“…”项目 for 永福镇“…”项目). */
  short?: string;
}

// 《鄞州区“无废工厂”创建1对1指导帮扶行动方案》: a name inside book-title marks is a document's.
const DOCUMENT_TITLE = /《[^《》]*》/g;

/**
 * The projects a sentence names. `text` is the sentence as the rules read it; a name read straight
 * from it is given as `written` on the page (体育(儿童)公园, not 体育（儿童）公园). `bodies` are the
 * organisations it names, which run a quoted project rather than begin its name; `places` the
 * places it names, which a base's name may open with.
 */
export function findProjects(
  text: string,
  words: readonly Word[],
  written = text,
  bodies: readonly TextSpan[] = [],
  places: readonly TextSpan[] = [],
): ProjectCandidate[] {
  let found = [...quotedProjects(text, words, bodies, places), ...plainProjects(text, words, places)];
  found.push(...listedProjects(text, words, found));
  if (text.includes('《')) {
    const documents = [...text.matchAll(DOCUMENT_TITLE)].map((d) => ({ from: d.index!, to: d.index! + d[0].length }));
    found = found.filter((p) => !documents.some((d) => p.from > d.from && p.to < d.to));
  }
  if (written === text) return found;
  return found.map((p) => (p.name === text.slice(p.from, p.to) ? { ...p, name: written.slice(p.from, p.to) } : p));
}
