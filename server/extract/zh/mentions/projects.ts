import { endsWord, nameStart, type Word } from './boundary.ts';
import { isHan } from '../text.ts';
import { GENERIC_PROJECT_WORDS, GRADING_WORDS, NATIONAL_SLOGANS, PROJECT_HEADS, RUNS_PROGRAMME, UNQUOTED_PROJECT_HEADS } from '../vocab/projects.ts';

export interface ProjectCandidate {
  name: string;
  from: number;
  to: number;
  /** The quoted proper part alone (红领金夕 for “红领金夕”攻坚项目), an alias where written alone. */
  proper?: string;
}

const MAX_PROJECT = 36;
const heads = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);
const QUOTED_HEADS = heads(PROJECT_HEADS);
const PLAIN_HEADS = heads(UNQUOTED_PROJECT_HEADS);
// Heads that make a quoted name a project by themselves (“能力提升计划”).
const INNER_HEADS = heads([...UNQUOTED_PROJECT_HEADS, '计划', '行动', '工程']);
// Counted or ordinal phrases (两个项目, 一期工程, 第二批) and 一 as a determiner (这一专用停车场) are not names.
const ORDINAL = /^(?:第[一二三四五六七八九十0-9]|一|[二两三四五六七八九十几多][个家项批座条处期]|[0-9]+[个家项批期])/;
// What may stand between a quoted name and its head: a short descriptive run (党建, 专项, 工作子).
const BETWEEN = /^[\u4e00-\u9fff0-9]{0,14}$/;
// “副中心有我”——政协委员助力社会治理专项调研活动: a name, a dash and a description ending in a head;
// the name with that head is the project.
const DASHED = /^(—{1,2})([\u4e00-\u9fff]{2,24})/;
// A quoted manner (“沉浸式”视察活动, “指尖化”服务) describes how, it names nothing.
const MANNER = /[式化]$/;
// What may follow a quoted programme named without a head: the clause or list goes on, or 等.
const OBJECT_END = /^(?:[、，。；]|等|$)/;
const runsProgramme = (text: string, quoteStart: number) => {
  const before = text.slice(Math.max(0, quoteStart - 3), quoteStart).replace(/了$/, '');
  return RUNS_PROGRAMME.some((v) => before.endsWith(v));
};
// A list of quoted names may share a short qualifier with the head (“…”“…”等工作子品牌).
const MAX_SHARED_QUALIFIER = 3;

/**
 * Quoted names followed by a project head: “检察护企”专项行动, “红领金夕”党建品牌. A run of quoted
 * names sharing one head (“雁阵”“牵手”“争先”计划) gives one project per name, head written out.
 */
function quotedProjects(text: string): ProjectCandidate[] {
  const found: ProjectCandidate[] = [];
  const quotes = [...text.matchAll(/“([^“”]{2,20})”/g)];
  quotes.forEach((quote, i) => {
    const inner = quote[1]!;
    if (NATIONAL_SLOGANS.has(inner) || /^[0-9+]+$/.test(inner) || MANNER.test(inner)) return;
    // The quotes that follow this one directly share its head.
    let last = i;
    while (quotes[last + 1] && quotes[last + 1]!.index === quotes[last]!.index! + quotes[last]![0].length) last++;
    const after = quotes[last]!.index! + quotes[last]![0].length;
    const tail = text.slice(after, after + 20);
    // The head is the furthest one in the short run after the quote (“红领金夕”攻坚项目, not …攻坚);
    // 等 makes the quote an example of a kind (“无废进万家”等系列宣传活动), not a name.
    // 等 right before the head still shares it (“雁阵”“牵手”等计划).
    const listed = tail.startsWith('等') ? 1 : 0;
    // A head after a grading word (…行动计划优秀项目) names the grade, not the project.
    const head = QUOTED_HEADS.map((h) => ({ h, at: tail.indexOf(h, listed) })).filter(({ at }) => at >= 0 && BETWEEN.test(tail.slice(listed, at)) &&
      !/[的是和与等]/.test(tail.slice(listed, at)) && !GRADING_WORDS.some((w) => tail.slice(listed, at).endsWith(w)))
      .sort((a, b) => b.at + b.h.length - (a.at + a.h.length) || b.h.length - a.h.length)[0];
    const start = quote.index!;
    const dashed = last === i ? DASHED.exec(text.slice(after)) : null;
    const dashedHead = dashed && QUOTED_HEADS.find((h) => dashed[2]!.endsWith(h));
    if (dashed && dashedHead && !isHan(text[after + dashed[0].length])) {
      found.push({ name: quote[0] + dashedHead, from: start, to: after + dashed[0].length, proper: inner });
    } else if (head && (last === i || tail.slice(listed, head.at).length <= MAX_SHARED_QUALIFIER) && (!listed || head.at - listed <= MAX_SHARED_QUALIFIER)) {
      const suffix = tail.slice(listed, head.at + head.h.length);
      const end = last === i ? after + suffix.length : start + quote[0].length;
      found.push({ name: quote[0] + suffix, from: start, to: end, proper: inner });
    } else if (INNER_HEADS.some((h) => inner.endsWith(h) && inner.length > h.length + 1 && !GRADING_WORDS.some((w) => inner.slice(0, -h.length).endsWith(w))) && !GENERIC_PROJECT_WORDS.has(inner)) {
      found.push({ name: quote[0], from: start, to: start + quote[0].length });
    } else if (last === i && !quotes[i - 1]?.[0].endsWith(text.slice(start - 1, start)) && runsProgramme(text, start) && OBJECT_END.test(text.slice(after, after + 1)) && !/[、，]/.test(inner)) {
      found.push({ name: quote[0], from: start, to: after });
    }
  });
  return found;
}

