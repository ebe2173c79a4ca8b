import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../../config.ts';
import { ENTITY_TYPES, type EntityType, type Span } from '../labels.ts';

// Our own annotated articles as training data: the gold lists each article's entities by name
// and aliases, not where they are written, so every form is projected back onto the text.

export interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
}

export interface GoldDocument {
  /** news-dev or seeds: which gold file the document comes from. */
  group: string;
  file: string;
  text: string;
  entities: GoldEntity[];
}

/** The shared gold folder beside the repository (GOLD_DIR overrides it). */
export const goldDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(PROJECT_ROOT, env.GOLD_DIR || '../shared/gold');

function readGroup(group: string, goldFile: string, textsDir: string): GoldDocument[] {
  if (!existsSync(goldFile)) return [];
  return readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { file: string; articles: Array<{ entities: GoldEntity[] }> };
      return { group, file: row.file, text: readFileSync(join(textsDir, row.file), 'utf8'), entities: row.articles.flatMap((a) => a.entities) };
    });
}

/** Every gold document: news-dev's articles and the seed pages, sorted by group then file. */
export function readGold(dir = goldDir()): GoldDocument[] {
  return [
    ...readGroup('news-dev', join(dir, 'news-dev/gold.jsonl'), join(dir, 'news-dev/texts')),
    ...readGroup('seeds', join(dir, 'seeds.jsonl'), resolve(PROJECT_ROOT, 'seeds')),
  ].sort((a, b) => a.group.localeCompare(b.group) || a.file.localeCompare(b.file));
}

const QUOTES = /[“”"‘’'「」《》]/;
const PAIRS: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '》': '《' };
const CLOSING: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([close, open]) => [open, close]));

// A gold form may carry quotes the text lacks or lack quotes the text has (“红领金夕”行动 and
// 红领金夕行动 are one name to the scorer), so forms are matched with quotes removed from both
// sides and each match is widened to take in the other half of a quote pair it holds one half of.
function quoteless(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (QUOTES.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

function balanced(text: string, start: number, end: number): [number, number] {
  for (let i = start; i < end; i++) {
    const ch = text[i]!,
      opening = PAIRS[ch];
    if (opening && !text.slice(start, i).includes(opening) && text[start - 1] === opening) return balanced(text, start - 1, end);
    const closing = CLOSING[ch];
    if (closing && !text.slice(i, end).includes(closing) && text[end] === closing) return balanced(text, start, end + 1);
  }
  return [start, end];
}

/**
 * The spans of a text that its gold entities' names and aliases cover: forms of two or more
 * characters, longest match first, no overlaps (a place inside a body's name stays part of it).
 */
export function projectGold(text: string, entities: readonly GoldEntity[]): Span[] {
  const plain = quoteless(text);
  const found: Span[] = [];
  for (const entity of entities) {
    if (!ENTITY_TYPES.includes(entity.type as EntityType)) continue;
    for (const form of new Set([entity.name, ...(entity.aliases ?? [])])) {
      const bare = quoteless(form).text.replace(/\s+/g, '');
      if (bare.length < 2) continue;
      for (let from = plain.text.indexOf(bare); from >= 0; from = plain.text.indexOf(bare, from + 1)) {
        const [start, end] = balanced(text, plain.at[from]!, plain.at[from + bare.length - 1]! + 1);
        found.push({ type: entity.type as EntityType, start, end });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const spans: Span[] = [];
  for (const span of found) {
    if (taken.subarray(span.start, span.end).some(Boolean)) continue;
    taken.fill(1, span.start, span.end);
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}
