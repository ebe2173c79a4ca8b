import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, type EntityType, type RelationType } from '../extract/types.ts';
import { displayName, englishName, syllables } from '../names/index.ts';
import { COMMAND_LINE, DecisionError, decisionId, entityType, inWriteTransaction, LIVE } from './decisions.ts';
import type { Graph } from './neo4j.ts';
import { searchTextOf } from './schema.ts';

// An analyst's corrections of what extraction got wrong: an entity's name or type, a relation
// that is not so. Each is a (:Decision) like a merge (decisions.ts): the graph is changed now, and
// the upsert applies the correction to every story it writes later (correctionsFor), so
// re-ingesting a page does not bring the mistake back.

/** The node label of each entity type. */
export const LABELS: Record<EntityType, string> = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place', PROJECT: 'Project' };

/** The longest name an analyst may give an entity. */
export const MAX_NAME_LENGTH = 100;

/** The names an entity is shown and found by, derived from a Chinese name as ingest derives them. */
function namesFor(type: EntityType, name: string, aliases: string[]) {
  const entity = { type, name, aliases, attrs: {} };
  return { en: englishName(entity), display: displayName(entity), pinyin: syllables(name, type === 'PERSON').join(' '), searchText: searchTextOf(entity) };
}

/**
 * Gives an entity the name an analyst says is right. Its English, display name and pinyin follow
 * the new name; the old name stays an alias, so search still finds it by either.
 */
export async function renameEntity(graph: Graph, id: string, name: string, by: string = COMMAND_LINE): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new DecisionError('BAD_USER_INPUT', 'name is empty; give the entity its right name');
  if (trimmed.length > MAX_NAME_LENGTH) throw new DecisionError('BAD_USER_INPUT', `name is ${trimmed.length} characters; the limit is ${MAX_NAME_LENGTH}`);
  return inWriteTransaction(graph, async (tx) => {
    const type = (await entityType(tx, id)) as EntityType;
    const found = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases', { id });
    const previous = found.records[0]!.get('name') as string;
    if (previous === trimmed) throw new DecisionError('BAD_USER_INPUT', `${id} is already named ${trimmed}`);
    const aliases = found.records[0]!.get('aliases') as string[];
    const names = namesFor(type, trimmed, aliases);
    await tx.run(
      `MATCH (e:Entity {id: $id})
       CREATE (d:Decision {id: $decision, kind: 'rename', entity: $id, names: [e.name], previous: e.name, value: $name,
                           previousEn: e.en, previousDisplay: e.display, previousPinyin: e.pinyin,
                           en: $names.en, display: $names.display, pinyin: $names.pinyin,
                           aliasAdded: NOT e.name IN e.aliases, valueWasAlias: $name IN e.aliases,
                           searchAdded: ' \\n ' + $names.searchText, by: $by, at: datetime()})
       SET e.aliases = [x IN e.aliases WHERE x <> $name] + CASE WHEN d.aliasAdded THEN [e.name] ELSE [] END,
           e.name = $name, e.en = $names.en, e.display = $names.display, e.pinyin = $names.pinyin,
           e.searchText = e.searchText + d.searchAdded`,
      { id, name: trimmed, names, by, decision: decisionId() },
    );
    return id;
  });
}

/** Gives an entity the type an analyst says is right (an organisation taken for a place). Its id stays. */
export async function changeEntityType(graph: Graph, id: string, type: EntityType, by: string = COMMAND_LINE): Promise<string> {
  if (!(type in LABELS)) throw new DecisionError('BAD_USER_INPUT', `type must be one of ${Object.keys(LABELS).join(', ')}; got ${type}`);
  return inWriteTransaction(graph, async (tx) => {
    const previous = (await entityType(tx, id)) as EntityType;
    if (previous === type) throw new DecisionError('BAD_USER_INPUT', `${id} is a ${type} already`);
    await tx.run(
      `MATCH (e:Entity {id: $id})
       CREATE (:Decision {id: $decision, kind: 'retype', entity: $id, names: [e.name], previous: e.type, value: $type, by: $by, at: datetime()})
       REMOVE e:$($previousLabel)
       SET e:$($label), e.type = $type`,
      { id, type, label: LABELS[type], previousLabel: LABELS[previous], by, decision: decisionId() },
    );
    return id;
  });
}

