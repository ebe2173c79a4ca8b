import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { post, testServer } from '../setup/server.ts';

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  await ingestText(graph, TWO_STORIES, 'two-stories.txt');
  server = await testServer(graph);
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

const SEARCH =
  'query ($q: String!, $first: Int) { search(query: $q, first: $first) { edges { cursor score node { id name en type } } pageInfo { hasNextPage endCursor } } }';
const names = async (q: string) =>
  (await post<{ search: { edges: Array<{ node: { name: string } }> } }>(server, SEARCH, { q })).data?.search.edges.map((e) => e.node.name);

describe('GraphQL over HTTP', () => {
  it.each(['林晓东', 'Lin Xiaodong', 'lin xiaodong', 'linxiaodong', 'lin xiao'])('search finds a reporter by %s', async (query) => {
    expect(await names(query)).toContain('林晓东');
  });

  it('search finds a place by two characters of its name', async () => {
    expect(await names('宋庄')).toContain('宋庄镇');
  });

  it('an entity lists the articles that name it, with the sentences', async () => {
    const hit = await post<{ search: { edges: Array<{ node: { id: string } }> } }>(server, SEARCH, { q: '周雨桐' });
    const id = hit.data?.search.edges[0]?.node.id;
    const reply = await post<{ entity: { name: string; en: string; articles: { edges: Array<{ node: { title: string }; sentences: string[] }> } } }>(
      server,
      'query ($id: ID!) { entity(id: $id) { name en articles { edges { node { title } sentences } } } }',
      { id },
    );
    expect(reply.data?.entity.name).toBe('周雨桐');
    expect(reply.data?.entity.en).toBe('Zhou Yutong');
    expect(reply.data?.entity.articles.edges).toEqual([{ node: { title: '张家湾镇推进道路改造' }, sentences: [expect.stringContaining('通讯员 周雨桐')] }]);
  });

  it('an unknown id gives null, not an error', async () => {
    const reply = await post<{ entity: null }>(server, 'query { entity(id: "person-nobody") { id } }');
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.entity).toBeNull();
  });

  it('subgraph returns the entity, its articles and the entities they name', async () => {
    const hit = await post<{ search: { edges: Array<{ node: { id: string } }> } }>(server, SEARCH, { q: '林晓东' });
    const id = hit.data?.search.edges[0]?.node.id;
    const reply = await post<{ subgraph: { nodes: Array<{ kind: string; name: string }>; edges: Array<{ relation: string }> } }>(
      server,
      'query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { kind name } edges { relation } } }',
      { ids: [id] },
    );
    const nodes = reply.data?.subgraph.nodes ?? [];
    expect(nodes.filter((n) => n.kind === 'ARTICLE')).toHaveLength(2);
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['林晓东', '宋庄镇', '张家湾镇', '周雨桐']));
    expect(reply.data?.subgraph.edges.filter((e) => e.relation === 'MENTIONED_IN').length).toBeGreaterThanOrEqual(4);
  });

  it('a page size over the maximum is refused as BAD_USER_INPUT', async () => {
    const reply = await post(server, SEARCH, { q: '镇', first: 1000 });
    expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
  });

  it('an empty query is refused as BAD_USER_INPUT', async () => {
    const reply = await post(server, SEARCH, { q: '   ' });
    expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('search pages follow one another without overlap', async () => {
    const first = await post<{ search: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(server, SEARCH, {
      q: '镇',
      first: 1,
    });
    expect(first.data?.search.pageInfo.hasNextPage).toBe(true);
    const next = await post<{ search: { edges: Array<{ node: { id: string } }> } }>(
      server,
      'query ($q: String!, $after: String) { search(query: $q, first: 1, after: $after) { edges { node { id } } } }',
      { q: '镇', after: first.data?.search.pageInfo.endCursor },
    );
    expect(next.data?.search.edges[0]?.node.id).toBeDefined();
    expect(next.data?.search.edges[0]?.node.id).not.toBe(first.data?.search.edges[0]?.node.id);
  });

  it('stats counts articles and entities by type', async () => {
    const reply = await post<{ stats: { articles: number; entities: Array<{ type: string; count: number }> } }>(
      server,
      '{ stats { articles entities { type count } } }',
    );
    expect(reply.data?.stats.articles).toBe(2);
    expect(reply.data?.stats.entities).toContainEqual({ type: 'PERSON', count: 2 });
  });

  it('the UI is served with a policy that allows only its own scripts', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<canvas id="graph"');
  });

  it('GraphiQL is served from the package, with no CDN', async () => {
    const response = await fetch(new URL('graphql', server.url), { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
