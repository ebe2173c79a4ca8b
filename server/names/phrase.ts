import { capitalise, joinSyllables, properWord, properWords, syllables } from './pinyin.ts';
import { CONVENTIONAL_SPELLINGS } from './glossary/spellings.ts';
import { readsAsPersonName, renderPerson } from './person.ts';
import type { Clause, Token } from './segment.ts';

// Tokens written in order: the common ground of organisations, projects and places.

/** How proper parts read: one word (organisation and place names) or word by word (projects). */
export type ProperStyle = 'word' | 'words';

/** A place's proper part, read together with its level so place readings apply (单县 → Shan). */
function placeProper(token: Extract<Token, { kind: 'place' }>): string {
  const spelling = CONVENTIONAL_SPELLINGS[token.proper];
  if (spelling || !token.level) return spelling ?? properWord(token.proper);
  return capitalise(joinSyllables(syllables(token.zh).slice(0, [...token.proper].length)));
}

/** A place in full (兴仁镇 → Xingren Town). */
export const placeInFull = (token: Extract<Token, { kind: 'place' }>) => [placeProper(token), token.level?.en].filter(Boolean).join(' ');

/**
 * A place in front of other words. 市 and 省 drop out (平湖市职业中专 → Pinghu …) except
 * before a government body, where they read "Municipal" or "Provincial".
 */
function placeBeforeWords(token: Extract<Token, { kind: 'place' }>, beforeGovernment: boolean): string {
  const level = token.level;
  if (!level?.droppedBeforeWords) return placeInFull(token);
  const modifier = beforeGovernment ? level.beforeGovernment : undefined;
  return [placeProper(token), modifier].filter(Boolean).join(' ');
}

const isGlossary = (t: Token) => t.kind === 'term' || t.kind === 'form';
const isHeadTerm = (t: Token | undefined) => (t?.kind === 'term' && t.term.role === 'head') || t?.kind === 'form';

/** Quote marks nested in a quoted name (“‘京’彩文化”), which its pinyin leaves out. */
const QUOTE_MARKS = /[“”"‘’'「」《》]/g;

/** Quoted names this short are brands, written in pinyin like any proper name (“雁阵”, “牵手”). */
const BRAND_UP_TO = 2;

/**
 * A clause of a quoted name: translated where every part is glossary or a place (“全面提升”,
 * “十里寿昌江”), a name with its generic head where only that head is glossary (“匠才班” →
 * Jiangcai Class), else pinyin word by word, since a slogan half translated reads as neither
 * (“有事来协商”).
 */
function clauseEnglish({ zh, tokens, formula }: Clause): string {
  if (formula) return formula;
  const translatable =
    [...zh].length > BRAND_UP_TO && tokens.some(isGlossary) && tokens.every((t) => isGlossary(t) || t.kind === 'literal' || t.kind === 'place');
  const namedHead = tokens.length === 2 && tokens[0]?.kind === 'proper' && isHeadTerm(tokens[1]);
  if (translatable || namedHead) return renderTokens(tokens, 'words');
  return properWords(zh.replace(QUOTE_MARKS, ''));
}

/** A quoted name clause by clause; a middle dot stays, other breaks read as commas. */
function quoted(token: Extract<Token, { kind: 'quoted' }>): string {
  return token.clauses
    .map((clause) => {
      const mark = clause.breakAfter === '' ? '' : /[·•]/.test(clause.breakAfter) ? ' ·' : ',';
      return clauseEnglish(clause) + mark;
    })
    .join(' ');
}

/** The tokens after a place all belong to a government body (公安 + 局), so the city reads "Municipal". */
function leadsGovernmentBody(rest: readonly Token[]): boolean {
  const head = rest[rest.length - 1];
  const headIsGovernment = head?.kind === 'form' ? head.form.government : head?.kind === 'term' && head.term.government;
  return Boolean(headIsGovernment) && rest.every((t) => (t.kind === 'term' && t.term.government) || t.kind === 'form');
}

function tokenEnglish(token: Token, style: ProperStyle): string {
  switch (token.kind) {
    case 'place':
      return placeInFull(token);
    case 'term':
      return token.term.en;
    case 'form':
      return token.form.en;
    case 'proper':
      return style === 'word' ? properWord(token.zh) : properWords(token.zh);
    case 'quoted':
      return quoted(token);
    case 'literal':
      return token.zh.trim();
  }
}

/** Where a word English puts in front goes: before the word it follows (罐箱新项目 → new tank container project). */
function modifierAt(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  return before?.kind === 'term' && before.term.role === 'word' ? i - 1 : i;
}

/** A person's name before a unit named after its leader (崔柳 + 工作室 → Cui Liu Studio). */
const namesLeader = (token: Token, next: Token | undefined) =>
  token.kind === 'proper' && next?.kind === 'term' && next.term.namedAfterPerson === true && readsAsPersonName(token.zh);

/** Tokens in order, places written as modifiers of what follows them. */
export function renderTokens(tokens: readonly Token[], style: ProperStyle): string {
  const words = tokens.map((token, i) => {
    const rest = tokens.slice(i + 1);
    if (token.kind === 'place' && rest.length > 0) return placeBeforeWords(token, leadsGovernmentBody(rest));
    if (namesLeader(token, rest[0])) return renderPerson(token.zh);
    return tokenEnglish(token, style);
  });
  tokens.forEach((token, i) => {
    const modifier = token.kind === 'term' ? token.term.movesBefore : undefined;
    const at = modifierAt(tokens, i);
    if (modifier) words[at] = `${modifier} ${words[at]}`;
  });
  return words.filter(Boolean).join(' ');
}

/**
 * What a form calls `{area}`: the words before it, a city reading "Municipal" before a
 * government form. A body is named after its own area only: 北京市通州区人民检察院 is the
 * Tongzhou District People's Procuratorate, 杭州市建德市委 the CPC Jiande Municipal Committee.
 */
export function areaModifier(tokens: readonly Token[], government: boolean): string {
  const last = tokens[tokens.length - 1];
  if (last?.kind !== 'place') return renderTokens(tokens, 'word');
  const before = tokens.slice(0, -1);
  const nested = last.level?.administrative && before.every((t) => t.kind === 'place' && t.level?.administrative);
  return [nested ? '' : renderTokens(before, 'word'), placeBeforeWords(last, government)].filter(Boolean).join(' ');
}
