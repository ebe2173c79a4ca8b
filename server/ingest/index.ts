import { resolve } from 'node:path';
import { extractPage } from '../extract/index.ts';
import { loadGazetteer } from '../gazetteer/divisions.ts';
import { readPage } from '../extract/input.ts';
import { loadSegmenter } from '../extract/zh/mentions/segmenter.ts';
import { loadVillages } from '../gazetteer/villages.ts';
import type { Neo4jTarget } from '../config.ts';
import { awaitSearchIndex } from '../graph/schema.ts';
import { isGraphUnavailable } from '../graph/availability.ts';
import { upsertPage, type PageWrite, type UpsertResult } from '../graph/upsert.ts';
import { openGraph, type Graph } from '../graph/neo4j.ts';

export interface IngestOutcome {
  source: string;
  /** False when the file could not be read or extracted, or one of its stories failed (the others landed). */
  ok: boolean;
  stories: UpsertResult[];
  error?: string;
}

/**
 * How long the driver retries a page's failing transaction. Deadlocks between pages written at
 * once clear within a second; a server that has not answered for 5 s is gone, and the ingest
 * stops saying so instead of waiting out the driver's default 30 s.
 */
export const INGEST_RETRY_MS = 5_000;

/**
 * Connects to the graph for an ingest. While a local Neo4j starts (it is spawned before the
 * first await), the extractor loads its tables: jieba's vocabulary and the division and village
 * gazetteers, 1.6 s that the first page would otherwise wait for.
 */
export async function openGraphForIngest(target: Neo4jTarget): Promise<Graph> {
  const opening = openGraph(target, { retryMs: INGEST_RETRY_MS });
  loadSegmenter();
  loadGazetteer();
  loadVillages();
  return opening;
}

/**
 * Extracts one page and writes it; `source` names the page in the graph (its file path). Search
 * may not find its entities until the index refreshes (within a second, or awaitSearchIndex).
 */
export async function ingestPage(graph: Graph, text: string, source: string): Promise<PageWrite> {
  const page = extractPage(text);
  return upsertPage(graph, page, source, text);
}

/** Ingests one page and returns once search finds what it wrote. */
export async function ingestText(graph: Graph, text: string, source: string): Promise<PageWrite> {
  const written = await ingestPage(graph, text, source);
  await awaitSearchIndex(graph);
  return written;
}

/**
 * Runs `task` over `items` with at most `limit` in flight, keeping results in input order. Once
 * `signal` aborts, no item starts; those in flight finish. Items never started have no result.
 */
export async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return signal?.aborted ? results.slice(0, next) : results;
}

/**
 * How many pages are written at once. Each page is one transaction; several in flight hide the
 * round trips, and Neo4j's deadlock detection plus the driver's retries keep concurrent
 * MERGEs on shared entities (a district, a reporter) correct.
 */
export const INGEST_CONCURRENCY = 4;

export interface IngestOptions {
  /** How a file is named in the graph; by default its absolute path. */
  sourceOf?: (file: string) => string;
  /** Called as each file is done, with how many are. */
  onFile?: (outcome: IngestOutcome, done: number) => void;
  /** Pages written at once. */
  concurrency?: number;
  /** Stops the ingest between pages (a shutdown). */
  signal?: AbortSignal;
}

/**
 * Ingests files: a file that cannot be read or extracted fails alone, and what other files
 * wrote stays. `sourceOf` names each file in the graph. Returns once search finds it all.
 * `signal` stops it between pages (a shutdown): the pages in flight finish, the rest are not
 * started and have no outcome; ingesting the same files again completes the set.
 * Should Neo4j go away, the ingest stops with an error instead of trying every remaining file
 * against a server that is not there; each page is one transaction, so what landed is whole,
 * and running the same ingest again writes the rest.
 */
export async function ingestFiles(
  graph: Graph,
  files: string[],
  { sourceOf = (file) => resolve(file), onFile, concurrency = INGEST_CONCURRENCY, signal }: IngestOptions = {},
): Promise<IngestOutcome[]> {
  let done = 0;
  let lost: Error | undefined;
  // Once Neo4j is gone no further page starts, as after a shutdown signal.
  const serverGone = new AbortController();
  const stop = signal ? AbortSignal.any([signal, serverGone.signal]) : serverGone.signal;
  const outcomes = await inPool(
    files,
    concurrency,
    async (file) => {
      const source = sourceOf(file);
      let outcome: IngestOutcome;
      try {
        // UTF-8 or GB18030, HTML reduced to its text; empty, binary and oversized files refused.
        const text = await readPage(file);
        const { stories } = await ingestPage(graph, text, source);
        const failed = stories.filter((story) => story.status === 'failed');
        outcome = failed.length
          ? { source, ok: false, stories, error: failed.map((story) => `story ${story.articleId}: ${story.error}`).join('; ') }
          : { source, ok: true, stories };
      } catch (error) {
        if (isGraphUnavailable(error)) {
          lost ??= error as Error;
          serverGone.abort();
        }
        outcome = { source, ok: false, stories: [], error: (error as Error).message };
      }
      onFile?.(outcome, ++done);
      return outcome;
    },
    stop,
  );
  if (lost) {
    const landed = outcomes.filter((o) => o.ok).length;
    throw new Error(
      `lost Neo4j at ${graph.uri} after ${landed} of ${files.length} files had landed (${lost.message}); what landed is whole: run the same ingest again to write the rest`,
    );
  }
  await awaitSearchIndex(graph);
  return outcomes;
}
