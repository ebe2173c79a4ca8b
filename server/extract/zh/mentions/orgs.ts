import { endsWord, nameStart, type Word } from './boundary.ts';
import type { PlaceCandidate } from './places.ts';
import { LEVEL_WORDS, leadingLevel, startsWithLevel, type RelativeLevel } from '../vocab/levels.ts';
import {
  BODY_PREFIXES,
  DEMOCRATIC_PARTIES,
  GENERIC_ORGS,
  GRADE_WORDS,
  NATIONAL_BODIES,
  NATIONAL_SHORT_FORMS,
  NOT_BODIES,
  ORG_ENDINGS,
  TASK_BODIES,
  VERBS_IN_NAMES,
  type OrgKind,
} from '../vocab/orgs.ts';
import { PERSON_ROLES } from '../vocab/titles.ts';
import { divisionsNamed, divisionsStemmed, fullNameAt } from '../../../gazetteer/divisions.ts';
import { isAllHan } from '../text.ts';
import { PLACE_ENDINGS } from '../vocab/places.ts';
import { UNQUOTED_PROJECT_HEADS } from '../vocab/projects.ts';
import { POSITION_TITLES } from '../vocab/titles.ts';

export interface OrgCandidate {
  name: string;
  from: number;
  to: number;
  kind: OrgKind;
  /** Where the ending starts: the name before it is the body's owner (城市副中心 in …管委会). */
  headStart: number;
  /** Named after a level word alone (区委, 市交通运输局): the level it refers to. */
  relative?: RelativeLevel;
  /** No owner written at all (组织部, 管委会): only a title list can say whose it is. */
  bare?: boolean;
}

const MAX_ORG = 28;
const byLastChar = new Map<string, Array<readonly [string, OrgKind]>>();
for (const entry of [...ORG_ENDINGS].sort((a, b) => b[0].length - a[0].length)) {
  const last = entry[0][entry[0].length - 1]!;
  byLastChar.set(last, [...(byLastChar.get(last) ?? []), entry]);
}
// Committees of a place, which are complete with a level word alone (区委 is the district's).
const PLACE_COMMITTEES = new Set(['区委', '市委', '县委', '省委', '镇委', '旗委', '州委']);
// Bodies that belong to whichever body a title list names before them.
const BARE_BODIES = /^(?:组织部|宣传部|统战部|政法委|管委会|党委|党工委|纪委)$/;
// An ending inside a title (局 in 局长, 部 in 学部委员) does not end a name there.
function titleAt(text: string, to: number): boolean {
  for (let k = 1; k < LONGEST_TITLE && k <= to; k++) {
    if (TITLES_BY_FIRST.get(text[to - k]!)?.some((t) => t.length > k && text.startsWith(t, to - k))) return true;
  }
  return false;
}
// Titles and endings by their first character, so a position is checked against the few that could start there.
const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
const TITLES_BY_FIRST = byFirstChar(POSITION_TITLES);
const ENDINGS_BY_FIRST = byFirstChar(ORG_ENDINGS.map(([e]) => e));
const LONGEST_TITLE = Math.max(...POSITION_TITLES.map((t) => t.length));
const startsAt = (map: Map<string, string[]>, text: string, at: number) => map.get(text[at] ?? '')?.some((w) => text.startsWith(w, at)) ?? false;
// An ending that is the start of a longer one (政协 in 政协工委) ends nothing there.
const longerEndingAt = (text: string, headStart: number, word: string) =>
  ORG_ENDINGS.some(([e]) => e.length > word.length && e.startsWith(word) && text.startsWith(e, headStart));

// A one-character ending (局) ends a name only as a word of its own or a long compound
// (公安局): 格局 and 大局 are words that merely end in it.
function standsAsWord(words: readonly Word[], at: number): boolean {
  const word = words.find((w) => w.start <= at && w.start + w.word.length > at);
  return !word || word.word.length === 1 || word.word.length >= 3;
}

const COMPANY_ENDINGS = ORG_ENDINGS.filter(([, k]) => k === 'company').map(([e]) => e);

