import type { Line } from './layout.ts';

// How a headline block is set: a kicker (引题) above the main line, a subtitle (副题) below it.
// Kickers are slogans in two parallel halves (奋进新征程 筑梦副中心), lists (源头管控、过程监督、
// 问题整改) or lead-ins to what was said (郑皓到张家湾镇调研时强调); subtitles name who spoke or
// attended (孟景伟主持, 张德启参加).
const LEAD_IN = /(?:强调|指出|表示|要求|提出)$/;
const ATTENDED = /^[\u4e00-\u9fff]{2,4}(?:主持|讲话|参加|出席|致辞|调研|发言|作报告)$/;
const LIST = /、.*、|等$/;
const PARALLEL = /^([^\s：]{3,12}) ([^\s：]{3,12})$/;
const NAMED_SUBJECT = /^[\u4e00-\u9fff“”]{2,12}[：:]/;
// A catchphrase in quotes (“番茄小镇”, “家床”) marks the line the story is known by.
const QUOTED = /“[^”]+”/;

// A headline is at most this long; a longer line is text.
export const MAX_HEADLINE = 45;

// One line may hold the whole block, as web pages set it: a column tag or kicker in brackets or
// before a bar (【医院新闻】…, （乡村行·看振兴）…, 两会特稿丨…), a lead-in before a space (…调研时强调
// 强化举措…), a subtitle after a dash (…——吉州樟山镇扎实推进乡村振兴工作小记).
const TAG = /^[【（(][^】）)]{1,20}[】）)]\s*|^[^|｜丨\s]{2,8}\s*[|｜丨]\s*/;
const LEAD_IN_WORDS = /^.{4,}?(?:强调|指出|表示|要求|提出)\s+/;
const DASH_SUBTITLE = /\s*——.+$/;
// What is left for the main line must read as one.
const MAIN_MIN = 4;

export interface Headline {
  title: string;
  kicker?: string;
  subtitle?: string;
}

/** How much a line reads as the main line of a headline block; higher is more. */
function mainLineScore(text: string, startsWithName: (text: string) => boolean): number {
  let score = 0;
  if (LEAD_IN.test(text) || ATTENDED.test(text) || LIST.test(text) || PARALLEL.test(text)) score -= 2;
  if (NAMED_SUBJECT.test(text) || startsWithName(text)) score += 1;
  if (QUOTED.test(text)) score += 1;
  return score;
}

/**
 * Picks the main line of a story's headline lines; short lines set as one headline over two
 * lines (我市志愿服务 / 再获嘉兴先进) are joined first. Between lines that read equally well, the
 * one farther from the text wins: a subtitle sits between the main line and the story.
 * `original` gives a line as the page wrote it, for the returned strings.
 */
export function chooseHeadline(
  lines: readonly Line[],
  body: { start: number; end: number },
  startsWithName: (text: string) => boolean,
  original: (line: Line) => string,
): Headline | undefined {
  const set: Array<{ text: string; written: string; distance: number }> = [];
  for (const line of lines) {
    const last = set[set.length - 1];
    const distance = line.end <= body.start ? body.start - line.start : line.start - body.end;
    if (last !== undefined && last.text.length <= 8 && line.text.length <= 8 && !/\s/.test(last.text + line.text)) {
      last.text += line.text;
      last.written += original(line);
    } else set.push({ text: line.text, written: original(line), distance });
  }
  if (set.length === 0) return undefined;
  const score = (i: number) => mainLineScore(set[i]!.text, startsWithName);
  let best = 0;
  set.forEach((line, i) => {
    if (score(i) > score(best) || (score(i) === score(best) && line.distance > set[best]!.distance)) best = i;
  });
  const main = set[best]!;
  const { from, to } = mainPart(main.text);
  const kicker = [...set.slice(0, best).map((l) => l.written), main.written.slice(0, from).replace(/[\s|｜丨]+$/, '')].filter(Boolean);
  const subtitle = [
    main.written
      .slice(to)
      .replace(/^\s*——/, '')
      .trim(),
    ...set.slice(best + 1).map((l) => l.written),
  ].filter(Boolean);
  const headline: Headline = { title: main.written.slice(from, to) };
  if (kicker.length) headline.kicker = kicker.join(' ');
  if (subtitle.length) headline.subtitle = subtitle.join(' ');
  return headline;
}

/** Where the main line is within a line that may also hold its kicker or subtitle. */
function mainPart(text: string): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  const dash = DASH_SUBTITLE.exec(text);
  if (dash && dash.index >= MAIN_MIN) to = dash.index;
  const kicker = TAG.exec(text) ?? LEAD_IN_WORDS.exec(text);
  if (kicker && to - kicker[0].length >= MAIN_MIN) from = kicker[0].length;
  return { from, to };
}
