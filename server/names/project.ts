import { renderTokens } from './phrase.ts';
import type { Token } from './segment.ts';

// Projects: pinyin for proper parts word by word, English for common words, in Chinese order
// (缙云抽水蓄能电站 → Jinyun pumped-storage station; “雁阵”计划 → Yanzhen Plan).

const isLegalForm = (t: Token) => t.kind === 'term' && t.term.legalForm === true;

/** A name that is one quoted slogan and nothing else (“理论微宣讲”). */
const WHOLLY_QUOTED = /^[“"][^“”"]+[”"]$/u;

/** What English calls an undertaking named only by its slogan: the “理论微宣讲” campaign. */
const SLOGAN_HEAD = 'campaign';

const isHead = (t: Token | undefined) => (t?.kind === 'term' && t.term.role === 'head') || t?.kind === 'form';

export function renderProject(name: string, tokens: readonly Token[]): string {
  const kept = tokens.filter((t, i) => i === tokens.length - 1 || !isLegalForm(t));
  const en = renderTokens(kept, 'words');
  return WHOLLY_QUOTED.test(name) && !isHead(kept[kept.length - 1]) ? `${en} ${SLOGAN_HEAD}` : en;
}
