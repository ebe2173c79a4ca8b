import type { Sentence } from '../../types.ts';
import type { BodyKind } from './bodies.ts';
import type { Found, Reference } from './found.ts';
import { isOnlyNoun } from './lexicon.ts';
import { PROJECT_HEADS } from '../vocab/projects.ts';

// Forms that name an entity by what it is rather than by its name: "the district", "the
// company", "the station", "the county Party committee", "Lucheng's Party committee", and
// lower-case bodies of a named place ("the Hai'an municipal government").

// Descriptions that point back to an entity named before.
const DESCRIPTION_NOUNS: Readonly<Record<string, Omit<Extract<Reference, { by: 'description' }>, 'by'>>> = {
  district: { type: 'PLACE', level: 'district' },
  county: { type: 'PLACE', level: 'county' },
  city: { type: 'PLACE', level: 'city' },
  province: { type: 'PLACE', level: 'province' },
  town: { type: 'PLACE', level: 'town' },
  township: { type: 'PLACE', level: 'town' },
  subdistrict: { type: 'PLACE', level: 'subdistrict' },
  village: { type: 'PLACE', level: 'village' },
  park: { type: 'PLACE', level: 'zone' },
  zone: { type: 'PLACE', level: 'zone' },
  company: { type: 'ORG', kind: 'company' },
  firm: { type: 'ORG', kind: 'company' },
  group: { type: 'ORG', kind: 'company' },
  enterprise: { type: 'ORG', kind: 'company' },
  bureau: { type: 'ORG', head: 'bureau' },
  university: { type: 'ORG', head: 'university' },
  // "the project" is any project; "the station" one whose name ends so.
  ...Object.fromEntries([...PROJECT_HEADS].map((head) => [head, head === 'project' ? { type: 'PROJECT' as const } : { type: 'PROJECT' as const, head }])),
};
// Projects are referred to in the plural too ("the courtyards", when each village has one).
const DESCRIPTION = new RegExp(`\\b(?:the|this|that|these)\\s+(?:power\\s+|new\\s+)?(${Object.keys(DESCRIPTION_NOUNS).join('|')})(s?)\\b(?!-)`, 'gi');
// "the county Party committee", "the district government": a body of the place at that level.
const LEVEL_BODY = /\b(?:the\s+)?(district|county|city|municipal|provincial|town|township)\s+(?:(?:CPC|Party|party)\s+committee|government)\b/g;
// "the Hai'an municipal government": a named place's body in lower case.
const NAMED_BODY =
  /\b(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(district|county|city|municipal|provincial|town|township)\s+((?:CPC|Party|party)\s+committee|government)\b/gu;
// "Lucheng's Party committee", "Beijing's municipal government".
const POSSESSIVE_BODY =
  /\b(\p{Lu}[\p{L}'’-]+)['’]s\s+(?:(?:district|county|municipal|provincial|town|township)\s+)?((?:CPC|Party|party)\s+committee|government)\b/gu;
const BODY_LEVELS: Readonly<Record<string, string>> = { municipal: 'city', provincial: 'province' };

const slice = (sentence: Sentence, start: number, end: number) => sentence.text.slice(start - sentence.start, end - sentence.start);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Bodies written out in lower case after their place's name, read before the names around them. */
export function bodiesWrittenOut(sentence: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of sentence.text.matchAll(NAMED_BODY)) {
    const start = sentence.start + m.index! + (m[0].startsWith('the ') ? 4 : 0),
      end = sentence.start + m.index! + m[0].length;
    const kind: BodyKind = /government/.test(m[3]!) ? 'government' : 'party';
    const place = { proper: m[1]!, level: BODY_LEVELS[m[2]!] ?? m[2]! };
    found.push({ type: 'ORG', start, end, text: slice(sentence, start, end), name: slice(sentence, start, end), sentence, kind, body: { kind, place } });
  }
  for (const m of sentence.text.matchAll(POSSESSIVE_BODY)) {
    const start = sentence.start + m.index!,
      end = start + m[0].length;
    const body: BodyKind = /government/.test(m[2]!) ? 'government' : 'party';
    found.push({ type: 'ORG', start, end, text: m[0], name: m[0], sentence, kind: body, reference: { by: 'placeBody', body, proper: m[1]! } });
  }
  return found;
}

/** Descriptions of a sentence that no name read there covers. */
export function descriptionsIn(text: string, sentence: Sentence, names: readonly Found[]): Found[] {
  const found: Found[] = [];
  const taken = (span: { start: number; end: number }) => [...names, ...found].some((f) => overlaps(f, span));
  for (const m of sentence.text.matchAll(LEVEL_BODY)) {
    const start = sentence.start + m.index!,
      end = start + m[0].length;
    if (taken({ start, end })) continue;
    const level = BODY_LEVELS[m[1]!] ?? m[1]!;
    found.push({
      type: 'ORG',
      start,
      end,
      text: m[0],
      name: m[0],
      sentence,
      kind: /government/.test(m[0]) ? 'government' : 'party',
      reference: { by: 'body', body: /government/.test(m[0]) ? 'government' : 'party', level },
    });
  }
  for (const m of sentence.text.matchAll(DESCRIPTION)) {
    const start = sentence.start + m.index!,
      end = start + m[0].length;
    const next = /^\s*([\p{L}'’]+)/u.exec(text.slice(end, sentence.end))?.[1];
    // "the district government", "the project site": the description names something else.
    if (next && (/^\p{Lu}/u.test(next) || (/^\p{Ll}/u.test(next) && isOnlyNoun(next)))) continue;
    if (taken({ start, end })) continue;
    const wants = DESCRIPTION_NOUNS[m[1]!.toLowerCase()]!;
    if (m[2] && wants.type !== 'PROJECT') continue;
    found.push({ type: wants.type, start, end, text: m[0], name: m[0], sentence, reference: { by: 'description', ...wants } });
  }
  return found;
}
