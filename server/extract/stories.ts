import type { Span } from './types.ts';

export interface StorySpan extends Span {
  title: string;
}

// A headline is a short line with no sentence-final punctuation. A run of such lines
// (kicker, headline, subtitle) opens a story; the longest line of the run is taken as the
// headline until the story stage learns to tell them apart.
const MAX_HEADLINE = 40;
const FINAL_PUNCTUATION = /[。！？!?；;]$/;

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) lines.push({ start: start + lead, end: start + lead + body.length, text: body });
    start += raw.length + 1;
  }
  return lines;
}

const isHeadline = (line: Line) =>
  line.text.length <= MAX_HEADLINE && !FINAL_PUNCTUATION.test(line.text) && !/^(本报讯|■)/.test(line.text);

/** Splits a page into stories; a text with no headline is one untitled story. */
export function splitStories(text: string): StorySpan[] {
  const lines = linesOf(text);
  const stories: StorySpan[] = [];
  let i = 0;
  while (i < lines.length) {
    const run: Line[] = [];
    while (i < lines.length && isHeadline(lines[i]!)) run.push(lines[i++]!);
    const bodyStart = i;
    while (i < lines.length && !isHeadline(lines[i]!)) i++;
    if (i === bodyStart && stories.length > 0) {
      // Headline lines with no body after them belong to the previous story's tail.
      stories[stories.length - 1]!.end = run[run.length - 1]!.end;
      continue;
    }
    const first = run[0] ?? lines[bodyStart]!;
    const last = lines[i - 1]!;
    const title = run.reduce((best, line) => (line.text.length > best.length ? line.text : best), '');
    stories.push({ start: first.start, end: last.end, title });
  }
  return stories;
}
