import type { Sentence } from '../../types.ts';
import { bodyOfPlace, placeNameOf, placesAtLevel } from '../entities/place-bodies.ts';
import type { EnglishDraft } from '../entities/draft.ts';
import type { Found } from '../mentions/found.ts';
import { chainEnd } from '../entities/places.ts';
import { foundAt, readAt, type Reading } from './reading.ts';
import { GOVERNMENT_TITLE, LEVEL_IN_TITLE, PARTY_TITLE, TITLE } from '../vocab/titles.ts';

// Who holds which post where (HOLDS_POSITION): a title after a name ("Meng Jingwei, Party
// secretary of Tongzhou District") or before it ("Tongzhou District Party Secretary Meng
// Jingwei"), at a body, a place (whose Party committee or government the title means) or a project.

const TITLE_AT = new RegExp(`(?:${TITLE})`, 'uy');
const APPOSITION = /\s*(?:\([^()]*\)\s*)?,\s+(?:(?:who\s+is|who\s+was|now|also|currently|an?)\s+)*/y;
const THE = /the\s+/y;
const CONNECTOR = /\s+(?:in\s+charge\s+of|of|at|for|with|in)\s+/y;
const AND_TITLE = /,?\s+and\s+/y;
const TITLE_BEFORE = new RegExp(`(${TITLE})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'u');
const TITLE_BETWEEN = new RegExp(`^(?:['’]s)?\\s+(${TITLE})\\s+$`, 'u');
const POSSESSIVE_TITLE = new RegExp(`^(?:['’]s)?\\s+(${TITLE})\\b`, 'u');

/**
 * The post a title names at a body, a place or a project: "Party secretary of Tongzhou District"
 * is a seat on the district's Party committee, "mayor of X" in X's government; "head of
 * infrastructure for the project" is a part in the project.
 */
function holdPost(
  r: Reading,
  person: EnglishDraft,
  title: string,
  object: EnglishDraft,
  span: { start: number; end: number },
  sentence: Sentence,
): EnglishDraft | undefined {
  if (object.type === 'ORG') {
    r.relations.add('HOLDS_POSITION', person, object, { start: span.start, end: span.end, sentence: sentence }, title);
    return object;
  }
  if (object.type === 'PROJECT') {
    r.relations.add('INVOLVED_IN', person, object, { start: span.start, end: span.end, sentence: sentence });
    return undefined;
  }
  if (object.type !== 'PLACE') return undefined;
  const kind = PARTY_TITLE.test(title) && !/general/i.test(title) ? 'party' : GOVERNMENT_TITLE.test(title) ? 'government' : undefined;
  if (!kind) return undefined;
  const body = bodyOfPlace(r.entities, kind, placeNameOf(object));
  r.relations.add('HOLDS_POSITION', person, body, { start: span.start, end: span.end, sentence: sentence }, title);
  return body;
}

/** A title that names its level ("district head") is a post at the place of that level the sentence or article means. */
function holdLevelPost(
  r: Reading,
  person: EnglishDraft,
  title: string,
  near: EnglishDraft | undefined,
  span: { start: number; end: number },
  sentence: Sentence,
): void {
  const level = LEVEL_IN_TITLE.exec(title)?.[1]?.toLowerCase();
  if (!level) return;
  const wanted = level === 'municipal' ? 'city' : level === 'provincial' ? 'province' : level === 'township' ? 'town' : level;
  const nearPlace = near?.type === 'PLACE' ? placeNameOf(near) : near?.body?.place;
  const places = placesAtLevel(r.entities, wanted);
  const place = nearPlace && places.some((p) => p.proper === nearPlace.proper) ? nearPlace : places.length === 1 ? places[0] : undefined;
  const kind = PARTY_TITLE.test(title) ? 'party' : GOVERNMENT_TITLE.test(title) ? 'government' : undefined;
  if (!place || !kind) return;
  r.relations.add('HOLDS_POSITION', person, bodyOfPlace(r.entities, kind, place), { start: span.start, end: span.end, sentence: sentence }, title);
}

/** "Meng Jingwei, Party secretary of Tongzhou District", "…, the company's workshop director", "… and district head". */
export function appositiveTitles(r: Reading, p: Found, person: EnglishDraft): void {
  const { text } = r;
  const sentenceEnd = p.sentence.end;
  const apposition = readAt(APPOSITION, text, p.end);
  if (!apposition) return;
  let at = p.end + apposition[0].length;
  let near: EnglishDraft | undefined;
  let written: { start: number; end: number } | undefined;
  for (let first = true; at < sentenceEnd; first = false) {
    const the = readAt(THE, text, at);
    const title = readAt(TITLE_AT, text, at) ?? (the ? readAt(TITLE_AT, text, at + the[0].length) : null);
    if (title && the && title.index !== at) at += the[0].length;
    let objectFound: Found | undefined;
    let titleText: string | undefined;
    let end: number;
    if (title) {
      titleText = title[0];
      end = at + title[0].length;
      const connector = readAt(CONNECTOR, text, end);
      const object = connector ? foundAt(r.items, text, end + connector[0].length) : undefined;
      if (object) {
        objectFound = chainEnd(object, r.items);
        end = objectFound.end;
      }
    } else if (first) {
      // "Huang Liang, the company's workshop director": the body first, then the post.
      const object = foundAt(r.items, text, at);
      const after = object ? POSSESSIVE_TITLE.exec(text.slice(object.end, sentenceEnd)) : null;
      if (!object || !after) return;
      objectFound = object;
      titleText = after[1]!;
      end = object.end + after[0].length;
    } else return;
    const span = { start: p.start, end };
    written = { start: written?.start ?? at, end };
    const object = objectFound ? r.draft(objectFound) : undefined;
    if (object) near = holdPost(r, person, titleText!, object, span, p.sentence) ?? object;
    else holdLevelPost(r, person, titleText!, near, span, p.sentence);
    const and = readAt(AND_TITLE, text, end);
    if (!and || !readAt(TITLE_AT, text, end + and[0].length)) break;
    at = end + and[0].length;
  }
  if (written && person.attrs.title === undefined) person.attrs.title = text.slice(written.start, written.end);
}

/** "Tongzhou District Party Secretary Meng Jingwei", "Sifang Technology chairman Wang Lin", "Party chief of Tongzhou Meng Jingwei". */
export function titlesBefore(r: Reading, p: Found, person: EnglishDraft, index: number): void {
  const { text } = r;
  const previous = r.items[index - 1];
  const titleStart = p.title?.start ?? p.start;
  if (!previous || previous.end > titleStart) return;
  const object = r.draft(previous);
  if (!object) return;
  const gap = text.slice(previous.end, titleStart);
  const between = p.title && /^(?:['’]s)?\s+$/.test(gap) ? p.title.text : TITLE_BETWEEN.exec(text.slice(previous.end, p.start))?.[1];
  const span = { start: previous.start, end: p.end };
  if (between) {
    holdPost(r, person, between, object, span, p.sentence);
    person.attrs.title ??= between;
    return;
  }
  const before = TITLE_BEFORE.exec(text.slice(p.sentence.start, previous.start));
  if (before && /^\s+$/.test(gap)) {
    holdPost(r, person, before[1]!, object, { start: p.sentence.start + before.index, end: p.end }, p.sentence);
    person.attrs.title ??= before[1]!;
  }
}
