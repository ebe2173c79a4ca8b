import type { DateMention, Sentence } from '../../types.ts';

// Dates as English news writes them: "May 15, 2024", "15 May 2024", "2024-05-15", and in a
// wire dateline "May 15" with the year left to the reader.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const RELATIVE_WORDS = /\b(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/g;

export interface WrittenDate {
  year?: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const valid = (d: WrittenDate) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;

/** Every date written in `text`, with offsets relative to it. */
export function writtenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR))
    found.push({ month: monthOf(m[1]!), day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}), start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    found.push({ month: monthOf(m[2]!), day: Number(m[1]), year: Number(m[3]), start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(ISO)) found.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start: m.index!, end: m.index! + m[0].length });
  return found.filter(valid).sort((a, b) => a.start - b.start);
}

export const isoDate = (d: WrittenDate & { year: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The dates a sentence writes; those without a year are read against the page date. */
export function datesIn(sentence: Sentence): DateMention[] {
  const dates: DateMention[] = writtenDates(sentence.text).map((d) => ({
    start: sentence.start + d.start,
    end: sentence.start + d.end,
    text: sentence.text.slice(d.start, d.end),
    relative: d.year === undefined,
    sentence,
  }));
  for (const m of sentence.text.matchAll(RELATIVE_WORDS)) {
    dates.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, text: m[0], relative: true, sentence });
  }
  return dates.sort((a, b) => a.start - b.start);
}
