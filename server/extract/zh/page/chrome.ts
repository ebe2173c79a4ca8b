import {
  BREADCRUMB_LEADS,
  COMMENT_HEADERS,
  DATE_WIDGET_LEADS,
  FOOTER_LABELS,
  FOOTER_MARKS,
  FORUM_BADGES,
  FORUM_PHRASES,
  MORE_WORDS,
  NOTICE_TOPICS,
  NOTICE_WORDS,
  RELATED_HEADERS,
  SITE_NAME_ENDINGS,
  SPONSOR_WORDS,
  TOOL_PHRASES,
  TOOL_WORDS,
} from '../vocab/chrome.ts';
import { MAX_HEADLINE } from './headline.ts';
import { FULL_DATE } from './metadata.ts';

// Page chrome: what a web page sets around its story and a reader skips. Every rule reads the
// form of a line (short, no sentence in it, made of tool words or separators) and where it
// stands (above the story's first text, under a list or comment header), so it holds on sites
// we have never seen.

/** A line as the chrome rules read it. */
interface PageLine {
  text: string;
  kind: string;
  gapBefore: number;
}

const SENTENCE_END = /[。！？!?]/;
const HAN = /[\u4e00-\u9fff]/;
// Bullets and brackets a chrome line may be set in (• 当前位置：, 【字体：大 中 小】).
const LEAD = /^[\s\-–—•·●◆■□【[（(]*/;
// Chrome lines are short; a line longer than this is text whatever words it holds.
const CHROME_MAX = 80;
const TOOL_LINE_MAX = 40;
const FOOTER_MAX = 120;
// Breadcrumb trails separate their steps with arrows (首页 > 新闻 > 正文, 首页 » 时政).
const PATH_SEPARATOR = /[>»›＞]/;
const BREADCRUMB_STEP_MAX = 12;
// Navigation bars separate their items with vertical bars (要闻 | 原创 | 专题).
const BAR_SEPARATOR = /[|｜]/;
const BAR_ITEMS = 3;
const BAR_ITEM_MAX = 14;
const ITEM_SEPARATORS = /[\s|｜【】[\]：:]+/;
const NUMBER = /^[\d.,，、#]+$/;
// An e-paper's page label (第A12版：市州新闻, 第一版：要闻); the page's name may follow on the next line.
const PAGE_LABEL = /^第\s*[A-Za-z]?\s*[0-9一二三四五六七八九十]+\s*版/;
const PAGE_NAME_MAX = 8;
// A forum post's floor number: 2#, 3楼.
const FLOOR = /^\d+\s*[#楼]$/;
const USER_NAME_MAX = 8;
const SITE_NAME = new RegExp(`^[\\u4e00-\\u9fff]{1,8}(?:${SITE_NAME_ENDINGS.join('|')})$`);
const SITE_BAR_ITEM_MAX = 8;
// A menu set one item a line: this many lines or more in a row, none longer than a menu item.
const MENU_LINES = 4;
const MENU_ITEM_MAX = 6;
// A legal notice's header is a few words (反侵权公告, 版权声明); a longer line is a headline about one.
const NOTICE_HEADER_MAX = 12;
// The links under a list header are headlines, maybe with a date; a longer line or a sentence ends the list.
const LIST_ITEM_MAX = 60;
// A widget's prompt or button (请谨慎操作！, 确定) is at most this long, sentence or not.
const WIDGET_TEXT_MAX = 20;
// A headline repeated further down (as a picture's caption or file name, or a print-edition
// copy) is the same words less Latin letters, digits and a picture word.
const REPEAT_MIN = 6;
const PICTURE_NOISE = /[A-Za-z0-9_\s]+/g;
const PICTURE_WORD = /(?:图片|图)$/;

const lowered = (text: string) => text.toLowerCase();
const unadorned = (text: string) => text.replace(LEAD, '');
const itemsOf = (text: string) => lowered(text).split(ITEM_SEPARATORS).filter(Boolean);
const hasAny = (text: string, phrases: readonly string[]) => phrases.some((p) => text.includes(p));

/** A footer row: ownership marks anywhere, or a sponsor/contact label (主办单位：…, … 主办). */
function isFooter(text: string): boolean {
  const lower = lowered(text);
  if (hasAny(lower, FOOTER_MARKS)) return true;
  const line = unadorned(lower);
  if (FOOTER_LABELS.some((label) => line.startsWith(label) && /^\s*[：:]/.test(line.slice(label.length)))) return true;
  const items = itemsOf(text);
  return items.length >= 2 && SPONSOR_WORDS.includes(items[items.length - 1]!);
}

/** A bar of tools (打印 关闭, 大 中 小, 保存为word 打印 关闭): most of its items are tool words. */
function isToolBar(text: string): boolean {
  const items = itemsOf(text);
  const tools = items.filter((item) => TOOL_WORDS.has(item)).length;
  return items.length === 1 ? tools === 1 : tools >= 2 && tools * 2 >= items.length;
}

/**
 * A navigation bar: short items between vertical bars (中国政府网 | 山西省政府 | 长治市政府). Two
 * items may be a headline's column tag and its words (两会特稿 | 白沙乡…); a bar has three or more.
 */
function isNavigationBar(text: string): boolean {
  if (!BAR_SEPARATOR.test(text)) return false;
  const items = text
    .split(BAR_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= BAR_ITEMS && items.every((item) => item.length <= BAR_ITEM_MAX);
}

/** A forum post's header or its author's badges (楼主, 只看该作者, 积分 120 帖子 36, 3楼). */
function isForumFurniture(text: string): boolean {
  if (text.length <= TOOL_LINE_MAX && hasAny(text, FORUM_PHRASES)) return true;
  if (FLOOR.test(text.trim())) return true;
  const items = itemsOf(text);
  return items.some((item) => FORUM_BADGES.has(item)) && items.every((item) => FORUM_BADGES.has(item) || NUMBER.test(item));
}

/** A header's date widget: 今天是 with at most the date and weekday after it. */
function isDateWidget(text: string): boolean {
  const lead = DATE_WIDGET_LEADS.find((l) => text.startsWith(l));
  return (
    lead !== undefined &&
    text
      .slice(lead.length)
      .replace(FULL_DATE, '')
      .replace(/星期.|[\s：:]/g, '') === ''
  );
}

/** A breadcrumb trail: 当前位置：…, or steps between arrows (首页 > 新闻 > 正文). */
function isBreadcrumb(text: string): boolean {
  if (BREADCRUMB_LEADS.some((lead) => unadorned(text).startsWith(lead))) return true;
  // Each step is a short channel name; a > inside a headline (quoted markup, <b>) makes no trail.
  const steps = text.split(PATH_SEPARATOR);
  return steps.length >= 2 && !/[“”<]/.test(text) && steps.every((step) => step.trim().length <= BREADCRUMB_STEP_MAX);
}

/** Whether a line is chrome by its own form, wherever it stands. */
function isChromeByForm(text: string, metadata: boolean): boolean {
  if (!HAN.test(text) && !FULL_DATE.test(text)) return true;
  const sentence = SENTENCE_END.test(text);
  if (text.length <= FOOTER_MAX && !sentence && isFooter(text)) return true;
  // A forum post's header holds its date (楼主 发表于 2024-3-2) but is the forum's, not the story's.
  if (!sentence && isForumFurniture(text)) return true;
  if (metadata || sentence) return false;
  if (isNavigationBar(text)) return true;
  if (text.length > CHROME_MAX) return false;
  if (isBreadcrumb(text)) return true;
  if (text.length <= TOOL_LINE_MAX && hasAny(lowered(text), TOOL_PHRASES)) return true;
  const line = unadorned(text);
  return isDateWidget(line) || PAGE_LABEL.test(line) || isToolBar(text);
}

type Header = 'related' | 'comment' | 'notice';

/** Whether a line is a header of these words alone, less counts, arrows and punctuation. */
function headsWith(text: string, phrases: readonly string[]): boolean {
  let rest = lowered(text).replace(/[\d\s\p{P}\p{S}]/gu, '');
  if (!phrases.some((p) => rest.includes(p))) return false;
  for (const phrase of [...phrases, ...MORE_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join('');
  return rest === '';
}

/** The kind of list or widget a line heads, if it heads one. */
function headerOf(text: string): Header | undefined {
  if (headsWith(text, RELATED_HEADERS)) return 'related';
  if (headsWith(text, COMMENT_HEADERS)) return 'comment';
  const notice = unadorned(text).replace(/[：:\s]+$/, '');
  if (notice.length <= NOTICE_HEADER_MAX && hasAny(notice, NOTICE_TOPICS) && NOTICE_WORDS.some((w) => notice.endsWith(w))) return 'notice';
  return undefined;
}

// A user's name under a comment header reads like a by-line; only a news opener (本报讯) ends a widget.
const endsWidget = (line: PageLine) => line.kind === 'opener';
const isListItem = (text: string) => text.length <= WIDGET_TEXT_MAX || (text.length <= LIST_ITEM_MAX && !SENTENCE_END.test(text));

/** What a rule reads and marks: the page's lines, which are metadata, which are chrome so far. */
type Rule = (lines: readonly PageLine[], metadata: readonly boolean[], chrome: boolean[]) => void;

/** A menu set one short item a line. */
const markMenus: Rule = (lines, metadata, chrome) => {
  const item = (i: number) => lines[i]!.kind === 'body' && !metadata[i] && lines[i]!.text.length <= MENU_ITEM_MAX && !/[，。！？；：、]/.test(lines[i]!.text);
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && item(j) && (j === i || lines[j]!.gapBefore === 0)) j++;
    if (j - i >= MENU_LINES) for (let k = i; k < j; k++) chrome[k] = true;
    i = Math.max(i, j - 1);
  }
};

/**
 * The page's header: what stands above the story's first line of text. Its site name and channel
 * bar, a widget's short prompt (这已经是最后一期了哦！), and all above a breadcrumb trail are chrome;
 * its last line that is not chrome or metadata is the headline's place, whatever it ends in
 * (织密防汛安全网 reads like a site's name). A page without a line of text has no header.
 */
const markHeader: Rule = (lines, metadata, chrome) => {
  const firstText = lines.findIndex(
    (line, i) =>
      !metadata[i] &&
      !chrome[i] &&
      (line.kind === 'opener' ||
        (line.kind === 'body' && (line.text.length > MAX_HEADLINE || (SENTENCE_END.test(line.text) && line.text.length > WIDGET_TEXT_MAX)))),
  );
  let headlinePlace = firstText - 1;
  while (headlinePlace >= 0 && (chrome[headlinePlace] || metadata[headlinePlace])) headlinePlace--;
  for (let i = 0; i < headlinePlace; i++) {
    if (chrome[i] || metadata[i]) continue;
    const text = lines[i]!.text;
    const items = text.split(/\s+/);
    const siteBar = items.length >= 2 && SITE_NAME.test(items[0]!) && items.every((item) => item.length <= SITE_BAR_ITEM_MAX);
    const prompt = lines[i]!.kind === 'body' && text.length <= WIDGET_TEXT_MAX && SENTENCE_END.test(text);
    if (SITE_NAME.test(text) || siteBar || prompt) chrome[i] = true;
  }
  let crumb = headlinePlace - 1;
  while (crumb >= 0 && !isBreadcrumb(lines[crumb]!.text)) crumb--;
  for (let i = 0; i < crumb; i++) if (!metadata[i]) chrome[i] = true;
};

/** An e-paper page's name under its page label (第A1版 / 头版). */
const markPageNames: Rule = (lines, _metadata, chrome) => {
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above && PAGE_LABEL.test(above.text) && above.text.replace(PAGE_LABEL, '').trim() === '' && line.text.length <= PAGE_NAME_MAX) chrome[i] = true;
  });
};

/** On a forum's page, a user's name: the short line above a post's header, date or badges. */
const markForumAuthors: Rule = (lines, metadata, chrome) => {
  if (!lines.some((line) => line.text.length <= TOOL_LINE_MAX && hasAny(line.text, FORUM_PHRASES))) return;
  lines.forEach((line, i) => {
    const below = lines[i + 1];
    if (!below || line.text.length > USER_NAME_MAX || /\p{P}/u.test(line.text)) return;
    if (metadata[i + 1] || isForumFurniture(below.text)) chrome[i] = true;
  });
};

/** A headline-sized line repeating an earlier one (a picture's caption or file name, a print copy). */
const markRepeats: Rule = (lines, metadata, chrome) => {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (chrome[i] || metadata[i] || line.kind !== 'body' || line.text.length > MAX_HEADLINE * 2 || SENTENCE_END.test(line.text)) return;
    const words = line.text.replace(PICTURE_NOISE, '').replace(PICTURE_WORD, '');
    if (words.length < REPEAT_MIN) return;
    if (seen.has(words)) chrome[i] = true;
    else if (line.text.length <= MAX_HEADLINE) seen.add(words);
  });
};

