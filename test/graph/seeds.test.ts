import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { pageFiles } from '../../server/extract/input.ts';
import { ingestFiles, ingestText } from '../../server/ingest/index.ts';
import { clearGraph, counts, testGraph } from '../setup/graph.ts';

let graph: Graph;
let seeds: string[];

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  seeds = await pageFiles([resolve(PROJECT_ROOT, 'seeds')]);
  const outcomes = await ingestFiles(graph, seeds);
  expect(outcomes.every((o) => o.ok)).toBe(true);
});
afterAll(async () => graph?.close());

describe('the sample pages in the graph', () => {
  it('ingesting seeds/ twice gives identical node and edge counts', async () => {
    const once = await counts(graph);
    await ingestFiles(graph, seeds);
    expect(await counts(graph)).toEqual(once);
  });

  it("Beijing's and Nantong's 通州区 are two nodes, each with its own towns under it", async () => {
    const rows = await graph.run<{ code: string; towns: string[] }>(
      `MATCH (d:Place {name: '通州区'})
       RETURN d.code AS code, [(t:Place)-[:LOCATED_IN]->(d) WHERE t.level IN ['town', 'subdistrict'] | t.name] AS towns
       ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['110112', '320612']);
    expect(rows[0]?.towns).toEqual(expect.arrayContaining(['潞城镇', '宋庄镇']));
    expect(rows[1]?.towns).toEqual(expect.arrayContaining(['兴仁镇', '石港镇']));
    expect(rows[0]?.towns).not.toContain('兴仁镇');
  });

  it('the gazetteer chain runs from a town up to its province', async () => {
    const [row] = await graph.run<{ chain: string[] }>(
      `MATCH path = (:Place {name: '兴仁镇'})-[:LOCATED_IN*3 {gazetteer: true}]->(:Place)
       RETURN [n IN nodes(path) | n.name] AS chain`,
    );
    expect(row?.chain).toEqual(['兴仁镇', '通州区', '南通市', '江苏省']);
  });

  it('孟景伟 is one node linked to every story that names him', async () => {
    const people = await graph.run<{ id: string; stories: number }>(
      "MATCH (p:Person {name: '孟景伟'}) RETURN p.id AS id, COUNT { (p)-[:MENTIONED_IN]->() } AS stories",
    );
    const [named] = await graph.run<{ stories: number }>("MATCH (a:Article) WHERE a.text CONTAINS '孟景伟' RETURN count(a) AS stories");
    expect(people).toHaveLength(1);
    expect(named!.stories).toBeGreaterThan(1);
    expect(people[0]!.stories).toBe(named!.stories);
  });

  it('the same name on pages about different counties, with nothing shared, stays two people and is a candidate merge', async () => {
    await ingestText(graph, '平湖市召开会议\n\n本报讯（记者 孙若溪）昨天，当湖街道召开工作会议。\n', 'candidate-a.txt');
    await ingestText(graph, '缙云县召开会议\n\n本报讯（记者 孙若溪）昨天，壶镇镇召开工作会议。\n', 'candidate-b.txt');
    const people = await graph.run<{ id: string }>("MATCH (p:Person {name: '孙若溪'}) RETURN p.id AS id");
    expect(people).toHaveLength(2);
    const [pair] = await graph.run<{ n: number }>(
      "MATCH (:Person {name: '孙若溪'})-[c:CANDIDATE_SAME_AS]-(:Person {name: '孙若溪'}) RETURN count(DISTINCT c) AS n",
    );
    expect(pair?.n).toBe(1);
  });
});
