import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { post, testServer } from '../setup/server.ts';

// The review queue over pages the real extractor read: namesakes on pages about different
// counties, which the graph keeps apart as candidate pairs.

let graph: Graph;
let server: RunningServer;

const PAGES = [
  // A reporter named on pages about two counties of one province (平湖 and 缙云, Zhejiang).
  ['平湖市召开会议\n\n本报讯（记者 孙若溪）昨天，当湖街道召开工作会议。\n', 'queue-a.txt'],
  ['缙云县召开会议\n\n本报讯（记者 孙若溪）昨天，壶镇镇召开工作会议。\n', 'queue-b.txt'],
  // A county head of one name in two counties of one city (安吉 and 德清, both Huzhou).
  ['安吉县召开会议\n\n本报讯 昨天，安吉县县长沈明远主持召开县政府常务会议。\n', 'queue-c.txt'],
  ['德清县召开会议\n\n本报讯 昨天，德清县县长沈明远主持召开县政府常务会议。\n', 'queue-d.txt'],
] as const;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  for (const [text, source] of PAGES) await ingestText(graph, text, source);
  server = await testServer(graph);
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

interface Queue {
  candidatePairs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { entity: { name: string }; other: { name: string }; strength: number; shared: string[]; reason: string } }>;
  };
}
const QUEUE = `query ($first: Int, $after: String) { candidatePairs(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { entity { name } other { name } strength shared reason } } } }`;

describe('the review queue (candidatePairs)', () => {
  it('lists namesake pairs strongest evidence first, with what they share', async () => {
    const reply = await post<Queue>(server, QUEUE, {});
    expect(reply.errors).toBeUndefined();
    const queue = reply.data!.candidatePairs;
    expect(queue.totalCount).toBe(2);
    expect(queue.edges.map((e) => e.node.entity.name)).toEqual(['沈明远', '孙若溪']);
    const [first, second] = queue.edges.map((e) => e.node);
    expect(first).toMatchObject({ other: { name: '沈明远' }, strength: 4, shared: ['title 县长', 'same city'] });
    expect(second).toMatchObject({ other: { name: '孙若溪' }, strength: 1, shared: ['same province'] });
    expect(second!.reason).toMatch(/same name/);
  });

  it('pages with first and after, and says when no more follow', async () => {
    const one = (await post<Queue>(server, QUEUE, { first: 1 })).data!.candidatePairs;
    expect(one.edges).toHaveLength(1);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await post<Queue>(server, QUEUE, { first: 1, after: one.pageInfo.endCursor })).data!.candidatePairs;
    expect(two.edges.map((e) => e.node.entity.name)).toEqual(['孙若溪']);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const bad = await post<Queue>(server, QUEUE, { first: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
