import { isPersonName, surnameOf } from './person-names.ts';
import type { Word } from './boundary.ts';
import type { OrgCandidate } from './orgs.ts';
import { AFTER_NAME, IMPLIED_BODIES, PERSON_PREDICATES, PERSON_ROLES, POSITION_TITLES, TITLE_BODY_ENDINGS } from '../vocab/titles.ts';

/** A post a person holds: at a body written in the sentence, or at one the title implies. */
export interface Post {
  title: string;
  org?: OrgCandidate;
  /** The bare body written out as a body of its own (组织部 → 区委组织部). */
  owned?: OrgCandidate;
  /** The committee a department written out this way is part of. */
  committee?: OrgCandidate;
  /** The body a title implies when none is written (区长 → 区人民政府). */
  implied?: string;
}

export interface PersonCandidate {
  name: string;
  from: number;
  to: number;
  /** The titles as written before the name (区委常委、组织部部长、统战部部长). */
  title?: string;
  posts: Post[];
}

const TITLE_WORDS = [...new Set([...POSITION_TITLES, ...PERSON_ROLES])].sort((a, b) => b.length - a.length);
const AFTER = [...AFTER_NAME].sort((a, b) => b.length - a.length);
// What joins a name to the post it is held in or appointed to (是…成员, 任…院长, 担任…书记).
const APPOINTED = /(?:是|担任|出任|任)/g;
// Titles written after the name (习近平总书记).
const POST_NOMINAL = ['总书记'];

// Adverbs are left out: after a title, 尚 is the surname Shang, not “still”.
const FUNCTION_TAG = /^(?:c|p|r|u[a-z]*|y|e)$/;

/**
 * Whether jieba reads the surname character as the start of a name: not as a function word
 * (和 in 和群众), and not inside a word of the dictionary (任命, 党员干部).
 */
function readsAsName(words: readonly Word[], at: number, afterTitle = false): boolean {
  const index = words.findIndex((w) => w.start <= at && w.start + w.word.length > at);
  const word = words[index];
  if (!word) return true;
  if (word.start < at) return false;
  if (word.word.length > 3) return false;
  // Right after a title, 于 is the surname Yu (董事长于振球), unless a time or a number follows (主任于近日).
  if (afterTitle && word.word.length === 1 && FUNCTION_TAG.test(word.tag)) return !NOT_AFTER_SURNAME.test(words[index + 1]?.tag ?? 'x');
  return !FUNCTION_TAG.test(word.tag) && !(word.tag === 'v' && word.word.length > 1);
}
const NOT_AFTER_SURNAME = /^(?:t|m|mq|f|r|p|c|u[a-z]*|x|y|e)$/;

/** The name that starts at `at`: two characters when what follows them reads as the sentence going on. */
function nameAt(text: string, at: number, words: readonly Word[], afterTitle = false): string | undefined {
  const surname = surnameOf(text.slice(at));
  if (!surname || !readsAsName(words, at, afterTitle)) return undefined;
  const short = text.slice(at, at + surname.length + 1);
  const long = text.slice(at, at + surname.length + 2);
  const afterShort = text.slice(at + short.length);
  const shortEnds = AFTER.some((w) => afterShort.startsWith(w)) || /^[，。、；：！？”（）\s]|^$/.test(afterShort);
  if (isPersonName(short) && shortEnds) return short;
  if (long.length === short.length + 1 && isPersonName(long)) return long;
  return undefined;
}

// Titles by their last character, so a position is checked against the few that could end there.
const TITLES_BY_LAST = new Map<string, string[]>();
for (const t of TITLE_WORDS) TITLES_BY_LAST.set(t.slice(-1), [...(TITLES_BY_LAST.get(t.slice(-1)) ?? []), t]);
const titleEndingAt = (text: string, end: number) => TITLES_BY_LAST.get(text[end - 1] ?? '')?.find((t) => text.startsWith(t, end - t.length));

// 县委书记张华和县长李强: a joiner after a title and a name ends the title before it, not a body's
// name (住房和城乡建设局).
const JOINED_NAME = [2, 3];
const namedBefore = (text: string, at: number) =>
  /[和与及]/.test(text[at - 1] ?? '') && JOINED_NAME.some((n) => at - 1 - n > 0 && titleEndingAt(text, at - 1 - n) !== undefined);

interface Segment {
  from: number;
  to: number;
  title: string;
  org?: OrgCandidate;
}

