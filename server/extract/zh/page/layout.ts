import type { Span } from '../../types.ts';
import type { ChineseDocument } from '../document.ts';
import { isCreditLine } from '../mentions/credits.ts';
import { isPersonName } from '../mentions/person-names.ts';
import { chromeLines } from './chrome.ts';
import { MAX_HEADLINE } from './headline.ts';
import { isLabelOnly, metadataLines } from './metadata.ts';

/** One non-blank line of the page and what it is on the page. */
export interface Line extends Span {
  text: string;
  /**
   * `meta` is the article's metadata (date, source, editor): read, but never a headline.
   * `chrome` is page chrome (navigation, tools, footers, link lists, widgets): not read at all.
   */
  kind: 'headline' | 'byline' | 'credit' | 'opener' | 'caption' | 'meta' | 'chrome' | 'body';
  /** Blank lines between this line and the one before it. */
  gapBefore: number;
  /**
   * The sentence goes on in the next line: a body line broken mid-sentence, or a metadata label
   * whose value is set on the line under it (来源： / 安徽党媒云; names under 责编： are a by-line).
   */
  runsOn: boolean;
}

// A by-line is roles and names alone: ■记者 李雨婷, 本报记者 柴福娟 实习记者 黄澳, 通讯员 徐冰艳 张丹燕.
// Web pages set the outlet before the role, a colon after it, or the whole in brackets or after
// 文/ (海南日报记者 良子, 记者：周旭 李波, （包头日报社全媒体记者：梁彦强）, 文/ 井冈山报全媒体记者 罗仁瑾).
const ROLE = '(?:本报记者|实习记者|特约记者|记\\s*者|通讯员|实习生)';
const NAMES = '(?:[\\u4e00-\\u9fff]{2,3}(?:\\s+|$|(?=[）)])))+';
const BYLINE = new RegExp(`^(?:■\\s*|[（(]|文\\s*[/／]\\s*)?(?:[\\u4e00-\\u9fff·]{2,12}?)?(?:${ROLE}\\s*[：:]?\\s*${NAMES})+[）)]?$`);
// A photo credit: ■摄影 王 强 陈明远, 单多敏 摄, and a caption signed by its photographer (…现场 摄影 陈星宇).
const CREDIT = /^(?:■\s*)?摄影\s*[\u4e00-\u9fff]|^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s+摄$|\s摄影\s*[\u4e00-\u9fff]{2,3}$/;
// An author line under a headline holds names alone (陈虹雯 戴予颖).
const AUTHORS = /^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}$/;
// A story's opening words say where the news comes from: 本报讯, 本网讯, 湖南日报11月8日讯,
// 新华社北京5月16日电, 长云网讯, 中国菏泽网消息, 【香港商报网讯】. Text follows after a space or the
// by-line's bracket.
const OPENER =
  /^(?:本[报网台刊]讯|【[^】]{1,16}讯】|[\u4e00-\u9fff·]{0,16}?\d{1,2}月\d{1,2}日(?:讯|电|消息)(?=[\s（(【“])|[\u4e00-\u9fff·]{1,12}(?:网|在线|客户端)(?:讯|消息)(?=[\s（(【“]))/;
// A picture caption names its source: (图片由…提供), …供图.
const CAPTION = /(?:（图片由.*提供）|供图)$/;
// Lines end a sentence with these; a line that ends otherwise was broken mid-sentence.
const SENTENCE_END = /[。！？；…]["”’）]*$|[。！？]”$/;
// A headline block is a kicker, a main line that may wrap once, and a subtitle.
const MAX_HEADLINE_LINES = 4;
// A web page's first line is its headline even with the text set straight under it, where the
// text's first line is this much longer: a line broken at a column's end is as long as the next.
const LONGER_TEXT = 2;
// Table cell separators left at a line's ends by the page's layout (标题 |).
const CELL_EDGES = /^[\s|｜]+|[\s|｜]+$/g;

/** Whether a body line was broken mid-sentence and goes on in the next body line. */
const brokenMidSentence = (line: Line): boolean => (line.kind === 'body' || line.kind === 'opener') && !SENTENCE_END.test(line.text);

// Headlines carry no sentence-final punctuation and at most one comma (践行绿色低碳，促进…), and
// close every quote they open; an open quote is a sentence cut at a column's end.
const headlineShaped = (text: string) =>
  text.length <= MAX_HEADLINE &&
  !/[。！？；]/.test(text) &&
  !SENTENCE_END.test(text) &&
  !/[，、：；]$/.test(text) &&
  (text.match(/，/g) ?? []).length <= 1 &&
  (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;

/**
 * Reads the page's lines and says what each one is. Page chrome and article metadata are told by
 * their form (chrome.ts, metadata.ts). A short line without final punctuation is a headline only
 * where it stands apart: followed by a blank line or chrome, another headline, a by-line, or a web
 * page's metadata and then text; or first on the page above a longer text line. Inside a narrow
 * column (the next line follows without a gap) it is the start of a paragraph.
 */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let gap = 0;
  for (const raw of text.split('\n')) {
    const body = raw.replace(CELL_EDGES, '');
    if (body) {
      const lead = raw.indexOf(body);
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
  const metadata = metadataLines(lines);
  const chrome = chromeLines(lines, metadata);
  lines.forEach((line, i) => {
    if (chrome[i] && line.kind !== 'opener') line.kind = 'chrome';
    else if (metadata[i] && line.kind === 'body') line.kind = 'meta';
  });
  markHeadlines(
    lines.filter((line) => line.kind !== 'chrome'),
    lines,
  );
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    line.runsOn = brokenMidSentence(line) || (line.kind === 'meta' && isLabelOnly(line.text) && next?.kind === 'meta');
  });
  return lines;
}

/** Marks the headlines among a page's lines other than chrome (`page` holds them all). */
function markHeadlines(content: Line[], page: readonly Line[]): void {
  // A blank line or a line of chrome sets a line apart from the one before it.
  const position = new Map(page.map((line, i) => [line, i]));
  const apart = (i: number) => content[i]!.gapBefore > 0 || (i > 0 && position.get(content[i]!)! - position.get(content[i - 1]!)! > 1);
  const opensStory = (i: number) => ['opener', 'byline'].includes(content[i]?.kind ?? '');
  const shaped = (i: number) => content[i]?.kind === 'body' && headlineShaped(content[i]!.text);
  const pageTop = content.findIndex((line) => line.kind !== 'meta');
  for (let i = 0; i < content.length; i++) {
    if (!shaped(i)) continue;
    // The run of short lines set one under another, and what follows it.
    let j = i + 1;
    while (shaped(j) && !apart(j)) j++;
    if (j - i > MAX_HEADLINE_LINES) continue;
    const after = content[j];
    // A story follows: its by-line or 本报讯, or on a web page its date and source, then its text.
    let text = j;
    while (content[text]?.kind === 'meta') text++;
    const leadsToStory = opensStory(j) || !after || (text > j && (opensStory(text) || content[text]?.kind === 'body'));
    const run = content.slice(i, j);
    const longest = Math.max(...run.map((l) => l.text.length));
    const firstOnPage = i === pageTop && after?.kind === 'body' && after.text.length > MAX_HEADLINE && after.text.length >= LONGER_TEXT * longest;
    // After a line broken mid-sentence, short lines continue it, unless a story follows them (they
    // are the headline of the next story, or of this one when it is set below the text).
    const prev = content[i - 1];
    if (prev && brokenMidSentence(prev) && !leadsToStory) continue;
    // A comma in a short line that no story follows is a sentence broken at a column end.
    if (!leadsToStory && !firstOnPage && run.some((l) => l.text.includes('，'))) continue;
    // In a narrow column a paragraph's lines follow each other without a gap and its last line
    // ends the sentence; a headline stands apart from what follows it.
    if (after && !apart(j) && after.kind === 'body' && !firstOnPage) continue;
    for (const line of run) line.kind = 'headline';
    i = j - 1;
  }
}

/** Adds `lines`: the page's non-blank lines, each with what it is (headline, by-line, body …). */
export function readLayout(doc: ChineseDocument): ChineseDocument {
  doc.lines = readLines(doc.canonical);
  return doc;
}
