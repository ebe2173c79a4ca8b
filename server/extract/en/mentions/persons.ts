import { pinyin } from 'pinyin-pro';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../zh/vocab/surnames.ts';
import { isCountry, isFamilyName, isGivenName, isKnownPlace } from './lexicon.ts';
import { compact } from './text.ts';
import { COMPOUND_SURNAMES_PINYIN, GIVEN_NAME } from '../vocab/pinyin.ts';

// Person names. Chinese names are written family name first, given name as one word (Meng
// Jingwei, Ouyang Nana): the family name is one of the Chinese pipeline's surnames read in
// pinyin, the given name one to three pinyin syllables. Western names are given name first
// (Thomas Becker): compromise's lexicon knows the given names and family names.
let surnames: ReadonlySet<string> | undefined;

function chineseSurnames(): ReadonlySet<string> {
  surnames ??= new Set([
    ...[...SINGLE_SURNAMES, ...COMPOUND_SURNAMES].map((zh) => compact(pinyin(zh, { surname: 'head', toneType: 'none', type: 'array' }).join(''))),
    ...COMPOUND_SURNAMES_PINYIN,
  ]);
  return surnames;
}

const capitalisedOnce = (word: string) => /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(word);
/** By-lines and some sites write names in capitals (ZHANG XIUXIU); read them as names. */
export const inNameCase = (word: string) => (/^\p{Lu}{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word);

/** "Meng Jingwei", "ZHANG XIUXIU": a Chinese surname and a pinyin given name, neither a known place. */
export function isChineseName(written: readonly string[]): boolean {
  if (written.length !== 2) return false;
  const [family, given] = written.map(inNameCase) as [string, string];
  return capitalisedOnce(family) && capitalisedOnce(given) && chineseSurnames().has(family.toLowerCase()) && GIVEN_NAME.test(given) && !isKnownPlace(given);
}

/** "Thomas Becker", "Angela Merkel", "Anders Nielsen": a known given name, or a known family name after a capitalised word. */
export function isWesternName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const first = words[0]!,
    last = words[words.length - 1]!;
  if (isCountry(first) || isKnownPlace(last)) return false;
  return (isGivenName(first) && !/^\p{Lu}+$/u.test(first)) || (isFamilyName(last) && capitalisedOnce(first) && !isKnownPlace(first));
}

/** The family name: first word of a Chinese name, last of a Western one. */
export const familyNameOf = (words: readonly string[]) => inNameCase(isChineseName(words) ? words[0]! : words[words.length - 1]!);

/**
 * A person's name for comparison across languages: lower case, single spaces, no tone marks
 * or apostrophes ("Méng Jǐngwěi" and "Meng Jingwei" → "meng jingwei"), so an English name meets
 * the toneless pinyin the naming stage gives a Chinese one.
 */
export function personKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