// Bodies whose names hold no verbs (延伸政协 is 延伸 + 政协); company names may (抽水蓄能有限公司).
const VERB_FREE = new Set<OrgKind>(['government', 'party', 'judicial', 'association', 'education', 'media']);
// Public bodies are named by their place (认真落实市人大常委会 is 认真落实 + 市人大常委会).
const PLACE_NAMED = new Set<OrgKind>(['government', 'party', 'judicial', 'media']);

// Words that end the sentence's run before a name rather than begin the name: verbs, adverbs,
// time words, prepositions (认真落实市人大常委会, 当前吕梁市人大, 整体托管韩城市人民医院).
const RUN_TAG = /^(?:v|vd|d|ad|t|p|c|m|f|r|z|l|i)$/;
// A longer run of nouns before a place is the sentence too (…新路径湖南日报), where a name's own
// proper part before its place would be short.
const MAX_PROPER_BEFORE_PLACE = 4;

/**
 * Where a public body's name begins when a place, or a level word alone, stands inside what was
 * read as its owner (认真落实市人大常委会, 代表旗委常委会): there, where what comes before is the
 * sentence going on. A prefix such as 中共, a place chain (北京市通州区), a park (中关村科技园通州园)
 * or a body whose branch this is (人民日报社天津分社) stays.
 */
function placeStart(text: string, words: readonly Word[], from: number, headStart: number, places: readonly PlaceCandidate[]): number {
  // A name that opens with a place is named by it (天津市援助甘肃前线指挥部), whatever place follows.
  if (places.some((p) => p.from === from)) return from;
  for (let at = from + 1; at < headStart; at++) {
    const wordStart = words.some((w) => w.start === at);
    const place = places.some((p) => p.from === at);
    const levelWord = leadingLevel(text.slice(at, headStart))?.[0];
    const levelAlone = wordStart && !!levelWord && /^委?$/.test(text.slice(at + levelWord.length, headStart)) && !places.some((p) => p.from < at && p.to > at);
    if (!place && !levelAlone) continue;
    const before = text.slice(from, at);
    const owned = [...ORG_ENDINGS, ...PLACE_ENDINGS].some(([e]) => before.endsWith(e));
    if (places.some((p) => p.to === at) || BODY_PREFIXES.includes(before) || owned || before.includes('“')) return from;
    const last = words.filter((w) => w.start < at && w.start >= from).pop();
    // 代表旗委常委会: a role word before a body is the sentence's verb, not the body's name.
    const role = last && (PERSON_ROLES.includes(last.word) || POSITION_TITLES.includes(last.word));
    return (last && RUN_TAG.test(last.tag)) || role || before.length > MAX_PROPER_BEFORE_PLACE ? at : from;
  }
  return from;
}
/**
 * Any other body (a hospital, a company) may hold a verb in its name (抽水蓄能有限公司), but not one
 * right before a place that opens the rest (…整体托管韩城市人民医院): there the sentence runs on.
 */
function afterVerbBeforePlace(words: readonly Word[], from: number, headStart: number, places: readonly PlaceCandidate[]): number {
  for (const place of places) {
    if (place.from <= from || place.from >= headStart) continue;
    const last = words.filter((w) => w.start >= from && w.start + w.word.length === place.from).pop();
    if (last && last.tag === 'v' && last.word.length >= 2 && !VERBS_IN_NAMES.has(last.word)) return place.from;
  }
  return from;
}
const COMPLETE_ENDINGS = [
  ...ORG_ENDINGS.map(([e]) => e),
  ...PLACE_ENDINGS.map(([e]) => e),
  ...UNQUOTED_PROJECT_HEADS,
  ...POSITION_TITLES,
  ...PERSON_ROLES,
  '骨干',
  '基地',
  '镇',
  '街道',
  '区',
  '县',
  '市',
];
// 和/与 between two names: the left one is complete (应急管理局与区检察院), or the right one starts
// with a level word (与区发改委) or a place written in full (和南通市人大常委会). In 经济与管理学院
// none holds, so it is one name.
const coordinated = (before: string, _between: string, rest: string) =>
  COMPLETE_ENDINGS.some((e) => before.endsWith(e)) || startsWithLevel(rest) || fullNameAt(rest, 0) !== undefined;

