import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractPage } from '../extract/index.ts';
import { upsertPage, type UpsertResult } from '../graph/upsert.ts';
import type { Graph } from '../graph/neo4j.ts';
import { addEnglishNames } from '../names/index.ts';

export interface IngestOutcome {
  source: string;
  ok: boolean;
  stories: UpsertResult[];
  error?: string;
}

/** Extracts one page and writes it; `source` names the page in the graph (its file path). */
export async function ingestText(graph: Graph, text: string, source: string): Promise<UpsertResult[]> {
  const page = addEnglishNames(extractPage(text));
  return upsertPage(graph, page, source, text);
}

/** The text files under each path (a file, or a folder read recursively), in a stable order. */
export async function pagePaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      files.push(...(await pagePaths(names.filter((n) => !n.startsWith('.')).map((n) => join(path, n)))));
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * Ingests files one at a time: a file that cannot be read or extracted fails alone, and
 * what earlier files wrote stays. `sourceOf` names each file in the graph.
 */
export async function ingestFiles(
  graph: Graph,
  files: string[],
  sourceOf: (file: string) => string = (file) => resolve(file),
  onFile?: (outcome: IngestOutcome, done: number) => void,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    const source = sourceOf(file);
    let outcome: IngestOutcome;
    try {
      const text = await readFile(file, 'utf8');
      outcome = { source, ok: true, stories: await ingestText(graph, text, source) };
    } catch (error) {
      outcome = { source, ok: false, stories: [], error: (error as Error).message };
    }
    outcomes.push(outcome);
    onFile?.(outcome, outcomes.length);
  }
  return outcomes;
}
