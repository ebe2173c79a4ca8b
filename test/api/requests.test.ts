// Requests the API must refuse (too large, not JSON, too complex, strings too long, binary
// pages, wrong tokens), each quickly and with nothing written; and who may call it from
// another origin.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { counts } from '../setup/graph.ts';
import { seededGraph } from './seed.ts';

const TOKEN = 'requests-token-51c9';
const INGEST = 'mutation ($text: String!, $source: String!) { ingestPage(text: $text, source: $source) { stories { status } } }';
// Every refusal here is answered well under a second, whatever the request's size.
const QUICK_MS = 1000;

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await seededGraph();
});
afterAll(async () => {
  await graph?.close();
});

/** A server started as the operator starts it, with these settings in the environment. */
async function serverWith(env: { API_TOKEN?: string; CORS_ORIGINS?: string }) {
  for (const name of ['API_TOKEN', 'CORS_ORIGINS'] as const) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
  server = await startHttpServer(graph, 0, '127.0.0.1');
}

interface Answer {
  status: number;
  headers: Headers;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: Record<string, unknown> | null;
  ms: number;
}

async function request(init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(new URL('graphql', server.url), init);
  const text = await response.text();
  const ms = performance.now() - started;
  const body = text ? (JSON.parse(text) as { errors?: Answer['errors']; data?: Answer['data'] }) : {};
  return { status: response.status, headers: response.headers, errors: body.errors ?? [], data: body.data, ms };
}

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const postRaw = (body: string) => request({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
const ingest = (text: string, authorization = `Bearer ${TOKEN}`) => postJson({ query: INGEST, variables: { text, source: 'requests.txt' } }, { authorization });

/** Sends a request and checks that it was refused quickly and wrote nothing. */
async function refused(send: () => Promise<Answer>) {
  const before = await counts(graph);
  const answer = await send();
  expect(answer.ms).toBeLessThan(QUICK_MS);
  expect(answer.data ?? null).toBeNull();
  expect(await counts(graph)).toEqual(before);
  return { ...answer, code: answer.errors[0]?.extensions?.code, message: answer.errors[0]?.message ?? '' };
}

describe('bad requests', () => {
  beforeAll(async () => serverWith({ API_TOKEN: TOKEN }));
  afterAll(async () => server?.close());

  it('a body over 10 MB is refused with 413 before it is read', async () => {
    const answer = await refused(() => ingest('宋庄镇举办文化节。'.repeat(800_000)));
    expect(answer.status).toBe(413);
    expect(answer.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(answer.message).toMatch(/request body is over 10 MB/);
  });

  it('a body over 10 MB that does not say its length is refused once it passes the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const answer = await refused(() => request({ method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit));
    expect(answer.status).toBe(413);
    expect(answer.message).toMatch(/request body is over 10 MB/);
  });

  it('a body that is not JSON is refused with 400, saying where it broke', async () => {
    const answer = await refused(() => postRaw('{"query": "{ stats { articles } }"'));
    expect(answer.status).toBe(400);
    expect(answer.code).toBe('BAD_REQUEST');
    expect(answer.message).toMatch(/^The request body is not valid JSON \(.*position 34.*\)\. Send a JSON object/);
  });

  it('a large body that is not JSON is refused with a short message', async () => {
    const answer = await refused(() => postRaw('x'.repeat(5 * 1024 * 1024)));
    expect(answer.status).toBe(400);
    expect(answer.message.length).toBeLessThan(500);
  });

  it('JSON that is not an object is refused with 400', async () => {
    const answer = await refused(() => postRaw('"{ stats { articles } }"'));
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/JSON but not an object/);
  });

  it('a batch of operations is refused with 400: one operation per request', async () => {
    const answer = await refused(() => postJson([{ query: '{ stats { articles } }' }, { query: '{ stats { articles } }' }]));
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/one operation per request/);
  });

  it('a document of several operations with none named is refused with 400', async () => {
    const answer = await refused(() => postJson({ query: 'query A { stats { articles } } query B { stats { articles } }' }));
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/Could not determine what operation to execute/);
  });

  it.each([
    [
      'nested too deep',
      '{ entity(id: "person-wang") { neighbours(first: 1) { edges { node { neighbours(first: 1) { edges { node { neighbours(first: 1) { edges { node { id } } } } } } } } } } }',
      /more than 8 levels/,
    ],
    [
      'that could fetch too many objects',
      '{ search(query: "宋庄", first: 100) { edges { node { neighbours(first: 100) { edges { evidence { article { id } } } } } } } }',
      /the limit is 25000/,
    ],
    [
      'with too many top-level fields',
      `{ ${Array.from({ length: 25 }, (_, i) => `s${i}: stats { articles }`).join(' ')} }`,
      /25 top-level fields; the limit is 20/,
    ],
    ['with too many tokens', `{ stats { ${Array.from({ length: 20_000 }, (_, i) => `a${i}: articles`).join(' ')} } }`, /over the limit of 3000 tokens/],
  ])('a query %s is refused as QUERY_TOO_COMPLEX', async (_, query, message) => {
    const answer = await refused(() => postJson({ query }));
    expect(answer.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.message).toMatch(message);
  });

  it('a search string over 200 characters is refused as BAD_USER_INPUT naming the argument', async () => {
    const answer = await refused(() => postJson({ query: `{ search(query: "${'宋'.repeat(1024 * 1024)}") { edges { cursor } } }` }));
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toBe('The argument query of search is 1048576 characters long; the limit is 200. Shorten it.');
    expect(answer.errors[0]?.extensions).toMatchObject({ argument: 'search.query', maxLength: 200 });
  });

  it('an id over 1000 characters, given as a variable, is refused as BAD_USER_INPUT', async () => {
    const answer = await refused(() => postJson({ query: 'query ($id: ID!) { entity(id: $id) { id } }', variables: { id: 'x'.repeat(1024 * 1024) } }));
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toMatch(/argument id of entity is 1048576 characters long; the limit is 1000/);
  });

  it('a long string inside a list argument is refused too', async () => {
    const answer = await refused(() =>
      postJson({ query: 'query ($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', variables: { ids: ['person-wang', 'y'.repeat(5000)] } }),
    );
    expect(answer.message).toMatch(/argument ids of subgraph is 5000 characters long/);
  });

  it('an ingest with a source over 1000 characters is refused and writes nothing', async () => {
    const answer = await refused(() =>
      postJson({ query: INGEST, variables: { text: TWO_STORIES, source: 's'.repeat(2000) } }, { authorization: `Bearer ${TOKEN}` }),
    );
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toMatch(/argument source of ingestPage is 2000 characters long; the limit is 1000/);
  });

  it.each([
    ['NUL characters', 'PNG\u0000\u0001\u0002'.repeat(1000)],
    ['undecodable characters', `宋庄镇${'\ufffd\ufffd\u0003'.repeat(1000)}`],
  ])('an ingest of binary text (%s) is refused as BAD_USER_INPUT and writes nothing', async (_, text) => {
    const answer = await refused(() => ingest(text));
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toMatch(/text looks binary/);
  });

  it.each([
    ['of the same length', `Bearer ${TOKEN.slice(0, -1)}0`],
    ['of another length', `Bearer ${TOKEN}0`],
    ['that is a prefix of it', `Bearer ${TOKEN.slice(0, 4)}`],
  ])('an ingest with a wrong token %s is refused as UNAUTHENTICATED and writes nothing', async (_, authorization) => {
    const answer = await refused(() => ingest(TWO_STORIES, authorization));
    expect(answer.code).toBe('UNAUTHENTICATED');
    expect(answer.message).toMatch(/not one set in API_TOKEN or API_TOKENS/);
  });
});

