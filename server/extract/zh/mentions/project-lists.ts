import type { Word } from './boundary.ts';
import { projectStart } from './project-start.ts';
import type { ProjectCandidate } from './projects.ts';
import { GENERIC_PROJECT_WORDS } from '../vocab/projects.ts';

// …、…等3个项目, …、…等项目22个, …等23个重点项目: what the items of a list before it are. Categories
// (…等6大类项目) are kinds, not projects.
const PROJECTS_LIST_END = /等(?:[0-9一二三四五六七八九十百]+[个项])?(?:重点|重大|签约|产业)?项目/g;
const CLAUSE_BREAK = /[，；。：！？]/;
// An item is a name: a short run of Han characters, digits, the middle dot, quotes and brackets.
const ITEM = /^[\u4e00-\u9fff0-9·“”（）]{3,24}$/;
const MIN_ITEMS = 2;

/**
 * The items of a list said to be projects (签约智能芯片封装、某某山居、某县首饰生产基地等项目22个):
 * each item is a project as written, though it has no head of its own. Items already found as
 * projects stay as found.
 */
export function listedProjects(text: string, words: readonly Word[], found: readonly ProjectCandidate[]): ProjectCandidate[] {
  if (!text.includes('等')) return [];
  const listed: ProjectCandidate[] = [];
  for (const end of text.matchAll(PROJECTS_LIST_END)) {
    const to = end.index!;
    let start = to;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const items: Array<{ from: number; to: number }> = [];
    for (let itemEnd = to, at = text.lastIndexOf('、', to - 1); itemEnd > start; at = text.lastIndexOf('、', at - 1)) {
      const itemStart = at >= start ? at + 1 : projectStart(text, words, itemEnd, itemEnd, []);
      items.unshift({ from: Math.max(itemStart, start), to: itemEnd });
      if (at < start) break;
      itemEnd = at;
    }
    if (items.length < MIN_ITEMS) continue;
    for (const item of items) {
      const name = text.slice(item.from, item.to);
      if (!ITEM.test(name) || GENERIC_PROJECT_WORDS.has(name) || found.some((p) => p.from < item.to && item.from < p.to)) continue;
      listed.push({ name, ...item });
    }
  }
  return listed;
}
