import { isHan } from '../text.ts';
import { endsWithLevel } from '../vocab/levels.ts';
import { CREDIT_ROLES, MEDIA_ENDINGS, SOURCE_LABELS, UNNAMED_OUTLETS } from '../vocab/credits.ts';
import { isPersonName } from './person-names.ts';
import type { OrgCandidate } from './orgs.ts';
import type { PersonCandidate } from './persons.ts';

// Credits: who wrote, edited and photographed a story, and for which outlet. News pages write
// them in by-lines (记者 张秀秀 通讯员 王强), in brackets after the dateline (本报讯（记者 张秀秀）,
// 长云网讯（融媒体记者 杨燕）, 人民网太原12月12日电（王建）) and in labelled lines above or below the
// text (来源：菏泽日报 作者：胡德光, 编辑：王婉, 责任编辑：余凌). A reporter holds the role at the
// outlet the credit names; 本报 and 本网 name none.

export interface Credits {
  persons: PersonCandidate[];
  /** Outlets the credits name (media bodies). */
  orgs: OrgCandidate[];
  /** What the credits cover: the other finders leave these spans alone. */
  spans: Array<{ from: number; to: number }>;
}

const ROLES = [...CREDIT_ROLES].sort((a, b) => b[0].length - a[0].length);
const ROLE = new RegExp(ROLES.map(([written]) => written.replace(/(.)(?=.)/gu, '$1\\s*')).join('|'), 'gu');
const titleOf = (written: string) => ROLES.find(([w]) => w === written.replace(/\s/g, ''))?.[1] ?? written;
const SOURCES = new RegExp(`(?:${SOURCE_LABELS.join('|')})\\s*[:：]\\s*`, 'gu');
const ENDINGS = [...MEDIA_ENDINGS].sort((a, b) => b.length - a.length);
// 长云网讯（…）, 本报讯（…）, 人民网太原12月12日电（…）, 湖南日报11月8日讯（…）, 央广网银川1月19日
// 消息（…）: the outlet (and the place it files from), the reporters in brackets.
const DATELINE = /([\u4e00-\u9fff·]{2,20}?)(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:电|讯|消息)\s*[（(]([^）)]{1,40})[）)]/gu;
const MAX_OUTLET = 14;
const SENTENCE_CHARS = /[在的了和与及是为对将把从于行]/;
const MIN_PROPER = 2;

/** The outlet a run of text names, where it ends in a media word with a proper part before it (海南日报, 古田网). */
function isOutlet(name: string): boolean {
  const ending = ENDINGS.find((e) => name.endsWith(e));
  return !!ending && name.length - ending.length >= MIN_PROPER && !UNNAMED_OUTLETS.includes(name);
}

/** The outlets written right before `at` (大河报·大河客户端记者 → 大河报, 大河客户端). */
function outletsBefore(text: string, at: number): OrgCandidate[] {
  let from = at;
  // An outlet's name holds no particle or verb of the sentence before it (…在西宁举行长云网).
  while (from > 0 && at - from < MAX_OUTLET && (isHan(text[from - 1]) || text[from - 1] === '·') && !SENTENCE_CHARS.test(text[from - 1]!)) from--;
  const found: OrgCandidate[] = [];
  for (let start = from; start < at; start++) {
    const run = text.slice(start, at);
    if (!isOutlet(run.split('·')[run.split('·').length - 1]!)) continue;
    let cursor = start;
    for (const part of run.split('·')) {
      if (isOutlet(part)) found.push(outlet(part, cursor));
      cursor += part.length + 1;
    }
    break;
  }
  return found;
}

const outlet = (name: string, at: number): OrgCandidate => ({ name, from: at, to: at + name.length, kind: 'media', headStart: at });

/** The outlet that starts at `at`, if one does (责任编辑：余凌古田网). */
function outletAt(text: string, at: number): OrgCandidate | undefined {
  for (let to = Math.min(text.length, at + MAX_OUTLET); to > at + MIN_PROPER; to--) {
    const name = text.slice(at, to);
    if (/^[\u4e00-\u9fff]+$/.test(name) && isOutlet(name) && !isHan(text[to])) return outlet(name, at);
  }
  return undefined;
}

/** Whether a credit's list of names may stop at `at`: a separator, the end, a role, an outlet or a date. */
function nameEndsAt(text: string, at: number): boolean {
  if (at >= text.length || !isHan(text[at])) return true;
  ROLE.lastIndex = 0;
  return ROLES.some(([w]) => text.startsWith(w, at)) || outletAt(text, at) !== undefined || /^(?:报道|摄|供图|整理|通讯员)/.test(text.slice(at));
}

/** The person named at `at` in a credit: two to four characters, 王 强 set with a space. */
function creditNameAt(text: string, at: number): { name: string; to: number } | undefined {
  const spaced = /^([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])/.exec(text.slice(at));
  if (spaced && isPersonName(spaced[1]! + spaced[2]!)) return { name: spaced[1]! + spaced[2]!, to: at + 3 };
  for (const length of [3, 2, 4]) {
    const name = text.slice(at, at + length);
    // An outlet after the names (责任编辑：余凌古田网) is where they work, not one more name.
    if (name.length === length && isPersonName(name) && !isOutlet(name) && nameEndsAt(text, at + length)) return { name, to: at + length };
  }
  return undefined;
}

