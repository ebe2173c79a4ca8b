// Many people at once: 50 clients for 30 s against the server as `npm start` runs it (its own
// process), on the 10,000-article bench graph and on the seeds graph. The mix is what a
// newsroom does: 40% search as typed (prefixes of real names), 40% an entity with its
// neighbours and articles, 10% a depth-2 subgraph, 10% paths between two entities; ids at random.
// Prints requests/s, p50/p95/p99/max, errors, and the CPU seconds the server, Neo4j and the
// load generator spent, so a change is judged by its cost too, not only by wall time on a
// noisy machine.
//
//   npx tsx bench/load.ts [--seconds 30] [--clients 50] [--graph 10k|seeds|both]
//                         [--server DIR]... [--rounds N] [--warmup 60]
// --server runs the server of another checkout (say a worktree of the commit before a change)
// in turns with this one, on the same Neo4j and graph: A against B in one run, interleaved.
// The 10k graph is the one bench/ingest.ts leaves in BENCH_DATA_DIR (npm run bench runs it first).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/graph/launcher.ts';
import { openGraph, type Graph } from '../server/graph/neo4j.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { pageFiles } from '../server/extract/input.ts';
import { ingestFiles } from '../server/ingest/index.ts';
import { random as generator } from './generate.ts';
import { connectedPairs } from './samples.ts';

const QUERIES = {
  search: 'query ($q: String!) { search(query: $q, first: 10) { edges { score node { id type name en display } } } }',
  entity: `query ($id: ID!) { entity(id: $id) { id type name en display pinyin aliases kind level code parent investment status
    neighbours(first: 50) { edges { relationId relation direction title gazetteer node { id type name en display } evidence { sentence article { id title date source } } } pageInfo { hasNextPage endCursor } }
    articles(first: 20) { edges { node { id title date } sentences } pageInfo { hasNextPage endCursor } } } }`,
  subgraph:
    'query ($ids: [ID!]!) { subgraph(ids: $ids, depth: 2, maxNodes: 500) { nodes { id kind name en display } edges { source target relation title } truncated } }',
  paths: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { edges { node {
    length weight nodes { id name en } hops { kind relation direction title evidence { sentence article { id title } } } } } } }`,
} as const;
type Kind = keyof typeof QUERIES;
/** The mix, in tenths. */
const MIX: Array<[Kind, number]> = [
  ['search', 4],
  ['entity', 4],
  ['subgraph', 1],
  ['paths', 1],
];
const TARGETS = { requestsPerSecond: 600, p99Ms: 250, errors: 0 };

interface Samples {
  search: Array<{ q: string }>;
  entity: Array<{ id: string }>;
  subgraph: Array<{ ids: string[] }>;
  paths: Array<{ from: string; to: string }>;
}

/** What the clients ask: every prefix of real names as typed (Chinese, pinyin, English), random ids, connected pairs. */
async function samples(graph: Graph): Promise<Samples> {
  const named = await graph.run<{ id: string; name: string; en: string | null; pinyin: string | null }>(
    'MATCH (e:Entity) WITH e, rand() AS r ORDER BY r LIMIT 400 RETURN e.id AS id, e.name AS name, e.en AS en, e.pinyin AS pinyin',
  );
  const prefixes = (text: string, from: number) => Array.from({ length: Math.max(0, text.length - from + 1) }, (_, i) => text.slice(0, from + i));
  const typed = named.flatMap((e, i) => {
    // A reader types in one script: Chinese, pinyin run together, or English.
    const form = [e.name, e.pinyin?.replace(/ /g, ''), e.en][i % 3] ?? e.name;
    return prefixes(form, /[\u4e00-\u9fff]/.test(form) ? 1 : 2);
  });
  const pairs = await connectedPairs(graph, 200);
  const ids = named.map((e) => e.id);
  return {
    search: typed.map((q) => ({ q })),
    entity: ids.map((id) => ({ id })),
    subgraph: ids.map((id) => ({ ids: [id] })),
    paths: pairs.length ? pairs : ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id })),
  };
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat; here counted from field 3 (state) as 0.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface RunningApi {
  url: string;
  process: ChildProcess;
}

/** Starts `server/main.ts` of a checkout against the bench's Neo4j, as its own process; resolves once it is ready. */
async function startServer(checkout: string, neo4j: LocalNeo4j): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(checkout, 'server/main.ts')], {
    cwd: checkout,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server of ${checkout} exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, process: child };
    if (Date.now() > deadline) throw new Error(`the server of ${checkout} was not ready within 60 s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function stopServer(api: RunningApi): Promise<void> {
  const exited = new Promise((done) => api.process.once('exit', done));
  api.process.kill('SIGTERM');
  await exited;
}

