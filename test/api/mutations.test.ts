import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';
import { pageText } from '../../server/extract/input.ts';
import { ingestPage } from '../../server/ingest/index.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { counts } from '../setup/graph.ts';
import type { GraphqlReply } from '../setup/server.ts';
import { seededGraph } from './seed.ts';

const TOKEN = 'test-token-7f3a';
let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await seededGraph();
});
afterEach(async () => {
  await server?.close();
  delete process.env.API_TOKEN;
});
afterAll(async () => {
  await graph?.close();
});

/** A server started the way the operator starts it: the token comes from API_TOKEN. */
async function serverWithToken(token: string | undefined) {
  if (token === undefined) delete process.env.API_TOKEN;
  else process.env.API_TOKEN = token;
  server = await startHttpServer(graph, 0, '127.0.0.1');
}

async function send<T>(query: string, variables: Record<string, unknown>, authorization?: string): Promise<GraphqlReply<T>> {
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlReply<T>;
}

const INGEST = `mutation ($text: String!, $source: String!, $date: String) { ingestPage(text: $text, source: $source, date: $date) {
  stories { status article { id title date } entities { entity { name } isNew } relationCount } } }`;
const MERGE = 'mutation ($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { id } }';
const SPLIT = 'mutation ($id: ID!, $articles: [ID!]!) { splitEntity(id: $id, articleIds: $articles) { id } }';

