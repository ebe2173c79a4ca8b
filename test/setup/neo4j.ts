import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/graph/launcher.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; home: string };
  }
}

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

/** One real Neo4j for the whole run, on a free port, in a folder deleted afterwards. */
export async function setup(project: TestProject): Promise<void> {
  home = mkdtempSync(join(tmpdir(), 'graph-test-neo4j-'));
  neo4j = await startLocalNeo4j({ home, port: 0, heapMb: 768, pagecacheMb: 128 });
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, home });
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
