// Editing through the API, as the web page does it: who is signed in, the review queue decided
// and undone, corrections of an entity, each a decision listed with who made it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { testServer, type GraphqlReply } from '../setup/server.ts';

let graph: Graph;
let server: RunningServer;
const ALICE = 'Bearer alice-token';

// Invented pages: namesakes on pages about two counties of one city (a candidate pair), and a
// page with an official and her position.
const PAGES = [
  ['安吉县召开会议\n\n本报讯 昨天，安吉县县长沈明远主持召开县政府常务会议。\n', 'edit-a.txt'],
  ['德清县召开会议\n\n本报讯 昨天，德清县县长沈明远主持召开县政府常务会议。\n', 'edit-b.txt'],
  ['宋庄镇推进文化项目\n\n本报讯（记者 林晓东）昨天，宋庄镇党委书记王丽华到小堡村调研。\n', 'edit-c.txt'],
] as const;

beforeAll(async () => {
  graph = await testGraph();
  server = await testServer(graph, [{ label: 'alice', token: 'alice-token' }]);
});
beforeEach(async () => {
  await clearGraph(graph);
  for (const [text, source] of PAGES) await ingestText(graph, text, source);
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

async function send<T>(query: string, variables: Record<string, unknown> = {}, authorization?: string, to = server): Promise<GraphqlReply<T>> {
  const response = await fetch(new URL('graphql', to.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlReply<T>;
}

/** Sends as alice and returns the data, failing on any error. */
async function asAlice<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const reply = await send<T>(query, variables, ALICE);
  expect(reply.errors).toBeUndefined();
  return reply.data!;
}

const QUEUE = '{ candidatePairs { totalCount edges { node { entity { id name } other { id } } } } }';
type Queue = { candidatePairs: { totalCount: number; edges: Array<{ node: { entity: { id: string; name: string }; other: { id: string } } }> } };
const DECISIONS = '{ decisions(first: 5) { totalCount edges { node { id kind entityIds names previous value by undoneBy undoneAt } } } }';
type Decisions = {
  decisions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: string;
        entityIds: string[];
        names: string[];
        previous: string | null;
        value: string | null;
        by: string;
        undoneBy: string | null;
        undoneAt: string | null;
      };
    }>;
  };
};
const UNDO = 'mutation ($id: ID!) { undoDecision(id: $id) { id kind undoneBy undoneAt } }';
const newestDecision = async () => (await asAlice<Decisions>(DECISIONS)).decisions.edges[0]!.node;
const searchNames = async (query: string) =>
  (
    await send<{ search: { edges: Array<{ node: { name: string } }> } }>('query ($q: String!) { search(query: $q) { edges { node { name } } } }', { q: query })
  ).data!.search.edges.map((e) => e.node.name);

