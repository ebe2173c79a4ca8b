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

/** How many articles there are. */
export async function articleCount(graph: Graph): Promise<number> {
  const [row] = await graph.run<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  return row?.n ?? 0;
}

export interface StoryFindings {
  /** The entities a story names, in the order it first names them; new when no other page names them. */
  entities: Array<{ entity: string; isNew: boolean }>;
  /** The relations the story is evidence for. */
  relationCount: number;
}

const FINDINGS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[m:MENTIONED_IN]-(e:Entity)
WITH a, e ORDER BY m.starts[0], e.id
WITH a, collect(e) AS named
CALL (a, named) {
  UNWIND named AS x
  MATCH (x)-[r:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF]->(:Entity) WHERE a.id IN r.articles
  RETURN count(DISTINCT r) AS relationCount
}
RETURN a.id AS id, relationCount,
       [e IN named | { entity: e.id, isNew: NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(o:Article) WHERE o.source <> a.source } }] AS entities`;

/** What ingest found in each of the given stories: for an upload's per-story results. */
export async function storyFindings(graph: Graph, ids: readonly string[]): Promise<Map<string, StoryFindings>> {
  const rows = await graph.run<StoryFindings & { id: string }>(FINDINGS, { ids });
  return new Map(rows.map(({ id, ...findings }) => [id, findings]));
}
