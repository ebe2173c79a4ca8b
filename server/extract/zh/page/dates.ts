import type { DateMention } from '../../types.ts';
import type { ChineseDocument } from '../document.ts';
import { mentionAt, type ReadSentence } from '../sentence.ts';
import type { Line } from './layout.ts';

// A page's dateline: a short line holding a full date (2024年5月16日 星期四, 2024-05-16).
const DATELINE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
const DATELINE_MAX = 40;
const HEADER_LINES = 12;
// Dates in running text: full, month-day, and the words newspapers use relative to the issue.
const DATE = /\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|昨天|昨日|今天|今日|前天|近日|日前|上午|下午/g;
const RELATIVE = /^(?:昨天|昨日|今天|今日|前天|近日|日前|上午|下午|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月)$/;

/**
 * The page's date (YYYY-MM-DD) where its header gives one: a short dated line, or a metadata or
 * credit line of any length (发布时间：… 来源：… 作者：…); chrome above it (menus, tools) is not counted.
 */
function pageDate(pageLines: readonly Line[]): string | undefined {
  const lines = pageLines.filter((l) => l.kind !== 'chrome').slice(0, HEADER_LINES);
  for (const line of lines) {
    const m = line.text.length <= DATELINE_MAX || line.kind === 'meta' || line.kind === 'byline' ? DATELINE.exec(line.text) : null;
    if (!m) continue;
    const [, y, mo, d] = m;
    const month = Number(mo),
      day = Number(d);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/** Date expressions in a sentence, each kept with the sentence it is read in (昨天 means the day before the issue). */
function datesIn(sentence: ReadSentence): DateMention[] {
  return [...sentence.text.matchAll(DATE)].map((m) => ({
    ...mentionAt(sentence, { from: m.index!, to: m.index! + m[0].length }),
    text: m[0],
    relative: RELATIVE.test(m[0]),
  }));
}

/** Adds the page's `date` (from its header) and each story's `dates` (every date it writes). */
export function readDates(doc: ChineseDocument): ChineseDocument {
  const date = pageDate(doc.lines);
  if (date) doc.date = date;
  for (const story of doc.stories) story.dates = story.sentences.flatMap(datesIn);
  return doc;
}
