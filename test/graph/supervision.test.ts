import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphUnavailableError } from '../../server/graph/availability.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/graph/launcher.ts';
import { API_RETRY_MS, openGraph, type Graph } from '../../server/graph/neo4j.ts';
import { ensureSchema } from '../../server/graph/schema.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { launchChromium } from '../setup/chromium.ts';
import { testServer } from '../setup/server.ts';

// Faults of the database under a running product: each test kills a Neo4j of its own (never the
// run's shared one) with SIGKILL, as a crash or the kernel's OOM killer would.

const homes: string[] = [];
const newHome = () => {
  const home = mkdtempSync(join(tmpdir(), 'graph-fault-'));
  homes.push(home);
  return home;
};
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

const NEO4J = { heapMb: 256, pagecacheMb: 32, database: 'neo4j' };
const FAST_RESTART = { tries: 3, firstDelayMs: 200, maxDelayMs: 1_000 };

/** Polls until `check` holds, or fails after `ms`. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(200);
  }
  throw new Error(`not within ${ms} ms`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

interface Reply {
  status: number;
  retryAfter: string | null;
  body: { data?: { entity?: { name: string } | null }; errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean } }> };
}

async function entity(server: RunningServer): Promise<Reply> {
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(id: "p1") { name } }' }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Reply['body'] };
}

const probe = async (server: RunningServer, path: string) => (await fetch(new URL(path, server.url))).status;

describe('the local Neo4j under the product', () => {
  it('is restarted when it dies; meanwhile the API answers GRAPH_UNAVAILABLE within 2 s and /readyz 503, then recovers alone', async () => {
    const lines: string[] = [];
    const home = newHome();
    const graph = await openGraph(
      { kind: 'local', home, port: 0, ...NEO4J },
      {
        retryMs: API_RETRY_MS,
        restart: FAST_RESTART,
        log: (line) => {
          lines.push(line);
          console.log(line);
        },
      },
    );
    cleanups.push(() => graph.close());
    await ensureSchema(graph);
    await graph.run("CREATE (:Entity:Place {id: 'p1', name: '台湖镇', type: 'PLACE', searchText: '台湖镇'})", {}, 'WRITE');
    const server = await testServer(graph);
    cleanups.push(() => server.close());
    await within(10_000, async () => (await entity(server)).body.data?.entity?.name === '台湖镇');
    expect(await probe(server, '/healthz')).toBe(200);
    expect(await probe(server, '/readyz')).toBe(200);

    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await browser.newPage();

    const firstPid = graph.pid!;
    process.kill(firstPid, 'SIGKILL');
    const failed = await timed(() => entity(server));
    expect(failed.ms).toBeLessThan(2_000);
    expect(failed.value.status).toBe(503);
    expect(failed.value.retryAfter).toBe('2');
    expect(failed.value.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPH_UNAVAILABLE', retryable: true });
    expect(failed.value.body.errors?.[0]?.message).toMatch(/restarting|cannot be reached/);
    // While it restarts: every request answers at once, the process is alive, it is not ready.
    const again = await timed(() => entity(server));
    expect(again.ms).toBeLessThan(2_000);
    expect(await probe(server, '/healthz')).toBe(200);
    expect(await probe(server, '/readyz')).toBe(503);
    // The page opened meanwhile says the graph is restarting, then carries on by itself.
    await page.goto(server.url);
    await page.waitForFunction(() => /restarting/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 10_000 });

    const recovered = await within(90_000, async () => (await entity(server)).body.data?.entity?.name === '台湖镇');
    expect(graph.pid).not.toBe(firstPid);
    await page.waitForFunction(() => (document.getElementById('stats')?.textContent ?? '') !== '', undefined, { timeout: 15_000 });
    expect(await page.textContent('#status')).not.toMatch(/restarting/);
    expect(await probe(server, '/readyz')).toBe(200);
    expect(lines.some((line) => /stopped unexpectedly \(killed by SIGKILL\)/.test(line))).toBe(true);
    expect(lines.some((line) => /Neo4j restarted \(try 1 of 3/.test(line))).toBe(true);
    // What the shutdown test looks for: a killed Neo4j's next start recovers from its logs.
    expect(readFileSync(join(home, 'logs', 'debug.log'), 'utf8')).toMatch(/Recovery completed/);
    console.log(`local Neo4j killed: first answer ${failed.ms} ms (${failed.value.status}), back after ${(recovered / 1000).toFixed(1)} s`);
  }, 240_000);

  it('gives up after its tries with one line each when Neo4j cannot start again, and keeps answering GRAPH_UNAVAILABLE', async () => {
    const lines: string[] = [];
    const home = newHome();
    const graph = await openGraph(
      { kind: 'local', home, port: 0, ...NEO4J },
      { retryMs: API_RETRY_MS, restart: { tries: 2, firstDelayMs: 100, maxDelayMs: 100 }, log: (line) => lines.push(line) },
    );
    cleanups.push(() => graph.close());
    // A setting Neo4j does not know, written while it runs (it reads neo4j.conf only at start),
    // makes every restart fail.
    writeFileSync(join(home, 'neo4j.conf'), 'db.no_such_setting=1\n');
    process.kill(graph.pid!, 'SIGKILL');
    await within(60_000, async () => lines.some((line) => /could not be restarted after 2 tries/.test(line)));
    const tries = lines.filter((line) => /restart try \d of 2 failed: .*no_such_setting/.test(line));
    expect(tries.length).toBe(2);
    expect(lines.length).toBe(4);
    await expect(graph.run('RETURN 1')).rejects.toBeInstanceOf(GraphUnavailableError);
  }, 240_000);
});

describe('a remote Neo4j that goes away', () => {
  it('is tried again every second: calls fail at once while it is gone, and work again soon after it is back', async () => {
    const home = newHome();
    let server: LocalNeo4j = await startLocalNeo4j({ home, port: 0, heapMb: 256, pagecacheMb: 32 });
    cleanups.push(() => server.stop());
    const lines: string[] = [];
    const graph: Graph = await openGraph(
      { kind: 'remote', uri: server.uri, user: server.user, password: server.password, database: 'neo4j' },
      { retryMs: API_RETRY_MS, log: (line) => lines.push(line) },
    );
    cleanups.push(() => graph.close());
    await graph.run("CREATE (:Probe {id: 'kept'})", {}, 'WRITE');

    process.kill(server.pid, 'SIGKILL');
    await server.exited;
    const first = await timed(() =>
      graph.run('MATCH (p:Probe) RETURN p.id AS id').then(
        () => 'answered',
        (error) => error,
      ),
    );
    expect(first.value).toBeInstanceOf(GraphUnavailableError);
    expect(first.ms).toBeLessThan(2_000);
    const second = await timed(() =>
      graph.run('RETURN 1').then(
        () => 'answered',
        (error) => error,
      ),
    );
    expect(second.value).toBeInstanceOf(GraphUnavailableError);
    expect(second.ms).toBeLessThan(50);
    expect(graph.available).toBe(false);

    server = await startLocalNeo4j({ home, port: Number(new URL(server.uri).port), heapMb: 256, pagecacheMb: 32 });
    const back = await within(10_000, async () => (await graph.run<{ id: string }>('MATCH (p:Probe) RETURN p.id AS id'))[0]?.id === 'kept');
    expect(lines.some((line) => /answers again/.test(line))).toBe(true);
    console.log(`remote Neo4j killed: first call failed in ${first.ms} ms, then in ${second.ms} ms; answered ${back} ms after it was back`);
  }, 240_000);
});
