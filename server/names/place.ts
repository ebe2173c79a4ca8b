import { MUNICIPALITIES, PROVINCES, PROVINCIAL_SUFFIXES } from './glossary/index.ts';
import { placeInFull, renderTokens } from './phrase.ts';
import type { Token } from './segment.ts';

// Places: the proper part as one word plus the level (玉桥街道 → Yuqiao Street); provinces and
// municipalities by their official names (北京市 → Beijing).

const PROVINCIAL = new Map([...MUNICIPALITIES, ...PROVINCES].flatMap((p) => [p.zh, ...(p.variants ?? [])].map((zh) => [zh, p.en] as const)));

function provincialName(name: string): string | undefined {
  const suffix = PROVINCIAL_SUFFIXES.find((s) => name.endsWith(s) && PROVINCIAL.has(name.slice(0, -s.length)));
  return PROVINCIAL.get(suffix ? name.slice(0, -suffix.length) : name);
}

export function renderPlace(name: string, tokens: readonly Token[]): string {
  const provincial = provincialName(name);
  if (provincial) return provincial;
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind === 'place') return placeInFull(only);
  return renderTokens(tokens, 'word');
}
