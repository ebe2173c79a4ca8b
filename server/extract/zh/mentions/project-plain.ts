import { endsWord, type Word } from './boundary.ts';
import { BUILT_HEADS, PLAIN_HEADS } from './project-heads.ts';
import { saysOnlyKind } from './project-kinds.ts';
import { projectStart } from './project-start.ts';
import type { ProjectCandidate } from './projects.ts';
import type { TextSpan } from '../sentence.ts';
import {
  BASE_HEAD,
  BEFORE_JOINER,
  BEING_BUILT,
  BUILDS_AFTER,
  BUILT_AFTER,
  BUILT_BEFORE,
  EDITION,
  EVENT_HEADS,
  GENERIC_PROJECT_WORDS,
  GRADING_WORDS,
  KIND_WORDS,
  MIN_EVENT_PROPER,
  PLAN_HEADS,
  STUDY_CAMPAIGN,
  STUDY_HEAD,
} from '../vocab/projects.ts';

// Counted or ordinal phrases (两个项目, 一期工程, 第二批, 6大类项目) and 一 as a determiner (这一专用停车场) are
// not names; an edition (第九届…博览会) is part of an event's.
const ORDINAL =
  /^(?:第[一二三四五六七八九十0-9]+(?![一二三四五六七八九十0-9届])|一|[二两三四五六七八九十几多][个家项批座条处期]|[0-9]+[个家项批期]|[0-9一二三四五六七八九十]+大?类)/;
const ALL_HEADS = [...PLAIN_HEADS, ...BUILT_HEADS].sort((a, b) => b.length - a.length);
const COMPLETE = [...ALL_HEADS, ...BEFORE_JOINER];
const EVENTS: ReadonlySet<string> = new Set(EVENT_HEADS);
const PLANS: ReadonlySet<string> = new Set(PLAN_HEADS);
// Heads that say little of what the project is, so that what stands before them must say which one.
const GENERAL_HEADS: ReadonlySet<string> = new Set(['项目', '工程', ...BUILT_HEADS]);
// 综合楼项目工程: the name ends at 项目, the first of the two heads.
const SECOND_HEAD = /项目工程$/;
// The shortest name: a head and a proper part of at least two characters (党史学习教育; not 制约项目).
const MIN_NAME = 5;
// Where a clause ends: a facility's clause is what says it is being built.
const CLAUSE_BREAK = /[，；。：！？]/;
const OPEN_QUOTE = /[“‘]/;
const CLOSE_QUOTE = /[”’]/;
// A place where something is held (…文化广场举行) is a venue, not a facility being built.
const VENUE = /^(?:举行|召开|举办)/;

// Kinds of project written as a word of their own (专用停车场, 屋顶光伏项目), not a bare head; a
// sector before a general head (产业项目) is read by its own rule (铝型材加工产业项目 is named).
const SECTOR_KINDS = new Set(KIND_WORDS.flatMap((k) => [`${k}项目`, `${k}工程`]));
const KINDS_OF_PROJECT = [...GENERIC_PROJECT_WORDS].filter((g) => g.length >= 3 && !PLAIN_HEADS.includes(g) && !SECTOR_KINDS.has(g));

/** 规范化运营专用停车场: a verb before a kind of project (专用停车场) acts on it; the run is no name. */
function verbOnGeneric(name: string, to: number, words: readonly Word[]): boolean {
  const generic = KINDS_OF_PROJECT.find((g) => name.length > g.length && name.endsWith(g));
  if (!generic) return false;
  const verb = words.find((w) => w.start + w.word.length === to - generic.length);
  return !!verb && /^vn?$/.test(verb.tag);
}

/**
 * Whether a name says which one of its kind: an event its edition, more than its season, or
 * quotation marks around it (‘万亩油菜花节’); a study campaign its topic.
 */
function namesOne(name: string, head: string, proper: string, quoted: boolean): boolean {
  if (EVENTS.has(head)) return EDITION.test(name) || proper.length >= MIN_EVENT_PROPER || quoted;
  if (head === STUDY_HEAD) return STUDY_CAMPAIGN.test(name);
  return true;
}

/**
 * Whether the facility at [`from`, `to`) is presented as being built: its clause says so (…产业园
 * 开工, 建起了…加工厂), the name ends there (not 公园城市) and it is not a venue (…广场举行).
 */
function beingBuilt(text: string, words: readonly Word[], from: number, to: number): boolean {
  const next = words.find((w) => w.start === to);
  if ((next && /^n/.test(next.tag)) || VENUE.test(text.slice(to))) return false;
  let start = from,
    end = to;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  while (end < text.length && !CLAUSE_BREAK.test(text[end]!)) end++;
  const after = text.slice(to, end);
  return BUILT_BEFORE.test(text.slice(start, from)) || (BUILT_AFTER.test(after) && !BUILDS_AFTER.test(after));
}

/**
 * Unquoted names ending in a strong head (关键件精密机械加工制造项目, 缙云抽水蓄能电站, 第九届…博览会),
 * or in a facility's head where the clause builds it (…产业园开工).
 */
export function plainProjects(text: string, words: readonly Word[], places: readonly TextSpan[]): ProjectCandidate[] {
  const found: ProjectCandidate[] = [];
  const built = BEING_BUILT.test(text);
  for (const head of built ? ALL_HEADS : PLAIN_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const to = at + head.length;
      // 项目化 and 项目部 are other words; 项目建设 still ends the name at 项目.
      if (found.some((f) => f.to === to) || /^[化部]/.test(text.slice(to, to + 1)) || !(endsWord(words, to) || /^建设/.test(text.slice(to)))) continue;
      if (SECOND_HEAD.test(text.slice(Math.max(0, at - 2), to))) continue;
      let from = projectStart(text, words, at, to, COMPLETE);
      // A year opening a clause dates the project (2017年缙云抽水蓄能电站项目开工); after 的 it is
      // part of the name (主办的2023年…评选活动), as it is of a plan's (2025年新城发展行动方案).
      const year = /^[0-9]{4}年/.exec(text.slice(from, at));
      if (year && text[from - 1] !== '的' && !PLANS.has(head)) from += year[0].length;
      const name = text.slice(from, to);
      const proper = name.slice(0, -head.length);
      if (name.includes('“') || GENERIC_PROJECT_WORDS.has(name) || proper.length < 2 || name.length < MIN_NAME || ORDINAL.test(name)) continue;
      if (GRADING_WORDS.some((w) => proper.endsWith(w)) || /^(?:该|此|本|各|一批|亿元)/.test(name) || verbOnGeneric(name, to, words)) continue;
      if (
        !namesOne(name, head, proper, OPEN_QUOTE.test(text[from - 1] ?? '') && CLOSE_QUOTE.test(text[to] ?? '')) ||
        (head !== STUDY_HEAD && saysOnlyKind(proper, head, text.slice(Math.max(0, from - 4), from), text.slice(to, to + 4), !GENERAL_HEADS.has(head)))
      )
        continue;
      if (BUILT_HEADS.includes(head) && !PLAIN_HEADS.includes(head) && !beingBuilt(text, words, from, to)) continue;
      if (head.endsWith(BASE_HEAD) && PLAIN_HEADS.includes(head) && !built && !places.some((p) => p.from === from)) continue;
      found.push({ name, from, to });
    }
  }
  return found;
}
