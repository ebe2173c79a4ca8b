import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { RELATION_TYPES, type Article, type Page, type RelationType } from '../extract/types.ts';
import { displayName, englishName, syllables } from '../names/index.ts';
import { applyDecisions } from './decisions.ts';
import { correctionsFor, hiddenKey, LABELS, type Corrections } from './corrections.ts';
import { hierarchyRows, type HierarchyRow } from './hierarchy.ts';
import { searchTextOf } from './schema.ts';
import { articleId, entityId, textHash } from './identity.ts';
import { englishKey, LINK_CANDIDATES, linkEnglish, personNameKey, type CandidatePair, type LinkFound, type LinkQuery } from './crosslingual.ts';
import { NAMESAKES, RECORD_CANDIDATES, linkPersons, type Namesake, type PersonRow } from './people.ts';
import { isGraphUnavailable } from './availability.ts';
import type { Graph } from './neo4j.ts';
import { faultAt, pageTransactionStarted, runWithFault } from './fault.ts';

/** What one story contributes to the graph, as the rows its queries UNWIND. */
interface ArticleRows {
  article: Record<string, unknown>;
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  hierarchy: HierarchyRow[];
  /** Each person with the organisations this story relates them to, for linking across pages. */
  persons: PersonRow[];
  /** Same-name entities to record as candidate merges (filled just before writing). */
  candidates: CandidatePair[];
  /** The story's language: an English story's entities are linked to Chinese ones before writing. */
  language: 'zh' | 'en';
}

export interface UpsertResult {
  articleId: string;
  /**
   * `written` when the story was new or changed; `unchanged` when its text hash matches what is
   * stored (nothing was written); `failed` when it could not be written (nothing of it landed).
   */
  status: 'written' | 'unchanged' | 'failed';
  /** Why the story failed. */
  error?: string;
}

