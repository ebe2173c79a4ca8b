import { MONTH } from '../page/dates.ts';
import { headEndingAt, type Head } from './heads.ts';
import { isCommonWord, isDateWord, isGivenName, isHonorific, isOnlyNoun } from './lexicon.ts';
import { isChineseName, isWesternName } from './persons.ts';
import { isCapitalised, isPossessive, isWord, type Token } from './text.ts';
import { HEADS_TAKING_OF, ORG_HEADS } from '../vocab/orgs.ts';
import { LOWERCASE_LEVELS } from '../vocab/places.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../vocab/titles.ts';

// Proper names in a sentence: runs of capitalised words, joined across "of" after a head that
// takes one (Academy of Social Sciences) and across "and" inside a name (Development and Reform
// Bureau), cut after each head so "Tongzhou District Party Secretary Meng Jingwei" gives the
// district, then a title and a person.
export interface Chunk {
  start: number;
  end: number;
  words: Token[];
  /** The head that says what the chunk names; none for persons and bare names (Beijing, Sifang). */
  head?: Head;
  /** Titles and honorifics written in front of a name (Party Secretary, Mr.). */
  title: Token[];
  /** The chunk before it joined by a possessive ("Beijing" of "Beijing's Tongzhou District"). */
  possessor?: Chunk;
  /** Written as "Hamburg-based": a place the next organisation is in. */
  based?: boolean;
}

const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS].flatMap((t) => t.split(' ')));
const isTitleWord = (w: Token) => TITLE_WORDS.has(w.text.toLowerCase()) || isHonorific(w.text);
const OPENING = /^["“‘'([:—–-]$/;

const MONTH_WORD = new RegExp(`^${MONTH}$`);
// Months and weekdays are capitalised but name nothing here; "May" only before a day.
const isDate = (token: Token, next?: Token) => isDateWord(token.text) || (MONTH_WORD.test(token.text) && next !== undefined && /^\d/.test(next.text));
const isNameWord = (token: Token, next?: Token) => isWord(token.text) && isCapitalised(token.text) && token.text !== 'I' && !isDate(token, next);

/** The head that governs words [from, to): the last one before any "of", else the last word's. */
function governingHead(words: readonly string[], from: number, to: number): Head | undefined {
  const of = words.slice(from, to).findIndex((w) => w === 'of' || w === 'for');
  const until = of > 0 ? from + of : to;
  const head = headEndingAt(words.slice(0, until), until - 1);
  return head && until - head.words >= from ? head : undefined;
}

/** Where the capitalised words from `at` end. */
function nameEnd(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i < tokens.length && isNameWord(tokens[i]!, tokens[i + 1])) i++;
  return i;
}

/**
 * Whether the name that runs from `at` is a body of its own: a proper part and one of our
 * organisation heads ("Peking University"; "Technology" alone is a field, not a body).
 */
function isBodyFrom(tokens: readonly Token[], at: number): boolean {
  const end = nameEnd(tokens, at);
  const head =
    end > at
      ? headEndingAt(
          tokens.slice(0, end).map((t) => t.text),
          end - 1,
        )
      : undefined;
  return head?.type === 'ORG' && ORG_HEADS.has(head.key) && end - at > head.words;
}

const inField = (words: readonly Token[]) => words.some((w) => w.text === 'of' || w.text === 'for');

/**
 * Whether "and" joins two parts of one name: inside a body's field ("Ministry of Agriculture
 * and Rural Affairs") unless a second body follows ("… and Peking University"), or before the
 * head of a body ("Development and Reform Bureau"). "Fangxi Township and Dayang Town" are two names.
 */
const joinsByAnd = (words: readonly Token[], tokens: readonly Token[], at: number) => (inField(words) ? !isBodyFrom(tokens, at) : isBodyFrom(tokens, at));

