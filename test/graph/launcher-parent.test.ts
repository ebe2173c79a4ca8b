import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';

// A Node process that starts the local Neo4j, prints the JVM's pid, then waits to be killed.
const PARENT = `
import { startLocalNeo4j } from ${JSON.stringify(join(PROJECT_ROOT, 'server/graph/launcher.ts'))};
const neo4j = await startLocalNeo4j({ home: process.argv[1], port: 0, heapMb: 256, pagecacheMb: 32 });
console.log('JVM ' + neo4j.pid);
setInterval(() => {}, 1000);
`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the local Neo4j and its parent', () => {
  it('Neo4j stops when the Node process that started it is killed outright', async () => {
    const home = mkdtempSync(join(tmpdir(), 'graph-test-parent-'));
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PARENT, home], { cwd: PROJECT_ROOT });
    const jvm = await new Promise<number>((resolve, reject) => {
      createInterface({ input: parent.stdout }).on('line', (line) => {
        if (line.startsWith('JVM ')) resolve(Number(line.slice(4)));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    expect(alive(jvm)).toBe(true);
    parent.kill('SIGKILL'); // no exit handler runs: only the closed stdin pipe tells the JVM
    await expect.poll(() => alive(jvm), { timeout: 20_000, interval: 250 }).toBe(false);
  });
});