describe('editing through the API', () => {
  it('says whether editing is on and who the token belongs to', async () => {
    const EDITING = '{ editing { enabled signedInAs } }';
    expect((await send(EDITING, {}, ALICE)).data).toEqual({ editing: { enabled: true, signedInAs: 'alice' } });
    expect((await send(EDITING)).data).toEqual({ editing: { enabled: true, signedInAs: null } });
    expect((await send(EDITING, {}, 'Bearer wrong')).data).toEqual({ editing: { enabled: true, signedInAs: null } });
    const readOnly = await testServer(graph);
    try {
      expect((await send(EDITING, {}, ALICE, readOnly)).data).toEqual({ editing: { enabled: false, signedInAs: null } });
    } finally {
      await readOnly.close();
    }
  });

  it('a merge from the review queue takes the pair off it; undoing it puts the pair back', async () => {
    const queue = (await asAlice<Queue>(QUEUE)).candidatePairs;
    expect(queue.totalCount).toBe(1);
    const pair = queue.edges[0]!.node;
    await asAlice('mutation ($a: ID!, $b: ID!) { mergeEntities(keepId: $a, mergeId: $b) { id } }', { a: pair.entity.id, b: pair.other.id });
    expect((await asAlice<Queue>(QUEUE)).candidatePairs.totalCount).toBe(0);
    const merge = await newestDecision();
    expect(merge).toMatchObject({ kind: 'MERGE', entityIds: [pair.other.id, pair.entity.id], names: ['沈明远', '沈明远'], by: 'alice', undoneAt: null });
    const undone = await asAlice<{ undoDecision: { id: string; undoneBy: string; undoneAt: string } }>(UNDO, { id: merge.id });
    expect(undone.undoDecision).toMatchObject({ id: merge.id, undoneBy: 'alice' });
    const back = (await asAlice<Queue>(QUEUE)).candidatePairs;
    expect(back.totalCount).toBe(1);
    expect(back.edges[0]!.node).toEqual(pair);
    // Listed still, marked undone; undoing twice is refused.
    expect(await newestDecision()).toMatchObject({ id: merge.id, undoneBy: 'alice' });
    const twice = await send(UNDO, { id: merge.id }, ALICE);
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/undone already/) });
  });

  it('keep apart takes the pair off the queue; undoing it puts the pair back', async () => {
    const pair = (await asAlice<Queue>(QUEUE)).candidatePairs.edges[0]!.node;
    await asAlice('mutation ($a: ID!, $b: ID!) { keepApart(id: $a, otherId: $b) { id } }', { a: pair.entity.id, b: pair.other.id });
    expect((await asAlice<Queue>(QUEUE)).candidatePairs.totalCount).toBe(0);
    const decision = await newestDecision();
    expect(decision).toMatchObject({ kind: 'KEEP_APART', by: 'alice' });
    await asAlice(UNDO, { id: decision.id });
    expect((await asAlice<Queue>(QUEUE)).candidatePairs.totalCount).toBe(1);
  });

  it('renames an entity: search finds it by the new name and the old; undo gives the old name back', async () => {
    const [{ id }] = (await graph.run<{ id: string }>("MATCH (p:Person {name: '王丽华'}) RETURN p.id AS id")) as [{ id: string }];
    const renamed = await asAlice<{ renameEntity: { name: string; aliases: string[]; en: string } }>(
      'mutation ($id: ID!) { renameEntity(id: $id, name: "王莉华") { name aliases en } }',
      { id },
    );
    expect(renamed.renameEntity).toEqual({ name: '王莉华', aliases: ['王丽华'], en: 'Wang Lihua' });
    expect(await searchNames('王莉华')).toContain('王莉华');
    expect(await searchNames('王丽华')).toContain('王莉华');
    expect(await newestDecision()).toMatchObject({ kind: 'RENAME', entityIds: [id], previous: '王丽华', value: '王莉华', by: 'alice' });
    await asAlice(UNDO, { id: (await newestDecision()).id });
    expect((await asAlice<{ entity: { name: string; aliases: string[] } }>('query ($id: ID!) { entity(id: $id) { name aliases } }', { id })).entity).toEqual({
      name: '王丽华',
      aliases: [],
    });
  });

  it('changes an entity’s type, and refuses what is not a type', async () => {
    const [{ id }] = (await graph.run<{ id: string }>("MATCH (p:Place {name: '小堡村'}) RETURN p.id AS id")) as [{ id: string }];
    const changed = await asAlice<{ changeEntityType: { id: string; type: string } }>(
      'mutation ($id: ID!) { changeEntityType(id: $id, type: ORG) { id type } }',
      {
        id,
      },
    );
    expect(changed.changeEntityType).toEqual({ id, type: 'ORG' });
    expect(await newestDecision()).toMatchObject({ kind: 'CHANGE_TYPE', previous: 'PLACE', value: 'ORG' });
    const refused = await send('mutation ($id: ID!) { changeEntityType(id: $id, type: TOWN) { id } }', { id }, ALICE);
    expect(refused.errors?.[0]?.message).toMatch(/TOWN/);
  });

  it('hides a relation named by its id from the neighbours list, and undo brings it back', async () => {
    const NEIGHBOURS = 'query ($id: ID!) { entity(id: $id) { neighbours(relation: [HOLDS_POSITION]) { edges { relationId title node { name } } } } }';
    type Neighbours = { entity: { neighbours: { edges: Array<{ relationId: string; title: string; node: { name: string } }> } } };
    const [{ id }] = (await graph.run<{ id: string }>("MATCH (p:Person {name: '王丽华'}) RETURN p.id AS id")) as [{ id: string }];
    const [edge] = (await asAlice<Neighbours>(NEIGHBOURS, { id })).entity.neighbours.edges;
    expect(edge).toMatchObject({ title: '书记', node: { name: '宋庄镇党委' } });
    const hidden = await asAlice<{ hideRelation: { kind: string; names: string[]; previous: string } }>(
      'mutation ($r: ID!) { hideRelation(relationId: $r) { kind names previous } }',
      { r: edge!.relationId },
    );
    expect(hidden.hideRelation).toEqual({ kind: 'HIDE_RELATION', names: ['王丽华', '宋庄镇党委'], previous: 'HOLDS_POSITION 书记' });
    expect((await asAlice<Neighbours>(NEIGHBOURS, { id })).entity.neighbours.edges).toEqual([]);
    const again = await send('mutation ($r: ID!) { hideRelation(relationId: $r) { id } }', { r: edge!.relationId }, ALICE);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await asAlice(UNDO, { id: (await newestDecision()).id });
    expect((await asAlice<Neighbours>(NEIGHBOURS, { id })).entity.neighbours.edges).toEqual([edge]);
  });

  it.each([
    ['an undo of an unknown decision', UNDO, { id: 'decision-none' }, 'NOT_FOUND'],
    ['a relation id this API did not give out', 'mutation { hideRelation(relationId: "nonsense") { id } }', {}, 'BAD_USER_INPUT'],
    ['an empty name', 'mutation { renameEntity(id: "person-x", name: "  ") { id } }', {}, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_, query, variables, code) => {
    expect((await send(query, variables, ALICE)).errors?.[0]?.extensions?.code).toBe(code);
  });

  it('refuses every correction without a token', async () => {
    for (const query of [UNDO, 'mutation { renameEntity(id: "x", name: "y") { id } }', 'mutation { hideRelation(relationId: "x") { id } }']) {
      expect((await send(query, { id: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