const COMMON_NOUN = /^(?:n|vn|v|a|an)$/;
const GRADED = new RegExp(`^(?:${GRADE_WORDS.join('|')})+$`);
/** Whether a body's name is a grade and a kind (三级甲等医院, 国家级医院): no one body. */
export const isGradedKind = (name: string) => ORG_ENDINGS.some(([e]) => name.endsWith(e) && GRADED.test(name.slice(0, -e.length)));
const PLACES_SHARING_A_BODY = /((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})([0-9一二三四五六七八九十两]+个)?(社区|村)/g;
const ORG_KIND = new Map(ORG_ENDINGS);

// Kinds a list names its members by: 亚迪纳、九彩龙等企业 are companies.
const LIST_KINDS: ReadonlyArray<readonly [string, OrgKind]> = [
  ['企业', 'company'],
  ['公司', 'company'],
  ['商会', 'association'],
  ['学校', 'education'],
  ['媒体', 'media'],
];
const MEDIA_NAME = /(?:报|台|网|刊)$/;
// 亚迪纳、九彩龙等企业; 人民政协报、团结报等20余家媒体.
const LISTED_MEMBERS = new RegExp(
  `((?:[\\u4e00-\\u9fff]{2,6}、)+[\\u4e00-\\u9fff]{2,6})等(?:[0-9一二三四五六七八九十百多余几]+家)?(${LIST_KINDS.map(([k]) => k).join('|')})`,
  'g',
);

/** “五老带六小”“指南针”等志愿服务队: one body per quoted name, the shared ending written out. */
function quotedMembers(text: string, headStart: number, to: number, kind: OrgKind): OrgCandidate[] {
  const quotes = /((?:“[^“”]{2,12}”)+)等$/.exec(text.slice(Math.max(0, headStart - 60), headStart));
  if (!quotes) return [];
  let at = headStart - quotes[0].length;
  return quotes[1]!.match(/“[^“”]+”/g)!.map((q) => {
    const member = { name: q + text.slice(headStart, to), from: at, to: at + q.length, kind, headStart: at + q.length };
    at += q.length;
    return member;
  });
}

/**
 * Names that share one ending written once: 城西、城北党群服务站 gives one station each, and
 * 亚迪纳、九彩龙等企业 one company each.
 */
