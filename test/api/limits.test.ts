import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { post, testServer } from '../setup/server.ts';
import { countingGraph, seededGraph } from './seed.ts';

let graph: Graph;
let counted: Graph & { calls: number; mostInFlight: number };
let server: RunningServer;
let countedServer: RunningServer;

beforeAll(async () => {
  graph = await seededGraph();
  server = await testServer(graph);
  counted = countingGraph(graph);
  countedServer = await testServer(counted);
});
afterAll(async () => {
  await server?.close();
  await countedServer?.close();
  await graph?.close();
});

const codeOf = async (query: string, variables: Record<string, unknown> = {}) => {
  const reply = await post(server, query, variables);
  expect(reply.errors?.length).toBeGreaterThan(0);
  return { code: reply.errors?.[0]?.extensions?.code, message: reply.errors?.[0]?.message ?? '' };
};

describe('limits', () => {
  it('a query nested too deep is refused as QUERY_TOO_COMPLEX', async () => {
    const deep =
      '{ entity(id: "person-wang") { neighbours(first: 1) { edges { node { neighbours(first: 1) { edges { node { neighbours(first: 1) { edges { node { id } } } } } } } } } } }';
    const { code, message } = await codeOf(deep);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toMatch(/more than 8 levels/);
  });

  it('a query that could fetch too many objects is refused as QUERY_TOO_COMPLEX', async () => {
    const wide = '{ search(query: "宋庄", first: 100) { edges { node { neighbours(first: 100) { edges { evidence { article { id } } } } } } } }';
    const { code, message } = await codeOf(wide);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toMatch(/could fetch \d+ objects; the limit is 25000/);
  });

  it('many aliased copies of a cheap field add up to a refusal', async () => {
    // Fifteen copies: fewer than the top-level field limit, so the cost is what refuses them.
    const copies = Array.from(
      { length: 15 },
      (_, i) => `s${i}: search(query: "宋", first: 100) { edges { node { neighbours(first: 10) { edges { node { id } } } } } }`,
    ).join(' ');
    const { code, message } = await codeOf(`{ ${copies} }`);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toMatch(/could fetch \d+ objects/);
  });

  it("the UI's own entity query is well within the limits", async () => {
    const reply = await post(
      server,
      `query Entity($id: ID!) { entity(id: $id) {
       id type name en pinyin aliases kind level investment status
       neighbours(first: 50) { edges { relationId relation direction title node { id type name en } evidence { sentence article { id title date source } } } }
       articles(first: 20) { edges { node { id title date } sentences } } } }`,
      { id: 'person-wang' },
    );
    expect(reply.errors).toBeUndefined();
  });

  it.each([
    ['search', '{ search(query: "宋庄", first: 101) { edges { cursor } } }', /first must be between 1 and 100/],
    ['neighbours', '{ entity(id: "person-wang") { neighbours(first: 0) { edges { title } } } }', /first must be between 1 and 100/],
    ['articles', '{ articles(first: 500) { edges { cursor } } }', /first must be between 1 and 100/],
    ['paths', '{ paths(from: "person-wang", to: "person-li", first: 11) { edges { cursor } } }', /first must be between 1 and 10/],
    ['subgraph', '{ subgraph(ids: ["person-wang"], maxNodes: 5001) { truncated } }', /maxNodes must be between 1 and 5000/],
    ['a place rollup', '{ place(id: "place-tongzhou") { projects(first: 501) { totalCount } } }', /first must be between 1 and 500/],
    ['a timeline', '{ timeline(personId: "person-wang", first: 101) { totalCount } }', /first must be between 1 and 100/],
  ])('a page over the maximum on %s is refused as BAD_USER_INPUT', async (_, query, message) => {
    const refusal = await codeOf(query);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toMatch(message);
  });
});

