import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { BACKUP_FORMAT, backupGraph, restoreGraph } from '../../server/graph/backup.ts';
import { mergeEntities, splitEntity } from '../../server/graph/decisions.ts';
import { graphDigest } from '../../server/graph/digest.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { searchEntities } from '../../server/graph/queries.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { clearGraph, counts, testGraph } from '../setup/graph.ts';

let graph: Graph;
const folder = mkdtempSync(join(tmpdir(), 'graph-test-backup-'));
let files = 0;
const newFile = () => join(folder, `backup-${files++}.jsonl.gz`);

beforeEach(async () => {
  graph ??= await testGraph();
  await clearGraph(graph);
});
afterAll(async () => graph?.close());

/** A page with a body, an official's post and a project with its investment, beside TWO_STORIES' two people. */
const TOWN_MEETING = `潞城镇部署乡村建设

本报讯（记者 林晓东）昨天，潞城镇党委书记王建国主持召开工作会议，部署美丽乡村建设项目，项目总投资2.5亿元。
`;

const personId = async (name: string) =>
  (await graph.run<{ id: string }>('MATCH (p:Person {name: $name}) RETURN p.id AS id ORDER BY id LIMIT 1', { name }))[0]!.id;

/** Two pages and an analyst's split and merge: articles, entities, relations, evidence, gazetteer edges and decisions. */
async function decidedGraph(): Promise<void> {
  await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
  await ingestText(graph, TOWN_MEETING, 'fixtures/town.txt');
  const [second] = await graph.run<{ id: string }>("MATCH (a:Article {title: '张家湾镇推进道路改造'}) RETURN a.id AS id");
  const { created } = await splitEntity(graph, await personId('林晓东'), [second!.id]);
  await mergeEntities(graph, created, await personId('周雨桐'));
}

/** Drops every index and constraint, as a fresh Neo4j would have none. */
async function dropSchema(): Promise<void> {
  for (const { name } of await graph.run<{ name: string }>('SHOW CONSTRAINTS YIELD name')) await graph.run(`DROP CONSTRAINT ${name}`, {}, 'WRITE');
  for (const { name } of await graph.run<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await graph.run(`DROP INDEX ${name}`, {}, 'WRITE');
  }
}

const gzipLines = (lines: object[]) => gzipSync(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));

