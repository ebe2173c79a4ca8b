import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startLocalNeo4j } from '../../server/graph/launcher.ts';

const options = { heapMb: 256, pagecacheMb: 32, timeoutMs: 90_000 };

describe('the local Neo4j launcher', () => {
  it("the run's Neo4j listens on 127.0.0.1 only, with a generated password readable by its owner alone", () => {
    const { uri, password, home } = inject('neo4j');
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(password).not.toBe('neo4j');
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(readFileSync(join(home, 'password'), 'utf8').trim()).toBe(password);
    expect(statSync(join(home, 'password')).mode & 0o077).toBe(0);
  });

  it('a second Neo4j on the same data folder fails with one line saying what to do', async () => {
    const { home } = inject('neo4j');
    await expect(startLocalNeo4j({ home, port: 0, ...options })).rejects.toThrow(
      /data folder .* is in use by another running Neo4j; stop that process, or set DATA_DIR/,
    );
  });

  it('a Bolt port already in use fails with one line saying what to do', async () => {
    const port = Number(new URL(inject('neo4j').uri.replace('bolt:', 'http:')).port);
    const home = mkdtempSync(join(tmpdir(), 'graph-test-port-'));
    await expect(startLocalNeo4j({ home, port, ...options })).rejects.toThrow(
      new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use; .*set NEO4J_PORT`),
    );
  });

  it("reads the operator's settings from neo4j.conf in its home, and names a setting it does not know", async () => {
    const home = mkdtempSync(join(tmpdir(), 'graph-test-conf-'));
    writeFileSync(join(home, 'neo4j.conf'), 'db.no_such_setting=1\n');
    await expect(startLocalNeo4j({ home, port: 0, ...options })).rejects.toThrow(/No declared setting with name: db\.no_such_setting/);
  });
});
