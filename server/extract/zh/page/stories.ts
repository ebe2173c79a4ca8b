import { chineseStory, type ChineseDocument, type ChineseStory } from '../document.ts';
import { startsWithPlace } from '../mentions/places.ts';
import { chooseHeadline } from './headline.ts';
import type { Line } from './layout.ts';
import { labelledTitleStart } from './metadata.ts';

interface Block {
  lines: Line[];
  /** Starts with a by-line or 本报讯: a new story begins here whatever comes before. */
  opens: boolean;
  headlines: Line[];
  bigrams: Map<number, number>;
}

// Two blocks of body text separated by a short line belong to one story (the short line is a
// cross-head) when they share this much of their vocabulary (cosine of character bigrams).
const SAME_STORY = 0.04;

function bigramsOf(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  // Each pair of adjacent Han characters, as one number (no string per pair).
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    if (previous >= 0) {
      const gram = previous * 65536 + code;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    previous = code;
  }
  return counts;
}

function cosine(a: Map<number, number>, b: Map<number, number>): number {
  let dot = 0,
    na = 0,
    nb = 0;
  for (const [g, n] of a) {
    na += n * n;
    dot += n * (b.get(g) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The share of a headline's bigrams that the block uses. */
function echoes(line: Line, block: Block): number {
  const grams = [...bigramsOf(line.text).keys()];
  return grams.length ? grams.filter((g) => block.bigrams.has(g)).length / grams.length : 0;
}

// Lines that belong to a story's opening: a by-line or 本报讯 right after them opens no new story.
const OPENING_KINDS: ReadonlySet<Line['kind']> = new Set(['byline', 'opener', 'meta']);

function blocksOf(lines: readonly Line[]): Array<Block | Line[]> {
  const items: Array<Block | Line[]> = [];
  const content = lines.filter((line) => line.kind !== 'chrome');
  const followed = textFollows(content);
  let current: Block | undefined;
  let run: Line[] | undefined;
  content.forEach((line, i) => {
    if (line.kind === 'headline') {
      current = undefined;
      (run ??= (items.push([]), items[items.length - 1] as Line[])).push(line);
      return;
    }
    run = undefined;
    // A by-line set under the text it signs (the page ends, or only metadata follows) opens nothing.
    const opening = line.kind === 'opener' || (line.kind === 'byline' && followed[i]!);
    const last = current?.lines[current.lines.length - 1];
    if (!current || (opening && last && !OPENING_KINDS.has(last.kind))) {
      current = { lines: [], opens: opening, headlines: [], bigrams: new Map() };
      items.push(current);
    }
    current.lines.push(line);
  });
  for (const item of items) if (!Array.isArray(item)) item.bigrams = bigramsOf(item.lines.map((l) => l.text).join(''));
  return items;
}

/** For each line, whether story text or a headline comes after it, past by-lines, credits and metadata. */
function textFollows(lines: readonly Line[]): boolean[] {
  const followed: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let i = lines.length - 2; i >= 0; i--) followed[i] = followed[i + 1]! || !['byline', 'credit', 'meta'].includes(lines[i + 1]!.kind);
  return followed;
}

// Headline words as compared for a repeat: no spaces, quotes or punctuation.
const headlineWords = (lines: readonly Line[]) =>
  lines
    .map((l) => l.text)
    .join('')
    .replace(/[\s\p{P}]/gu, '');
const REPEAT_MIN = 6;

/** Whether a run of headline lines says again what a story's headline says (in full or in part). */
function repeatsHeadline(run: readonly Line[], headline: readonly Line[]): boolean {
  const a = headlineWords(run),
    b = headlineWords(headline);
  return a.length >= REPEAT_MIN && b.length >= REPEAT_MIN && (a.includes(b) || b.includes(a));
}

const isSigned = (block: Block) => block.lines.some((line) => ['byline', 'opener', 'credit'].includes(line.kind));

/** The metadata line that gives a story's headline (原标题：…), and that headline as a line of its own. */
function labelledTitle(lines: readonly Line[]): { source: Line; headline: Line } | undefined {
  for (const source of lines) {
    const from = source.kind === 'meta' ? labelledTitleStart(source.text) : undefined;
    if (from !== undefined) return { source, headline: { ...source, start: source.start + from, text: source.text.slice(from), kind: 'headline' } };
  }
  return undefined;
}

/**
 * Splits a page into stories. Stories open at a by-line or 本报讯; a run of headline lines goes
 * with the story it echoes, before or after it (pages set headlines above or below the text), and
 * is split where its lines stop echoing the story before and start echoing the one after.
 */
function storiesOf(lines: readonly Line[], startsWithName: (text: string) => boolean, original: (line: Line) => string): ChineseStory[] {
  // A page of headline-shaped lines alone (one sentence without its full stop, a list of titles)
  // has no story text: its lines are the text.
  if (lines.length && lines.every((l) => l.kind === 'headline' || l.kind === 'chrome')) {
    const text = lines.filter((l) => l.kind === 'headline');
    return text.length
      ? [
          chineseStory({
            title: '',
            start: text[0]!.start,
            end: text[text.length - 1]!.end,
            lines: text.map((l) => ({ ...l, kind: 'body' as const, runsOn: false })),
          }),
        ]
      : [];
  }
  const items = blocksOf(lines);
  const blocks = items.filter((item): item is Block => !Array.isArray(item));
  // Blocks that continue the block before them, across a cross-head.
  const continues = new Set<Block>();
  // The headline lines of the story a block belongs to, so far.
  const index = new Map(blocks.map((block, i) => [block, i]));
  const headlinesOf = (block: Block): Line[] => {
    for (let i = index.get(block)!; i >= 0; i--) if (blocks[i]!.headlines.length || !continues.has(blocks[i]!)) return blocks[i]!.headlines;
    return [];
  };
  items.forEach((item, i) => {
    if (!Array.isArray(item)) return;
    const prev = items[i - 1] as Block | undefined;
    const next = items[i + 1] as Block | undefined;
    if (!prev) {
      next?.headlines.push(...item);
      return;
    }
    // Lines after the last story are its headline where a newspaper sets it below the story
    // (signed with a by-line, 本报讯 or a photo credit) and none is above; otherwise they are the
    // story's last words, cut short, or a caption.
    if (!next) {
      if (isSigned(prev) && !prev.headlines.length) prev.headlines.push(...item);
      else prev.lines.push(...item.map((line) => ({ ...line, kind: 'body' as const })));
      return;
    }
    // A web page may set the print edition's headline block again above the text: the story goes on.
    if (repeatsHeadline(item, headlinesOf(prev))) {
      continues.add(next);
      return;
    }
    if (!next.opens && cosine(prev.bigrams, next.bigrams) >= SAME_STORY) {
      continues.add(next);
      return;
    }
    let bestSplit = 0,
      bestScore = -1;
    for (let k = 0; k <= item.length; k++) {
      const score = item.reduce((sum, line, j) => sum + echoes(line, j < k ? prev : next), 0);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestSplit = k;
      }
    }
    prev.headlines.push(...item.slice(0, bestSplit));
    next.headlines.push(...item.slice(bestSplit));
  });
  const stories: ChineseStory[] = [];
  let story: { blocks: Block[] } | undefined;
  const groups: Block[][] = [];
  // Metadata alone between headlines (a page's dateline above the headline) is the story's below.
  let pending: Block[] = [];
  for (const block of blocks) {
    if (!block.headlines.length && block.lines.every((l) => l.kind === 'meta')) {
      pending.push(block);
      continue;
    }
    if (story && continues.has(block)) story.blocks.push(...pending, block);
    else groups.push((story = { blocks: [...pending, block] }).blocks);
    pending = [];
  }
  if (pending.length) {
    if (story) story.blocks.push(...pending);
    else groups.push(pending);
  }
  for (const group of groups) {
    const storyLines = group.flatMap((b) => b.lines);
    const headlineLines = group.flatMap((b) => b.headlines);
    const all = [...storyLines, ...headlineLines];
    const text = storyLines.filter((l) => l.kind !== 'meta');
    const bodyLines = text.length ? text : storyLines;
    const body = { start: Math.min(...bodyLines.map((l) => l.start)), end: Math.max(...bodyLines.map((l) => l.end)) };
    // A story set without a headline takes the one its metadata gives, and that line is then its
    // headline, not its text.
    const labelled = headlineLines.length ? undefined : labelledTitle(storyLines);
    const headline = chooseHeadline(labelled ? [labelled.headline] : headlineLines, body, startsWithName, original);
    stories.push(
      chineseStory({
        title: headline?.title ?? '',
        ...(headline?.kicker ? { kicker: headline.kicker } : {}),
        ...(headline?.subtitle ? { subtitle: headline.subtitle } : {}),
        start: Math.min(...all.map((l) => l.start)),
        end: Math.max(...all.map((l) => l.end)),
        lines: storyLines.filter((l) => l !== labelled?.source),
      }),
    );
  }
  return stories;
}

/** Adds `stories`: the page's stories, each with its headline, kicker, subtitle and lines. */
export function splitStories(doc: ChineseDocument): ChineseDocument {
  doc.stories = storiesOf(
    doc.lines,
    (line) => startsWithPlace(line, doc.homePlace),
    (line) => doc.text.slice(line.start, line.end),
  );
  return doc;
}
