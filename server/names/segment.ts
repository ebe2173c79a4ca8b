import { knownPlace, shortFormOf } from './divisions.ts';
import { formulaOf } from './formula.ts';
import { groupAt } from './groups.ts';
import { FORMS, LONGEST_ENTRY, TERMS, type BodyForm, type Term } from './glossary/index.ts';
import { numberAt } from './numbers.ts';
import { HAN } from './pinyin.ts';

// A name split into the parts that are written differently in English: places, glossary
// words, official forms, and the proper parts between them that stay pinyin.

export type Token =
  | { kind: 'place'; zh: string; proper: string; level?: Term }
  | { kind: 'term'; zh: string; term: Term }
  | { kind: 'form'; zh: string; form: BodyForm }
  | { kind: 'proper'; zh: string }
  | { kind: 'quoted'; zh: string; clauses: Clause[] }
  | { kind: 'literal'; zh: string };

/** One clause of a quoted slogan (“之江同心·石榴红”), with the mark that ends it ('' for the last). */
export interface Clause {
  zh: string;
  tokens: Token[];
  /** The English of a clause that is a slogan pattern (三大三强 → Three Bigs and Three Strengths). */
  formula?: string;
  breakAfter: string;
}

/** A quoted part, each opening mark with its own closing one, so “‘京’彩” holds ‘京’ whole. */
const QUOTED = /“([^”]*)”|‘([^’]*)’|"([^"]*)"|'([^']*)'|「([^」]*)」|《([^》]*)》/gu;
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
 * Whether a division's level starts a longer word instead (缙云县城段 is 缙云 + 县城段, the county
 * seat section): then the place stands in short.
 */
function readsOnFromLevel(text: string, i: number, properLength: number, fullLength: number): boolean {
  const word = glossaryAt(text, i + properLength);
  return word !== undefined && word.length > fullLength - properLength && levelOf(word) === undefined;
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
    if (known && readsOnFromLevel(text, i, known.proper.length, zh.length)) {
      return { token: { kind: 'place', zh: known.proper, proper: known.proper }, length: known.proper.length };
    }
    if (known) return { token: { kind: 'place', zh, proper: known.proper, level: TERMS.get(known.level ?? '') }, length: n };
    const short = shortFormOf(zh);
    if (short === 'major' || (short === 'county' && properBefore === 0)) return { token: { kind: 'place', zh, proper: zh }, length: n };
  }
  return undefined;
}

const levelOf = (m: Match | undefined) => (m?.token.kind === 'term' && m.token.term.role === 'level' ? m.token.term : undefined);

/** What stands before a position: the last token, and so many characters of a proper part after it. */
type Before = { last: Token | undefined; proper: number };

/** A word that may name a place of the level after it (幸福 + 村, 先锋 + 社区). */
const namesLevel = (level: Term, last: Token | undefined) =>
  level.namedByWords === true && last?.kind === 'term' && last.term.role === 'word' && !last.term.conjunction;

/**
 * One-character words (镇, 港, 局) also occur inside proper names (石港镇, 丁店村, 中关村科技园),
 * so they count only after something, never right before an administrative level (nor an
 * administrative level before any level, nor a level before a one-character level: 集港路), and
 * before another word, the end, or a proper part long enough to be a name of its own (林埭镇智爱 …).
 * A level needs a proper part before it, except in relative forms (区委, 镇党委) and after a word
 * that names a grassroots place (文明村). A conjunction (与) needs something on both sides.
 */
