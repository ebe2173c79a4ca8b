import { nameStart, type Word } from './boundary.ts';
import { ACTING_ON_PROJECTS, BUILDING_VERBS, QUANTIFIERS } from '../vocab/projects.ts';
import { POSITION_TITLES } from '../vocab/titles.ts';

const MAX_PROJECT = 36;
const ACTING: ReadonlySet<string> = new Set(ACTING_ON_PROJECTS);
// jieba may write two such verbs as one word (检查指导, 视察调研).
const acting = (word: string) => ACTING.has(word) || (word.length >= 4 && ACTING.has(word.slice(0, 2)));
const TITLES: ReadonlySet<string> = new Set(POSITION_TITLES);
const BUILDING: ReadonlySet<string> = new Set(BUILDING_VERBS);
// A short place or qualifier in brackets inside a name (…生产基地（杞县）项目, 体育（儿童）公园).
const BRACKETED = /（[\u4e00-\u9fff]{1,8}）$/;
// Parts of speech that never open or sit inside a project's name when two characters or more long:
// prepositions (随着, 关于) and adverbs (更是, 正在). An adverb right before the head may be jieba's
// reading of a word of the name (城市更新项目: 更新/d).
const OUTSIDE_TAG = /^(?:p|d)$/;
const LEADING_JOINER = /^[和与及、]/;

/**
 * The end of the last word in [`from`, `headStart`) that stands outside a project's name: a verb
 * by which someone acts on the project (视察…项目, 宣布项目开工, 签约…项目), the title of the person
 * who does (副区长朱效洁通报…方案), a preposition or an adverb. Verbs of building stay: they are
 * part of the name (旅游开发项目, 垃圾治理一体化项目).
 */
function outsideEnd(words: readonly Word[], from: number, headStart: number): number | undefined {
  let end: number | undefined;
  for (const w of words) {
    if (w.start < from) continue;
    const wordEnd = w.start + w.word.length;
    if (wordEnd > headStart) break;
    const outside = OUTSIDE_TAG.test(w.tag) && w.word.length >= 2 && (w.tag === 'p' || wordEnd < headStart);
    if (outside || acting(w.word) || TITLES.has(w.word)) end = wordEnd;
  }
  return end;
}

/**
 * Where an unquoted project name ending at `end` begins, reading left from its head at
 * `headStart`: as any name (`nameStart`), with a verb of building right before the head (开发 in
 * 旅游开发项目) read as part of it, on past a short bracketed part, and not before someone acting
 * on it. A name before a joiner (和, 与) that ends in one of `complete` is a name of its own.
 */
export function projectStart(text: string, words: readonly Word[], headStart: number, end: number, complete: readonly string[]): number {
  const isComplete = (before: string, after: string) => before === '' || after === '' || complete.some((h) => before.endsWith(h));
  const read = (from: number) => nameStart(text, words, from, end, MAX_PROJECT, 'project', 0, isComplete);
  let from = read(headStart);
  const verb = from === headStart ? words.find((w) => w.start + w.word.length === headStart) : undefined;
  if (verb && BUILDING.has(verb.word)) from = read(verb.start);
  // A place word after a noun is part of the place it sits on (一河两岸, 海峡两岸), not before the name.
  const at = words.findIndex((w) => w.start + w.word.length === from);
  if (at > 0 && words[at]!.tag === 'f' && words[at]!.word.length >= 2 && /^(?:n|ns|nz|m)$/.test(words[at - 1]!.tag)) from = read(words[at]!.start);
  for (let bracket = BRACKETED.exec(text.slice(Math.max(0, from - 10), from)); bracket; bracket = BRACKETED.exec(text.slice(Math.max(0, from - 10), from))) {
    const open = from - bracket[0].length;
    const before = read(open);
    if (before === open) break;
    from = before;
  }
  from = outsideEnd(words, from, headStart) ?? from;
  // A joiner left at the start (签约和…产业园开工) joined this name to the one before it.
  if (LEADING_JOINER.test(text.slice(from, headStart))) from++;
  const quantifier = QUANTIFIERS.find((q) => text.startsWith(q, from));
  return quantifier && from + quantifier.length < headStart ? from + quantifier.length : from;
}
