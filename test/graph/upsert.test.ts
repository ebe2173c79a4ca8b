import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from 'neo4j-driver';
import type { Graph } from '../../server/graph/neo4j.ts';
import { extractPage } from '../../server/extract/index.ts';
import { upsertPage, WRITE } from '../../server/graph/upsert.ts';
import { ingestFiles, ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES, TWO_STORIES_EDITED } from '../fixtures/pages.ts';
import { clearGraph, counts, testGraph } from '../setup/graph.ts';

let graph: Graph;

beforeEach(async () => {
  graph ??= await testGraph();
  await clearGraph(graph);
});
afterAll(async () => graph?.close());

const personArticles = (name: string) =>
  graph
    .run<{ titles: string[] }>('MATCH (p:Person {name: $name})-[:MENTIONED_IN]->(a:Article) RETURN collect(a.title) AS titles', { name })
    .then((rows) => rows[0]?.titles.sort() ?? []);

/** The operators of a query plan, top down. */
const operatorsOf = (plan: Plan): string[] => [plan.operatorType, ...plan.children.flatMap(operatorsOf)];

describe('upserting pages into Neo4j', () => {
  it('plans the write statement on an empty graph to expand between the ends of a relation, not scan every edge', async () => {
    const session = graph.session();
    try {
      // replan=force: plan on the graph as it is now (empty), not reuse a plan from a fuller one.
      const result = await session.run(`EXPLAIN CYPHER replan=force ${WRITE}`, { stories: [], hierarchy: [] });
      expect(result.summary.plan).toBeTruthy();
      const operators = operatorsOf(result.summary.plan as Plan);
      expect(operators.filter((o) => o.startsWith('Expand(Into)')).length).toBeGreaterThanOrEqual(4);
      expect(operators.filter((o) => /RelationshipsScan|RelationshipTypeScan/.test(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('ingesting the same page twice changes no counts', async () => {
    await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    const once = await counts(graph);
    const again = await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    expect(again.stories.every((r) => r.status === 'unchanged')).toBe(true);
    expect(await counts(graph)).toEqual(once);
    expect(once.nodes).toBeGreaterThan(3);
  });

  it('a reporter named in two stories is one node linked to both', async () => {
    await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    const [row] = await graph.run<{ n: number }>("MATCH (p:Person {name: '林晓东'}) RETURN count(p) AS n");
    expect(row?.n).toBe(1);
    expect(await personArticles('林晓东')).toEqual(['宋庄镇举办文化节', '张家湾镇推进道路改造']);
  });

  it('places are stored with their type label and English name', async () => {
    await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    const rows = await graph.run<{ name: string; en: string }>('MATCH (p:Entity:Place) RETURN p.name AS name, p.en AS en ORDER BY name');
    expect(rows).toContainEqual({ name: '宋庄镇', en: 'Songzhuang Town' });
  });

  it('re-ingesting an edited page replaces what it contributed, leaving nothing stale', async () => {
    await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    await ingestText(graph, TWO_STORIES_EDITED, 'two-stories.txt');
    expect(await personArticles('林晓东')).toEqual(['张家湾镇推进道路改造']);
    expect(await personArticles('韩冬青')).toEqual(['宋庄镇举办文化节']);
    const fresh = await counts(graph);
    await clearGraph(graph);
    await ingestText(graph, TWO_STORIES_EDITED, 'two-stories.txt');
    expect(await counts(graph)).toEqual(fresh);
  });

  it('a file that cannot be read fails alone and the others land', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'));
    writeFileSync(join(folder, 'good.txt'), TWO_STORIES);
    const outcomes = await ingestFiles(graph, [join(folder, 'missing.txt'), join(folder, 'good.txt')]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
    expect(outcomes[0]?.error).toMatch(/missing\.txt/);
    expect(await personArticles('林晓东')).toHaveLength(2);
  });
});

describe('a story that cannot be written', () => {
  it('fails alone: the other stories of its page land and nothing of it does', async () => {
    const page = extractPage(TWO_STORIES);
    const [first, second] = page.articles;
    // Neo4j refuses a map as a property value: the kind of fault a malformed extraction makes.
    const broken = { ...second!, entities: second!.entities.map((e) => ({ ...e, attrs: { ...e.attrs, kind: { nested: true } as unknown as string } })) };
    const written = await upsertPage(graph, { ...page, articles: [first!, broken] }, 'broken.txt', TWO_STORIES);
    expect(written.stories.map((s) => s.status)).toEqual(['written', 'failed']);
    expect(written.stories[1]?.error).toMatch(/propert/i);
    const titles = await graph.run<{ title: string }>('MATCH (a:Article) RETURN a.title AS title');
    expect(titles.map((t) => t.title)).toEqual([first!.title]);
    expect(await personArticles('周雨桐')).toEqual([]);
    expect(await personArticles('林晓东')).toEqual([first!.title]);
  });
});

describe('concurrent ingests', () => {
  it('two ingests of overlapping folders at once give the counts of one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'));
    const files = ['a', 'b', 'c', 'd'].map((name, i) => {
      const file = join(folder, `${name}.txt`);
      writeFileSync(file, i % 2 ? TWO_STORIES : TWO_STORIES_EDITED);
      return file;
    });
    const sourceOf = (file: string) => file;
    await Promise.all([ingestFiles(graph, files.slice(0, 3), { sourceOf }), ingestFiles(graph, files.slice(1), { sourceOf })]);
    const together = await counts(graph);
    const EVIDENCE = `CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN sum(size(m.starts)) AS mentions }
      CALL () { OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(coalesce(r.evidence, []))) AS evidence }
      RETURN mentions, evidence`;
    const [evidence] = await graph.run(EVIDENCE);
    await clearGraph(graph);
    await ingestFiles(graph, files, { sourceOf, concurrency: 1 });
    expect(together).toEqual(await counts(graph));
    const [alone] = await graph.run(EVIDENCE);
    expect(evidence).toEqual(alone);
  });
});