function acceptsSingle(text: string, i: number, match: Match, before: Before): boolean {
  if (match.length > 1) return true;
  const next = i + 1 < text.length ? (divisionAt(text, i + 1) ?? glossaryAt(text, i + 1)) : undefined;
  if (match.token.kind === 'term' && match.token.term.conjunction) {
    return (before.last !== undefined || before.proper >= 2) && next !== undefined;
  }
  const level = levelOf(match);
  const nextLevel = levelOf(next) ?? (next?.token.kind === 'place' ? next.token.level : undefined);
  const nextIsSingle = next?.length === 1;
  if (nextLevel && (nextLevel.administrative || level?.administrative || (level && nextIsSingle))) return false;
  if (level && before.proper === 0) return (!before.last && next?.token.kind === 'form') || namesLevel(level, before.last);
  if (!level && !before.last && before.proper === 0) return false;
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
  for (let i = 0; i < text.length;) {
    const ch = text[i] ?? '';
    // Digits right after letters or digits are the rest of a code (the 60 of G60), not a number of their own;
    // a direction inside a proper part (冀北三县) ends that name rather than starting a group.
    const afterCode = /\w/.test(proper.slice(-1));
    const number = afterCode ? undefined : (numberAt(text, i) ?? (proper ? undefined : groupAt(text, i)));
    if (number) {
      flush();
      const zh = text.slice(i, i + number.length);
      tokens.push({ kind: 'term', zh, term: { zh, en: number.en, role: 'word' } });
      i += number.length;
      continue;
    }
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
    const match = bestAt(text, i, { last, proper: proper.length || openPlace });
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

/** The place a level makes with the tokens before it, and how many of them it takes in. */
interface Joined {
  place: Token;
  takes: number;
}

/** A word that starts a name, or follows the place it lies in, may be a grassroots place's name. */
const startsName = (out: readonly Token[], at: number) => at === 0 || out[at - 1]?.kind === 'place';

/**
 * The place a level makes with what stands before it: a proper part (小东各庄 + 村), with a word in
 * front of it that starts the name (幸福 + 里 + 社区); a short form (通州 + 园); a word naming a
 * grassroots place (幸福 + 村); or a section of a place whose one-character level belongs to its
 * name (梨花园 + 北区).
 */
function placeWith(out: readonly Token[], level: Term): Joined | undefined {
  const at = out.length - 1;
  const last = out[at];
  const zh = (last?.zh ?? '') + level.zh;
  if (last?.kind === 'proper') {
    const word = out[at - 1];
    if (word && namesLevel(level, word) && startsName(out, at - 1)) {
      return { place: { kind: 'place', zh: word.zh + zh, proper: word.zh + last.zh, level }, takes: 2 };
    }
    return { place: oneSyllablePlace(last.zh, level) ?? { kind: 'place', zh, proper: last.zh, level }, takes: 1 };
  }
  if (last?.kind === 'place' && !last.level) return { place: { kind: 'place', zh, proper: last.proper, level }, takes: 1 };
  if (level.section && last?.kind === 'place' && last.level?.zh.length === 1 && !last.level.administrative) {
    return { place: { kind: 'place', zh, proper: last.zh, level }, takes: 1 };
  }
  if (last && namesLevel(level, last) && startsName(out, at)) {
    return { place: { kind: 'place', zh, proper: last.zh, level }, takes: 1 };
  }
  return undefined;
}

/**
 * A one-syllable name takes a one-character level into itself, as the national romanisation
 * standard writes it: 石港 is Shigang, and a natural feature says its level again (太湖 → Taihu Lake).
 */
function oneSyllablePlace(proper: string, level: Term): Token | undefined {
  if ([...proper].length !== 1 || level.zh.length !== 1 || level.administrative) return undefined;
  const zh = proper + level.zh;
  return level.natural ? { kind: 'place', zh, proper: zh, level } : { kind: 'place', zh, proper: zh };
}

function joinPlaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const joined = token.kind === 'term' && token.term.role === 'level' ? placeWith(out, token.term) : undefined;
    if (joined) out.splice(out.length - joined.takes, joined.takes, joined.place);
    else out.push(token);
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

/** Where a slogan breaks into clauses (“奋进新征程·红动金平湖”, “一起分，鄞未来”). */
const CLAUSE_BREAK = /(\s*[·•，,、；;！!？?\s]\s*)/u;

/** A quoted slogan by clauses, each segmented or read as a slogan pattern (“三大三强”). */
function clausesOf(inner: string): Clause[] {
  const parts = inner.split(CLAUSE_BREAK);
  const clauses: Clause[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const zh = parts[i] ?? '';
    if (!zh) continue;
    const breakAfter = (parts[i + 1] ?? '').trim();
    const formula = formulaOf(zh);
    clauses.push(formula ? { zh, tokens: [], formula, breakAfter } : { zh, tokens: segment(zh), breakAfter });
  }
  return clauses;
}

/** Splits a name; quoted parts (“雁阵”计划) become tokens of their own. */
export function segment(name: string): Token[] {
  const whole = /^[“"]([^“”"]+)[”"]$/u.exec(name);
  // A name quoted as a whole (“幸福楼门工作室”) is an ordinary name, unless it is a slogan pattern (“三个行动”).
  if (whole?.[1]) return formulaOf(whole[1]) ? [{ kind: 'quoted', zh: whole[1], clauses: clausesOf(whole[1]) }] : segment(whole[1]);
  const tokens: Token[] = [];
  let at = 0;
  for (const m of name.matchAll(QUOTED)) {
    if (m.index > at) tokens.push(...segmentPlain(name.slice(at, m.index)));
    const inner = m.slice(1).find((group) => group !== undefined) ?? '';
    if (inner) tokens.push({ kind: 'quoted', zh: inner, clauses: clausesOf(inner) });
    at = m.index + m[0].length;
  }
  if (at < name.length) tokens.push(...segmentPlain(name.slice(at).replace(/[“”"‘’「」《》]/g, '')));
  return unquoteGlossary(tokens.filter((t) => t.zh.trim() !== ''));
}
