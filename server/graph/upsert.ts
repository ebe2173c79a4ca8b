import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Article, Entity, Page } from '../extract/types.ts';
import { displayName, englishName, syllables } from '../names/index.ts';
import { applyDecisions } from './decisions.ts';
import { hierarchyRows, type HierarchyRow } from './hierarchy.ts';
import { searchTextOf } from './schema.ts';
import { articleId, entityId, textHash } from './identity.ts';
import { NAMESAKES, RECORD_CANDIDATES, linkPersons, type Namesake } from './people.ts';
import type { Graph } from './neo4j.ts';

const LABELS = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place', PROJECT: 'Project' } as const;

/** What one story contributes to the graph, as the rows its queries UNWIND. */
interface ArticleRows {
  article: Record<string, unknown>;
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  hierarchy: HierarchyRow[];
  /** Each person with the organisations this story relates them to, for linking across pages. */
  persons: Array<{ id: string; name: string; orgs: string[] }>;
  /** Same-name people to record as candidate merges (filled just before writing). */
  candidates: Array<{ from: string; to: string }>;
}

export interface UpsertResult {
  articleId: string;
  /** `unchanged` when the story's text hash matches what is stored: nothing was written. */
  status: 'written' | 'unchanged';
  /** Graph writes the story took, from Neo4j's own counters: nodes and relationships created or deleted, properties set, labels added. */
  writes: number;
}

/** Sums the update counters Neo4j reports for a query. */
function writesOf(result: QueryResult): number {
  const u = result.summary.counters.updates();
  return u.nodesCreated + u.nodesDeleted + u.relationshipsCreated + u.relationshipsDeleted + u.propertiesSet + u.labelsAdded;
}

function rowsFor(page: Page, article: Article, index: number, source: string, pageText: string): ArticleRows {
  const id = articleId(source, index);
  const text = pageText.slice(article.start, article.end);
  const home = page.home?.code;
  const ids = new Map(article.entities.map((e) => [e.name, entityId(e, home)]));
  const entities = article.entities.map((entity) => {
    const en = entity.en ?? englishName(entity);
    const { title: _title, ...attrs } = entity.attrs; // a person's title belongs on HOLDS_POSITION, not the node
    return {
      id: ids.get(entity.name),
      label: LABELS[entity.type],
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      en,
      pinyin: syllables(entity.name, entity.type === 'PERSON').join(' '),
      display: displayName(entity),
      searchText: searchTextOf(entity),
      attrs: Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)),
      mentionStarts: entity.mentions.map((m) => m.start),
      mentionEnds: entity.mentions.map((m) => m.end),
      sentences: entity.mentions.map((m) => m.sentence.text),
    };
  });
  const relations = article.relations.flatMap((relation) => {
    const from = ids.get(relation.from), to = ids.get(relation.to);
    if (!from || !to) return [];
    return [{
      from,
      to,
      type: relation.type,
      // One edge per fact: HOLDS_POSITION facts differ by title, the others by their ends alone.
      fact: relation.attrs.title ?? '',
      evidence: relation.evidence.map((e) =>
        JSON.stringify({ article: id, sentence: e.sentence.text, sentenceStart: e.sentence.start, start: e.start, end: e.end })),
    }];
  });
  const persons = article.entities.filter((e) => e.type === 'PERSON').map((e) => {
    const id = ids.get(e.name)!;
    const orgs = relations.filter((r) => r.from === id && (r.type === 'HOLDS_POSITION' || r.type === 'INVOLVED_IN')).map((r) => r.to);
    return { id, name: e.name, orgs };
  });
  const places = article.entities.filter((e) => e.type === 'PLACE').map((entity) => ({ id: ids.get(entity.name)!, entity }));
  return {
    article: { id, title: article.title, source, index, date: page.date ?? null, start: article.start, end: article.end, text, hash: textHash(text) },
    entities,
    relations,
    hierarchy: hierarchyRows(places),
    persons,
    candidates: [],
  };
}