export interface PageWrite {
  /** One result per story, in page order. */
  stories: UpsertResult[];
  /** Graph writes the page took, from Neo4j's own counters: nodes and relationships created or deleted, properties set, labels added. */
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
  const language = page.language ?? 'zh';
  const english = language === 'en';
  const entities = article.entities.map((entity) => {
    const en = entity.en ?? (english ? entity.name : englishName(entity));
    const { title: _title, ...attrs } = entity.attrs; // a person's title belongs on HOLDS_POSITION, not the node
    const person = entity.type === 'PERSON';
    return {
      id: ids.get(entity.name),
      label: LABELS[entity.type],
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      en,
      // An English story writes no Chinese, so no pinyin beyond a person's name as written.
      pinyin: english ? (person ? entity.name.toLowerCase() : null) : syllables(entity.name, person).join(' '),
      display: english ? en : displayName(entity),
      searchText: searchTextOf(entity, language),
      language,
      nameKey: person ? personNameKey(entity.name, english) : null,
      enKey: englishKey(en),
      home: home ?? null,
      attrs: Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)),
      mentionStarts: entity.mentions.map((m) => m.start),
      mentionEnds: entity.mentions.map((m) => m.end),
      sentences: entity.mentions.map((m) => m.sentence.text),
    };
  });
  const relations = article.relations.flatMap((relation) => {
    const from = ids.get(relation.from),
      to = ids.get(relation.to);
    if (!from || !to) return [];
    return [
      {
        from,
        to,
        type: relation.type,
        // One edge per fact: HOLDS_POSITION facts differ by title, the others by their ends alone.
        fact: relation.attrs.title ?? '',
        evidence: relation.evidence.map((e) =>
          JSON.stringify({ article: id, sentence: e.sentence.text, sentenceStart: e.sentence.start, start: e.start, end: e.end }),
        ),
      },
    ];
  });
  const persons = article.entities
    .filter((e) => e.type === 'PERSON')
    .map((e) => {
      const id = ids.get(e.name)!;
      const orgs = relations.filter((r) => r.from === id && (r.type === 'HOLDS_POSITION' || r.type === 'INVOLVED_IN')).map((r) => r.to);
      return { id, name: e.name, nameKey: personNameKey(e.name, english), language, orgs };
    });
  const places = article.entities.filter((e) => e.type === 'PLACE').map((entity) => ({ id: ids.get(entity.name)!, entity }));
  return {
    article: { id, title: article.title, source, index, date: page.date ?? null, start: article.start, end: article.end, text, hash: textHash(text) },
    entities,
    relations,
    hierarchy: hierarchyRows(places),
    persons,
    candidates: [],
    language,
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

// A story's relations of one type. The type is written out, one subquery per type: planned on
// an empty graph, a MERGE with a dynamic type ($(row.type)) scanned every relationship to find
// the edge, and kept that plan until the first replan, seconds and thousands of edges later.
// With the type written, it expands between the two ends from the first plan on.
const mergeRelations = (type: RelationType) => `
CALL (a, story) {
  UNWIND story.relations.${type} AS row
  MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
  MERGE (from)-[r:${type} {fact: row.fact}]->(to)
  SET r.title = CASE row.fact WHEN '' THEN null ELSE row.fact END,
      r.articles = coalesce(r.articles, []) + [x IN row.evidence | a.id],
      r.evidence = coalesce(r.evidence, []) + row.evidence
  RETURN count(*) AS ${type.toLowerCase()}
}`;

// The stories, their entities with their mentions, and their relations with their evidence, in
// one statement: a page of new stories costs two round trips (this and the claim) and one commit.
// The gazetteer chains above the stories' places come last, once per page: stories of one page
// name the same county and city, and most of their rows were the same.
export const WRITE = `
CALL () {
UNWIND $stories AS story
MATCH (a:Article {id: story.article.id})
SET a += story.article
REMOVE a.claim
WITH a, story
CALL (a, story) {
  UNWIND story.entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e.aliases = [], e.searchText = '', e.language = row.language
  // An English story linked to an entity a Chinese story named adds its mentions and names,
  // and leaves the Chinese name and what follows from it alone.
  WITH a, row, e, row.language = 'en' AND coalesce(e.language, 'zh') = 'zh' AS keepsName
  // An entity named on pages about several counties (a province, a company) keeps the lowest
  // county code, not the first page's: concurrent ingest and a re-run after a crash write pages
  // in another order, and the graph must not depend on it.
  SET e:$(row.label), e.type = row.type,
      e.home = CASE WHEN e.home IS NULL OR row.home < e.home THEN coalesce(row.home, e.home) ELSE e.home END,
      e += CASE WHEN keepsName THEN {} ELSE { language: row.language, name: row.name, en: row.en, display: row.display,
                                              pinyin: row.pinyin, nameKey: row.nameKey, enKey: row.enKey } END,
      e += CASE WHEN keepsName THEN {} ELSE row.attrs END,
      e.aliases = reduce(acc = e.aliases, x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      e.searchText = CASE WHEN e.searchText CONTAINS row.searchText THEN e.searchText
                          ELSE e.searchText + ' \n ' + row.searchText END
  MERGE (e)-[m:MENTIONED_IN]->(a)
  SET m.starts = row.mentionStarts, m.ends = row.mentionEnds, m.sentences = row.sentences,
      m.aliases = row.aliases, m.searchText = row.searchText
  RETURN count(*) AS entities
}
${RELATION_TYPES.map(mergeRelations).join('')}${RECORD_CANDIDATES}
RETURN count(*) AS stories
}
CALL () {
  UNWIND $hierarchy AS h
  MERGE (p:Entity {id: h.parent.id})
  ON CREATE SET p:Place, p.type = 'PLACE', p.language = 'zh', p.name = h.parent.name, p.en = h.parent.en, p.display = h.parent.display,
                p.pinyin = h.parent.pinyin, p.searchText = h.parent.searchText, p.aliases = [], p += h.parent.attrs
  WITH p, h
  MATCH (c:Entity {id: h.child})
  MERGE (c)-[r:LOCATED_IN {fact: ''}]->(p)
  SET r.gazetteer = true, r.articles = coalesce(r.articles, []), r.evidence = coalesce(r.evidence, [])
  RETURN count(*) AS hierarchy
}
RETURN stories, hierarchy`;

// Takes each story's write lock before reading what is stored: of two ingests writing the same
// story at once, the second waits, then finds it written and leaves it. MERGE on the unique id
// locks a new node; setting a property locks an existing one until the transaction ends.
// Pages that name the same person (by name in pinyin) also take turns, through a lock node per
// name made here and deleted before the commit (RELEASE_NAMES): otherwise two pages written at
// once would each miss the other's namesake, and whether a candidate pair (or a shared-body
// link) was recorded would depend on timing. The names are locked in sorted order, so two pages
// never wait for each other in a circle.
const CLAIM = `
CALL () {
  UNWIND $names AS name
  MERGE (l:NameLock {key: name})
  SET l.claim = randomUUID()
  RETURN count(*) AS locked
}
UNWIND $stories AS story
MERGE (a:Article {id: story.id})
SET a.claim = randomUUID()
WITH a, story
${NAMESAKES}
RETURN story.id AS id, a.hash AS hash, EXISTS { MATCH (:Decision) } AS decided, namesakes`;

const RELEASE_NAMES = 'UNWIND $names AS name MATCH (l:NameLock {key: name}) DELETE l';

/** The keys of the names a page's stories lock: each person's name in pinyin, sorted. */
const lockedNames = (stories: readonly ArticleRows[]) => [...new Set(stories.flatMap((rows) => rows.persons.map((p) => p.nameKey || p.name)))].sort();

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
  return { ...rows, entities: [...entities.values()], relations, hierarchy, persons };
}

