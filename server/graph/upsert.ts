import type { ManagedTransaction } from 'neo4j-driver';
import type { Article, Entity, Page } from '../extract/types.ts';
import { displayName, englishName, searchKeys, syllables } from '../names/index.ts';
import { articleId, entityId, textHash } from './identity.ts';
import type { Graph } from './neo4j.ts';

const LABELS = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place', PROJECT: 'Project' } as const;

/** What one story contributes to the graph, as the rows its queries UNWIND. */
interface ArticleRows {
  article: Record<string, unknown>;
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

export interface UpsertResult {
  articleId: string;
  /** `unchanged` when the story's text hash matches what is stored: nothing was written. */
  status: 'written' | 'unchanged';
}

function rowsFor(page: Page, article: Article, index: number, source: string, pageText: string): ArticleRows {
  const id = articleId(source, index);
  const text = pageText.slice(article.start, article.end);
  const ids = new Map(article.entities.map((e) => [e.name, entityId(e)]));
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
      searchText: searchKeys(entity).join(' \n '),
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
  return {
    article: { id, title: article.title, source, index, date: page.date ?? null, start: article.start, end: article.end, text, hash: textHash(text) },
    entities,
    relations,
  };
}

// Before writing, take back what this story contributed last time: its evidence on relation
// edges, edges left with none, and its mentions. An edited story then leaves nothing stale.
const RETRACT = `
MATCH (a:Article {id: $id})<-[:MENTIONED_IN]-(e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity) WHERE $id IN r.articles
WITH a, collect(DISTINCT r) AS rels, collect(DISTINCT e) AS entities
FOREACH (r IN rels |
  SET r.evidence = [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $id | r.evidence[i]],
      r.articles = [x IN r.articles WHERE x <> $id])
FOREACH (r IN [x IN rels WHERE size(x.articles) = 0] | DELETE r)
WITH a, entities
MATCH (a)<-[m:MENTIONED_IN]-()
DELETE m
RETURN [e IN entities | e.id] AS previous`;

const WRITE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a += $article`;

const WRITE_ENTITIES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.aliases = []
SET e:$(row.label), e.type = row.type, e.name = row.name, e.en = row.en, e.display = row.display, e.pinyin = row.pinyin,
    e.searchText = row.searchText, e += row.attrs,
    e.aliases = reduce(acc = e.aliases, x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.starts = row.mentionStarts, m.ends = row.mentionEnds, m.sentences = row.sentences`;

const WRITE_RELATIONS = `
UNWIND $rows AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
MERGE (from)-[r:$(row.type) {fact: row.fact}]->(to)
SET r.title = CASE row.fact WHEN '' THEN null ELSE row.fact END,
    r.articles = coalesce(r.articles, []) + [x IN row.evidence | $articleId],
    r.evidence = coalesce(r.evidence, []) + row.evidence`;

// Entities that only this story named, and that it no longer names, go with it.
const DROP_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e`;

async function writeArticle(tx: ManagedTransaction, rows: ArticleRows): Promise<UpsertResult> {
  const id = rows.article.id as string;
  const stored = await tx.run('MATCH (a:Article {id: $id}) RETURN a.hash AS hash', { id });
  if (stored.records[0]?.get('hash') === rows.article.hash) return { articleId: id, status: 'unchanged' };
  const retracted = await tx.run(RETRACT, { id });
  const previous: string[] = retracted.records[0]?.get('previous') ?? [];
  await tx.run(WRITE_ARTICLE, { article: rows.article });
  await tx.run(WRITE_ENTITIES, { articleId: id, rows: rows.entities });
  await tx.run(WRITE_RELATIONS, { articleId: id, rows: rows.relations });
  await tx.run(DROP_ORPHANS, { ids: previous });
  return { articleId: id, status: 'written' };
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
  const session = graph.driver.session();
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
