import { isCommonWord, isFunctionWord, isNoun, isVerb, tagsOf } from './lexicon.ts';
import { isCapitalised, isPossessive, isWord, type Token } from './text.ts';
import { GENERIC_MODIFIERS, NAME_CONNECTORS, PROJECT_HEADS } from '../vocab/projects.ts';

// Projects written with a common head: "the Jinyun pumped-storage power station", "a new
// tank container project", "the Zero-Carbon Micro-Unit Science and Technology Courtyard
// project". The name is the head and the words before it that say which one, back to an
// article, a preposition, a verb, a number or a possessive.
export interface ProjectPhrase {
  start: number;
  end: number;
  /** Index of the first word of the name and of the head in the sentence's tokens. */
  from: number;
  head: number;
}

const MAX_MODIFIERS = 8;
const POSSESSIVE_PRONOUNS = /^(?:its|their|his|her|our|my|your)$/i;
// Words that end the walk back: those that build clauses rather than name things.
const STOP_TAGS = [
  'Determiner',
  'Preposition',
  'Pronoun',
  'Possessive',
  'Copula',
  'Modal',
  'Adverb',
  'QuestionWord',
  'PastTense',
  'PresentTense',
  'Participle',
  'Expression',
  'Cardinal',
  'TextValue',
  'Comparative',
];

// A verb that is not also a noun ("build", not "power" or "plant") ends the name.
const stops = (word: string) => isFunctionWord(word) || tagsOf(word).some((t) => STOP_TAGS.includes(t)) || (isVerb(word) && !isNoun(word));
const isSuperlative = (word: string) => tagsOf(word).includes('Superlative') || /^(?:first|second|third|only)$/i.test(word);

/** Whether token `at` may stand in a project name. */
function isModifier(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.text;
  if (!isWord(word) || /^(?:The|A|An)$/.test(word) || isSuperlative(word)) return false;
  // A capital at the start of the sentence says nothing; elsewhere it marks a name.
  if (isCapitalised(word)) return !(at === 0 && isCommonWord(word));
  if (NAME_CONNECTORS.has(word)) {
    const before = tokens[at - 1]?.text ?? '',
      after = tokens[at + 1]?.text ?? '';
    return (isCapitalised(before) && isCapitalised(after)) || (word === 'and' && !stops(before) && !stops(after));
  }
  return !stops(word);
}

/** Project phrases of a sentence's tokens. */
export function projectPhrases(tokens: readonly Token[]): ProjectPhrase[] {
  const phrases: ProjectPhrase[] = [];
  tokens.forEach((token, head) => {
    if (!PROJECT_HEADS.has(token.text) || isPossessive(tokens[head + 1]?.text ?? '')) return;
    let from = head;
    while (from > 0 && head - from < MAX_MODIFIERS && isModifier(tokens, from - 1)) from--;
    // "and" cannot open a name.
    while (from < head && NAME_CONNECTORS.has(tokens[from]!.text)) from++;
    const modifiers = tokens.slice(from, head).map((t) => t.text.toLowerCase());
    const specific = modifiers.some((m) => !GENERIC_MODIFIERS.has(m));
    // "the largest clean energy project in Lishui" and "its manufacturing base" describe; they do not name.
    const before = tokens[from - 1]?.text;
    if (!specific || (before && (isSuperlative(before) || POSSESSIVE_PRONOUNS.test(before)))) return;
    phrases.push({ start: tokens[from]!.start, end: token.end, from, head });
  });
  return phrases;
}
