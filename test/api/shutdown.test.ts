import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/generate.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { startLocalNeo4j } from '../../server/graph/launcher.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';

// The product as an operator runs it (`npm start`'s server/main.ts, its own local Neo4j), stopped
// with SIGTERM while a request is being answered.

const dataDir = mkdtempSync(join(tmpdir(), 'graph-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, stops Neo4j cleanly, and the store needs no recovery', async () => {
    const seeds = join(dataDir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'page.txt'), TWO_STORIES);
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'server/main.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        SEEDS_DIR: seeds,
        PORT: '0',
        API_TOKEN: 'shutdown-test',
        NEO4J_HEAP_MB: '256',
        NEO4J_PAGECACHE_MB: '32',
        NEO4J_URI: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      const url = await new Promise<string>((ready, failed) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          output.push(line);
          const match = /^Ready in .*: (http:\S+)/.exec(line);
          if (match) ready(match[1]!);
        });
        child.stderr!.on('data', (chunk) => output.push(String(chunk)));
        void exited.then(() => failed(new Error(`the server exited before it was ready: ${output.join('\n')}`)));
      });

      // A page of many stories takes the server a while to extract and write.
      const page = Array.from({ length: 12 }, (_, i) => generatePage(900 + i)).join('\n');
      const ingest = fetch(new URL('graphql', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer shutdown-test' },
        body: JSON.stringify({
          query: 'mutation ($text: String!) { ingestPage(text: $text, source: "long.txt") { stories { status } } }',
          variables: { text: page },
        }),
      });
      await new Promise((done) => setTimeout(done, 150));
      const signalled = Date.now();
      child.kill('SIGTERM');
      const reply = await ingest;
      expect(reply.status).toBe(200);
      const body = (await reply.json()) as { data?: { ingestPage: { stories: Array<{ status: string }> } } };
      const stories = body.data?.ingestPage.stories ?? [];
      expect(stories.length).toBeGreaterThan(12);
      expect(stories.every((s) => s.status === 'WRITTEN')).toBe(true);
      // Once it stops listening a new request is refused, not left waiting.
      const late = await fetch(new URL('healthz', url)).then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);

      expect(await exited).toBe(0);
      const seconds = (Date.now() - signalled) / 1000;
      expect(seconds).toBeLessThan(20);
      const shutdownLine = output.find((line) => line.startsWith('Shutting down (SIGTERM)'));
      expect(shutdownLine).toMatch(/finishing 1 requests in flight/);
      expect(output).toContain('Stopped cleanly');
      console.log(`SIGTERM with one ingest in flight: answered ${stories.length} stories, exited 0 after ${seconds.toFixed(1)} s`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }

    // The store opens without recovery and holds what the last request wrote.
    const home = join(dataDir, 'neo4j');
    const logBefore = readFileSync(join(home, 'logs', 'debug.log'), 'utf8').length;
    const neo4j = await startLocalNeo4j({ home, port: 0, heapMb: 256, pagecacheMb: 32 });
    try {
      const started = readFileSync(join(home, 'logs', 'debug.log'), 'utf8').slice(logBefore);
      expect(started).toMatch(/Bolt server started/);
      expect(started).not.toMatch(/Recovery completed|recovery is required|Starting recovery/i);
    } finally {
      await neo4j.stop();
    }
  }, 240_000);
});