/** The 、-separated titles before a name, left to right: 区委副书记、区长 → [区委 副书记, 区长]. */
function titleChain(text: string, end: number, orgs: readonly OrgCandidate[]): Segment[] {
  const chain: Segment[] = [];
  let to = end;
  for (;;) {
    const word = titleEndingAt(text, to);
    if (!word) break;
    let from = to - word.length;
    while (from > 0 && !/[，。、；：！？（）\s兼]/.test(text[from - 1]!) && !namedBefore(text, from) && to - from < 30) from--;
    // The segment holds a body when one ends inside it; the title is what follows that body.
    const org = orgs.filter((o) => o.from >= from && o.to <= to - word.length && !(o.to === to)).sort((a, b) => b.to - a.to || a.from - b.from)[0];
    const title = org ? text.slice(org.to, to) : word;
    chain.unshift({ from: org?.from ?? to - word.length, to, title, ...(org ? { org } : {}) });
    // 区委副书记、区长; 党总支书记兼主任: one title after another, each at its own body.
    if (text[from - 1] !== '、' && text[from - 1] !== '兼') break;
    to = from - 1;
  }
  return chain;
}

const needsBody = (title: string) => TITLE_BODY_ENDINGS.find(([t]) => title.endsWith(t))?.[1];

// Departments and commissions belong to the Party committee named before them (区委常委、组织部部长).
const DEPARTMENT = /(?:部|政法委|纪委)$/;
const COMMITTEE = /(?:委|党组)$/;

/** A bare body (组织部, 管委会) written out with the body before it in the list. */
function ownedBy(bare: OrgCandidate, previous: OrgCandidate, committee: OrgCandidate | undefined): OrgCandidate | undefined {
  const owner = DEPARTMENT.test(bare.name) ? committee : previous;
  if (!owner) return undefined;
  const prefix = DEPARTMENT.test(bare.name) ? owner.name : owner.name.slice(0, owner.headStart - owner.from);
  if (!prefix) return undefined;
  const { bare: _bare, ...rest } = bare;
  return { ...rest, name: prefix + bare.name, headStart: bare.from + prefix.length, ...(owner.relative ? { relative: owner.relative } : {}) };
}

// A village's or community's party secretary who is also 主任 heads its villagers' or residents'
// committee (…村党总支书记兼主任 → …村村委会 主任).
const VILLAGE_HEAD = /^副?主任$/;
const VILLAGE_BODY = /(?:^|街道|镇|乡)([^街镇乡]{1,8}?(村|社区))(?:党总支|党支部|党委)$/;

function villageCommitteeOf(body: string): string | undefined {
  const village = VILLAGE_BODY.exec(body);
  return village ? village[1] + (village[2] === '村' ? '村委会' : '居委会') : undefined;
}

/** Resolves each title of a chain to the body it is held at. */
function postsOf(chain: readonly Segment[], orgs: readonly OrgCandidate[], lastOrg: OrgCandidate | undefined): Post[] {
  const posts: Post[] = [];
  let previous = lastOrg;
  let committee = lastOrg && COMMITTEE.test(lastOrg.name) ? lastOrg : undefined;
  for (const segment of chain) {
    const implied = IMPLIED_BODIES.find(([t]) => segment.title === t)?.[1];
    let org = segment.org;
    if (org?.bare) {
      const owned = previous && ownedBy(org, previous, committee);
      if (owned) posts.push({ title: segment.title, org: segment.org!, owned, ...(DEPARTMENT.test(owned.name) && committee ? { committee } : {}) });
      org = owned;
    } else if (org) posts.push({ title: segment.title, org });
    else if (implied) posts.push({ title: segment.title, implied });
    else if (previous && VILLAGE_HEAD.test(segment.title) && villageCommitteeOf(previous.name))
      posts.push({ title: segment.title, implied: villageCommitteeOf(previous.name)! });
    else if (previous && POSITION_TITLES.some((t) => segment.title.endsWith(t))) {
      // A bare title after another belongs to the same body, or to the body that one is part of
      // (局党委书记、局长: the 局长 heads the 局).
      const endings = needsBody(segment.title);
      org = previous;
      if (endings && !endings.some((e) => org!.name.endsWith(e))) {
        const outer = orgs.filter((o) => o.from === previous!.from && o.to < previous!.to && endings.some((e) => o.name.endsWith(e))).pop();
        if (outer) org = outer;
      }
      posts.push({ title: segment.title, org });
    } else posts.push({ title: segment.title });
    if (org) {
      previous = org;
      if (COMMITTEE.test(org.name)) committee = org;
    }
  }
  return posts;
}

/**
 * People named in a sentence: after a title or a role word (区委书记孟景伟, 居民岳国), in a 、 list
 * after one title (副主席甄宇、冯利英), before 等 and a role (周军波、吴金华等市领导), and before a
 * title written after the name (习近平总书记).
 */