// Before writing, take back what this story contributed last time: its evidence on relation
// edges, edges left with none, and its mentions; then rebuild the aliases and search text of the
// entities it named from their remaining mentions. An edited story then leaves nothing stale.
const RETRACT = `
MATCH (a:Article {id: $id})<-[:MENTIONED_IN]-(e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity) WHERE $id IN r.articles
WITH a, collect(DISTINCT r) AS rels, collect(DISTINCT e) AS entities
FOREACH (r IN rels |
  SET r.evidence = [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $id | r.evidence[i]],
      r.articles = [x IN r.articles WHERE x <> $id])
FOREACH (r IN [x IN rels WHERE size(x.articles) = 0 AND NOT coalesce(x.gazetteer, false)] | DELETE r)
WITH a, entities
MATCH (a)<-[m:MENTIONED_IN]-()
DELETE m
WITH DISTINCT entities
UNWIND entities AS e
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
WITH e, collect(m) AS mentions
SET e.aliases = reduce(acc = [], m IN mentions | acc + [x IN m.aliases WHERE NOT x IN acc]),
    e.searchText = reduce(acc = '', m IN mentions | CASE WHEN acc CONTAINS m.searchText THEN acc ELSE acc + ' \n ' + m.searchText END)
RETURN collect(e.id) AS previous`;

// The story, its entities with their mentions, and its relations with their evidence, in one
// statement: a new story costs two round trips (this and the hash check).
const WRITE = `
MATCH (a:Article {id: $article.id})
SET a += $article
REMOVE a.claim
WITH a
CALL (a) {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e.aliases = [], e.searchText = ''
  SET e:$(row.label), e.type = row.type, e.name = row.name, e.en = row.en, e.display = row.display,
      e.pinyin = row.pinyin, e += row.attrs,
      e.aliases = reduce(acc = e.aliases, x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      e.searchText = CASE WHEN e.searchText CONTAINS row.searchText THEN e.searchText
                          ELSE e.searchText + ' \n ' + row.searchText END
  MERGE (e)-[m:MENTIONED_IN]->(a)
  SET m.starts = row.mentionStarts, m.ends = row.mentionEnds, m.sentences = row.sentences,
      m.aliases = row.aliases, m.searchText = row.searchText
  RETURN count(*) AS entities
}
CALL (a) {
  UNWIND $relations AS row
  MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
  MERGE (from)-[r:$(row.type) {fact: row.fact}]->(to)
  SET r.title = CASE row.fact WHEN '' THEN null ELSE row.fact END,
      r.articles = coalesce(r.articles, []) + [x IN row.evidence | a.id],
      r.evidence = coalesce(r.evidence, []) + row.evidence
  RETURN count(*) AS relations
}
CALL () {
  UNWIND $hierarchy AS h
  MERGE (p:Entity {id: h.parent.id})
  ON CREATE SET p:Place, p.type = 'PLACE', p.name = h.parent.name, p.en = h.parent.en, p.display = h.parent.display,
                p.pinyin = h.parent.pinyin, p.searchText = h.parent.searchText, p.aliases = [], p += h.parent.attrs
  WITH p, h
  MATCH (c:Entity {id: h.child})
  MERGE (c)-[r:LOCATED_IN {fact: ''}]->(p)
  SET r.gazetteer = true, r.articles = coalesce(r.articles, []), r.evidence = coalesce(r.evidence, [])
  RETURN count(*) AS hierarchy
}
${RECORD_CANDIDATES}
RETURN entities, relations, hierarchy, candidates`;

// Takes the story's write lock before reading what is stored: of two ingests writing the same
// story at once, the second waits, then finds it written and leaves it. MERGE on the unique id
// locks a new node; setting a property locks an existing one until the transaction ends.
const CLAIM = `
MERGE (a:Article {id: $id})
SET a.claim = randomUUID()
WITH a
${NAMESAKES}
RETURN a.hash AS hash, EXISTS { MATCH (:Decision) } AS decided, namesakes`;

