import type { Sentence } from '../../types.ts';
import { bodyOf } from './bodies.ts';
import { chunksOf, type Chunk } from './chunks.ts';
import { bodiesWrittenOut, descriptionsIn } from './descriptions.ts';
import { divisionsSpelled } from './divisions.ts';
import type { Found, Reference } from './found.ts';
import { headEndingAt } from './heads.ts';
import { isKnownOrganisation, isKnownPlace } from './lexicon.ts';
import { familyNameOf, isChineseName, isWesternName } from './persons.ts';
import { projectPhrases } from './projects.ts';
import { tokensOf } from './text.ts';
import { KIND_OVERRIDES, ORG_HEADS, type OrgKind } from '../vocab/orgs.ts';
import { DIRECTION_BEFORE, PLACE_HEADS, type PlaceLevel } from '../vocab/places.ts';
import { TITLE } from '../vocab/titles.ts';

// What one sentence names: its names (chunks of capitalised words classified by their head,
// person names, places the gazetteer or compromise knows), project phrases, short forms and
// descriptions, each with where it is written.

const BRACKETED = /^\s*\(([^()\n]{1,30})\)/;
const APPOSITIVE_TITLE = new RegExp(`^\\s*,\\s+(?:(?:a|an|the|who is)\\s+)?(?:${TITLE})\\b`, 'u');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function kindOf(name: string, headKind: OrgKind): OrgKind {
  return KIND_OVERRIDES.find(([pattern]) => pattern.test(name))?.[1] ?? headKind;
}

/** A place chunk: its proper part, level word and the divisions it may be. */
function placeFound(base: Omit<Found, 'type' | 'name'>, words: readonly string[], headWords: number, level: PlaceLevel): Found {
  const levelWord = words
    .slice(words.length - headWords)
    .join(' ')
    .toLowerCase();
  const proper = words.slice(0, words.length - headWords).join(' ');
  const candidates = PLACE_HEADS.get(levelWord)?.division ? divisionsSpelled(proper, levelWord) : [];
  return { ...base, type: 'PLACE', name: base.text, place: { proper, levelWord, level, candidates } };
}

/** What a chunk names, when it names something by itself. */
function readChunk(sentence: Sentence, chunk: Chunk, text: string): Found[] {
  const words = chunk.words.map((w) => w.text);
  const written = text.slice(chunk.start, chunk.end);
  const base = { start: chunk.start, end: chunk.end, text: written, sentence, ...(chunk.based ? { based: true } : {}) };
  const title =
    chunk.title.length > 0
      ? {
          text: text.slice(chunk.title[0]!.start, chunk.title[chunk.title.length - 1]!.end),
          start: chunk.title[0]!.start,
          end: chunk.title[chunk.title.length - 1]!.end,
        }
      : undefined;
  const head = chunk.head;
  if (head?.type === 'PLACE') {
    const place = placeFound(base, words, head.words, head.level!);
    // A level word in lower case makes a place only of a name the gazetteer knows ("Jinyun
    // county"); "Canal district" is a name and a common noun.
    const lowercase = /^\p{Ll}/u.test(words[words.length - 1]!);
    if (!lowercase || place.place!.candidates.length > 0) return [place];
    const proper = chunk.words.slice(0, -head.words);
    return proper.length > 0 ? readChunk(sentence, { ...chunk, end: proper[proper.length - 1]!.end, words: proper, head: undefined }, text) : [];
  }
  if (head?.type === 'ORG') {
    const found: Found = { ...base, type: 'ORG', name: written, kind: kindOf(written, head.kind!) };
    const body = bodyOf(written);
    if (body) found.body = body;
    // "Organization Department of the CPC Tongzhou District Committee", "School of … of Beijing
    // University of Technology": the first part after an "of" that is a body of its own.
    for (let of = words.indexOf('of'); of > 0; of = words.indexOf('of', of + 1)) {
      const rest = chunk.words.slice(words[of + 1] === 'the' ? of + 2 : of + 1);
      const restWords = rest.map((w) => w.text);
      const restOf = restWords.indexOf('of');
      const parentHead = headEndingAt(restWords.slice(0, restOf > 0 ? restOf : undefined), (restOf > 0 ? restOf : rest.length) - 1);
      if (parentHead?.type !== 'ORG' || !ORG_HEADS.has(parentHead.key) || (restOf > 0 ? restOf : rest.length) <= parentHead.words) continue;
      const parent = readChunk(sentence, { start: rest[0]!.start, end: rest[rest.length - 1]!.end, words: rest, head: parentHead, title: [] }, text)[0]!;
      found.partOf = parent;
      return [found, parent];
    }
    return [found];
  }
  if (head?.type === 'PROJECT') return [{ ...base, type: 'PROJECT', name: written }];
  if (chunk.based) return [{ ...base, type: 'PLACE', name: written, place: { proper: written, level: 'other', candidates: divisionsSpelled(written) } }];
  if (isChineseName(words) || isWesternName(words)) {
    return [{ ...base, type: 'PERSON', name: written, family: familyNameOf(words), ...(title ? { title } : {}) }];
  }
  const candidates = divisionsSpelled(written);
  if (candidates.length > 0 || isKnownPlace(written)) {
    return [{ ...base, type: 'PLACE', name: written, place: { proper: written, level: candidates[0]?.level ?? 'other', candidates } }];
  }
  if (isKnownOrganisation(written)) return [{ ...base, type: 'ORG', name: written, kind: 'other' }];
  const reference: Reference = title && words.length === 1 ? { by: 'surname', family: written } : { by: 'short' };
  const withTitle = title && words.length === 1 ? { ...base, start: title.start, text: text.slice(title.start, chunk.end) } : base;
  return [{ ...withTitle, ...(reference.by === 'surname' ? { type: 'PERSON' as const } : {}), name: written, reference, ...(title ? { title } : {}) }];
}

