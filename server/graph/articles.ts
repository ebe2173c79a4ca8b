import { int, type Graph } from './neo4j.ts';
import type { ArticleRecord } from './queries.ts';

// Reads and one write about articles (stories). Mention offsets are stored relative to the
// page; everything here gives them relative to the story's own text, which is what a client
// highlights.

export interface MentionRecord {
  entity: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
}

const MENTIONS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
  UNWIND range(0, size(m.starts) - 1) AS i
  WITH e, m.starts[i] - a.start AS start, m.ends[i] - a.start AS end, m.sentences[i] AS sentence, a
  ORDER BY start, end, e.id
  RETURN collect({ entity: e.id, start: start, end: end, sentence: sentence,
                   text: substring(a.text, start, end - start) }) AS mentions
}
RETURN id, mentions`;

/** The mentions of many articles at once, each article's in text order. */
export async function mentionsOfArticles(graph: Graph, ids: readonly string[]): Promise<Map<string, MentionRecord[]>> {
  const rows = await graph.run<{ id: string; mentions: MentionRecord[] }>(MENTIONS, { ids });
  return new Map(rows.map((r) => [r.id, r.mentions]));
}

// Undated stories sort last; within a date, a page's stories keep their order.
const ARTICLE_PAGE = `
MATCH (a:Article)
RETURN a { .id, .title, .date, .source, .text } AS article
ORDER BY a.date IS NULL, a.date DESC, a.source, a.index, a.id
SKIP $skip LIMIT $limit`;

/** One page of all articles, newest first. */
export async function articlePage(graph: Graph, skip: number, limit: number): Promise<ArticleRecord[]> {
  const rows = await graph.run<{ article: ArticleRecord }>(ARTICLE_PAGE, { skip: int(skip), limit: int(limit) });
  return rows.map((r) => r.article);
}

/** Stores the date an operator gave for a page on its stories. */
export async function setArticleDates(graph: Graph, ids: readonly string[], date: string): Promise<void> {
  await graph.run('UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.date = $date', { ids, date }, 'WRITE');
}