// Entities that only this story named, and that it no longer names, go with it.
const DROP_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT ()-[:LOCATED_IN {gazetteer: true}]->(e)
DETACH DELETE e`;

/**
 * Rewrites a story's rows through the analysts' decisions. Two entities of the story that now
 * map to one id become one row, so their mentions are written together, not over each other.
 */
function remapRows(rows: ArticleRows, mapped: Map<string, string>): ArticleRows {
  const entities = new Map<string, Record<string, unknown>>();
  for (const row of rows.entities) {
    const id = mapped.get(row.id as string) ?? (row.id as string);
    const seen = entities.get(id);
    if (!seen) {
      entities.set(id, { ...row, id });
      continue;
    }
    for (const key of ['mentionStarts', 'mentionEnds', 'sentences', 'aliases'] as const) {
      seen[key] = [...(seen[key] as unknown[]), ...(row[key] as unknown[])];
    }
    seen.aliases = [...new Set([...(seen.aliases as string[]), row.name as string])].filter((a) => a !== seen.name);
  }
  const relations = rows.relations
    .map((r) => ({ ...r, from: mapped.get(r.from as string) ?? r.from, to: mapped.get(r.to as string) ?? r.to }))
    .filter((r) => r.from !== r.to);
  const hierarchy = rows.hierarchy.map((h) => ({ ...h, child: mapped.get(h.child) ?? h.child }));
  const persons = rows.persons.map((p) => ({ ...p, id: mapped.get(p.id) ?? p.id }));
  return { article: rows.article, entities: [...entities.values()], relations, hierarchy, persons, candidates: rows.candidates };
}

async function writeArticle(tx: ManagedTransaction, original: ArticleRows): Promise<UpsertResult> {
  const id = original.article.id as string;
  const stored = await tx.run(CLAIM, { id, persons: original.persons });
  const hash = stored.records[0]?.get('hash') ?? undefined;
  if (hash === original.article.hash) return { articleId: id, status: 'unchanged', writes: 0 };
  let rows = stored.records[0]?.get('decided')
    ? remapRows(original, await applyDecisions(tx, original.entities.map((e) => e.id as string), id))
    : original;
  const people = linkPersons((stored.records[0]?.get('namesakes') ?? []) as Namesake[]);
  if (people.same.size) rows = remapRows(rows, people.same);
  rows = { ...rows, candidates: people.candidates };
  const results: QueryResult[] = [];
  let previous: string[] = [];
  if (hash !== undefined) {
    const retracted = await tx.run(RETRACT, { id });
    results.push(retracted);
    previous = retracted.records[0]?.get('previous') ?? [];
  }
  results.push(await tx.run(WRITE, rows));
  if (previous.length) results.push(await tx.run(DROP_ORPHANS, { ids: previous }));
  return { articleId: id, status: 'written', writes: results.reduce((sum, r) => sum + writesOf(r), 0) };
}

// A page edited down to fewer stories: the stories past the end go, with what they contributed.
const STALE_STORIES = 'MATCH (a:Article {source: $source}) WHERE a.index >= $count RETURN a.id AS id';

async function removeArticle(tx: ManagedTransaction, id: string): Promise<void> {
  const retracted = await tx.run(RETRACT, { id });
  await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
  await tx.run(DROP_ORPHANS, { ids: retracted.records[0]?.get('previous') ?? [] });
}

/**
 * Writes every story of a page, one transaction per story, so a story that fails never
 * half-lands and never takes the others with it.
 */
export async function upsertPage(graph: Graph, page: Page, source: string, pageText: string): Promise<UpsertResult[]> {
  const results: UpsertResult[] = [];
  const session = graph.session();
  try {
    for (const [index, article] of page.articles.entries()) {
      const rows = rowsFor(page, article, index, source, pageText);
      results.push(await session.executeWrite((tx) => writeArticle(tx, rows), { timeout: 60_000 }));
    }
    const stale = await session.executeRead((tx) => tx.run(STALE_STORIES, { source, count: page.articles.length }));
    for (const record of stale.records) {
      await session.executeWrite((tx) => removeArticle(tx, record.get('id') as string), { timeout: 60_000 });
    }
  } finally {
    await session.close();
  }
  return results;
}
