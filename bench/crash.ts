// Crash-safe ingest: kill -9 the ingest, or Neo4j, in the middle of an ingest of generated pages,
// run the same ingest again, and compare the graph's digest (server/graph/digest.ts) with a clean
// ingest's. test/graph/crash.test.ts runs a smaller set of the same kill points.
//
//   npx tsx bench/crash.ts [ARTICLES=2000] [SEED=7]
//
// Starts its own Neo4j in a temporary folder, deleted afterwards; prints one row per kill point.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';
import { graphDigest, graphListing, type GraphDigest } from '../server/graph/digest.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/graph/launcher.ts';
import { openGraph, type Graph } from '../server/graph/neo4j.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { pageFiles } from '../server/extract/input.ts';
import { ingestFiles } from '../server/ingest/index.ts';
import type { FaultPoint } from '../server/graph/fault.ts';
import { generatePage } from './generate.ts';

export interface Server {
  uri: string;
  user: string;
  password: string;
}

/** Writes generated pages holding at least `articles` stories as .txt files; returns the page count. */
export function writePages(dir: string, articles: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  let pages = 0;
  for (let stories = 0; stories < articles; pages++) {
    const page = generatePage(seed * 1_000_003 + pages);
    writeFileSync(join(dir, `page-${String(pages).padStart(6, '0')}.txt`), page);
    stories += page.split('本报讯').length - 1;
  }
  return pages;
}

/** A local Neo4j small enough to run beside the test suite's own. */
export const startStore = (home: string) => startLocalNeo4j({ home, port: 0, heapMb: 512, pagecacheMb: 64, timeoutMs: 120_000 });

export const connect = async (server: Server): Promise<Graph> => {
  const graph = await openGraph({ kind: 'remote', ...server, database: 'neo4j' });
  await ensureSchema(graph);
  return graph;
};

/** Articles whose write committed (a claim alone leaves no hash). */
export async function articlesWritten(graph: Graph): Promise<number> {
  const [row] = await graph.run<{ n: number }>('MATCH (a:Article) WHERE a.hash IS NOT NULL RETURN count(a) AS n');
  return row?.n ?? 0;
}

/**
 * The same ingest as `npm run ingest -- DIR`, in this process: the clean reference and the re-run
 * after a crash, which need no process of their own to kill. Returns a summary line.
 */
