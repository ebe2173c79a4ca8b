// The response cache, and two API instances on one Neo4j: an answer is served from the cache
// only while nothing was written; every write (through this API, another instance, or ingest
// that bypasses the API) is seen by the next query on every instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph, type Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { testServer, type GraphqlReply } from '../setup/server.ts';
import { inject } from 'vitest';
import { countingGraph } from './seed.ts';

const TOKENS = [{ label: 'alice', token: 'alice-token' }];
let graph: Graph;
let otherGraph: Graph;
let counted: ReturnType<typeof countingGraph>;
let first: RunningServer;
let second: RunningServer;

// Invented pages: two namesakes in two counties (a candidate pair), and an official with a post.
const PAGES = [
  ['安吉县召开会议\n\n本报讯 昨天，安吉县县长沈明远主持召开县政府常务会议。\n', 'cache-a.txt'],
  ['德清县召开会议\n\n本报讯 昨天，德清县县长沈明远主持召开县政府常务会议。\n', 'cache-b.txt'],
] as const;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  for (const [text, source] of PAGES) await ingestText(graph, text, source);
  counted = countingGraph(graph);
  first = await testServer(counted, TOKENS);
  // The second instance has its own driver, as a second process would.
  const { uri, user, password } = inject('neo4j');
  otherGraph = await openGraph({ kind: 'remote', uri, user, password, database: 'neo4j' });
  second = await testServer(otherGraph, TOKENS);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await otherGraph?.close();
  await graph?.close();
});

async function send<T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<T> {
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const reply = (await response.json()) as GraphqlReply<T>;
  expect(reply.errors).toBeUndefined();
  return reply.data!;
}
const asAlice = <T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}) => send<T>(server, query, variables, 'Bearer alice-token');

const SEARCH = 'query ($q: String!) { search(query: $q) { edges { node { id name } } } }';
const names = async (server: RunningServer, q: string) =>
  (await send<{ search: { edges: Array<{ node: { name: string } }> } }>(server, SEARCH, { q })).search.edges.map((e) => e.node.name);
const QUEUE = '{ candidatePairs { totalCount edges { node { entity { id } other { id } } } } }';
type Queue = { candidatePairs: { totalCount: number; edges: Array<{ node: { entity: { id: string }; other: { id: string } } }> } };
const queueSize = async (server: RunningServer) => (await send<Queue>(server, QUEUE)).candidatePairs.totalCount;