/** The names a credit lists from `at`, separated by spaces or 、. */
function namesFrom(text: string, at: number): Array<{ name: string; from: number; to: number }> {
  const names: Array<{ name: string; from: number; to: number }> = [];
  let cursor = at;
  for (;;) {
    while (/[\s:：/、]/.test(text[cursor] ?? '')) cursor++;
    const read = creditNameAt(text, cursor);
    if (!read) return names;
    names.push({ name: read.name, from: cursor, to: read.to });
    cursor = read.to;
  }
}

/** Reads every credit a sentence writes. */
export function readCredits(text: string): Credits {
  const credits: Credits = { persons: [], orgs: [], spans: [] };
  const person = (p: { name: string; from: number; to: number }, title: string, outlets: readonly OrgCandidate[]) => {
    if (credits.persons.some((q) => q.from === p.from)) return;
    credits.persons.push({ ...p, ...(title ? { title } : {}), posts: outlets.map((org) => ({ title, org })) });
    credits.spans.push({ from: p.from, to: p.to });
  };
  const addOutlet = (o: OrgCandidate) => {
    if (credits.orgs.some((q) => q.from === o.from)) return;
    credits.orgs.push(o);
    credits.spans.push({ from: o.from, to: o.to });
  };
  // 来源：X names the outlet; 编辑 and 责编 in the same line hold their title there.
  const sources: OrgCandidate[] = [];
  for (const label of text.matchAll(SOURCES)) {
    const at = label.index! + label[0].length;
    const value = /^[\u4e00-\u9fff·—]{2,20}/.exec(text.slice(at))?.[0] ?? '';
    let cursor = at;
    for (const part of value.split(/[·—]/)) {
      const end =
        ROLES.map(([w]) => part.indexOf(w))
          .filter((i) => i >= 0)
          .sort((a, b) => a - b)[0] ?? part.length;
      const name = part.slice(0, end);
      // A source may be a person or a town as well as an outlet (来源：厍东关乡).
      if (isPersonName(name)) person({ name, from: cursor, to: cursor + name.length }, '', []);
      else if (name.length >= MIN_PROPER && !endsWithLevel(name) && !/(?:街道|村|社区)$/.test(name)) sources.push(outlet(name, cursor));
      cursor += part.length + 1;
    }
  }
  sources.forEach(addOutlet);
  // 长云网讯（融媒体记者 杨燕）: the reporters in the brackets work for the outlet before 讯.
  const brackets: Array<{ from: number; to: number; outlets: OrgCandidate[] }> = [];
  for (const dateline of text.matchAll(DATELINE)) {
    const head = dateline[1]!;
    const name = [...head].map((_, i) => head.slice(0, head.length - i)).find(isOutlet);
    const named = name ? [outlet(name, dateline.index!)] : [];
    named.forEach(addOutlet);
    const inside = dateline.index! + dateline[0].lastIndexOf(dateline[2]!);
    brackets.push({ from: inside, to: inside + dateline[2]!.length, outlets: named });
  }
  for (const role of text.matchAll(ROLE)) {
    const at = role.index!;
    const title = titleOf(role[0]);
    const names = namesFrom(text, at + role[0].length);
    if (!names.length) continue;
    const before = outletsBefore(text, at);
    // An editor's site is the source the line names, or the outlet written right after the names (余凌古田网).
    const after = outletAt(text, names[names.length - 1]!.to);
    const bracket = brackets.find((b) => at >= b.from && at < b.to);
    const outlets = before.length ? before : after ? [after] : bracket ? bracket.outlets : /编|审|校/.test(title) ? sources : [];
    outlets.forEach(addOutlet);
    credits.spans.push({ from: at, to: at + role[0].length });
    for (const n of names) person(n, title, title === '作者' ? [] : outlets);
  }
  // Names in the brackets without a role (人民网太原12月12日电（王建）) are the reporters.
  for (const b of brackets) for (const n of namesFrom(text, b.from)) person(n, '', []);
  return credits;
}

// A line that is mostly credits (来源：大河客户端 编辑：王婉) is a by-line, not a headline or body text.
const CREDIT_SHARE = 0.5;

/** Whether a line is a by-line: credits cover most of its characters. */
export function isCreditLine(text: string): boolean {
  const { spans, persons } = readCredits(text);
  if (!persons.length) return false;
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.from; i < s.to; i++) covered.add(i);
  const han = [...text].filter((ch) => isHan(ch)).length;
  return han > 0 && covered.size >= CREDIT_SHARE * han;
}

/** Names in a line of names alone (the author line under a headline: 陈虹雯 戴予颖; 单多敏 摄). */
export function authorLineNames(text: string): PersonCandidate[] {
  const credit = /^(.*?)\s*摄$/.exec(text);
  const names = (credit ? credit[1]! : text).trim();
  if (!/^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*$/.test(names)) return [];
  const people: PersonCandidate[] = [];
  for (const name of names.matchAll(/[\u4e00-\u9fff]{2,3}/g)) {
    if (!isPersonName(name[0])) return [];
    const at = text.indexOf(names) + name.index!;
    const title = credit ? '摄影' : '';
    people.push({ name: name[0], from: at, to: at + name[0].length, ...(title ? { title } : {}), posts: title ? [{ title }] : [] });
  }
  return people;
}
