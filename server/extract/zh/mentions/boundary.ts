import { namesAt } from '../../../gazetteer/divisions.ts';
import { isHan } from '../text.ts';
import { BOUNDARY_WORDS, JOINING_WORDS } from '../vocab/boundaries.ts';
import { VERBS_IN_NAMES } from '../vocab/orgs.ts';

const BOUNDARIES: ReadonlySet<string> = new Set(BOUNDARY_WORDS);
const JOINERS: ReadonlySet<string> = new Set(JOINING_WORDS);
// Characters a name may hold besides Han: digits and Latin (909蚂蚁研学共富工坊, 联东U谷), the
// middle dot and quotes of quoted proper parts (“之江同心·石榴红”).
const NAME_CHAR = /[0-9A-Za-z·•“”+]/;

// 党的二十大, 党的十九届三中全会: the Party's congresses and plenums are names, 的 and all, and a
// programme's theme of studying one (学习宣传贯彻党的二十大精神…评选活动) is part of its name.
const CONGRESS_THEME = /(?:(?:学习|宣传|贯彻|落实)+)?党的[一二三四五六七八九十]+(?:大|届)/g;
const themesIn = (text: string) => [...text.matchAll(CONGRESS_THEME)].map((m) => ({ from: m.index!, to: m.index! + m[0].length }));

export interface Word {
  word: string;
  start: number;
  tag: string;
}

// Parts of speech that never sit inside a name: prepositions, conjunctions, particles, pronouns,
// adverbs (jieba's tags p, c, u…, r, d, ad). Organisation names also stop at a verb of two or
// more characters (延伸政协 → 政协), which project names may hold (沼气资源化利用项目).
const FUNCTION_TAG = /^(?:p|c|u[jlzgvd]|r|d|ad|y|e)$/;
// Project names hold words jieba mistags as prepositions (中水回用: 用/p), so they stop only at 的.
const PROJECT_FUNCTION_TAG = /^(?:uj|ul|r|e|y)$/;
// Two-character place words (沿线, 周边) stand before a project's name.
const isLocative = (w: Word) => w.tag === 'f' && w.word.length >= 2;
// A count (一个, 两家, 一 座) comes before a name; a bare numeral may be inside one (两新工委,
// 洪三工业区), and so may a measure word jieba reads alone (家 in 川姜镇家纺).
const isCount = (w: Word, before?: Word) =>
  ((w.tag === 'mq' && /^[一二两三四五六七八九十百千几多]/.test(w.word)) ||
    (w.tag === 'm' && /[个家位名批支项座条处所]$/.test(w.word)) ||
    (w.tag === 'q' && before?.tag === 'm')) &&
  !/^[0-9]/.test(w.word);
const isPlaceName = (word: string) => word.length >= 2 && namesAt(word, 0)[0] === word;
const isVerb = (w: Word) => w.tag === 'v' && w.word.length >= 2 && !VERBS_IN_NAMES.has(w.word);

/** Whether a name may end at `to`: not inside a word (零部件, 部门, 大学生). */
export function endsWord(words: readonly Word[], to: number): boolean {
  const word = words.find((w) => w.start < to && w.start + w.word.length >= to);
  return !word || word.start + word.word.length === to;
}

/**
 * Where a name ending at `end` begins, reading left from `headStart` (the start of its ending)
 * for at most `maxLength` characters: past punctuation never, and not past the rightmost
 * boundary word. A name wholly in quotes (“幸福楼门工作室”) is the quoted text.
 */
export function nameStart(
  text: string,
  words: readonly Word[],
  headStart: number,
  end: number,
  maxLength: number,
  stopAtVerbs: boolean | 'project' = false,
  joinerMin = 3,
  complete?: (before: string, between: string, rest: string) => boolean,
): number {
  let start = headStart;
  while (start > 0 && end - start < maxLength && (isHan(text[start - 1]) || NAME_CHAR.test(text[start - 1]!))) start--;
  if (text[end] === '”') {
    const open = text.lastIndexOf('“', headStart);
    if (open >= start && !text.slice(open + 1, end).includes('”')) return open + 1;
  }
  const themes = stopAtVerbs === 'project' && text.includes('党的') ? themesIn(text.slice(0, headStart)) : [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const wordEnd = word.start + word.word.length;
    if (wordEnd > headStart || word.start < start || themes.some((t) => word.start >= t.from && wordEnd <= t.to)) continue;
    const joins =
      JOINERS.has(word.word) &&
      (complete ? complete(text.slice(start, word.start), text.slice(wordEnd, headStart), text.slice(wordEnd, end)) : headStart - wordEnd >= joinerMin);
    const counted = isCount(word, words[i - 1]);
    // jieba tags some places as adverbs (大连/d): a place's name is never a function word.
    const functional =
      !isPlaceName(word.word) && (stopAtVerbs === 'project' ? PROJECT_FUNCTION_TAG.test(word.tag) || counted || isLocative(word) : FUNCTION_TAG.test(word.tag));
    if (joins || (!JOINERS.has(word.word) && (BOUNDARIES.has(word.word) || functional || (stopAtVerbs === true && (isVerb(word) || counted))))) {
      start = wordEnd;
      break;
    }
  }
  // A name never opens with 与 or 及 (带来了与国家级医院); 和 and 同 may (和平街道, 同仁堂).
  const opening = words.find((w) => w.start === start);
  if (opening && /^[与及]$/.test(opening.word) && opening.start + opening.word.length < headStart) start += opening.word.length;
  // A closing quote with no opening one means the reading began inside a quotation.
  const stray = text.slice(start, headStart).search(/”(?!.*“)/);
  if (stray >= 0 && !text.slice(start, start + stray).includes('“')) start += stray + 1;
  // An opening quote whose closing one comes after the ending opens a phrase around the name.
  const open = text.slice(start, end).lastIndexOf('“');
  if (open >= 0 && !text.slice(start + open, end).includes('”')) start += open + 1;
  return start;
}