/**
 * Applies the analysts' corrections to a story's rows: a renamed entity is written with its right
 * name (the name the story gives becomes an alias), a retyped one with its right type, and a
 * hidden relation is not written.
 */
function correctRows(rows: ArticleRows, corrections: Corrections): ArticleRows {
  const entities = rows.entities.map((row) => {
    const id = row.id as string;
    const named = corrections.names.get(id);
    const type = corrections.types.get(id);
    let corrected = row;
    if (named) {
      const aliases = [...new Set([row.name as string, ...(row.aliases as string[])])].filter((a) => a !== named.name);
      corrected = { ...corrected, ...named, aliases };
    }
    if (type) corrected = { ...corrected, type, label: LABELS[type] };
    return corrected;
  });
  const relations = rows.relations.filter((r) => !corrections.hidden.has(hiddenKey(r.from as string, r.type as string, r.fact as string, r.to as string)));
  const hierarchy = rows.hierarchy.filter((h) => !corrections.hidden.has(hiddenKey(h.child, 'LOCATED_IN', '', h.parent.id)));
  return { ...rows, entities, relations, hierarchy };
}

/**
 * Joins the entities of an English story to the stored Chinese entities they name
 * (crosslingual.ts). A joined entity keeps its English name as an alias, so search finds it.
 */
async function linkToChinese(tx: ManagedTransaction, rows: ArticleRows): Promise<{ rows: ArticleRows; candidates: CandidatePair[] }> {
  const entities: LinkQuery[] = rows.entities.map((e) => ({
    id: e.id as string,
    type: e.type as string,
    nameKey: e.nameKey as string | null,
    enKey: e.enKey as string,
    code: (e.attrs as { code?: string }).code ?? null,
  }));
  const result = await tx.run(LINK_CANDIDATES, { entities });
  const found = result.records.map((r) => r.toObject() as unknown as LinkFound);
  const codes = entities.flatMap((e) => (e.code ? [e.code] : []));
  const links = linkEnglish(
    found,
    codes,
    rows.relations.map((r) => ({ from: r.from as string, to: r.to as string, type: r.type as string })),
  );
  if (links.same.size === 0) return { rows, candidates: links.candidates };
  const named = {
    ...rows,
    entities: rows.entities.map((e) => (links.same.has(e.id as string) ? { ...e, aliases: [...new Set([e.name as string, ...(e.aliases as string[])])] } : e)),
  };
  return { rows: remapRows(named, links.same), candidates: links.candidates };
}

/** The parts of a story's rows the write statement reads, its relations by type. */
const storyParameter = (rows: ArticleRows) => ({
  article: rows.article,
  entities: rows.entities,
  relations: Object.fromEntries(RELATION_TYPES.map((type) => [type, rows.relations.filter((r) => r.type === type)])),
  candidates: rows.candidates,
});

/** The gazetteer rows of stories written together, each edge once. */
function pageHierarchy(stories: readonly ArticleRows[]): HierarchyRow[] {
  const rows = new Map<string, HierarchyRow>();
  for (const story of stories) for (const row of story.hierarchy) rows.set(`${row.child}>${row.parent.id}`, row);
  return [...rows.values()];
}

// A page edited down to fewer stories: the stories past the end go, with what they contributed.
const STALE_STORIES = 'MATCH (a:Article {source: $source}) WHERE a.index >= $count RETURN a.id AS id';

/** What a page's stories, written together, leave to remove: stories past its end. */
interface PageEnd {
  source: string;
  count: number;
}

/**
 * Writes stories in one transaction: claims them, takes back what changed ones contributed
 * before, writes them in one statement, and (given the page's end) removes stories past it.
 */
