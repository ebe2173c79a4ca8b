import { endsWord, type Word } from './boundary.ts';
import { INNER_HEADS, QUOTED_HEADS } from './project-heads.ts';
import { projectStart } from './project-start.ts';
import type { ProjectCandidate } from './projects.ts';
import type { TextSpan } from '../sentence.ts';
import { isHan } from '../text.ts';
import { EDITION, GENERIC_PROJECT_WORDS, GRADING_WORDS, KIND_WORDS, NATIONAL_SLOGANS, RUNS_PROGRAMME } from '../vocab/projects.ts';

const GRADES = [...GRADING_WORDS, ...KIND_WORDS];
// What may stand between a quoted name and its head: a short descriptive run (党建, 专项, 工作子),
// a bracketed place among it (…超级联赛海北赛区（祁连）热身邀请赛).
const BETWEEN = /^[\u4e00-\u9fff0-9（）]{0,16}$/;
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
// A quoted event with its year or edition (“2025年…产业发展大会”) is one, whatever its head.
const DATED_EVENT = new RegExp(`^(?:[0-9]{4}年?|${EDITION.source}).*(?:会|节|赛)$`);
// A list of quoted names may share a short qualifier with the head (“…”“…”等工作子品牌).
const MAX_SHARED_QUALIFIER = 3;
const TAIL = 22;
const CLAUSE_BREAK = /[，；。：！？]/;
// A head followed by a level word names a place given that title (“四个全面”战略布局试点县).
const LEVEL_AFTER = /^[省市县区镇乡村]/;

/**
 * Where the name of a quoted project starting at `quoteStart` begins: at the quote, or before it
 * at the place or topic written onto it (永福镇“…”项目, 推进便民服务“下楼”行动, 2025首届拉萨“…”文化旅游节).
 * A body before the quote runs the project and is not part of its name (区政协“副中心有我”活动);
 * a phrase opening with a verb says what is done to it (扩大…“双百”行动), and so does one that
 * opens its clause with no verb before it (，唱响“…”党建品牌), unless it is a place or a date.
 */
function quotedStart(text: string, words: readonly Word[], quoteStart: number, end: number, bodies: readonly TextSpan[], places: readonly TextSpan[]): number {
  if (!isHan(text[quoteStart - 1]) && !/[0-9·]/.test(text[quoteStart - 1] ?? '')) return quoteStart;
  let from = projectStart(text, words, quoteStart, end, QUOTED_HEADS);
  for (const b of bodies) if (b.to > from && b.to <= quoteStart) from = b.to;
  const first = words.find((w) => w.start >= from);
  if (from >= quoteStart || !first || first.start >= quoteStart || /^v/.test(first.tag) || text.slice(from, quoteStart).includes('”')) return quoteStart;
  let clauseStart = first.start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--;
  const verbBefore = words.some((w) => w.start >= clauseStart && w.start < first.start && /^v/.test(w.tag));
  const placed = /^[0-9]/.test(text.slice(first.start)) || places.some((p) => p.from === first.start);
  return verbBefore || placed ? first.start : quoteStart;
}

/**
 * Quoted names followed by a project head: “检察护企”专项行动, “红领金夕”党建品牌. A run of quoted
 * names sharing one head (“雁阵”“牵手”“争先”计划) gives one project per name, head written out.
 * A single quoted name takes the place or topic written before it (永福镇“…”项目), its short form
 * (“…”项目) an alias.
 */
export function quotedProjects(text: string, words: readonly Word[], bodies: readonly TextSpan[], places: readonly TextSpan[]): ProjectCandidate[] {
  const found: ProjectCandidate[] = [];
  const quotes = [...text.matchAll(/“([^“”]{2,20})”/g)];
  quotes.forEach((quote, i) => {
    const inner = quote[1]!;
    if (NATIONAL_SLOGANS.has(inner) || /^[0-9+]+$/.test(inner) || MANNER.test(inner)) return;
    // The quotes that follow this one directly share its head.
    let last = i;
    while (quotes[last + 1] && quotes[last + 1]!.index === quotes[last]!.index! + quotes[last]![0].length) last++;
    const after = quotes[last]!.index! + quotes[last]![0].length;
    const tail = text.slice(after, after + TAIL);
    // The head is the furthest one in the short run after the quote (“红领金夕”攻坚项目, not …攻坚);
    // 等 makes the quote an example of a kind (“无废进万家”等系列宣传活动), not a name.
    // 等 right before the head still shares it (“雁阵”“牵手”等计划).
    const listed = tail.startsWith('等') ? 1 : 0;
    // A head after a grading word (…行动计划优秀项目) names the grade, not the project.
    const endsName = (to: number) => endsWord(words, to) && !LEVEL_AFTER.test(text.slice(to, to + 1));
    const head = QUOTED_HEADS.map((h) => ({ h, at: tail.indexOf(h, listed) }))
      .filter(
        ({ h, at }) =>
          at >= 0 &&
          endsName(after + at + h.length) &&
          BETWEEN.test(tail.slice(listed, at)) &&
          !/[的是和与等]/.test(tail.slice(listed, at)) &&
          !GRADES.some((w) => tail.slice(listed, at).endsWith(w)),
      )
      .sort((a, b) => b.at + b.h.length - (a.at + a.h.length) || b.h.length - a.h.length)[0];
    const start = quote.index!;
    const dashed = last === i ? DASHED.exec(text.slice(after)) : null;
    const dashedHead = dashed && QUOTED_HEADS.find((h) => dashed[2]!.endsWith(h));
    if (dashed && dashedHead && !isHan(text[after + dashed[0].length])) {
      found.push({ name: quote[0] + dashedHead, from: start, to: after + dashed[0].length, proper: inner });
    } else if (head && (last === i || tail.slice(listed, head.at).length <= MAX_SHARED_QUALIFIER) && (!listed || head.at - listed <= MAX_SHARED_QUALIFIER)) {
      const suffix = tail.slice(listed, head.at + head.h.length);
      const end = last === i ? after + suffix.length : start + quote[0].length;
      // Only a name standing alone takes what is written before it; in a run of quotes that is the first one's.
      const alone = last === i && !listed && (i === 0 || quotes[i - 1]!.index! + quotes[i - 1]![0].length !== start);
      const from = alone ? quotedStart(text, words, start, end, bodies, places) : start;
      const short = quote[0] + suffix;
      found.push(
        from < start ? { name: text.slice(from, start) + short, from, to: end, proper: inner, short } : { name: short, from: start, to: end, proper: inner },
      );
    } else if (
      (INNER_HEADS.some((h) => inner.endsWith(h) && inner.length > h.length + 1 && !GRADES.some((w) => inner.slice(0, -h.length).endsWith(w))) &&
        !GENERIC_PROJECT_WORDS.has(inner)) ||
      DATED_EVENT.test(inner)
    ) {
      found.push({ name: quote[0], from: start, to: start + quote[0].length });
    } else if (
      last === i &&
      !quotes[i - 1]?.[0].endsWith(text.slice(start - 1, start)) &&
      runsProgramme(text, start) &&
      OBJECT_END.test(text.slice(after, after + 1)) &&
      !/[、，]/.test(inner)
    ) {
      found.push({ name: quote[0], from: start, to: after });
    }
  });
  return found;
}