// Kinds of project written as a word of their own (专用停车场, 屋顶光伏项目), not a bare head.
const KINDS_OF_PROJECT = [...GENERIC_PROJECT_WORDS].filter((g) => g.length >= 3 && !PLAIN_HEADS.includes(g));

/** 规范化运营专用停车场: a verb before a kind of project (专用停车场) acts on it; the run is no name. */
function verbOnGeneric(name: string, to: number, words: readonly Word[]): boolean {
  const generic = KINDS_OF_PROJECT.find((g) => name.length > g.length && name.endsWith(g));
  if (!generic) return false;
  const verb = words.find((w) => w.start + w.word.length === to - generic.length);
  return !!verb && /^vn?$/.test(verb.tag);
}

/** Unquoted names ending in a strong head: 关键件精密机械加工制造项目, 缙云抽水蓄能电站. */
function plainProjects(text: string, words: readonly Word[]): ProjectCandidate[] {
  const found: ProjectCandidate[] = [];
  for (const head of PLAIN_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const to = at + head.length;
      // 项目化 and 项目部 are other words; 项目建设 still ends the name at 项目.
      if (found.some((f) => f.to === to) || /^[化部]/.test(text.slice(to, to + 1)) || !(endsWord(words, to) || /^建设/.test(text.slice(to)))) continue;
      // 和 joins two projects where the name before it is complete (…项目和…改造项目), or nothing follows it.
      let from = nameStart(text, words, at, to, MAX_PROJECT, 'project', 0, (before, after) => before === '' || after === '' || PLAIN_HEADS.some((h) => before.endsWith(h)));
      // A year opening a clause dates the project (2017年缙云抽水蓄能电站项目开工); after 的 it is
      // part of the name (主办的2023年…评选活动).
      const year = /^[0-9]{4}年/.exec(text.slice(from, at));
      if (year && text[from - 1] !== '的') from += year[0].length;
      const name = text.slice(from, to);
      const proper = name.slice(0, -head.length);
      if (name.includes('“') || GENERIC_PROJECT_WORDS.has(name) || proper.length < 3 || ORDINAL.test(name)) continue;
      if (GRADING_WORDS.some((w) => proper.endsWith(w)) || /^(?:该|此|本|各|一批|亿元)/.test(name) || verbOnGeneric(name, to, words)) continue;
      found.push({ name, from, to });
    }
  }
  return found;
}

// 《鄞州区“无废工厂”创建1对1指导帮扶行动方案》: a name inside book-title marks is a document's.
const DOCUMENT_TITLE = /《[^《》]*》/g;

export function findProjects(text: string, words: readonly Word[]): ProjectCandidate[] {
  const found = [...quotedProjects(text), ...plainProjects(text, words)];
  if (!text.includes('《')) return found;
  const documents = [...text.matchAll(DOCUMENT_TITLE)].map((d) => ({ from: d.index!, to: d.index! + d[0].length }));
  return found.filter((p) => !documents.some((d) => p.from > d.from && p.to < d.to));
}
