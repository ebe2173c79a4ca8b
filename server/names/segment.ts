import { knownPlace, shortFormOf } from './divisions.ts';
import { FORMS, LONGEST_ENTRY, TERMS, type BodyForm, type Term } from './glossary/index.ts';
import { HAN } from './pinyin.ts';

// A name split into the parts that are written differently in English: places, glossary
// words, official forms, and the proper parts between them that stay pinyin.

export type Token =
  | { kind: 'place'; zh: string; proper: string; level?: Term }
  | { kind: 'term'; zh: string; term: Term }
  | { kind: 'form'; zh: string; form: BodyForm }
  | { kind: 'proper'; zh: string }
  | { kind: 'quoted'; zh: string; inner: Token[] }
  | { kind: 'literal'; zh: string };

const QUOTED = /[“"‘'「《]([^”"’'」》]*)[”"’'」》]/gu;
const LONGEST_DIVISION = 12;

interface Match {
  token: Token;
  length: number;
}

function glossaryAt(text: string, i: number): Match | undefined {
  for (let n = Math.min(LONGEST_ENTRY, text.length - i); n >= 1; n--) {
    const zh = text.slice(i, i + n);
    const form = FORMS.get(zh);
    if (form) return { token: { kind: 'form', zh, form }, length: n };
    const term = TERMS.get(zh);
    if (term) return { token: { kind: 'term', zh, term }, length: n };
  }
  return undefined;
}

/**
 * A division written in full (拉萨市) or as a province or city in short (浙江, 宁波) anywhere; a
 * county in short only where a proper part starts, since inside one (寿昌江) a county's short
 * form (昌江) is more often a coincidence.
 */
function divisionAt(text: string, i: number, properBefore = 0): Match | undefined {
  for (let n = Math.min(LONGEST_DIVISION, text.length - i); n >= 2; n--) {
    const zh = text.slice(i, i + n);
    const known = knownPlace(zh);
    if (known) return { token: { kind: 'place', zh, proper: known.proper, level: TERMS.get(known.level ?? '') }, length: n };
    const short = shortFormOf(zh);
    if (short === 'major' || (short === 'county' && properBefore === 0)) return { token: { kind: 'place', zh, proper: zh }, length: n };
  }
  return undefined;
}

const levelOf = (m: Match | undefined) => (m?.token.kind === 'term' && m.token.term.role === 'level' ? m.token.term : undefined);

/** What stands before a position: nothing, a token, or so many characters of a proper part. */
type Before = { token: boolean; proper: number };

/**
 * One-character words (镇, 港, 局) also occur inside proper names (石港镇, 丁店村, 中关村科技园),
 * so they count only after something, never right before an administrative level (nor an
 * administrative level before any level, nor a level before a one-character level: 集港路), and before another word, the end, or a proper part
 * long enough to be a name of its own (林埭镇智爱 …). A level needs a proper part before it,
 * except in relative forms (区委, 镇党委).
 */
function acceptsSingle(text: string, i: number, match: Match, before: Before): boolean {
  if (match.length > 1) return true;
  const next = i + 1 < text.length ? (divisionAt(text, i + 1) ?? glossaryAt(text, i + 1)) : undefined;
  const level = levelOf(match);
  const nextLevel = levelOf(next) ?? (next?.token.kind === 'place' ? next.token.level : undefined);
  const nextIsSingle = next?.length === 1;
  if (nextLevel && (nextLevel.administrative || level?.administrative || (level && nextIsSingle))) return false;
  if (level && before.proper === 0) return !before.token && next?.token.kind === 'form';
  if (!level && !before.token && before.proper === 0) return false;
  return i + 1 === text.length || next !== undefined || before.proper >= 2 || !HAN.test(text[i + 1] ?? '');
}

function bestAt(text: string, i: number, before: Before): Match | undefined {
  const division = divisionAt(text, i, before.proper);
  const word = glossaryAt(text, i);
  const best = division && (!word || division.length >= word.length) ? division : word;
  if (!best) return undefined;
  if (acceptsSingle(text, i, best, before)) return best;
  return undefined;
}

/** Glossary words, longest first, with the proper parts left between them. */
function segmentPlain(text: string): Token[] {
  const tokens: Token[] = [];
  let proper = '';
  const flush = () => {
    if (proper) tokens.push(HAN.test(proper) ? { kind: 'proper', zh: proper } : { kind: 'literal', zh: proper });
    proper = '';
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i] ?? '';
    if (!HAN.test(ch)) {
      if (proper && HAN.test(proper)) flush();
      proper += ch;
      i++;
      continue;
    }
    if (proper && !HAN.test(proper)) flush();
    const last = tokens[tokens.length - 1];
    // A short form (通州, 周村) may still take its level: 通州园, 周村村.
    const openPlace = !proper && last?.kind === 'place' && !last.level ? last.proper.length : 0;
    const match = bestAt(text, i, { token: tokens.length > 0, proper: proper.length || openPlace });
    if (!match) {
      proper += ch;
      i++;
      continue;
    }
    flush();
    tokens.push(match.token);
    i += match.length;
  }
  flush();
  return joinPlaces(tokens);
}

/** A proper part followed by a level is one place (小东各庄 + 村). */
function joinPlaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const isLevelTerm = token.kind === 'term' && token.term.role === 'level';
    if (isLevelTerm && last?.kind === 'proper') {
      out[out.length - 1] = { kind: 'place', zh: last.zh + token.zh, proper: last.zh, level: token.term };
    } else if (isLevelTerm && last?.kind === 'place' && !last.level) {
      out[out.length - 1] = { kind: 'place', zh: last.zh + token.zh, proper: last.proper, level: token.term };
    } else out.push(token);
  }
  return out;
}

/** A quoted word that is one glossary word with what follows it (“两新”工委) is that word. */
function unquoteGlossary(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const joined = last?.kind === 'quoted' ? last.zh + token.zh : '';
    const form = FORMS.get(joined);
    const term = TERMS.get(joined);
    if (form) out[out.length - 1] = { kind: 'form', zh: joined, form };
    else if (term) out[out.length - 1] = { kind: 'term', zh: joined, term };
    else out.push(token);
  }
  return out;
}

/** Splits a name; quoted parts (“雁阵”计划) become tokens of their own. */
export function segment(name: string): Token[] {
  const whole = /^[“"]([^“”"]+)[”"]$/u.exec(name);
  // A name quoted as a whole (“幸福楼门工作室”) is an ordinary name.
  if (whole?.[1]) return segment(whole[1]);
  const tokens: Token[] = [];
  let at = 0;
  for (const m of name.matchAll(QUOTED)) {
    if (m.index > at) tokens.push(...segmentPlain(name.slice(at, m.index)));
    const inner = m[1] ?? '';
    if (inner) tokens.push({ kind: 'quoted', zh: inner, inner: segment(inner) });
    at = m.index + m[0].length;
  }
  if (at < name.length) tokens.push(...segmentPlain(name.slice(at).replace(/[“”"‘’「」《》]/g, '')));
  return unquoteGlossary(tokens.filter((t) => t.zh.trim() !== ''));
}