/** Names, short forms and descriptions of one sentence, in order. */
export function readSentence(text: string, sentence: Sentence): Found[] {
  const tokens = tokensOf(text, sentence.start, sentence.end);
  const found: Found[] = [];
  const phrases = projectPhrases(tokens);
  const chunks = chunksOf(tokens);
  for (const p of phrases) {
    const written = text.slice(p.start, p.end);
    found.push({ type: 'PROJECT', start: p.start, end: p.end, text: written, name: written, sentence });
  }
  found.push(...bodiesWrittenOut(sentence));
  for (const chunk of chunks) {
    if (found.some((f) => overlaps(f, chunk))) continue;
    // "east China's Zhejiang Province": a direction, not a mention of China.
    if (DIRECTION_BEFORE.test(text.slice(Math.max(0, chunk.start - 12), chunk.start)) && /^China['’]s\s/.test(text.slice(chunk.start, chunk.end + 3))) continue;
    const read = readChunk(sentence, chunk, text);
    const first = read[0];
    if (first && chunk.possessor) first.possessor = found.find((f) => f.start === chunk.possessor!.start && f.end === chunk.possessor!.end);
    // "Liu Yang, a researcher at …": two capitalised words before a title are a person.
    if (first?.reference?.by === 'short' && chunk.words.length >= 2 && chunk.words.length <= 3 && APPOSITIVE_TITLE.test(text.slice(chunk.end, sentence.end))) {
      delete first.reference;
      first.type = 'PERSON';
      first.family = familyNameOf(chunk.words.map((w) => w.text));
    }
    found.push(...read);
  }
  // "Sifang Technology's new tank container project": the owner before a project's name.
  for (const p of phrases) {
    const before = tokens[p.from - 1];
    if (!before || !/^['’]s$/.test(before.text)) continue;
    const project = found.find((f) => f.type === 'PROJECT' && f.start === p.start);
    const owner = found.find((f) => f.end === before.start);
    if (project && owner) project.possessor = owner;
  }
  found.push(...descriptionsIn(text, sentence, found));
  for (const f of found) {
    const bracket = BRACKETED.exec(text.slice(f.end, sentence.end));
    if (bracket && (/\p{Script=Han}/u.test(bracket[1]!) || /^\p{Lu}{2,6}$/u.test(bracket[1]!))) {
      const start = f.end + bracket[0].indexOf('(') + 1;
      f.bracketed = { text: bracket[1]!, start, end: start + bracket[1]!.length };
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
