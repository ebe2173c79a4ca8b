import { englishStory, type EnglishDocument } from '../document.ts';
import { MONTH, isoDate, writtenDates, type WrittenDate } from './dates.ts';

// How English stories are laid out: a headline line, perhaps a by-line or a line of page data
// ("Updated: 2024-05-16"), then the body, whose first paragraph may open with a wire dateline
// ("BEIJING, May 15 (Xinhua) -- "). A headline followed by a dateline starts a new story.
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'’ -]+(?:,\\s*[A-Z][\\w.'’ -]+)?),\\s+(${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*(?:\\([^)\\n]{1,40}\\))?\\s*(?:--|—|–|-)\\s*`,
);
const PAGE_DATA =
  /^(?:(?:Updated|Published|Posted|Released|Date|Source|Time|Editor|Editors|Writer|Writers|Reporter|Reporters|Translator|Photo|Photos|Author)\b\s*(?:by\b)?\s*:?|\(?[\w-]+(?:\.[\w-]+)+\)?\s*(?:\||$)|\d{4}-\d{1,2}-\d{1,2}\b)/i;
const BYLINE = /^By\s+\p{Lu}/u;
const HEADLINE_MAX_WORDS = 20;

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface Dateline extends Line {
  /** The place written in capitals ("BEIJING"), as a reader would name it ("Beijing"). */
  place: string;
  date: WrittenDate;
}

export interface StoryLayout {
  start: number;
  end: number;
  headline?: Line;
  /** Lines of page data and by-lines between the headline and the body. */
  header: Line[];
  dateline?: Dateline;
  /** Where the body's text starts (after any dateline) and ends. */
  bodyStart: number;
  bodyEnd: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) lines.push({ start: m.index! + lead, end: m.index! + lead + body.length, text: body });
  }
  return lines;
}

const isHeaderLine = (line: Line) => PAGE_DATA.test(line.text) || BYLINE.test(line.text);

function datelineOf(line: Line): Dateline | undefined {
  const m = DATELINE.exec(line.text);
  const date = m ? writtenDates(m[2]!)[0] : undefined;
  if (!m || !date) return undefined;
  const place = m[1]!
    .split(',')[0]!
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  return { start: line.start, end: line.start + m[0].length, text: m[0], place, date };
}

/** A line set as a headline: short, without a closing full stop, not a dateline or page data. */
function isHeadline(line: Line): boolean {
  return (
    line.text.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
    !/[.,;:]$/.test(line.text) &&
    /^["“‘']?[\p{Lu}\d]/u.test(line.text) &&
    !DATELINE.test(line.text) &&
    !isHeaderLine(line)
  );
}

/** The line after `i` past any header lines, and the header lines skipped. */
function bodyAfter(lines: readonly Line[], i: number): { header: Line[]; next?: Line } {
  const header: Line[] = [];
  let j = i + 1;
  for (; j < lines.length && isHeaderLine(lines[j]!); j++) header.push(lines[j]!);
  return { header, next: lines[j] };
}

/** Splits the input into stories, each with its headline, header lines and dateline. */
function layoutsOf(text: string): StoryLayout[] {
  const lines = linesOf(text);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const { next } = bodyAfter(lines, i);
    if (!next || !isHeadline(line)) return;
    if (i === 0 || datelineOf(next)) starts.push(i);
  });
  if (starts[0] !== 0) starts.unshift(-1);
  return starts.map((first, k) => {
    const last = (starts[k + 1] ?? lines.length) - 1;
    const headline = first >= 0 ? lines[first] : undefined;
    const { header } = first >= 0 ? bodyAfter(lines, first) : { header: [] };
    const bodyLine = lines[first + 1 + header.length];
    const dateline = bodyLine ? datelineOf(bodyLine) : undefined;
    const start = headline?.start ?? lines[0]?.start ?? 0;
    const end = lines[last]?.end ?? text.length;
    const bodyStart = dateline?.end ?? bodyLine?.start ?? end;
    return { start, end, ...(headline ? { headline } : {}), header, ...(dateline ? { dateline } : {}), bodyStart, bodyEnd: end };
  });
}

/**
 * The story's date (YYYY-MM-DD): a full date in its page data or dateline, or the dateline's
 * month and day in the year a full date of the same day in the story gives.
 */
function storyDate(text: string, story: StoryLayout): string | undefined {
  for (const line of story.header) {
    const full = writtenDates(line.text).find((d) => d.year !== undefined);
    if (full) return isoDate(full as WrittenDate & { year: number });
  }
  const dateline = story.dateline?.date;
  if (dateline?.year !== undefined) return isoDate(dateline as WrittenDate & { year: number });
  if (!dateline) return undefined;
  const same = writtenDates(text.slice(story.bodyStart, story.bodyEnd)).find(
    (d) => d.year !== undefined && d.month === dateline.month && d.day === dateline.day,
  );
  return same ? isoDate({ ...dateline, year: same.year! }) : undefined;
}

/** Adds `stories`, each with its headline, header lines and dateline, and the page's `date`. */
export function splitStories(doc: EnglishDocument): EnglishDocument {
  const layouts = layoutsOf(doc.text);
  doc.stories = layouts.map(englishStory);
  const date = layouts.map((s) => storyDate(doc.text, s)).find((d) => d !== undefined);
  if (date) doc.date = date;
  return doc;
}
