import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import { graphDigest } from '../../server/graph/digest.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES, TWO_STORIES_EDITED } from '../fixtures/pages.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';

let graph: Graph;

beforeEach(async () => {
  graph ??= await testGraph();
  await clearGraph(graph);
});
afterAll(async () => graph?.close());

describe('the graph digest', () => {
  it('is the same for the same pages ingested again from empty, and for a repeated ingest', async () => {
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    const first = await graphDigest(graph);
    expect(first.nodes).toBeGreaterThan(5);
    expect(first.edges).toBeGreaterThan(5);
    const [withEvidence] = await graph.run<{ n: number }>('MATCH ()-[r]->() WHERE size(r.evidence) > 0 RETURN count(r) AS n');
    expect(withEvidence?.n).toBeGreaterThan(0);
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    expect(await graphDigest(graph)).toEqual(first);
    await clearGraph(graph);
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    expect(await graphDigest(graph)).toEqual(first);
  });

  it('changes when a name, a relation or a piece of evidence changes', async () => {
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    const before = await graphDigest(graph);
    await ingestText(graph, TWO_STORIES_EDITED, 'fixtures/two.txt');
    expect((await graphDigest(graph)).sha256).not.toBe(before.sha256);
    await clearGraph(graph);
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    expect((await graphDigest(graph)).sha256).toBe(before.sha256);
    await graph.run("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL WITH r LIMIT 1 SET r.evidence = r.evidence + ['{}']", {}, 'WRITE');
    expect((await graphDigest(graph)).sha256).not.toBe(before.sha256);
  });
});