describe('mutations', () => {
  it('are off, and say so, when the operator set no token', async () => {
    await serverWithToken(undefined);
    const before = await counts(graph);
    const reply = await send(INGEST, { text: TWO_STORIES, source: 'off.txt' }, `Bearer ${TOKEN}`);
    expect(reply.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(reply.errors?.[0]?.message).toMatch(/Mutations are off.*API_TOKEN/);
    expect(await counts(graph)).toEqual(before);
  });

  it.each([
    ['no header', undefined, /needs the header/],
    ['a wrong token', 'Bearer not-the-token', /not one set in API_TOKEN or API_TOKENS/],
    ['another scheme', `Basic ${TOKEN}`, /needs the header/],
  ])('refuse a request with %s as UNAUTHENTICATED', async (_, authorization, message) => {
    await serverWithToken(TOKEN);
    for (const [query, variables] of [
      [INGEST, { text: TWO_STORIES, source: 'x.txt' }],
      [MERGE, { keep: 'person-wang', merge: 'person-li' }],
      [SPLIT, { id: 'person-wang', articles: ['article-a1'] }],
    ] as const) {
      const reply = await send(query, variables, authorization);
      expect(reply.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(reply.errors?.[0]?.message).toMatch(message);
    }
  });

  it('ingestPage writes each story of the page, stores the date given, and says what each story named', async () => {
    await serverWithToken(TOKEN);
    type Stories = {
      ingestPage: {
        stories: Array<{ status: string; article: { title: string; date: string }; entities: Array<{ entity: { name: string }; isNew: boolean }> }>;
      };
    };
    const reply = await send<Stories>(INGEST, { text: TWO_STORIES, source: 'api-two-stories.txt', date: '2024-06-01' }, `Bearer ${TOKEN}`);
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.ingestPage.stories).toEqual([
      expect.objectContaining({ status: 'WRITTEN', article: expect.objectContaining({ title: '宋庄镇举办文化节', date: '2024-06-01' }) }),
      expect.objectContaining({ status: 'WRITTEN', article: expect.objectContaining({ title: '张家湾镇推进道路改造', date: '2024-06-01' }) }),
    ]);
    // Every entity of the page is new to the graph (the seeded ones have other ids), 林晓东 in both stories.
    const [first, second] = reply.data!.ingestPage.stories.map((story) => Object.fromEntries(story.entities.map((e) => [e.entity.name, e.isNew])));
    expect(first).toEqual({ 林晓东: true, 宋庄镇: true });
    expect(second).toMatchObject({ 林晓东: true, 周雨桐: true });
    // Another page naming him finds him there already.
    const other = await send<Stories>(
      INGEST,
      { text: '宋庄镇召开会议\n\n本报讯（记者 林晓东）昨天，宋庄镇召开会议。\n', source: 'api-other.txt' },
      `Bearer ${TOKEN}`,
    );
    const named = Object.fromEntries(other.data!.ingestPage.stories[0]!.entities.map((e) => [e.entity.name, e.isNew]));
    expect(named).toEqual({ 林晓东: false, 宋庄镇: false });
    const again = await send<Stories>(INGEST, { text: TWO_STORIES, source: 'api-two-stories.txt' }, `Bearer ${TOKEN}`);
    expect(again.data?.ingestPage.stories.map((s) => s.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(again.data?.ingestPage.stories.flatMap((s) => s.entities.filter((e) => e.isNew))).toEqual([]);
  });

  it('ingestPage reads an HTML page as the command line reads an .html file: the same text, so the file again changes nothing', async () => {
    await serverWithToken(TOKEN);
    const html = `<!doctype html><html><head><title>x</title><script>window.x = 1</script></head><body><nav>首页</nav>
      <h1>宋庄镇举办文化节</h1><p>本报讯（记者 林晓东）昨天，宋庄镇文化节开幕。</p></body></html>`;
    const reply = await send<{ ingestPage: { stories: Array<{ status: string; article: { id: string } }> } }>(
      'mutation ($text: String!) { ingestPage(text: $text, source: "html-page.html") { stories { status article { id } } } }',
      { text: html },
      `Bearer ${TOKEN}`,
    );
    expect(reply.errors).toBeUndefined();
    const [story] = reply.data!.ingestPage.stories;
    const [stored] = await graph.run<{ text: string }>('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: story!.article.id });
    expect(stored!.text).not.toMatch(/[<>]|首页|window/);
    expect(pageText(Buffer.from(html))).toContain(stored!.text.trim());
    const again = await ingestPage(graph, pageText(Buffer.from(html)), 'html-page.html');
    expect(again.stories.map((s) => s.status)).toEqual(['unchanged']);
  });

  it.each([
    ['an empty text', { text: '  ', source: 'a.txt' }],
    ['an empty source', { text: TWO_STORIES, source: ' ' }],
    ['a date that is no day', { text: TWO_STORIES, source: 'a.txt', date: '2024-02-30' }],
    ['a date in another format', { text: TWO_STORIES, source: 'a.txt', date: '1 June 2024' }],
  ])('ingestPage refuses %s as BAD_USER_INPUT', async (_, variables) => {
    await serverWithToken(TOKEN);
    const reply = await send(INGEST, variables, `Bearer ${TOKEN}`);
    expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('mergeEntities folds one entity into another and returns the one kept', async () => {
    await serverWithToken(TOKEN);
    const reply = await send<{ mergeEntities: { id: string; aliases: string[]; neighbours: { edges: Array<{ relation: string; node: { id: string } }> } } }>(
      'mutation { mergeEntities(keepId: "person-hermit", mergeId: "person-li") { id aliases neighbours { edges { relation node { id } } } } }',
      {},
      `Bearer ${TOKEN}`,
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.mergeEntities).toMatchObject({ id: 'person-hermit', aliases: expect.arrayContaining(['李明']) });
    expect(reply.data?.mergeEntities.neighbours.edges).toContainEqual({ relation: 'INVOLVED_IN', node: { id: 'project-museum' } });
    const gone = await send<{ entity: null }>('query { entity(id: "person-li") { id } }', {});
    expect(gone.data?.entity).toBeNull();
  });

  it('keepApart removes a candidate pair and records the decision; a person and a place are refused', async () => {
    await serverWithToken(TOKEN);
    await graph.run(
      "MATCH (a:Entity {id: 'person-wang'}), (b:Entity {id: 'person-hermit'}) MERGE (a)-[c:CANDIDATE_SAME_AS]->(b) SET c.reason = 'test'",
      {},
      'WRITE',
    );
    const KEEP_APART = 'mutation ($id: ID!, $other: ID!) { keepApart(id: $id, otherId: $other) { id } }';
    const reply = await send<{ keepApart: Array<{ id: string }> }>(KEEP_APART, { id: 'person-wang', other: 'person-hermit' }, `Bearer ${TOKEN}`);
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.keepApart.map((e) => e.id)).toEqual(['person-wang', 'person-hermit']);
    const [left] = await graph.run<{ pairs: number; decisions: number }>(
      "RETURN COUNT { ()-[:CANDIDATE_SAME_AS]->() } AS pairs, COUNT { (:Decision {kind: 'keep-apart', from: 'person-hermit', into: 'person-wang'}) } AS decisions",
    );
    expect(left).toEqual({ pairs: 0, decisions: 1 });
    const refused = await send(KEEP_APART, { id: 'person-wang', other: 'place-beijing' }, `Bearer ${TOKEN}`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unauthorised = await send(KEEP_APART, { id: 'person-wang', other: 'person-li' });
    expect(unauthorised.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('record who decided: the label of the token used (API_TOKENS), or api-token for API_TOKEN', async () => {
    process.env.API_TOKENS = 'alice:alice-token-1,bob:bob-token-2';
    try {
      await serverWithToken(TOKEN);
      const KEEP_APART = 'mutation ($id: ID!, $other: ID!) { keepApart(id: $id, otherId: $other) { id } }';
      const apart = await send(KEEP_APART, { id: 'project-tower', other: 'project-festival' }, 'Bearer bob-token-2');
      expect(apart.errors).toBeUndefined();
      const merged = await send(MERGE, { keep: 'project-library', merge: 'project-centre' }, `Bearer ${TOKEN}`);
      expect(merged.errors).toBeUndefined();
      const decisions = await graph.run<{ kind: string; by: string }>(
        "MATCH (d:Decision) WHERE d.from IN ['project-festival', 'project-centre'] RETURN d.kind AS kind, d.by AS by ORDER BY kind",
      );
      expect(decisions).toEqual([
        { kind: 'keep-apart', by: 'bob' },
        { kind: 'merge', by: 'api-token' },
      ]);
      // The Decisions view's list: newest first, with who made each.
      const listed = await send<{ decisions: { edges: Array<{ node: { kind: string; entityIds: string[]; articleIds: string[]; by: string; at: string } }> } }>(
        '{ decisions(first: 2) { edges { node { kind entityIds articleIds by at } } } }',
        {},
      );
      expect(listed.errors).toBeUndefined();
      const [newest, before] = listed.data!.decisions.edges.map((e) => e.node);
      expect(newest).toMatchObject({ kind: 'MERGE', entityIds: ['project-centre', 'project-library'], articleIds: [], by: 'api-token' });
      expect(before).toMatchObject({ kind: 'KEEP_APART', entityIds: ['project-festival', 'project-tower'], by: 'bob' });
      expect(Date.parse(newest!.at)).toBeGreaterThanOrEqual(Date.parse(before!.at));
    } finally {
      delete process.env.API_TOKENS;
    }
  });

  it('splitEntity moves what some articles say to a new entity and returns both', async () => {
    await serverWithToken(TOKEN);
    const reply = await send<{ splitEntity: Array<{ id: string; name: string; articles: { edges: Array<{ node: { id: string } }> } }> }>(
      'mutation ($id: ID!, $articles: [ID!]!) { splitEntity(id: $id, articleIds: $articles) { id name articles { edges { node { id } } } } }',
      { id: 'person-wang', articles: ['article-a3'] },
      `Bearer ${TOKEN}`,
    );
    expect(reply.errors).toBeUndefined();
    const [original, created] = reply.data?.splitEntity ?? [];
    expect(original?.articles.edges.map((a) => a.node.id).sort()).toEqual(['article-a1', 'article-a2']);
    expect(created).toMatchObject({ name: '王建国', articles: { edges: [{ node: { id: 'article-a3' } }] } });
    expect(created?.id).not.toBe('person-wang');
  });

  it.each([
    ['an entity merged with itself', { keep: 'person-wang', merge: 'person-wang' }, 'BAD_USER_INPUT'],
    ['entities of two types', { keep: 'person-wang', merge: 'org-town-gov' }, 'BAD_USER_INPUT'],
    ['an unknown entity', { keep: 'person-wang', merge: 'person-nobody' }, 'NOT_FOUND'],
  ])('mergeEntities refuses %s', async (_, variables, code) => {
    await serverWithToken(TOKEN);
    expect((await send(MERGE, variables, `Bearer ${TOKEN}`)).errors?.[0]?.extensions?.code).toBe(code);
  });

  it.each([
    ['no articles', { id: 'person-wang', articles: [] }, 'BAD_USER_INPUT'],
    ['an article that does not name the entity', { id: 'org-culture-group', articles: ['article-a1'] }, 'BAD_USER_INPUT'],
    ['an unknown entity', { id: 'person-nobody', articles: ['article-a1'] }, 'NOT_FOUND'],
  ])('splitEntity refuses %s', async (_, variables, code) => {
    await serverWithToken(TOKEN);
    expect((await send(SPLIT, variables, `Bearer ${TOKEN}`)).errors?.[0]?.extensions?.code).toBe(code);
  });
});