/** Runs of name words in a sentence, with the possessive that links two runs. */
function runsOf(tokens: readonly Token[]): { words: Token[]; possessive: boolean; based?: boolean }[] {
  const runs: { words: Token[]; possessive: boolean; based?: boolean }[] = [];
  let words: Token[] = [];
  const close = (possessive: boolean) => {
    if (words.length > 0) runs.push({ words, possessive });
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!,
      next = tokens[i + 1],
      after = tokens[i + 2];
    const based = /^(\p{Lu}[\p{L}'’]*)-based$/u.exec(token.text);
    if (based) {
      close(false);
      runs.push({ words: [{ text: based[1]!, start: token.start, end: token.start + based[1]!.length }], possessive: false, based: true });
      continue;
    }
    if (isNameWord(token, next)) {
      words.push(token);
      continue;
    }
    const last = words[words.length - 1]?.text.toLowerCase();
    // "of" after a head that takes one (Academy of …), or after a field before the body it
    // belongs to ("School of Economics and Management of Beijing University of Technology").
    if (words.length > 0 && (token.text === 'of' || token.text === 'for') && last) {
      const skip = next?.text === 'the' ? 1 : 0;
      const first = tokens[i + 1 + skip];
      if (first && isNameWord(first, tokens[i + 2 + skip]) && (HEADS_TAKING_OF.has(last) || (inField(words) && isBodyFrom(tokens, i + 1 + skip)))) {
        words.push(token, ...(skip ? [next!] : []));
        i += skip;
        continue;
      }
    }
    if (
      words.length > 0 &&
      (token.text === '&' || token.text === 'and') &&
      next &&
      isNameWord(next, after) &&
      (token.text === '&' || joinsByAnd(words, tokens, i + 1))
    ) {
      words.push(token);
      continue;
    }
    // "Jinyun county": a level word in lower case after a name, unless a noun follows that
    // makes it part of something else ("Jinyun county government").
    if (
      words.length > 0 &&
      LOWERCASE_LEVELS.has(token.text) &&
      !headEndingAt(
        words.map((w) => w.text),
        words.length - 1,
      ) &&
      !(next && /^\p{Ll}/u.test(next.text) && isOnlyNoun(next.text)) &&
      !(next && isCapitalised(next.text))
    ) {
      words.push(token);
      close(false);
      continue;
    }
    close(isPossessive(token.text) && next !== undefined && isNameWord(next, after));
  }
  close(false);
  return runs;
}

/** Drops words that are capitalised only because a sentence or quotation starts with them. */
function withoutOpeningWords(words: Token[], sentenceStart: boolean): Token[] {
  let from = 0;
  while (from < words.length) {
    const w = words[from]!.text;
    const name = words.slice(from, from + 2).map((t) => t.text);
    // "Wang Zhang said", "Will Smith said": a common word that opens a name stays.
    const opening = from === 0 && sentenceStart && isCommonWord(w) && !isHonorific(w) && !isChineseName(name) && !(isGivenName(w) && isWesternName(name));
    if (/^(?:The|A|An)$/.test(w) || opening) from++;
    else break;
  }
  return words.slice(from);
}

/** Splits a run after each head, and takes titles off the front of the parts that have none. */
function segment(words: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  const text = words.map((w) => w.text);
  let from = 0;
  while (from < words.length) {
    let to = words.length;
    let head: Head | undefined;
    for (; to > from; to--) {
      if (text[to - 1] === 'of' || text[to - 1] === 'and' || text[to - 1] === 'the' || text[to - 1] === 'for') continue;
      head = governingHead(text, from, to);
      if (head) break;
    }
    if (!head) to = words.length;
    let part = words.slice(from, to);
    const title: Token[] = [];
    if (!head) {
      // "Tongzhou Mayor Zheng": a name, a title, a name.
      const inner = part.findIndex(isTitleWord);
      if (inner > 0 && part.slice(inner).some((w) => !isTitleWord(w))) {
        chunks.push({ start: part[0]!.start, end: part[inner - 1]!.end, words: part.slice(0, inner), title: [] });
        part = part.slice(inner);
      }
      while (part.length > 0 && isTitleWord(part[0]!)) title.push(part.shift()!);
      // Connecting words left at the edges belong to no name.
      while (part.length > 0 && /^(?:of|and|for|the|&)$/.test(part[part.length - 1]!.text)) part.pop();
    }
    if (part.length > 0) chunks.push({ start: part[0]!.start, end: part[part.length - 1]!.end, words: part, ...(head ? { head } : {}), title });
    from = to;
  }
  return chunks;
}

/** The names of a sentence, in order. */
export function chunksOf(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let possessor: Chunk | undefined;
  for (const run of runsOf(tokens)) {
    const at = tokens.indexOf(run.words[0]!);
    const previous = tokens[at - 1];
    const sentenceStart = at === 0 || (previous !== undefined && OPENING.test(previous.text));
    const words = run.based ? run.words : withoutOpeningWords(run.words, sentenceStart);
    const parts = segment(words);
    if (parts[0] && possessor && parts[0].start === run.words[0]!.start) parts[0].possessor = possessor;
    if (run.based && parts[0]) parts[0].based = true;
    chunks.push(...parts);
    possessor = run.possessive ? parts[parts.length - 1] : undefined;
  }
  return chunks;
}