/** A relation as the API names it: its ends, type and fact (the title of a HOLDS_POSITION, otherwise empty). */
export interface RelationKey {
  from: string;
  type: RelationType;
  fact: string;
  to: string;
}

/** The opaque id the API gives a relation edge. */
export const relationId = (key: RelationKey) => Buffer.from(JSON.stringify([key.from, key.type, key.fact, key.to])).toString('base64url');

/** The relation an id names; null when it is not an id relationId gave out. */
export function parseRelationId(id: string): RelationKey | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(id, 'base64url').toString());
    if (!Array.isArray(value) || value.length !== 4 || !value.every((x) => typeof x === 'string')) return null;
    const [from, type, fact, to] = value as string[];
    if (!RELATION_TYPES.includes(type as RelationType)) return null;
    return { from: from!, type: type as RelationType, fact: fact!, to: to! };
  } catch {
    return null;
  }
}

/**
 * Takes a wrong relation out of the graph. The edge's evidence goes onto the decision, so that
 * undoing it can put the edge back as it was; re-ingesting its articles does not write it again.
 */
export async function hideRelation(graph: Graph, key: RelationKey, by: string = COMMAND_LINE): Promise<string> {
  return inWriteTransaction(graph, async (tx) => {
    const decision = decisionId();
    const hidden = await tx.run(
      `MATCH (a:Entity {id: $key.from})-[r]->(b:Entity {id: $key.to})
       WHERE type(r) = $key.type AND r.fact = $key.fact
       CREATE (:Decision {id: $decision, kind: 'hide', from: $key.from, into: $key.to, type: $key.type, fact: $key.fact,
                          names: [a.name, b.name], previous: trim($key.type + ' ' + coalesce(r.title, '')),
                          title: r.title, articles: r.articles, evidence: r.evidence, gazetteer: r.gazetteer, by: $by, at: datetime()})
       DELETE r
       RETURN count(*) AS n`,
      { key, by, decision },
    );
    if (hidden.records[0]?.get('n') === 0)
      throw new DecisionError('NOT_FOUND', 'no such relation (it may be hidden already); list the entity’s neighbours for current ids');
    return decision;
  });
}

/** What the analysts corrected about the entities of a story, to apply before writing it. */
export interface Corrections {
  /** The names of renamed entities: the newest rename. */
  names: Map<string, { name: string; en: string; display: string; pinyin: string }>;
  /** The types of retyped entities: the newest change. */
  types: Map<string, EntityType>;
  /** Hidden relations among the story's entities, as `from|type|fact|to`. */
  hidden: Set<string>;
}

export const hiddenKey = (from: string, type: string, fact: string, to: string) => `${from}|${type}|${fact}|${to}`;

const CORRECTIONS = `
UNWIND $ids AS id
MATCH (d:Decision)
WHERE (d.entity = id AND d.kind IN ['rename', 'retype'] OR d.from = id AND d.kind = 'hide') AND ${LIVE}
RETURN d.kind AS kind, id, d.value AS value, d.en AS en, d.display AS display, d.pinyin AS pinyin,
       d.type AS type, d.fact AS fact, d.into AS into
ORDER BY d.at`;

/** The live corrections of the given entities (ids as written, after merges and splits). */
export async function correctionsFor(tx: ManagedTransaction, ids: string[]): Promise<Corrections> {
  const corrections: Corrections = { names: new Map(), types: new Map(), hidden: new Set() };
  const result = await tx.run(CORRECTIONS, { ids: [...new Set(ids)] });
  for (const record of result.records) {
    const row = record.toObject() as Record<string, string>;
    if (row.kind === 'rename') corrections.names.set(row.id!, { name: row.value!, en: row.en!, display: row.display!, pinyin: row.pinyin! });
    else if (row.kind === 'retype') corrections.types.set(row.id!, row.value as EntityType);
    else corrections.hidden.add(hiddenKey(row.id!, row.type!, row.fact!, row.into!));
  }
  return corrections;
}
