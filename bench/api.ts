// API latency over real HTTP against the real server, on the graph as it is (nothing is cleared
// or written). Prints p50 and p95 per query; targets: search and entity p95 ≤ 30 ms, subgraph
// (depth 2) and paths p95 ≤ 100 ms.
//
// Neo4j's JVM compiles its hot code only after thousands of queries: on a server fresh from
// start the same query runs two to three times slower for the first few hundred requests. A
// running server is warm, so the bench first sends WARMUP requests of every kind, with other
// names and ids than the ones it then times (Neo4j caches plans, never answers), and prints
// both the cold figures (the warm-up's) and the steady ones.
//
//   npx tsx bench/api.ts [REQUESTS=200] [WARMUP=300]
// With NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) set it reads that server; otherwise it starts the
// local Neo4j in DATA_DIR (data/ by default), as `npm start` does.

import { settingsFrom } from '../server/config.ts';
import { int, openGraph, type Graph } from '../server/graph/neo4j.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { startHttpServer, type RunningServer } from '../server/http/server.ts';
import { connectedPairs } from './samples.ts';

const QUERIES = {
  search: 'query ($q: String!) { search(query: $q, first: 10) { edges { score node { id type name en } } } }',
  entity: `query ($id: ID!) { entity(id: $id) { id type name en pinyin aliases kind level investment status
    neighbours(first: 50) { edges { relationId relation direction title node { id type name en } evidence { sentence article { id title date source } } } }
    articles(first: 20) { edges { node { id title date } sentences } } } }`,
  subgraph:
    'query ($ids: [ID!]!) { subgraph(ids: $ids, depth: 2, maxNodes: 500) { nodes { id kind name en display } edges { source target relation title } truncated } }',
  paths: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { edges { node {
    length weight nodes { id name } hops { kind relation title evidence { sentence article { id title } } } } } } }`,
} as const;
const TARGET_P95_MS: Record<keyof typeof QUERIES, number> = { search: 30, entity: 30, subgraph: 100, paths: 100 };

type Variables = Record<keyof typeof QUERIES, Array<Record<string, unknown>>>;

/** Variables for `count` requests of each kind: names to search for in every script, and well-connected ids. */
async function samples(graph: Graph, count: number): Promise<Variables> {
  const entities = await graph.run<{ id: string; name: string; en: string | null; pinyin: string | null }>(
    `MATCH (e:Entity) WITH e, rand() AS r ORDER BY r LIMIT $n
     RETURN e.id AS id, e.name AS name, e.en AS en, e.pinyin AS pinyin`,
    { n: int(Math.max(count, 50)) },
  );
  const hubs = await graph.run<{ id: string }>(
    `MATCH (e:Entity) WITH e, COUNT { (e)-[:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF]-() } AS degree
     ORDER BY degree DESC LIMIT 40 RETURN e.id AS id`,
  );
  const pairs = await connectedPairs(graph, Math.max(count, 50));
  const terms = entities.flatMap((e) => [e.name, e.name.slice(0, 2), e.en, e.pinyin?.replace(/ /g, '')].filter((t): t is string => !!t));
  const ids = [...hubs.map((h) => h.id), ...entities.map((e) => e.id)];
  return {
    search: terms.map((q) => ({ q })),
    entity: ids.map((id) => ({ id })),
    subgraph: ids.map((id) => ({ ids: [id] })),
    paths: pairs.length ? pairs : entities.slice(1).map((e, i) => ({ from: entities[i]!.id, to: e.id })),
  };
}

async function request(server: RunningServer, query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  const elapsed = performance.now() - started;
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message} (variables ${JSON.stringify(variables)})`);
  return elapsed;
}

/** Every other sample for the warm-up, the rest to time: the two never share a name or id. */
function split(variables: Variables): { warmup: Variables; timed: Variables } {
  const half = (parity: number) =>
    Object.fromEntries(Object.entries(variables).map(([name, pool]) => [name, pool.filter((_, i) => i % 2 === parity)])) as Variables;
  return { warmup: half(1), timed: half(0) };
}

const QUERY_NAMES = Object.keys(QUERIES) as Array<keyof typeof QUERIES>;

/** Sends `count` requests of each kind, taking turns between kinds as a UI session does; times per kind. */
async function send(server: RunningServer, variables: Variables, count: number) {
  const times = Object.fromEntries(QUERY_NAMES.map((name) => [name, [] as number[]])) as Record<keyof typeof QUERIES, number[]>;
  for (let i = 0; i < count; i++) {
    for (const name of QUERY_NAMES) {
      const pool = variables[name];
      times[name].push(await request(server, QUERIES[name], pool[i % pool.length]!));
    }
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return times;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(requests: number, warmupRequests: number): Promise<void> {
  const settings = settingsFrom();
  const graph = await openGraph(settings.neo4j);
  let server: RunningServer | undefined;
  try {
    await ensureSchema(graph);
    const [size] = await graph.run<{ articles: number; entities: number; relations: number }>(
      `CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations } RETURN articles, entities, relations`,
    );
    if (!size?.entities) throw new Error(`the graph at ${graph.uri} is empty; ingest pages first (npm run ingest -- seeds)`);
    console.log(`graph at ${graph.uri}: ${size.articles} articles, ${size.entities} entities, ${size.relations} relations`);
    server = await startHttpServer(graph, 0, '127.0.0.1');
    const { warmup, timed } = split(await samples(graph, 2 * Math.max(requests, warmupRequests)));
    console.log(`${warmupRequests} warm-up then ${requests} timed sequential requests per query, on other samples; times in ms\n`);
    const cold = await send(server, warmup, warmupRequests);
    const steady = await send(server, timed, requests);
    console.log('            cold (warm-up)   steady');
    console.log('query       p50     p95     p50     p95     max   target p95');
    for (const name of QUERY_NAMES) {
      const p95 = percentile(steady[name], 95);
      const verdict = p95 <= TARGET_P95_MS[name] ? 'ok' : 'OVER';
      const figures = [percentile(cold[name], 50), percentile(cold[name], 95), percentile(steady[name], 50), p95, steady[name].at(-1)!];
      console.log(`${name.padEnd(10)} ${figures.map((f) => f.toFixed(1).padStart(7)).join(' ')}   ≤ ${TARGET_P95_MS[name]} ${verdict}`);
    }
  } finally {
    await server?.close();
    await graph.close();
  }
}

main(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 300)).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench stopped: ${error.message}`);
    process.exit(1);
  },
);