describe('the response cache', () => {
  it('answers a repeated query from the cache, without asking Neo4j again', async () => {
    // Asked once, a query is not cached (a one-off pays no version read); asked again, it is.
    await names(first, '沈明远');
    const before = await names(first, '沈明远');
    counted.calls = 0;
    expect(await names(first, '沈明远')).toEqual(before);
    expect(counted.calls).toBe(0);
  });

  it('says in x-answer-cache whether an answer came from the cache; a mutation or editing never does', async () => {
    const header = async (query: string) =>
      (
        await fetch(new URL('graphql', first.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer alice-token' },
          body: JSON.stringify({ query }),
        })
      ).headers.get('x-answer-cache');
    const QUERY = '{ stats { articles } }';
    expect(await header(QUERY)).toBe('miss');
    expect(await header(QUERY)).toBe('miss');
    expect(await header(QUERY)).toBe('hit');
    expect(await header('{ editing { signedInAs } }')).toBe('bypass');
    expect(await header('{ editing { signedInAs } }')).toBe('bypass');
    expect(await header('mutation { undoDecision(id: "decision-none") { id } }')).toBe('bypass');
  });

  it('never caches who a token belongs to', async () => {
    const EDITING = '{ editing { signedInAs } }';
    expect(await send(first, EDITING, {}, 'Bearer alice-token')).toEqual({ editing: { signedInAs: 'alice' } });
    expect(await send(first, EDITING)).toEqual({ editing: { signedInAs: null } });
  });

  it('serves nothing from before a page ingested behind its back (the command line, another process)', async () => {
    // Each asked twice, so both instances hold the answer in their caches.
    for (const server of [first, first, second, second]) expect(await names(server, '周雨桐')).toEqual([]);
    await ingestText(graph, '宋庄镇举办文化节\n\n本报讯（记者 周雨桐）昨天，宋庄镇文化节开幕。\n', 'cache-c.txt');
    expect(await names(first, '周雨桐')).toEqual(['周雨桐']);
    expect(await names(second, '周雨桐')).toEqual(['周雨桐']);
  });

  it('a decision made through one instance is seen at once through the other, and its undo too', async () => {
    for (const server of [first, first, second, second]) expect(await queueSize(server)).toBe(1);
    const pair = (await send<Queue>(second, QUEUE)).candidatePairs.edges[0]!.node;
    await asAlice(first, 'mutation ($a: ID!, $b: ID!) { keepApart(id: $a, otherId: $b) { id } }', { a: pair.entity.id, b: pair.other.id });
    expect(await queueSize(second)).toBe(0);
    expect(await queueSize(first)).toBe(0);
    const DECISIONS = '{ decisions(first: 1) { edges { node { id undoneAt } } } }';
    const [decision] = (await send<{ decisions: { edges: Array<{ node: { id: string } }> } }>(second, DECISIONS)).decisions.edges;
    await asAlice(second, 'mutation ($id: ID!) { undoDecision(id: $id) { id } }', { id: decision!.node.id });
    expect(await queueSize(first)).toBe(1);
    expect(await send(first, DECISIONS)).toMatchObject({ decisions: { edges: [{ node: { undoneAt: expect.any(String) } }] } });
  });

  it.each([
    ['a merge', 'mutation ($a: ID!, $b: ID!) { mergeEntities(keepId: $a, mergeId: $b) { id } }', (a: string, b: string) => ({ a, b })],
    ['a rename', 'mutation ($a: ID!) { renameEntity(id: $a, name: "沈明达") { id } }', (a: string) => ({ a })],
    ['a change of type', 'mutation ($a: ID!) { changeEntityType(id: $a, type: ORG) { id } }', (a: string) => ({ a })],
  ])('%s through one instance changes what both answer', async (_, mutation, variables) => {
    const ENTITY = 'query ($id: ID!) { entity(id: $id) { name type articles { edges { node { id } } } } }';
    const pair = (await send<Queue>(first, QUEUE)).candidatePairs.edges[0]?.node;
    const [a, b] = pair ? [pair.entity.id, pair.other.id] : [(await graph.run<{ id: string }>('MATCH (p:Person) RETURN p.id AS id LIMIT 1'))[0]!.id, ''];
    await send(second, ENTITY, { id: a });
    const before = await send(second, ENTITY, { id: a }); // now cached
    await asAlice(first, mutation, variables(a!, b!));
    const after = await send(second, ENTITY, { id: a });
    expect(after).not.toEqual(before);
    expect(await send(first, ENTITY, { id: a })).toEqual(after);
  });

  it('a client that reads while another writes never sees an answer from before its own write', async () => {
    // One client searches without pause through the second instance while the first writes.
    let reading = true;
    const reader = (async () => {
      while (reading) await names(second, '林晓东');
    })();
    try {
      for (let i = 0; i < 5; i++) {
        const source = `cache-race-${i}.txt`;
        const reply = await asAlice<{ ingestPage: { stories: Array<{ status: string }> } }>(
          first,
          'mutation ($t: String!, $s: String!) { ingestPage(text: $t, source: $s) { stories { status } } }',
          { t: `张家湾镇召开会议${i}\n\n本报讯（记者 林晓东）昨天，张家湾镇召开第${i}次会议。\n`, s: source },
        );
        expect(reply.ingestPage.stories[0]?.status).toBe('WRITTEN');
        const ARTICLES = 'query ($id: ID!) { entity(id: $id) { articles(first: 100) { edges { node { source } } } } }';
        const [person] = await graph.run<{ id: string }>("MATCH (p:Person {name: '林晓东'}) RETURN p.id AS id");
        const seen = await send<{ entity: { articles: { edges: Array<{ node: { source: string } }> } } }>(second, ARTICLES, { id: person!.id });
        expect(seen.entity.articles.edges.map((e) => e.node.source)).toContain(source);
      }
    } finally {
      reading = false;
      await reader;
    }
  });

  it('a split and a hidden relation through one instance change what the other answers', async () => {
    await ingestText(graph, '宋庄镇召开会议\n\n本报讯 昨天，宋庄镇党委书记王丽华主持召开会议。\n', 'cache-d.txt');
    await ingestText(graph, '宋庄镇推进项目\n\n本报讯 近日，宋庄镇党委书记王丽华调研项目建设。\n', 'cache-e.txt');
    const [person] = await graph.run<{ id: string }>("MATCH (p:Person {name: '王丽华'}) RETURN p.id AS id");
    const ENTITY = 'query ($id: ID!) { entity(id: $id) { neighbours { edges { relationId } } articles { edges { node { id } } } } }';
    type Entity = { entity: { neighbours: { edges: Array<{ relationId: string }> }; articles: { edges: Array<{ node: { id: string } }> } } };
    const id = person!.id;
    await send<Entity>(second, ENTITY, { id });
    const before = await send<Entity>(second, ENTITY, { id }); // now cached
    expect(before.entity.articles.edges).toHaveLength(2);
    await asAlice(first, 'mutation ($id: ID!, $a: [ID!]!) { splitEntity(id: $id, articleIds: $a) { id } }', {
      id,
      a: [before.entity.articles.edges[0]!.node.id],
    });
    const split = await send<Entity>(second, ENTITY, { id });
    expect(split.entity.articles.edges).toHaveLength(1);
    const [relation] = split.entity.neighbours.edges;
    expect(relation).toBeDefined();
    await asAlice(first, 'mutation ($r: ID!) { hideRelation(relationId: $r) { id } }', { r: relation!.relationId });
    expect((await send<Entity>(second, ENTITY, { id })).entity.neighbours.edges).not.toContainEqual(relation);
  });
});