async function writeStories(tx: ManagedTransaction, stories: readonly ArticleRows[], end?: PageEnd): Promise<PageWrite> {
  const transaction = pageTransactionStarted();
  const names = lockedNames(stories);
  const claimed = await tx.run(CLAIM, { names, stories: stories.map((rows) => ({ id: rows.article.id, persons: rows.persons })) });
  const stored = new Map(claimed.records.map((record) => [record.get('id') as string, record]));
  const counted: QueryResult[] = [];
  const results: UpsertResult[] = [];
  const toWrite: ArticleRows[] = [];
  const previous: string[] = [];
  for (const original of stories) {
    const id = original.article.id as string;
    const record = stored.get(id);
    const hash = record?.get('hash') ?? undefined;
    if (hash === original.article.hash) {
      results.push({ articleId: id, status: 'unchanged' });
      continue;
    }
    let rows = original;
    if (record?.get('decided')) {
      rows = remapRows(
        rows,
        await applyDecisions(
          tx,
          rows.entities.map((e) => e.id as string),
          id,
        ),
      );
      rows = correctRows(
        rows,
        await correctionsFor(
          tx,
          rows.entities.map((e) => e.id as string),
        ),
      );
    }
    const people = linkPersons((record?.get('namesakes') ?? []) as Namesake[]);
    if (people.same.size) rows = remapRows(rows, people.same);
    let candidates = people.candidates;
    if (rows.language === 'en') {
      const linked = await linkToChinese(tx, rows);
      rows = linked.rows;
      candidates = [...candidates, ...linked.candidates];
    }
    toWrite.push({ ...rows, candidates });
    if (hash !== undefined) {
      const retracted = await tx.run(RETRACT, { id });
      counted.push(retracted);
      previous.push(...(retracted.records[0]?.get('previous') ?? []));
    }
    results.push({ articleId: id, status: 'written' });
  }
  if (toWrite.length) {
    counted.push(await runWithFault(tx, transaction, WRITE, { stories: toWrite.map(storyParameter), hierarchy: pageHierarchy(toWrite) }));
  }
  if (end) {
    const stale = await tx.run(STALE_STORIES, end);
    for (const record of stale.records) {
      const id = record.get('id') as string;
      const retracted = await tx.run(RETRACT, { id });
      counted.push(retracted, await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id }));
      previous.push(...(retracted.records[0]?.get('previous') ?? []));
    }
  }
  if (previous.length) counted.push(await tx.run(DROP_ORPHANS, { ids: previous }));
  // Deleted, the lock nodes stay locked until the commit, and are never seen after it.
  if (names.length) await tx.run(RELEASE_NAMES, { names });
  faultAt('before-commit', transaction);
  faultAt('during-commit', transaction);
  return { stories: results, writes: counted.reduce((sum, r) => sum + writesOf(r), 0) };
}

const WRITE_TIMEOUT_MS = 60_000;

/**
 * Writes every story of a page in one transaction, which saves a commit and two round trips per
 * story. Should that fail, each story is written in a transaction of its own, so a story that
 * cannot be written fails alone, never half-lands, and never takes the others with it.
 * (Transient failures such as deadlocks between concurrent ingests are retried by the driver
 * before it comes to that. A server that stays unreachable fails the page whole: see isGraphUnavailable.)
 */
export async function upsertPage(graph: Graph, page: Page, source: string, pageText: string): Promise<PageWrite> {
  const stories = page.articles.map((article, index) => rowsFor(page, article, index, source, pageText));
  const end = { source, count: page.articles.length };
  const session = graph.session();
  try {
    try {
      return await session.executeWrite((tx) => writeStories(tx, stories, end), { timeout: WRITE_TIMEOUT_MS });
    } catch (error) {
      if (stories.length <= 1 || isGraphUnavailable(error)) throw error;
    }
    const written: PageWrite = { stories: [], writes: 0 };
    for (const rows of stories) {
      try {
        const one = await session.executeWrite((tx) => writeStories(tx, [rows]), { timeout: WRITE_TIMEOUT_MS });
        written.stories.push(...one.stories);
        written.writes += one.writes;
      } catch (error) {
        if (isGraphUnavailable(error)) throw error;
        written.stories.push({ articleId: rows.article.id as string, status: 'failed', error: (error as Error).message });
      }
    }
    written.writes += (await session.executeWrite((tx) => writeStories(tx, [], end), { timeout: WRITE_TIMEOUT_MS })).writes;
    return written;
  } finally {
    await session.close();
  }
}