describe('cross-origin requests', () => {
  afterEach(async () => server?.close());
  afterAll(() => {
    delete process.env.CORS_ORIGINS;
    delete process.env.API_TOKEN;
  });

  const STATS = { query: '{ stats { articles } }' };
  const preflight = (origin: string) =>
    request({
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('with no CORS_ORIGINS, another origin gets no CORS headers, so its page cannot read the answer', async () => {
    await serverWith({});
    const answer = await postJson(STATS, { origin: 'http://evil.example' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it("the UI's own origin reads the API with no CORS headers needed", async () => {
    await serverWith({});
    const own = new URL(server.url).origin;
    const answer = await postJson(STATS, { origin: own });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ stats: { articles: 3 } });
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('an origin listed in CORS_ORIGINS is allowed, for the preflight and the request, without credentials', async () => {
    await serverWith({ CORS_ORIGINS: 'http://good.example, https://other.example:8443' });
    const checked = await preflight('http://good.example');
    expect(checked.status).toBe(204);
    expect(checked.headers.get('access-control-allow-origin')).toBe('http://good.example');
    expect(checked.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(checked.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(checked.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await postJson(STATS, { origin: 'http://good.example' });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://good.example');
    expect(answer.data).toEqual({ stats: { articles: 3 } });
    expect((await postJson(STATS, { origin: 'https://other.example:8443' })).headers.get('access-control-allow-origin')).toBe('https://other.example:8443');
  });

  it('with CORS_ORIGINS set, an origin not in it still gets no CORS headers', async () => {
    await serverWith({ CORS_ORIGINS: 'http://good.example' });
    for (const origin of ['http://evil.example', 'http://good.example.evil.example', 'https://good.example']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await postJson(STATS, { origin })).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
