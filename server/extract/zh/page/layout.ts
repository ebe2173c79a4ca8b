import type { Span } from '../../types.ts';
import type { ChineseDocument } from '../document.ts';
import { isCreditLine } from '../mentions/credits.ts';
import { isPersonName } from '../mentions/person-names.ts';

/** One non-blank line of the page and what it is on the page. */
export interface Line extends Span {
  text: string;
  kind: 'headline' | 'byline' | 'credit' | 'opener' | 'caption' | 'body';
  /** Blank lines between this line and the one before it. */
  gapBefore: number;
  /** A body line broken mid-sentence: the sentence goes on in the next body line. */
  runsOn: boolean;
}

// A by-line is roles and names alone: ■记者 李雨婷, 本报记者 柴福娟 实习记者 黄澳, 通讯员 徐冰艳 张丹燕.
const ROLE = '(?:本报记者|实习记者|特约记者|记\\s*者|通讯员)';
const BYLINE = new RegExp(`^(?:■\\s*)?(?:${ROLE}\\s*(?:[\\u4e00-\\u9fff]{2,3}\\s*)+)+$`);
// A photo credit: ■摄影 王 强 陈明远, 单多敏 摄.
const CREDIT = /^(?:■\s*)?摄影\s*[\u4e00-\u9fff]|^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s+摄$/;
// An author line under a headline holds names alone (陈虹雯 戴予颖).
const AUTHORS = /^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}$/;
const OPENER = /^本报讯/;
// A picture caption names its source: (图片由…提供), …供图.
const CAPTION = /(?:（图片由.*提供）|供图)$/;
// Lines end a sentence with these; a line that ends otherwise was broken mid-sentence.
const SENTENCE_END = /[。！？；…]["”’）]*$|[。！？]”$/;
const MAX_HEADLINE = 45;
// A headline block is a kicker, a main line that may wrap once, and a subtitle.
const MAX_HEADLINE_LINES = 4;

/** Whether a body line was broken mid-sentence and goes on in the next body line. */
const brokenMidSentence = (line: Line): boolean =>
  (line.kind === 'body' || line.kind === 'opener') && !SENTENCE_END.test(line.text);

// Headlines carry no sentence-final punctuation and at most one comma (践行绿色低碳，促进…).
const headlineShaped = (text: string) =>
  text.length <= MAX_HEADLINE && !/[。！？；]/.test(text) && !SENTENCE_END.test(text) && !/[，、：；]$/.test(text) && (text.match(/，/g) ?? []).length <= 1;

/**
 * Reads the page's lines and says what each one is. A short line without final punctuation is a
 * headline only where it stands apart: followed by a blank line, another headline or a by-line.
 * Inside a narrow column (the next line follows without a gap) it is the start of a paragraph.
 */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let gap = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      lines.push({ start: offset + lead, end: offset + lead + body.length, text: body, kind: 'body', gapBefore: gap, runsOn: false });
      gap = 0;
    } else gap++;
    offset += raw.length + 1;
  }
  lines.forEach((line) => {
    if (OPENER.test(line.text)) line.kind = 'opener';
    else if (CREDIT.test(line.text)) line.kind = 'credit';
    else if (BYLINE.test(line.text) || isCreditLine(line.text)) line.kind = 'byline';
    else if (AUTHORS.test(line.text) && line.text.split(/\s+/).every(isPersonName)) line.kind = 'byline';
    else if (CAPTION.test(line.text)) line.kind = 'caption';
  });
  const opensStory = (i: number) => ['opener', 'byline'].includes(lines[i]?.kind ?? '');
  const shaped = (i: number) => lines[i]?.kind === 'body' && headlineShaped(lines[i]!.text);
  for (let i = 0; i < lines.length; i++) {
    if (!shaped(i)) continue;
    // The run of short lines set one under another, and what follows it.
    let j = i + 1;
    while (shaped(j) && lines[j]!.gapBefore === 0) j++;
    if (j - i > MAX_HEADLINE_LINES) continue;
    const after = lines[j];
    const leadsToByline = opensStory(j) || !after;
    // After a line broken mid-sentence, short lines continue it, unless they lead straight to a
    // by-line (the headline of the next story, or of this one when it is set below the text).
    const prev = lines[i - 1];
    if (prev && brokenMidSentence(prev) && !leadsToByline) continue;
    // A comma in a short line that does not lead to a by-line is a sentence broken at a column end.
    if (!leadsToByline && lines.slice(i, j).some((l) => l.text.includes('，'))) continue;
    // In a narrow column a paragraph's lines follow each other without a gap and its last line
    // ends the sentence; a headline stands apart from what follows it.
    if (after && after.gapBefore === 0 && after.kind === 'body') continue;
    for (let k = i; k < j; k++) lines[k]!.kind = 'headline';
    i = j - 1;
  }
  for (const line of lines) line.runsOn = brokenMidSentence(line);
  return lines;
}

/** Adds `lines`: the page's non-blank lines, each with what it is (headline, by-line, body …). */
export function readLayout(doc: ChineseDocument): ChineseDocument {
  doc.lines = readLines(doc.canonical);
  return doc;
}
