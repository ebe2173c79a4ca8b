import { pairOf, type CandidatePair } from './crosslingual.ts';

export interface PersonRow {
  id: string;
  name: string;
  /** The name as one run of toneless pinyin letters (crosslingual.ts), and the story's language. */
  nameKey: string;
  language: 'zh' | 'en';
  /** The organisations the story relates this person to (HOLDS_POSITION, INVOLVED_IN). */
  orgs: string[];
}

export interface PersonLinks {
  /** A person of this story who is a stored person with the same name and a shared organisation. */
  same: Map<string, string>;
  /** Same name, no shared context: kept apart, recorded for an analyst to decide. */
  candidates: CandidatePair[];
}

/**
 * Stored people with a story's person's name, and whether they share one of its organisations:
 * a subquery the upsert runs for each story (`story.persons`) inside its first statement, to
 * save a round trip. A Chinese story's person also meets people only English stories named,
 * by their name in pinyin (孟景伟 and "Meng Jingwei").
 */
export const NAMESAKES = `
CALL (story) {
  UNWIND story.persons AS p
  CALL (p) {
    MATCH (o:Person {name: p.name}) WHERE o.id <> p.id
    RETURN o
    UNION
    MATCH (o:Person {nameKey: p.nameKey}) WHERE p.language = 'zh' AND o.language = 'en' AND o.id <> p.id
    RETURN o
  }
  WITH p, o ORDER BY o.id
  RETURN collect({ id: p.id, other: o.id,
                   shared: EXISTS { MATCH (o)-[:HOLDS_POSITION|INVOLVED_IN]->(x:Entity) WHERE x.id IN p.orgs } }) AS namesakes
}`;

export interface Namesake {
  id: string;
  other: string;
  shared: boolean;
}

/**
 * Links a story's people to stored people across pages. Ids already scope a person by the
 * county a page is about; a namesake elsewhere is the same person only when they share an
 * organisation (the same committee, the same company), otherwise a candidate pair.
 */
export function linkPersons(namesakes: readonly Namesake[]): PersonLinks {
  const links: PersonLinks = { same: new Map(), candidates: [] };
  for (const { id, other, shared } of namesakes) if (shared && !links.same.has(id)) links.same.set(id, other);
  for (const { id, other } of namesakes) {
    if (links.same.has(id)) continue;
    links.candidates.push(pairOf(id, other, 'same name, no shared organisation'));
  }
  return links;
}

/** Writes a story's candidate pairs: a subquery of the upsert's write statement. */
export const RECORD_CANDIDATES = `
CALL (story) {
  UNWIND story.candidates AS pair
  MATCH (x:Entity {id: pair.from}), (y:Entity {id: pair.to})
  // An analyst said these two are different people (decisions.ts keepApart).
  WHERE NOT EXISTS { MATCH (:Decision {kind: 'keep-apart', from: pair.from, into: pair.to}) }
  MERGE (x)-[c:CANDIDATE_SAME_AS]->(y)
  SET c.reason = pair.reason
  RETURN count(*) AS candidates
}`;