export function findPersons(text: string, words: readonly Word[], orgs: readonly OrgCandidate[]): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  let lastOrg: OrgCandidate | undefined;
  for (let at = 1; at < text.length; at++) {
    if (found.some((p) => at < p.to)) continue;
    const title = titleEndingAt(text, at);
    if (!title) continue;
    const name = nameAt(text, at, words, true);
    const chain = titleChain(text, at, orgs);
    const posts = postsOf(chain, orgs, lastOrg);
    // The body of the last title stays in force for bare titles later in the sentence, even when
    // no name follows (区政协常务副主席尚祖国，副主席甄宇).
    const org = posts
      .map((p) => p.org)
      .filter(Boolean)
      .pop();
    if (org) lastOrg = org;
    if (!name || orgs.some((o) => o.from <= at && o.to > at)) continue;
    const written = chain.length ? text.slice(chain[0]!.org?.from ?? chain[0]!.to - chain[0]!.title.length, at) : title;
    found.push({ name, from: at, to: at + name.length, title: written, posts });
    // Further names in a 、 list share the title.
    let next = at + name.length;
    while (text[next] === '、') {
      // A space may follow the 、 (副主任陈兆安、 陈均宜).
      const start = text[next + 1] === ' ' ? next + 2 : next + 1;
      const more = nameAt(text, start, words);
      if (!more || words.some((w) => w.start === start && /^(?:ns|nt)$/.test(w.tag))) break;
      found.push({ name: more, from: start, to: start + more.length, title: written, posts });
      next = start + more.length;
    }
  }
  // 郭帮屯是玉桥东里社区“幸福楼门工作室”成员, 邹余粮同志任韩城市人民医院院长: a name, 是 or a verb
  // of appointment, a body and a title ending the clause.
  for (const org of orgs) {
    // The verb may be followed by the place the body is in (是玉桥东里社区“幸福楼门工作室”成员).
    const verb = [...text.slice(Math.max(0, org.from - 10), org.from).matchAll(APPOINTED)].pop();
    if (!verb || org.bare) continue;
    const copula = org.from - Math.min(10, org.from) + verb.index!;
    if (/[，。、；！？\s]/.test(text.slice(copula, org.from))) continue;
    const after = text[org.to] === '”' ? org.to + 1 : org.to;
    const title = POSITION_TITLES.find((t) => text.startsWith(t, after) && /^[，。、；！？]|^$/.test(text.slice(after + t.length)));
    const end = text.slice(0, copula).endsWith('同志') ? copula - 2 : copula;
    const at = [3, 2].map((n) => end - n).find((i) => i >= 0 && isPersonName(text.slice(i, end)) && readsAsName(words, i));
    if (!title || at === undefined || found.some((p) => p.from === at)) continue;
    found.push({ name: text.slice(at, end), from: at, to: end, title: text.slice(copula + verb[0].length, after + title.length), posts: [{ title, org }] });
  }
  // 周军波、吴金华、何健、毛捷等市领导: names listed before 等 and a role.
  for (const list of text.matchAll(/((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等([\u4e00-\u9fff]{2,3})/g)) {
    const role = PERSON_ROLES.find((r) => list[2]!.startsWith(r));
    const names = list[1]!.split('、');
    if (!role || !names.every(isPersonName)) continue;
    let at = list.index!;
    for (const name of names) {
      if (!found.some((p) => p.from === at)) found.push({ name, from: at, to: at + name.length, title: role, posts: [] });
      at += name.length + 1;
    }
  }
  // 程蕾、金梦依、曹世纪被评为…: names before a predicate only a person takes.
  for (const predicate of PERSON_PREDICATES) {
    for (let at = text.indexOf(predicate); at > 1; at = text.indexOf(predicate, at + 1)) {
      const list = /(?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}$/.exec(text.slice(Math.max(0, at - 30), at));
      if (!list) continue;
      let from = at - list[0].length;
      const names = list[0].split('、');
      // The first item may carry words before the name (此外，我市程蕾): keep its last two or three characters.
      names[0] =
        [3, 2].map((n) => names[0]!.slice(-n)).find((n) => isPersonName(n) && readsAsName(words, at - list[0].length + names[0]!.length - n.length)) ?? '';
      from = at - list[0].length + (list[0].split('、')[0]!.length - names[0]!.length);
      if (!names.every((n) => isPersonName(n))) continue;
      for (const name of names) {
        if (!found.some((p) => p.from === from)) found.push({ name, from, to: from + name.length, posts: [] });
        from += name.length + 1;
      }
    }
  }
  for (const title of POST_NOMINAL) {
    for (let at = text.indexOf(title); at > 1; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2]) {
        const name = text.slice(at - length, at);
        if (isPersonName(name) && !found.some((p) => p.from === at - length)) {
          const implied = IMPLIED_BODIES.find(([t]) => t === title)?.[1];
          found.push({ name, from: at - length, to: at, title, posts: [{ title, ...(implied ? { implied } : {}) }] });
          break;
        }
      }
    }
  }
  return found;
}
