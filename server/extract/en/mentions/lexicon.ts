import { createRequire } from 'node:module';

// compromise's English lexicon: given names, family names, countries and cities, known
// organisations, honorifics and the part of speech of common words. Parsing whole documents with
// compromise costs about 0.3 ms a word (1.5 s for a 5,000-word feature), so the rules read its
// word lists and tag lookups directly. Loading it costs half a second, so it loads on first use:
// a process that never reads English never pays.
const require = createRequire(import.meta.url);

interface CompromiseWorld {
  model: {
    one: { lexicon: Record<string, string | string[]>; abbreviations: Record<string, true> };
    two: { orgWords: Record<string, true> };
  };
}

interface Lexicon {
  tags: Record<string, string | string[]>;
  abbreviations: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
}

let loaded: Lexicon | undefined;

function lexicon(): Lexicon {
  if (loaded) return loaded;
  const world = (require('compromise') as { world(): CompromiseWorld }).world();
  loaded = {
    tags: world.model.one.lexicon,
    abbreviations: new Set(Object.keys(world.model.one.abbreviations)),
    orgWords: new Set(Object.keys(world.model.two.orgWords)),
  };
  return loaded;
}

const NONE: readonly string[] = [];

/** The tags compromise's lexicon gives a word (lowercased), none when it does not know it. */
export function tagsOf(word: string): readonly string[] {
  const tags = lexicon().tags[word.toLowerCase()];
  return tags === undefined ? NONE : typeof tags === 'string' ? [tags] : tags;
}

const hasTag = (word: string, wanted: readonly string[]) => tagsOf(word).some((t) => wanted.includes(t));

const GIVEN = ['FirstName', 'MaleName', 'FemaleName'];
const FAMILY = ['LastName', 'Person'];
const PLACE = ['Country', 'City', 'Region', 'Place'];
// A word with one of these is a proper name somewhere, so a capital letter on it means a name.
const PROPER = [...GIVEN, ...FAMILY, ...PLACE, 'Organization', 'ProperNoun', 'Demonym'];
const FUNCTION = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Copula', 'Modal', 'QuestionWord', 'Adverb', 'Negative'];
const VERB = ['PastTense', 'PresentTense', 'Infinitive', 'Participle', 'Gerund', 'Copula', 'Modal', 'PhrasalVerb'];
const NOUN = ['Singular', 'Plural', 'Noun', 'Uncountable'];

export const isGivenName = (word: string) => hasTag(word, GIVEN);
export const isFamilyName = (word: string) => hasTag(word, FAMILY);
export const isKnownPlace = (word: string) => hasTag(word, PLACE);
export const isCountry = (word: string) => hasTag(word, ['Country']);
export const isKnownOrganisation = (word: string) => hasTag(word, ['Organization']) && !hasTag(word, ['Abbreviation']);
export const isHonorific = (word: string) => hasTag(word.replace(/\.$/, ''), ['Honorific']);
export const isFunctionWord = (word: string) => hasTag(word, FUNCTION);
export const isVerb = (word: string) => hasTag(word, VERB);
export const isDateWord = (word: string) => hasTag(word, ['Month', 'WeekDay', 'Date']);
export const isNoun = (word: string) => hasTag(word, NOUN);
/** A noun that cannot be read as a verb ("site", "government", not "works"). */
export const isOnlyNoun = (word: string) => hasTag(word, NOUN) && !hasTag(word, VERB);

/**
 * A capitalised word that is an ordinary English word, not a name: at the start of a sentence
 * its capital says nothing ("Nearby", "Speaking", "The").
 */
export const isCommonWord = (word: string) => tagsOf(word).length > 0 && !hasTag(word, PROPER);

/** Abbreviations written with a full stop that does not end the sentence (Mr., Co., Sept.). */
export const isAbbreviation = (word: string) => lexicon().abbreviations.has(word.toLowerCase());

/** Words that end an organisation's name (Bank, Energy, University), from compromise's list. */
export const isOrganisationWord = (word: string) => lexicon().orgWords.has(word.toLowerCase());
