import { renderTokens } from './phrase.ts';
import type { Token } from './segment.ts';

// Projects: pinyin for proper parts word by word, English for common words, in Chinese order
// (缙云抽水蓄能电站 → Jinyun pumped-storage station; “雁阵”计划 → Yanzhen Plan).

/** A company's legal suffix inside a project's name says nothing about the project. */
const isLegalSuffix = (t: Token) => t.kind === 'term' && t.term.bare === true && t.term.role === 'head';

export function renderProject(tokens: readonly Token[]): string {
  const kept = tokens.filter((t, i) => i === tokens.length - 1 || !isLegalSuffix(t));
  return renderTokens(kept, 'words');
}
