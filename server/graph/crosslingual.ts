import { ancestorsOf, divisionByCode } from '../gazetteer/divisions.ts';
import { personKey } from '../extract/en/index.ts';
import { syllables } from '../names/index.ts';

// English stories name the officials, bodies, places and projects Chinese stories name. Their
// entities are keyed by English name, so before an English story is written each of its
// entities is looked up among the entities Chinese stories stored:
// - places the gazetteer knows need nothing here: both languages key them by division code;
// - other places, bodies and projects by their English name (what names/ computes for the
//   Chinese ones), and where several bodies share one (Beijing's and Nantong's Tongzhou District
//   committees) by the county the Chinese page was about, among the story's places;
// - people by their name in toneless pinyin, and only when context agrees: the Chinese person
//   is related to one of the bodies, places or projects the English story relates them to (after
//   those were linked), or was read on a page about a county the story is about. The same name
//   without shared context stays apart, as a candidate pair.

/**
 * A person's name as one lower-case run of letters: 孟景伟 and "Meng Jingwei" both give
 * mengjingwei. An English name is read as the English extractor compares names (personKey).
 */
export function personNameKey(name: string, english: boolean): string {
  const letters = english ? personKey(name) : syllables(name, true).join('').toLowerCase();
  return letters.replace(/[^a-z]/g, '');
}

// Words English writes in one report and leaves out in another: a company's legal form, and
// the "power" of a power station (四方科技集团股份有限公司 is "Sifang Technology Group Co., Ltd."
// in one story and "Sifang Technology" in the next).
const OPTIONAL_WORDS = new Set(['the', 'co', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'company', 'group', 'power']);

/**
 * An English name compared without case, punctuation or optional words:
 * "Jinyun pumped-storage power station" and "Jinyun pumped-storage station" both give
 * "jinyun pumped storage station".
 */
export function englishKey(en: string): string {
  const words = en
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const kept = words.filter((w) => !OPTIONAL_WORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** What an English story's entity is looked up by. */
export interface LinkQuery {
  id: string;
  type: string;
  nameKey: string | null;
  enKey: string;
  /** A place's division code: such a place is keyed by it in both languages already. */
  code: string | null;
}

/** Stored Chinese entities with the same English name, or persons with the same name in pinyin. */
export interface LinkFound {
  id: string;
  /** Same English name: each with the county code of the page it was read on. */
  byName: Array<{ id: string; home: string | null }>;
  /**
   * Same name in pinyin: each with the county code of the page it was first read on, and the
   * ids of the entities it is related to and their parents.
   */
  namesakes: Array<{ id: string; home: string | null; context: string[] }>;
}

export const LINK_CANDIDATES = `
UNWIND $entities AS x
CALL (x) {
  OPTIONAL MATCH (o:Entity {enKey: x.enKey})
  WHERE x.type <> 'PERSON' AND x.code IS NULL AND o.type = x.type AND o.id <> x.id AND coalesce(o.language, 'zh') = 'zh'
  RETURN collect({ id: o.id, home: o.home }) AS byName
}
CALL (x) {
  OPTIONAL MATCH (o:Person {nameKey: x.nameKey})
  WHERE x.type = 'PERSON' AND o.id <> x.id AND coalesce(o.language, 'zh') = 'zh'
  RETURN collect({ id: o.id, home: o.home,
                   context: [(o)-[:HOLDS_POSITION|INVOLVED_IN|LOCATED_IN]->(t:Entity) | t.id] +
                            [(o)-[:HOLDS_POSITION|INVOLVED_IN|LOCATED_IN]->(:Entity)-[:LOCATED_IN|PART_OF]->(u:Entity) | u.id] }) AS namesakes
}
RETURN x.id AS id, byName, namesakes`;

/** A same-name pair kept apart for an analyst, with why it was not joined. */
export interface CandidatePair {
  from: string;
  to: string;
  reason: string;
}

export const pairOf = (a: string, b: string, reason: string): CandidatePair => (a < b ? { from: a, to: b, reason } : { from: b, to: a, reason });

/** The relations of a story, by the ids of their ends, for reading a person's context. */
export interface StoryEdge {
  from: string;
  to: string;
  type: string;
}

export interface Links {
  /** An entity of the English story that is a stored Chinese entity: its id → the stored id. */
  same: Map<string, string>;
  candidates: CandidatePair[];
}

/** The codes of the story's places and of every division above them. */
function countiesOf(placeCodes: readonly string[]): Set<string> {
  const codes = new Set<string>();
  for (const code of placeCodes) {
    const division = divisionByCode(code);
    if (!division) continue;
    codes.add(code);
    for (const above of ancestorsOf(division)) codes.add(above.code);
  }
  return codes;
}

/**
 * Decides which entities of an English story are stored Chinese entities. `placeCodes` are the
 * division codes of the story's places; `edges` its relations.
 */
export function linkEnglish(found: readonly LinkFound[], placeCodes: readonly string[], edges: readonly StoryEdge[]): Links {
  const links: Links = { same: new Map(), candidates: [] };
  const within = countiesOf(placeCodes);
  for (const { id, byName } of found) {
    if (byName.length === 0) continue;
    const local = byName.length === 1 ? byName : byName.filter((o) => o.home !== null && within.has(o.home));
    if (local.length === 1) links.same.set(id, local[0]!.id);
    else for (const other of byName) links.candidates.push(pairOf(id, other.id, 'same English name, place unclear'));
  }
  const mapped = (id: string) => links.same.get(id) ?? id;
  for (const { id, namesakes } of found) {
    if (namesakes.length === 0) continue;
    const context = new Set<string>();
    for (const edge of edges) {
      if (edge.from === id) context.add(mapped(edge.to));
      if (edge.to === id) context.add(mapped(edge.from));
    }
    // One step further: the place a body the person works for is in, the body it belongs to.
    for (const edge of edges) {
      if ((edge.type === 'LOCATED_IN' || edge.type === 'PART_OF') && context.has(mapped(edge.from))) context.add(mapped(edge.to));
    }
    // Or, short of a relation, the county the Chinese person was read in is one the story is
    // about: two officials of one name in one county are rarer than a title left unread.
    const agreeing = namesakes.find((n) => n.context.some((c) => context.has(c))) ?? namesakes.find((n) => n.home !== null && within.has(n.home));
    if (agreeing) links.same.set(id, agreeing.id);
    else for (const other of namesakes) links.candidates.push(pairOf(id, other.id, 'same name in pinyin, no shared context'));
  }
  return links;
}
