import { METADATA_LABELS, TITLE_LABELS } from '../vocab/chrome.ts';

// An article's metadata lines: its date, source, author, editor and counters, as web pages set
// them between headline and text (来源：周口日报 编辑：万庆丽, 2023-06-28 15:19, 浏览量 0次) or
// at the foot of the text (责任编辑：…, （怀集县纪委监委）).

// Bullets and brackets a metadata line may be set in: - 发布：, 〔来源：… 〕.
const LEAD = /^[\s\-–—•·●◆■□〔【[（(]*/;
const SENTENCE_END = /[。！？]/;
const LABELS = [...METADATA_LABELS].sort((a, b) => b.length - a.length);
const LABEL_AT_START = new RegExp(`^(?:${LABELS.join('|')})`);
const LABEL_WITH_COLON = new RegExp(`(?:${LABELS.join('|')})\\s*[：:]`, 'g');
// A label read without a colon must be one no sentence starts with (索引号…, 浏览量 0次, 主题分类其它).
const UNAMBIGUOUS = 3;
// Such a label after a space or a number, beside a date, makes the line metadata (原创 某某发布 2024-01-05 发表于云南).
const LABEL_AT_WORD = new RegExp(`(?:^|[\\s\\d])(?:${LABELS.filter((l) => l.length >= UNAMBIGUOUS).join('|')})`);
export const FULL_DATE = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?/;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/g;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/g;
const HAN = /[\u4e00-\u9fff]/g;
// A dated line reads as metadata where it has no more words than a site name beside the date.
const DATED_LINE_MAX = 20;
// A line wholly in round brackets at a story's edge credits its source: （怀集县纪委监委）.
const BRACKETED = /^[（(〔][^（()）〔〕]+[）)〕]$/;
// 文/ 记者 X, 图/ X: the author and photographer credits some pages set.
const SLASH_CREDIT = /^[文图摄]\s*[/／]/;
// A label with nothing after it: its value is on the next line (来源： / 安徽党媒云).
const LABEL_ONLY = new RegExp(`^(?:${LABELS.join('|')})\\s*[：:]?$`);
const VALUE_MAX = 30;
const TITLE_LABEL = new RegExp(`^(?:${TITLE_LABELS.join('|')})(?!导航)\\s*[：:]?\\s*`);

const unadorned = (text: string) => text.replace(LEAD, '');

/** Whether a line, by itself, is article metadata. */
function isMetadataLine(text: string): boolean {
  if (SENTENCE_END.test(text)) return false;
  const line = unadorned(text);
  if (!line) return false;
  const label = LABEL_AT_START.exec(line);
  if (label && (/^\s*[：:]/.test(line.slice(label[0].length)) || label[0].length >= UNAMBIGUOUS)) return true;
  if ((line.match(LABEL_WITH_COLON) ?? []).length >= 2) return true;
  if (BRACKETED.test(text.trim()) || SLASH_CREDIT.test(line)) return true;
  const date = FULL_DATE.exec(line);
  if (!date) return false;
  if (LABEL_AT_WORD.test(line)) return true;
  if (date.index === 0) {
    const rest = line.slice(date[0].length).replace(TIME, '').replace(WEEKDAY, '');
    if ((rest.match(HAN) ?? []).length <= 4 || (rest.match(LABEL_WITH_COLON) ?? []).length > 0) return true;
  }
  return line.length <= DATED_LINE_MAX;
}

/** Whether a line is a metadata label with nothing after it: its value is on the next line. */
export const isLabelOnly = (text: string) => LABEL_ONLY.test(unadorned(text));

/**
 * Which lines are article metadata: each line read alone, plus the value under a label set on
 * a line of its own, and an index table's 标题 row (written without a colon) among metadata rows.
 */
export function metadataLines(lines: ReadonlyArray<{ text: string }>): boolean[] {
  const metadata = lines.map((l) => isMetadataLine(l.text));
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (isLabelOnly(line.text) && next && next.text.length <= VALUE_MAX && !SENTENCE_END.test(next.text)) metadata[i + 1] = true;
  });
  lines.forEach((line, i) => {
    if (!metadata[i] && TITLE_LABEL.test(line.text) && (metadata[i - 1] || metadata[i + 1]) && !SENTENCE_END.test(line.text)) metadata[i] = true;
  });
  return metadata;
}

/**
 * Where the headline starts in a metadata line that gives it (原标题：…, 标题…), as an offset
 * into the line; undefined for other lines.
 */
export function labelledTitleStart(text: string): number | undefined {
  const label = TITLE_LABEL.exec(text);
  return label && label[0].length < text.length ? label[0].length : undefined;
}