export async function ingestDir(graph: Graph, dir: string): Promise<string> {
  const started = Date.now();
  const outcomes = await ingestFiles(graph, await pageFiles([dir]));
  const stories = outcomes.flatMap((o) => o.stories);
  const count = (status: string) => stories.filter((s) => s.status === status).length;
  const failed = outcomes.filter((o) => !o.ok);
  return `${outcomes.length - failed.length} of ${outcomes.length} files landed: ${count('written')} stories written, ${count('unchanged')} unchanged, ${count('failed')} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** Empties the graph between kill points. */
export const clearGraph = (graph: Graph) => graph.run('MATCH (n) DETACH DELETE n', {}, 'WRITE');

export interface IngestRun {
  /** Exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The ingest's process id. */
  pid: number;
  stdout: string;
  stderr: string;
  /** Wall time of the ingest process, and from the kill (from outside, or the fault hook's) to its exit. */
  ms: number;
  afterKillMs?: number;
}

export interface IngestOptions {
  /** INGEST_FAULT for the child (server/graph/fault.ts). */
  fault?: string;
  /** SIGKILL `pid` (default: the ingest) once `graph` holds this many written articles. */
  killAfter?: { articles: number; graph: Graph; pid?: number };
}

/** Runs `npm run ingest -- DIR` as a child process against `server`. */
export function runIngest(dir: string, server: Server, options: IngestOptions = {}): Promise<IngestRun> {
  const started = Date.now();
  // Node itself with tsx's loader, not the tsx wrapper, which would run the ingest as a grandchild
  // that a kill of the wrapper leaves running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', dir], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: server.uri,
      NEO4J_USER: server.user,
      NEO4J_PASSWORD: server.password,
      INGEST_FAULT: options.fault ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '',
    stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  let killedAt: number | undefined;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (chunk.includes('INGEST_FAULT: SIGKILL')) killedAt ??= Date.now();
  });
  let watching = true;
  const watch = async (kill: NonNullable<IngestOptions['killAfter']>) => {
    while (watching) {
      if ((await articlesWritten(kill.graph).catch(() => 0)) >= kill.articles) {
        killedAt = Date.now();
        process.kill(kill.pid ?? child.pid!, 'SIGKILL');
        return;
      }
      await new Promise((tick) => setTimeout(tick, 50));
    }
  };
  if (options.killAfter) void watch(options.killAfter);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => {
      watching = false;
      const ended = Date.now();
      done({ code, signal, pid: child.pid!, stdout, stderr, ms: ended - started, afterKillMs: killedAt && ended - killedAt });
    });
  });
}

export interface CrashRow {
  killPoint: string;
  /** How the interrupted ingest ended: its exit, and its last line of output. */
  ended: string;
  /** Seconds from the kill to the ingest's exit. */
  secondsToExit?: number;
  articlesBeforeRerun: number;
  rerun: string;
  digest: GraphDigest;
  same: boolean;
  /** When not the same: lines of the listing only the clean graph (-) or only this one (+) holds. */
  differences?: string[];
}

/** Lines of one listing missing from the other, both ways, marked - (only in `clean`) and + (only in `other`). */
export function listingDifferences(clean: readonly string[], other: readonly string[]): string[] {
  const a = new Set(clean),
    b = new Set(other);
  return [...clean.filter((l) => !b.has(l)).map((l) => `- ${l}`), ...other.filter((l) => !a.has(l)).map((l) => `+ ${l}`)];
}

const lastLine = (run: IngestRun) => (run.stderr + run.stdout).trim().split('\n').filter(Boolean).at(-1)?.slice(0, 200) ?? '';

export const outcome = (run: IngestRun) =>
  `${run.signal ? `killed (${run.signal})` : `exit ${run.code}`} after ${(run.ms / 1000).toFixed(1)} s${lastLine(run) ? `: ${lastLine(run)}` : ''}`;

/**
 * The kill points: the ingest or Neo4j killed after a share of the articles landed, and at the
 * fault hook's points on the `k`-th page transaction.
 */
export function killPoints(
  articles: number,
  pages: number,
): Array<{ name: string; target: 'ingest' | 'neo4j'; share?: number; fault?: FaultPoint; k?: number }> {
  const k = Math.max(2, Math.round(pages * 0.4));
  return [
    { name: 'ingest, after 20% of the articles', target: 'ingest', share: 0.2 },
    { name: `ingest, during the write statement (stories, then gazetteer), page tx ${k}`, target: 'ingest', fault: 'during-write', k },
    { name: `ingest, before commit, page tx ${k}`, target: 'ingest', fault: 'before-commit', k },
    { name: `ingest, commit in flight, page tx ${k}`, target: 'ingest', fault: 'during-commit', k },
    { name: 'Neo4j, after 50% of the articles', target: 'neo4j', share: 0.5 },
    { name: `Neo4j, during the write statement, page tx ${k}`, target: 'neo4j', fault: 'during-write', k },
    { name: `Neo4j, commit in flight, page tx ${k}`, target: 'neo4j', fault: 'during-commit', k },
  ].map((point) => ({ ...point, share: point.share && Math.round(articles * point.share) / articles })) as never;
}

async function main(): Promise<void> {
  const [articlesArg = '2000', seedArg = '7'] = process.argv.slice(2);
  const articles = Number(articlesArg),
    seed = Number(seedArg);
  const root = mkdtempSync(join(tmpdir(), 'bench-crash-'));
  const pagesDir = join(root, 'pages'),
    home = join(root, 'neo4j');
  let neo4j: LocalNeo4j | undefined;
  let graph: Graph | undefined;
  try {
    const pages = writePages(pagesDir, articles, seed);
    neo4j = await startStore(home);
    graph = await connect(neo4j);
    const clean = await ingestDir(graph, pagesDir);
    const reference = await graphDigest(graph);
    const referenceLines = (await graphListing(graph)).lines;
    console.log(`clean ingest of ${pages} pages: ${clean}; ${reference.nodes} nodes, ${reference.edges} edges, ${reference.sha256.slice(0, 12)}`);
    await clearGraph(graph);
    const again = await ingestDir(graph, pagesDir);
    const second = await graphDigest(graph);
    console.log(`second clean ingest: ${again}; same digest: ${second.sha256 === reference.sha256}`);
    if (second.sha256 !== reference.sha256) console.log(listingDifferences(referenceLines, (await graphListing(graph)).lines).join('\n'));
    const written = await articlesWritten(graph);
    const rows: CrashRow[] = [];
    for (const point of killPoints(written, pages)) {
      await clearGraph(graph);
      const killAfter = point.share ? { articles: Math.round(written * point.share), graph } : undefined;
      const pid = point.target === 'neo4j' ? neo4j.pid : undefined;
      const fault = point.fault ? `${point.fault}:${point.k}${pid ? `:${pid}` : ''}` : undefined;
      const broken = await runIngest(pagesDir, neo4j, { fault, killAfter: killAfter && { ...killAfter, pid } });
      if (point.target === 'neo4j') {
        await graph.close();
        neo4j = await startStore(home);
        graph = await connect(neo4j);
      }
      const before = await articlesWritten(graph);
      const rerun = await ingestDir(graph, pagesDir);
      const digest = await graphDigest(graph);
      const row: CrashRow = {
        killPoint: point.name,
        ended: outcome(broken),
        secondsToExit: broken.afterKillMs && broken.afterKillMs / 1000,
        articlesBeforeRerun: before,
        rerun,
        digest,
        same: digest.sha256 === reference.sha256,
      };
      if (!row.same) row.differences = listingDifferences(referenceLines, (await graphListing(graph)).lines);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    console.log(`\n| kill point | interrupted ingest | articles before re-run | re-run | nodes | edges | digest = clean |`);
    console.log(`|---|---|---|---|---|---|---|`);
    for (const r of rows) {
      console.log(
        `| ${r.killPoint} | ${r.ended}${r.secondsToExit ? ` (exit ${r.secondsToExit.toFixed(1)} s after the kill)` : ''} | ${r.articlesBeforeRerun} | ${r.rerun} | ${r.digest.nodes} | ${r.digest.edges} | ${r.same ? 'yes' : 'NO'} |`,
      );
    }
    console.log(`| clean reference | | | | ${reference.nodes} | ${reference.edges} | ${reference.sha256.slice(0, 12)} |`);
    if (rows.some((r) => !r.same)) process.exitCode = 1;
  } finally {
    await graph?.close();
    await neo4j?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('crash.ts')) await main();