function sharedEndings(text: string, words: readonly Word[], found: readonly OrgCandidate[]): OrgCandidate[] {
  const shared: OrgCandidate[] = [];
  const known = (from: number, to: number) => found.some((f) => f.from < to && from < f.to);
  for (const org of found) {
    const owner = text.slice(org.from, org.headStart);
    // The item before the 、 is as long as this one's own part (城西、城北), as parallel items are.
    const item = text.slice(org.from - owner.length - 1, org.from - 1);
    // 贵州 of 贵州日报 is a province's short form: 中国旅游报、贵州日报 share no ending.
    const isPlace = (name: string) =>
      divisionsNamed(name).length > 0 || divisionsStemmed(name).some((d) => d.tier <= 2) || NATIONAL_BODIES.some(([n]) => n === name);
    // An item that ends like a body or a title (分局、水利局; 副部长、省老干局) is a name or a post of its own.
    const complete = (name: string) => COMPLETE_ENDINGS.some((e) => name.endsWith(e));
    if (
      text[org.from - 1] === '、' &&
      owner.length >= 2 &&
      owner.length <= 3 &&
      item.length === owner.length &&
      isAllHan(item) &&
      !isPlace(owner) &&
      !isPlace(item) &&
      !complete(item) &&
      !known(org.from - item.length - 1, org.from - 1)
    ) {
      const at = org.from - item.length - 1;
      shared.push({ name: item + text.slice(org.headStart, org.to), from: at, to: at + item.length, kind: org.kind, headStart: at + item.length });
    }
  }
  // 黄庄、向阳、东街、英庄4个社区党群服务中心: places listed by their proper parts, a count, and the
  // place word and body they share; one body per place, written out.
  for (const list of text.matchAll(PLACES_SHARING_A_BODY)) {
    const head =
      list[3]! +
      (ENDINGS_BY_FIRST.get(text[list.index! + list[0].length] ?? '')
        ?.filter((e) => text.startsWith(e, list.index! + list[0].length))
        .sort((a, b) => b.length - a.length)[0] ?? '');
    if (head === list[3]) continue;
    const items = list[1]!.split('、');
    items[0] = items[0]!.slice(-items[1]!.length);
    let at = list.index! + list[1]!.length - items.join('、').length;
    for (const item of items) {
      if (!known(at, at + item.length))
        shared.push({ name: item + head, from: at, to: at + item.length, kind: ORG_KIND.get(head.slice(list[3]!.length))!, headStart: at + item.length });
      at += item.length + 1;
    }
  }
  for (const list of text.matchAll(LISTED_MEMBERS)) {
    const kind = LIST_KINDS.find(([k]) => k === list[2])![1];
    const names = list[1]!.split('、');
    // The first item starts after the verb that introduces the list (加快推进亚迪纳).
    const head = names[0]!;
    const verb = words.filter((w) => w.start >= list.index! && w.start < list.index! + head.length && /^(?:v|p|d|c)$/.test(w.tag)).pop();
    let at = list.index!;
    if (verb) {
      names[0] = head.slice(verb.start + verb.word.length - at);
      at = verb.start + verb.word.length;
    }
    for (const name of names) {
      // 矿产、食品、医药等企业 lists kinds of business, not companies: a common word names no one. A
      // paper or a station is named like one (团结报), and 报纸、电视等媒体 are kinds again.
      const common = words.some((w) => w.start === at && w.word === name && COMMON_NOUN.test(w.tag)) && !(kind === 'media' && MEDIA_NAME.test(name));
      if (name.length < 2 || common) {
        at += name.length + 1;
        continue;
      }
      if (!known(at, at + name.length)) shared.push({ name, from: at, to: at + name.length, kind, headStart: at + name.length });
      at += name.length + 1;
    }
  }
  return shared;
}

// Whose committee of a place it is: the Party's (中共祁连县委), the League's (共青团贵州省委, an
// association) or a democratic party's (民革贵州省委).
const PARTY_PREFIXES = ['中国共产党', '中共', '共青团', ...DEMOCRATIC_PARTIES];

// Endings of a branch, named after the body it belongs to and the place it serves.
const BRANCH_ENDINGS = ['分社', '分局', '分公司', '分院', '分行', '支行', '分会', '分中心', '派出所', '法庭', '检察室'];

// A committee's name right before 政府: 县委县政府 (the government's level written again) or 县委政府.
const JOINT_GOVERNMENT = /([省市区县镇乡旗州])委([省市区县镇乡旗州]?)$/;

// National bodies by their full names and their fixed short forms, longest first.
const NATIONAL_KIND = new Map(NATIONAL_BODIES);
const NATIONAL_NAMES: ReadonlyArray<readonly [name: string, kind: OrgKind]> = [
  ...NATIONAL_BODIES,
  ...NATIONAL_SHORT_FORMS.map(([short, full]) => [short, NATIONAL_KIND.get(full)!] as const),
].sort((a, b) => b[0].length - a[0].length);

// The sections of a body, named only after it (…乡村振兴局社会帮扶处, …指挥部产业组, 市政府办四科,
// …纪委监委党风政风监督室). A group sent to look at something (考察组, 调研组) is a delegation, and a
// room (教研室) of a school is no section the news names.
const SECTION = /^(?:[\u4e00-\u9fff0-9]{1,6}(?:处|科)|[\u4e00-\u9fff]{1,4}监督室|[\u4e00-\u9fff]{2,4}组)$/;
const DELEGATION = /(?:考察|调研|检查|督导|工作|领导|专家|评审|宣讲|采访)组$/;
const MAX_SECTION_NAME = 8;