interface Outcome {
  kind: Kind;
  ms: number;
  ok: boolean;
  /** Whether the answer came from the server's cache (its x-answer-cache header). */
  hit: boolean;
}

/** One request over a kept-alive connection; an error is an HTTP status other than 200 or a body with errors. */
function send(agent: Agent, url: URL, body: string, kind: Kind): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        // The reply is read whole but not parsed: a client's parse is not the server's cost.
        const text = Buffer.concat(chunks).toString();
        const ok = res.statusCode === 200 && !text.startsWith('{"errors"') && !text.includes('"errors":[');
        done({ kind, ms: performance.now() - started, ok, hit: res.headers['x-answer-cache'] === 'hit' });
      });
    });
    req.on('error', () => done({ kind, ms: performance.now() - started, ok: false, hit: false }));
    req.end(body);
  });
}

/** `clients` clients, each sending its next request as soon as the last is answered, for `seconds`. */
async function load(url: string, pools: Samples, clients: number, seconds: number, seed: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const endpoint = new URL('/graphql', url);
  const outcomes: Outcome[] = [];
  const until = performance.now() + seconds * 1000;
  const client = async (index: number) => {
    const random = generator(seed + index); // the same requests for every server compared in one run
    while (performance.now() < until) {
      let pick = random() * 10;
      const kind = MIX.find(([, tenths]) => (pick -= tenths) < 0)?.[0] ?? 'search';
      const pool = pools[kind];
      const variables = pool[Math.floor(random() * pool.length)]!;
      outcomes.push(await send(agent, endpoint, JSON.stringify({ query: QUERIES[kind], variables }), kind));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { outcomes, elapsed };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function summary(outcomes: Outcome[], elapsed: number) {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    requests: outcomes.length,
    perSecond: outcomes.length / elapsed,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    errors: outcomes.filter((o) => !o.ok).length,
    hits: outcomes.filter((o) => o.hit).length / Math.max(1, outcomes.length),
  };
}

const fixed = (n: number, digits = 0) => n.toFixed(digits).padStart(7);
const percent = (share: number) => `${(share * 100).toFixed(0)}%`.padStart(7);

/** Runs the load against each server in turn, `rounds` times, and prints one line per run and per kind. */
interface LoadOptions {
  seconds: number;
  clients: number;
  rounds: number;
  /** Seconds of load to warm Neo4j up with, before the first measurement. */
  warmup: number;
}

async function measure(label: string, neo4j: LocalNeo4j, graph: Graph, checkouts: string[], options: LoadOptions) {
  const pools = await samples(graph);
  console.log(
    `\n${label}: ${pools.search.length} search prefixes, ${pools.entity.length} ids, ${pools.paths.length} pairs; ${options.clients} clients × ${options.seconds} s`,
  );
  // A Neo4j just started is several times slower (its JIT, its page cache) for tens of seconds:
  // warm it up once, before any server is measured.
  const warming = await startServer(checkouts[0]!, neo4j);
  try {
    await load(warming.url, pools, options.clients, options.warmup, 3);
  } finally {
    await stopServer(warming);
  }
  console.log('server        round  req/s     p50     p95     p99     max  errors  cached  CPU s: server  neo4j  load');
  for (let round = 1; round <= options.rounds; round++) {
    for (const checkout of checkouts) {
      const api = await startServer(checkout, neo4j);
      try {
        // A short warm-up, so plans and JIT are in place for every server alike.
        await load(api.url, pools, options.clients, 3, 7);
        const before = { server: cpuSeconds(api.process.pid), neo4j: cpuSeconds(neo4j.pid), load: process.cpuUsage() };
        const { outcomes, elapsed } = await load(api.url, pools, options.clients, options.seconds, 1000 * round);
        const loadCpu = process.cpuUsage(before.load);
        const cpu = {
          server: cpuSeconds(api.process.pid) - before.server,
          neo4j: cpuSeconds(neo4j.pid) - before.neo4j,
          load: (loadCpu.user + loadCpu.system) / 1e6,
        };
        const all = summary(outcomes, elapsed);
        const name = checkout === PROJECT_ROOT ? 'this checkout' : checkout;
        console.log(
          `${name.slice(-12).padEnd(12)} ${String(round).padStart(5)} ${fixed(all.perSecond)} ${[all.p50, all.p95, all.p99, all.max].map((n) => fixed(n, 1)).join(' ')} ${String(all.errors).padStart(7)} ${percent(all.hits)}  ${cpu.server.toFixed(1).padStart(13)} ${cpu.neo4j.toFixed(1).padStart(6)} ${cpu.load.toFixed(1).padStart(5)}`,
        );
        for (const [kind] of MIX) {
          const one = summary(
            outcomes.filter((o) => o.kind === kind),
            elapsed,
          );
          console.log(
            `  ${kind.padEnd(16)} ${fixed(one.perSecond)} ${[one.p50, one.p95, one.p99, one.max].map((n) => fixed(n, 1)).join(' ')} ${String(one.errors).padStart(7)} ${percent(one.hits)}`,
          );
        }
        const met = all.errors <= TARGETS.errors && all.p99 <= TARGETS.p99Ms && all.perSecond >= TARGETS.requestsPerSecond;
        console.log(`  targets (0 errors, p99 ≤ ${TARGETS.p99Ms} ms, ≥ ${TARGETS.requestsPerSecond} req/s): ${met ? 'met' : 'NOT met'}`);
      } finally {
        await stopServer(api);
      }
    }
  }
}

/** A Neo4j on `home`, and a driver to it for the bench's own queries. */
async function neo4jAt(home: string): Promise<{ neo4j: LocalNeo4j; graph: Graph }> {
  const neo4j = await startLocalNeo4j({ home, port: 0, heapMb: 512, pagecacheMb: 256 });
  const graph = await openGraph({ kind: 'remote', uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' });
  await ensureSchema(graph);
  return { neo4j, graph };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      clients: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '60' },
      graph: { type: 'string', default: 'both' },
      server: { type: 'string', multiple: true, default: [] },
    },
  });
  const options = { seconds: Number(values.seconds), clients: Number(values.clients), rounds: Number(values.rounds), warmup: Number(values.warmup) };
  const checkouts = [...values.server.map((dir) => resolve(dir)), PROJECT_ROOT];
  if (values.graph === '10k' || values.graph === 'both') {
    const dir = process.env.BENCH_DATA_DIR;
    if (!dir) throw new Error('the 10k graph is the one bench/ingest.ts leaves: set BENCH_DATA_DIR to its DATA_DIR (npm run bench does)');
    const { neo4j, graph } = await neo4jAt(join(dir, 'neo4j'));
    try {
      const [size] = await graph.run<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
      if (!size?.articles) throw new Error(`the graph in ${dir} is empty; run bench/ingest.ts first`);
      await measure(`10k bench graph (${size.articles} articles)`, neo4j, graph, checkouts, options);
    } finally {
      await graph.close();
      await neo4j.stop();
    }
  }
  if (values.graph === 'seeds' || values.graph === 'both') {
    const home = mkdtempSync(join(tmpdir(), 'bench-seeds-'));
    const { neo4j, graph } = await neo4jAt(home);
    try {
      await ingestFiles(graph, await pageFiles([resolve(PROJECT_ROOT, 'seeds')]), {});
      const [size] = await graph.run<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
      await measure(`seeds graph (${size?.articles} articles)`, neo4j, graph, checkouts, options);
    } finally {
      await graph.close();
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench stopped: ${error.message}`);
    process.exit(1);
  },
);
