import { isAbbreviation, isHonorific } from './lexicon.ts';

// Words of English news text with their offsets into the input. Names hold apostrophes (Xi'an,
// Hai'an) and hyphens (pumped-storage, Hamburg-based); a possessive 's is a word of its own so
// "Beijing's Tongzhou District" reads as two names; "People's" stays whole, it is part of names
// (People's Government). Company endings with full stops (Co., Ltd., B.V.) are one word.
const WORD =
  /Co\.,\s?Ltd\.|People['’]s|[A-Z]\/[A-Z]|(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!s\b)\p{L}+)*(?:[-–]\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!s\b)\p{L}+)*)*|['’]s\b|\S/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of `text` between `from` and `to`, with offsets into `text`. */
export function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    // A full stop after an abbreviation or an initial belongs to it (Mr., Inc., J.).
    if (text[end] === '.' && /^\p{L}+$/u.test(m[0]) && (isAbbreviation(m[0]) || isHonorific(m[0]) || /^\p{Lu}$/u.test(m[0]))) end++;
    tokens.push({ text: text.slice(m.index, end), start: m.index, end });
    WORD.lastIndex = end;
  }
  return tokens;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Lu}\/\p{Lu}$/u.test(word);
export const isPossessive = (word: string) => /^['’]s$/.test(word);
export const isWord = (word: string) => /^\p{L}/u.test(word);

/** A name compared without case, accents, spaces or punctuation ("Xi'an" = "xian"). */
export const compact = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ü/g, 'u')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A name compared word by word, without case or the article in front. */
export const nameKey = (name: string) =>
  name
    .replace(/^(?:the|a|an)\s+/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Capitalises each word of a level word or name part (county → County, pumped-storage stays). */
export const titleCase = (words: string) => words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