/** A section written right after the body it belongs to, or undefined. */
function sectionAt(text: string, words: readonly Word[], found: readonly OrgCandidate[], to: number): OrgCandidate | undefined {
  const body = found.filter((o) => !o.bare && o.to < to && to - o.to <= MAX_SECTION_NAME).sort((a, b) => b.to - a.to || a.from - b.from)[0];
  const section = body && text.slice(body.to, to);
  // 局长耿文科 ends in 科 too: a title in it makes it a post and a name, not a section.
  if (!body || !section || !SECTION.test(section) || DELEGATION.test(section) || !endsWord(words, to) || POSITION_TITLES.some((t) => section.includes(t)))
    return undefined;
  return { name: text.slice(body.from, to), from: body.from, to, kind: body.kind, headStart: body.to, ...(body.relative ? { relative: body.relative } : {}) };
}

/** The organisations written in a sentence, nested ones included (…有限公司 and …有限公司党支部). */
export function findOrgs(text: string, words: readonly Word[], places: readonly PlaceCandidate[]): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (let to = 2; to <= text.length; to++) {
    if (/[处科室组]/.test(text[to - 1]!) && !titleAt(text, to) && !byLastChar.get(text[to - 1]!)?.some(([e]) => text.startsWith(e, to - e.length))) {
      const section = sectionAt(text, words, found, to);
      if (section) {
        found.push(section);
        continue;
      }
    }
    const ending = byLastChar.get(text[to - 1]!)?.find(([e]) => text.startsWith(e, to - e.length));
    if (!ending) continue;
    const [word] = ending;
    let kind = ending[1];
    const headStart = to - word.length;
    // The name ends at a word's end, or where a title or another body's ending begins (党委书记).
    const joinsNext = startsAt(TITLES_BY_FIRST, text, to) || startsAt(ENDINGS_BY_FIRST, text, to);
    if (
      titleAt(text, to) ||
      longerEndingAt(text, headStart, word) ||
      !(endsWord(words, to) || joinsNext) ||
      (word.length === 1 && !standsAsWord(words, headStart))
    )
      continue;
    let from = nameStart(text, words, headStart, to, MAX_ORG, VERB_FREE.has(kind), 3, coordinated);
    if (NOT_BODIES.some((w) => text.slice(from, to).endsWith(w))) continue;
    // A place's committee (朝阳区委) is owned by the place itself: 杭州市建德市委 is 建德市's.
    // 泸县县委 repeats the level: the place (泸县) and its committee (县委).
    if (PLACE_COMMITTEES.has(word) && from < headStart) {
      const owner = text.slice(from, headStart + 1);
      const tails = [...owner].map((_, i) => owner.slice(i));
      const place = tails.find((tail) => tail.length >= 3 && divisionsNamed(tail).length > 0);
      const repeated = place
        ? undefined
        : tails.map((t) => t.slice(0, -1)).find((tail) => tail.length >= 2 && divisionsNamed(tail).length > 0 && tail.endsWith(word[0]!));
      if (!place && !repeated) continue;
      from = place ? headStart + 1 - place.length : headStart - repeated!.length;
      // 中共祁连县委: the Party's name before the place is part of the committee's name.
      const party = PARTY_PREFIXES.find((p) => text.slice(0, from).endsWith(p));
      if (party) from -= party.length;
      if (party === '共青团') kind = 'association';
    }
    // 县委县政府, 韩城市委市政府, 大关县委政府: a committee and its government named together; the
    // government is the committee's place's.
    const paired = word.endsWith('政府') ? JOINT_GOVERNMENT.exec(text.slice(from, headStart)) : null;
    if (paired) {
      const governmentFrom = from + paired.index + paired[1]!.length + 1;
      if (paired[2]) from = governmentFrom;
      else {
        const place = text.slice(from, from + paired.index + paired[1]!.length);
        if (place.length >= 2) found.push({ name: place + text.slice(headStart, to), from: governmentFrom, to, kind, headStart: governmentFrom });
        continue;
      }
    }
    if (PLACE_NAMED.has(kind)) from = placeStart(text, words, from, headStart, places);
    else from = afterVerbBeforePlace(words, from, headStart, places);
    // 连江县人民政府福州大学: a body written in full, then a place opening another name, are two
    // bodies side by side; a branch (人民日报社天津分社) is named so on purpose.
    const before = found.filter((o) => !o.bare && o.from >= from && o.to < headStart && places.some((p) => p.from === o.to)).pop();
    if (before && !BRANCH_ENDINGS.some((e) => word.endsWith(e))) from = before.to;
    // A year dates the event a body is named in (…精神2024年“理论微宣讲”市级示范团); the name starts after it.
    const year = [...text.slice(from, headStart).matchAll(/[0-9]{4}年/g)].pop();
    if (year) from += year.index! + year[0].length;
    const name = text.slice(from, to);
    const owner = text.slice(from, headStart);
    const placeAtStart = places.some((p) => p.from === from);
    const level = LEVEL_WORDS.find(([prefix]) => name.startsWith(prefix) && name.length > prefix.length);
    if (!owner) {
      found.push(...quotedMembers(text, headStart, to, kind));
      if (PLACE_COMMITTEES.has(word) && /[各每]$/.test(text.slice(0, from))) continue;
      if (PLACE_COMMITTEES.has(word)) found.push({ name, from, to, kind, headStart, relative: leadingLevel(word)![1] });
      else if (BARE_BODIES.test(word)) found.push({ name, from, to, kind, headStart, bare: true });
      continue;
    }
    // 各乡镇街道党委 is every such committee, not one; 三级甲等医院 is a grade of hospital.
    if (GRADED.test(owner)) continue;
    if (GENERIC_ORGS.has(name) || GENERIC_ORGS.has(owner + word.slice(-2)) || /^[0-9各每]/.test(name)) continue;
    // A name opening with a verb (开辟微民宿) is the sentence going on, whatever the ending.
    const first = words.find((w) => w.start === from);
    if (first && first.tag === 'v' && first.word.length >= 2 && !VERBS_IN_NAMES.has(first.word)) continue;
    // A 部 inside a company (…有限公司生产部) is a department named in a title, not a body of its own.
    if (word === '部' && /(?:公司|集团)/.test(owner)) continue;
    // An owner with no noun in it (有效提升公司, 进一步提高公司) is the sentence, not a name; a level
    // word alone (县人大常委会) owns the body for the page's place at that level.
    const levelAlone = level !== undefined && owner === level[0];
    if (!levelAlone && !words.some((w) => w.start >= from && w.start < headStart && /^(?:n|x|eng|j|m|b|s)/.test(w.tag))) continue;
    if (TASK_BODIES.includes(word) && !placeAtStart && !level) continue;
    // A department (…厅) is a province's: 展示厅 and 报告厅 are rooms.
    if (word === '厅' && !placeAtStart && !level) continue;
    // 集团 in …集团股份有限公司 is part of the company's form, not a body of its own.
    if (kind === 'company' && COMPANY_ENDINGS.some((e) => text.startsWith(e, to))) continue;
    // 市级“四强”支部 is a grade, not a body; 各区委党校 is every district's school.
    if (level && ((startsWithLevel(name) && name[1] === '级') || /[各每]$/.test(text.slice(0, from)))) continue;
    if (level && !placeAtStart) found.push({ name, from, to, kind, headStart, relative: level[1] });
    else if (owner.replace(/[“”]/g, '').length >= 2) found.push({ name, from, to, kind, headStart });
  }
  found.push(...sharedEndings(text, words, found));
  // A national body inside a longer name is kept where it starts that name: the longer one is its
  // branch (人民日报社天津分社).
  for (const [name, kind] of NATIONAL_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const to = at + name.length;
      if (!found.some((f) => f.from <= at && f.to >= to && (f.from < at || f.to === to))) found.push({ name, from: at, to, kind, headStart: at });
    }
  }
  return found;
}