describe('backup and restore', () => {
  it('a graph backed up, emptied and restored has the same digest, decisions included', async () => {
    await decidedGraph();
    const before = await graphDigest(graph);
    const [kinds] = await graph.run<{ kinds: string[] }>('MATCH (d:Decision) RETURN collect(d.kind) AS kinds');
    expect(kinds!.kinds.sort()).toEqual(['merge', 'split']);
    const [kept] = await graph.run<{ n: number }>('MATCH ()-[r:LOCATED_IN {gazetteer: true}]->() RETURN count(r) AS n');
    expect(kept!.n).toBeGreaterThan(0);

    const file = newFile();
    const backup = await backupGraph(graph, file);
    expect(backup).toMatchObject({ nodes: before.nodes, edges: before.edges, digest: before });
    await clearGraph(graph);
    const restored = await restoreGraph(graph, file);
    expect(restored.restored).toEqual(before);
    expect(await graphDigest(graph)).toEqual(before);
  });

  it('integers, floats, dates, times, durations, points and their lists keep their Cypher types', async () => {
    await graph.run(
      `CREATE (:Probe {count: 3, ratio: 3.0, half: 0.5, at: datetime('2024-03-01T12:00:00.123456789[Europe/Berlin]'),
      day: date('2024-03-01'), clock: localtime('08:30'), local: localdatetime('2024-03-01T08:30'), zoned: time('08:30+08:00'),
      wait: duration('P1M2DT3.5S'), where: point({latitude: 39.9, longitude: 116.4}), offsets: [1, 2], weights: [1.0, 2.5],
      days: [date('2024-01-01')], none: [], flag: true, name: '通州'})-[:PROBED {n: 1, at: date('2024-03-02')}]->(:Other)`,
      {},
      'WRITE',
    );
    const typed = `MATCH (n:Probe)-[r]->()
      RETURN [k IN keys(n) | [k, valueType(n[k])]] AS nodeTypes, properties(n) AS node, [k IN keys(r) | [k, valueType(r[k])]] AS edgeTypes, properties(r) AS edge`;
    const read = async () =>
      (await graph.run<Record<string, [string, string][] | object>>(typed)).map((row) =>
        JSON.stringify(Object.entries(row).map(([name, value]) => [name, Array.isArray(value) ? [...value].sort() : value])),
      );
    const before = await read();
    expect(before[0]).toContain('["ratio","FLOAT NOT NULL"]');
    const file = newFile();
    await backupGraph(graph, file);
    await clearGraph(graph);
    await restoreGraph(graph, file);
    expect(await read()).toEqual(before);
  });

  it('the restored graph has its constraints and indexes, and search finds a restored entity', async () => {
    await decidedGraph();
    const file = newFile();
    await backupGraph(graph, file);
    await clearGraph(graph);
    await dropSchema();
    await restoreGraph(graph, file);
    const names = (await graph.run<{ name: string }>('SHOW INDEXES YIELD name')).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'article_id', 'entity_name', 'entity_search']));
    // By pinyin, which only the fulltext index knows.
    const found = await searchEntities(graph, 'wangjianguo', null, 0, 5);
    expect(found.map((row) => row.entity.name)).toContain('王建国');
  });

  it('re-ingesting a page after restore changes nothing', async () => {
    await decidedGraph();
    const file = newFile();
    await backupGraph(graph, file);
    await clearGraph(graph);
    await restoreGraph(graph, file);
    const restored = await graphDigest(graph);
    const again = await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    expect(again.stories.map((story) => story.status)).toEqual(['unchanged', 'unchanged']);
    await ingestText(graph, TOWN_MEETING, 'fixtures/town.txt');
    expect(await graphDigest(graph)).toEqual(restored);
  });

  it('restore refuses a graph that is not empty and writes nothing', async () => {
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    const file = newFile();
    await backupGraph(graph, file);
    const before = await graphDigest(graph);
    await expect(restoreGraph(graph, file)).rejects.toThrow(/is not empty \(\d+ nodes\); restore only fills an empty graph, and wrote nothing/);
    expect(await graphDigest(graph)).toEqual(before);
  });

  it('a backup cut short, damaged or without its end line is refused and writes nothing', async () => {
    await decidedGraph();
    const file = newFile();
    await backupGraph(graph, file);
    await clearGraph(graph);
    const bytes = readFileSync(file);
    const cut = newFile();
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped.writeUInt8(flipped.readUInt8(middle) ^ 0xff, middle);
    const damaged = newFile();
    writeFileSync(damaged, flipped);
    const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n');
    const endless = newFile();
    writeFileSync(endless, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));

    await expect(restoreGraph(graph, cut)).rejects.toThrow(/is damaged or cut short after line \d+ \(unexpected end of file\)/);
    await expect(restoreGraph(graph, damaged)).rejects.toThrow(/is damaged or cut short after line \d+/);
    await expect(restoreGraph(graph, endless)).rejects.toThrow(/without its end line: it was cut short/);
    expect(await counts(graph)).toEqual({ nodes: 0, edges: 0 });
  });

  it('a restore that fails part-way removes what it had written', async () => {
    // Two batches of articles, the last with the first one's id: the unique constraint stops the second batch.
    const nodes = Array.from({ length: 2500 }, (_, key) => ({ kind: 'node', key, labels: ['Article'], props: { id: `article-${key % 2499}` } }));
    const file = newFile();
    writeFileSync(
      file,
      gzipLines([
        { kind: 'header', format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), source: 'test' },
        ...nodes,
        { kind: 'end', nodes: nodes.length, edges: 0, digest: { nodes: nodes.length, edges: 0, sha256: '' } },
      ]),
    );
    await expect(restoreGraph(graph, file)).rejects.toThrow(/already exists[\s\S]*what it had written was removed, the graph is empty again/);
    expect(await counts(graph)).toEqual({ nodes: 0, edges: 0 });
  });

  it('a missing file, a file that is no backup and a backup of another format version are refused, each saying why', async () => {
    await expect(restoreGraph(graph, join(folder, 'nowhere.jsonl.gz'))).rejects.toThrow(/there is no backup file at .*nowhere\.jsonl\.gz/);
    const plain = newFile();
    writeFileSync(plain, '{"kind":"header"}\n');
    await expect(restoreGraph(graph, plain)).rejects.toThrow(/is not a graph backup \(a backup is gzip data, and this is not\)/);
    const strange = newFile();
    writeFileSync(strange, gzipLines([{ title: 'a page' }]));
    await expect(restoreGraph(graph, strange)).rejects.toThrow(/is not a graph backup \(its first line is not a backup header\)/);
    const future = newFile();
    writeFileSync(future, gzipLines([{ kind: 'header', format: BACKUP_FORMAT, version: 2, createdAt: '', source: '' }]));
    await expect(restoreGraph(graph, future)).rejects.toThrow(/format version 2; this program reads version 1/);
    expect(await counts(graph)).toEqual({ nodes: 0, edges: 0 });
  });

  it('a backup into a folder that does not exist says it cannot write there', async () => {
    await expect(backupGraph(graph, join(folder, 'no-such-folder', 'graph.jsonl.gz'))).rejects.toThrow(/cannot write .*no-such-folder.*: ENOENT/);
  });

  it('a backup never overwrites an existing file', async () => {
    const file = newFile();
    writeFileSync(file, 'keep me');
    await expect(backupGraph(graph, file)).rejects.toThrow(/already exists; give another file name/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('npm run backup and restore', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

  it('back up and restore the Neo4j NEO4J_URI names, and restore refuses it while it holds a graph', async () => {
    const { uri, password } = inject('neo4j');
    const server = { NEO4J_URI: uri, NEO4J_PASSWORD: password };
    await ingestText(graph, TWO_STORIES, 'fixtures/two.txt');
    const before = await graphDigest(graph);
    const file = newFile();
    const backup = run(['backup', file], server);
    expect(backup.stdout).toMatch(new RegExp(`backed up ${before.nodes} nodes and ${before.edges} edges`));
    expect(backup.status).toBe(0);
    const refused = run(['restore', file], server);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/restore stopped: the graph at .* is not empty .*Restore into an empty database/);
    await clearGraph(graph);
    const restore = run(['restore', file], server);
    expect(restore.stdout).toMatch(new RegExp(`digest ${before.sha256}, equal to the backup's`));
    expect(restore.status).toBe(0);
  });

  it('a local graph that a running server holds is named, with how to proceed', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'graph-test-backup-data-'));
    symlinkSync(inject('neo4j').home, join(dataDir, 'neo4j'));
    const backup = run(['backup', newFile()], { DATA_DIR: dataDir, NEO4J_URI: '' });
    expect(backup.status).toBe(1);
    expect(backup.stderr).toMatch(
      /is open in a running server \(npm start\)\. Stop the server and run backup again, or point backup at the Neo4j it runs: NEO4J_URI=/,
    );
  });
});