/**
 * What stands under a related-stories header (its links), a comment widget or a legal notice (the
 * rest of the page, up to a new story's 本报讯). A header inside a menu is one of its items,
 * heading nothing. A list of links ends where text or metadata comes, and above the line that
 * metadata or a news opener follows: that line is the headline of the story below.
 */
const markListsAndWidgets: Rule = (lines, metadata, chrome) => {
  const headers = lines.map((line, i) => (chrome[i] ? undefined : headerOf(line.text)));
  const leadsToText = (j: number) => metadata[j + 1] || lines[j + 1]?.kind === 'opener';
  for (let i = 0; i < lines.length; i++) {
    const kind = headers[i];
    if (!kind) continue;
    chrome[i] = true;
    let j = i + 1;
    for (; j < lines.length && !endsWidget(lines[j]!); j++) {
      if (kind === 'related' && (!isListItem(lines[j]!.text) || metadata[j] || leadsToText(j))) break;
      chrome[j] = true;
    }
    i = j - 1;
  }
};

const RULES: readonly Rule[] = [markMenus, markHeader, markPageNames, markForumAuthors, markRepeats, markListsAndWidgets];

/**
 * Which of a page's lines are chrome: lines chrome by their own form, then by where they stand
 * (the rules above, in order). `metadata` says which lines are article metadata, which are read
 * as text unless they are a footer's.
 */
export function chromeLines(lines: readonly PageLine[], metadata: readonly boolean[]): boolean[] {
  const chrome = lines.map((line, i) => isChromeByForm(line.text, metadata[i] ?? false));
  for (const rule of RULES) rule(lines, metadata, chrome);
  return chrome;
}
