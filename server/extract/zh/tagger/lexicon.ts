import { fullNameAt, namesAt } from '../../../gazetteer/divisions.ts';
import { ORG_ENDINGS } from '../vocab/orgs.ts';
import { PLACE_ENDINGS } from '../vocab/places.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../vocab/surnames.ts';
import { PERSON_ROLES, POSITION_TITLES } from '../vocab/titles.ts';

// What the project's vocabulary says about each character of a sentence: a surname starts
// here, a title ends just before, an organisation or place ending ends here, a division name
// starts, ends or runs through here. These generalise to names the corpora never showed: a
// new official after 副县长 looks like every other official after a title.

/** Bits of a character's dictionary mark. */
export const MARK = {
  surname: 1,
  compoundSurname: 2,
  afterTitle: 4,
  afterRole: 8,
  orgEnding: 16,
  placeEnding: 32,
  divisionStart: 64,
  divisionEnd: 128,
  inDivision: 256,
} as const;

interface TrieNode {
  next: Map<number, TrieNode>;
  word: boolean;
}

/** Word lists as character tries, read backwards so a walk from a position finds the words ending there. */
export interface Lexicon {
  surnames: ReadonlySet<number>;
  compoundSurnames: TrieNode;
  titles: TrieNode;
  roles: TrieNode;
  orgEndings: TrieNode;
  placeEndings: TrieNode;
}

function trie(words: Iterable<string>, backwards: boolean): TrieNode {
  const root: TrieNode = { next: new Map(), word: false };
  for (const word of words) {
    let node = root;
    const chars = backwards ? [...word].reverse() : [...word];
    for (const ch of chars) {
      const code = ch.charCodeAt(0);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), word: false }));
      node = child;
    }
    node.word = true;
  }
  return root;
}

/** The lexicon built from the project's vocabulary files. */
export function buildLexicon(): Lexicon {
  return {
    surnames: new Set([...SINGLE_SURNAMES].map((s) => s.charCodeAt(0))),
    compoundSurnames: trie(COMPOUND_SURNAMES, false),
    titles: trie(POSITION_TITLES, true),
    roles: trie(PERSON_ROLES, true),
    orgEndings: trie(
      ORG_ENDINGS.map(([ending]) => ending),
      true,
    ),
    placeEndings: trie(
      PLACE_ENDINGS.map(([ending]) => ending),
      true,
    ),
  };
}

/** Length of the longest word of a backwards trie that ends at `last`, or 0. */
function endingAt(text: string, last: number, root: TrieNode): number {
  let node: TrieNode | undefined = root,
    longest = 0;
  for (let j = last; j >= 0; j--) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.word) longest = last - j + 1;
  }
  return longest;
}

/** Length of the longest word of a forwards trie that starts at `first`, or 0. */
function startingAt(text: string, first: number, root: TrieNode): number {
  let node: TrieNode | undefined = root,
    longest = 0;
  for (let j = first; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.word) longest = j - first + 1;
  }
  return longest;
}

export interface Marks {
  /** MARK bits per character. */
  bits: Uint16Array;
  /** Length of the longest division name starting, and ending, at each character (0: none). */
  divisionStartLength: Uint8Array;
  divisionEndLength: Uint8Array;
  /** Length of the organisation ending that ends at each character. */
  orgEndingLength: Uint8Array;
}

/** The dictionary marks of every character of `text`. */
export function marksOf(text: string, lexicon: Lexicon): Marks {
  const n = text.length;
  const bits = new Uint16Array(n);
  const divisionStartLength = new Uint8Array(n),
    divisionEndLength = new Uint8Array(n),
    orgEndingLength = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    let mark = 0;
    if (lexicon.surnames.has(code)) mark |= MARK.surname;
    if (startingAt(text, i, lexicon.compoundSurnames)) mark |= MARK.compoundSurname;
    if (i > 0 && endingAt(text, i - 1, lexicon.titles)) mark |= MARK.afterTitle;
    if (i > 0 && endingAt(text, i - 1, lexicon.roles)) mark |= MARK.afterRole;
    const org = endingAt(text, i, lexicon.orgEndings);
    if (org) {
      mark |= MARK.orgEnding;
      orgEndingLength[i] = org;
    }
    if (endingAt(text, i, lexicon.placeEndings)) mark |= MARK.placeEnding;
    const names = namesAt(text, i);
    if (names.length) {
      const longest = names[0]!.length;
      mark |= MARK.divisionStart;
      divisionStartLength[i] = Math.max(divisionStartLength[i]!, longest);
      const last = i + longest - 1;
      bits[last]! |= MARK.divisionEnd;
      divisionEndLength[last] = Math.max(divisionEndLength[last]!, longest);
      const full = fullNameAt(text, i);
      if (full) for (let j = i + 1; j < i + full.length - 1; j++) bits[j]! |= MARK.inDivision;
    }
    bits[i]! |= mark;
  }
  return { bits, divisionStartLength, divisionEndLength, orgEndingLength };
}
