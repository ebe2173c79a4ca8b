import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import { ensureSchema } from '../../server/graph/schema.ts';
import { ingestPage, ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';

let graph: Graph;
afterAll(async () => graph?.close());

const searchIndexConfig = async () =>
  (
    await graph.run<{ config: Record<string, unknown> }>(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search' RETURN options.indexConfig AS config",
    )
  )[0]?.config;

const found = async (text: string) =>
  (await graph.run<{ n: number }>("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN count(node) AS n", { q: `"${text}"` }))[0]?.n ?? 0;

describe('the graph schema', () => {
  it('rebuilds a search index made by an older version, so its entities stay findable', async () => {
    graph = await testGraph();
    await clearGraph(graph);
    await graph.run('DROP INDEX entity_search', {}, 'WRITE');
    await graph.run(
      "CREATE FULLTEXT INDEX entity_search FOR (e:Entity) ON EACH [e.name, e.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      {},
      'WRITE',
    );
    await ingestPage(graph, TWO_STORIES, 'two-stories.txt');
    await ensureSchema(graph);
    expect(await searchIndexConfig()).toMatchObject({ 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true });
    expect(await found('林晓东')).toBeGreaterThan(0);
  });

  it('a page ingested with ingestText is searchable the moment it returns', async () => {
    await clearGraph(graph);
    await ingestText(graph, TWO_STORIES, 'two-stories.txt');
    expect(await found('林晓东')).toBeGreaterThan(0);
  });
});