describe('errors', () => {
  it.each([
    ['an empty search', '{ search(query: " ") { edges { cursor } } }', 'BAD_USER_INPUT'],
    ['a cursor the API never gave', '{ search(query: "宋庄", after: "bogus") { edges { cursor } } }', 'BAD_USER_INPUT'],
    ['a subgraph depth other than 1 or 2', '{ subgraph(ids: ["person-wang"], depth: 3) { truncated } }', 'BAD_USER_INPUT'],
    ['a subgraph with no ids', '{ subgraph(ids: []) { truncated } }', 'BAD_USER_INPUT'],
    ['maxHops over 4', '{ paths(from: "person-wang", to: "person-li", maxHops: 5) { edges { cursor } } }', 'BAD_USER_INPUT'],
    ['a path from an entity to itself', '{ paths(from: "person-wang", to: "person-wang") { edges { cursor } } }', 'BAD_USER_INPUT'],
    ['a path to an unknown entity', '{ paths(from: "person-wang", to: "person-nobody") { edges { cursor } } }', 'NOT_FOUND'],
    ['a cursor this API did not give out', '{ paths(from: "person-wang", to: "person-li", after: "nonsense") { edges { cursor } } }', 'BAD_USER_INPUT'],
    ['a timeline of an unknown person', '{ timeline(personId: "person-nobody") { totalCount } }', 'NOT_FOUND'],
    ['a timeline of a place', '{ timeline(personId: "place-tongzhou") { totalCount } }', 'BAD_USER_INPUT'],
    ['a place rollup of a person', '{ place(id: "person-wang") { investmentTotalYuan } }', 'BAD_USER_INPUT'],
  ])('%s is refused with a code', async (_, query, code) => {
    expect((await codeOf(query)).code).toBe(code);
  });
});

describe('batching', () => {
  async function callsFor(query: string, variables: Record<string, unknown> = {}) {
    counted.calls = 0;
    counted.mostInFlight = 0;
    const reply = await post<Record<string, unknown>>(countedServer, query, variables);
    expect(reply.errors).toBeUndefined();
    return { calls: counted.calls, mostInFlight: counted.mostInFlight, data: reply.data };
  }

  it('an entity with its neighbours and articles costs three queries, run at once', async () => {
    const { calls, mostInFlight, data } = await callsFor(`{ entity(id: "person-wang") { name
      neighbours(first: 5) { edges { title node { name } evidence { sentence article { title } } } }
      articles(first: 5) { edges { node { title } } } } }`);
    const found = data?.entity as { neighbours: { edges: unknown[] }; articles: { edges: unknown[] } };
    expect(found.neighbours.edges.length).toBeGreaterThan(0);
    expect(found.articles.edges.length).toBeGreaterThan(0);
    expect(calls).toBe(3);
    // The neighbours and articles start with the entity, not after it: one round trip, not two.
    expect(mostInFlight).toBe(3);
  });

  it('search results with their neighbours, evidence and articles cost one query per level', async () => {
    const { calls, data } = await callsFor(`{ search(query: "宋庄", first: 10) { edges { node { name
      neighbours { edges { title node { name } evidence { sentence article { title } } } }
      articles { edges { node { title } } } } } } }`);
    const edges = (data?.search as { edges: Array<{ node: { neighbours: { edges: unknown[] } } }> }).edges;
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(edges.filter((e) => e.node.neighbours.edges.length > 0).length).toBeGreaterThanOrEqual(2);
    // search, neighbours, articles, neighbour entities, articles of evidence and mentions.
    expect(calls).toBeLessThanOrEqual(5);
  });

  it('paths with their entities and evidence cost one query per level', async () => {
    const { calls } = await callsFor(`{ paths(from: "person-li", to: "place-tongzhou", first: 10) { edges { node {
      nodes { name } hops { from { name } to { name } articles { title } evidence { article { title } } } } } } }`);
    // The paths, then the evidence of the paths kept, then their entities and articles.
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('a place rollup with its projects and participants costs one query per level', async () => {
    const { calls } = await callsFor(`{ place(id: "place-beijing") { place { name } subPlaces { edges { node { name } } }
      projects { edges { node { name } locatedIn { name } } } organisations { edges { node { name } projects { name } } }
      officials { edges { node { name } projects { name } } } } }`);
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('articles with their mentions cost one query per level', async () => {
    const { calls } = await callsFor('{ articles(first: 10) { edges { node { title mentions { text entity { name } } } } } }');
    expect(calls).toBeLessThanOrEqual(3);
  });
});
