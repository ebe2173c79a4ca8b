import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setArticleDates } from '../../server/graph/articles.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { timelineOf } from '../../server/graph/timeline.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { fixtureText } from '../english/helpers.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { post, testServer } from '../setup/server.ts';
import { BEIJING_TONGZHOU, JINYUN, NANTONG_TONGZHOU } from './pages.ts';

// Chinese pages first, then the English fixtures of test/english: each English entity below
// should land on the Chinese entity it names, or on a node of its own when no Chinese story
// named it. The table is the truth; the test reports linking precision and recall over it.

const CHINESE = { 'zh-beijing.txt': BEIJING_TONGZHOU, 'zh-nantong.txt': NANTONG_TONGZHOU, 'zh-jinyun.txt': JINYUN };
type ChinesePage = keyof typeof CHINESE;

/** [English fixture, English name, the Chinese entity it is (name, and the page naming it when two share the name), or null]. */
const TRUTH: Array<[string, string, [string, ChinesePage?] | null]> = [
  ['wire-tongzhou-projects.txt', 'Meng Jingwei', ['孟景伟']],
  ['wire-tongzhou-projects.txt', 'Zheng Hao', ['郑皓']],
  ['wire-tongzhou-projects.txt', 'Tongzhou District', ['通州区', 'zh-beijing.txt']],
  ['wire-tongzhou-projects.txt', 'Lucheng Town', ['潞城镇']],
  ['wire-tongzhou-projects.txt', "Tongzhou District People's Government", ['通州区人民政府']],
  ['wire-tongzhou-projects.txt', 'CPC Tongzhou District Committee', ['通州区委']],
  ['wire-tongzhou-projects.txt', 'Beijing', ['北京市']],
  ['wire-tongzhou-projects.txt', 'Beijing Union University', null],
  ['wire-tongzhou-projects.txt', 'Langfang City', null],
  ['feature-canal-logistics.txt', 'Meng Jingwei', ['孟景伟']],
  ['feature-canal-logistics.txt', 'Zhangjiawan Town', ['张家湾镇']],
  ['feature-canal-logistics.txt', "Tongzhou District People's Government", ['通州区人民政府']],
  ['feature-canal-logistics.txt', 'Tongzhou District Commerce Bureau', null],
  ['feature-canal-logistics.txt', 'Becker Logistics GmbH', null],
  ['feature-canal-logistics.txt', 'Wang Zhang', null],
  ['feature-lucheng-courtyards.txt', 'Lucheng Town', ['潞城镇']],
  ['feature-lucheng-courtyards.txt', 'Wang Fang', null],
  ['wire-jiangsu-two-stories.txt', 'Tongzhou District', ['通州区', 'zh-nantong.txt']],
  ['wire-jiangsu-two-stories.txt', 'Nantong City', ['南通市']],
  // Another man of the same name, an engineer in Nantong: nothing ties him to Beijing's Party secretary.
  ['wire-jiangsu-two-stories.txt', 'Meng Jingwei', null],
  ['wire-jiangsu-two-stories.txt', 'Nantong Ocean Steel Co., Ltd.', null],
  ['release-xingren-projects.txt', 'Xingren Town', ['兴仁镇']],
  ['release-xingren-projects.txt', 'Tongzhou District', ['通州区', 'zh-nantong.txt']],
  ['release-xingren-projects.txt', 'Sifang Technology Group Co., Ltd.', ['四方科技集团股份有限公司']],
  ['release-jinyun-conference.txt', 'Zhou Jianhua', ['周建华']],
  ['release-jinyun-conference.txt', 'CPC Jinyun County Committee', ['缙云县委']],
  ['release-jinyun-conference.txt', 'Jinyun County', ['缙云县']],
  ['release-jinyun-conference.txt', 'Jinyun pumped-storage power station', ['缙云抽水蓄能电站']],
  ['release-jinyun-conference.txt', 'Fangxi Township', ['方溪乡']],
  ['release-jinyun-conference.txt', 'Ye Xiaofeng', null],
  ['wire-jinyun-station.txt', 'Jinyun pumped-storage power station', ['缙云抽水蓄能电站']],
  ['wire-jinyun-station.txt', 'Lishui City', ['丽水市']],
  ['wire-jinyun-station.txt', 'Fangxi Township', ['方溪乡']],
  ['wire-jinyun-station.txt', 'Li Ming', null],
];

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  for (const [source, text] of Object.entries(CHINESE)) await ingestText(graph, text, source);
  for (const file of new Set(TRUTH.map(([file]) => file))) await ingestText(graph, fixtureText(file), `en-${file}`);
}, 120_000);
afterAll(async () => graph?.close());

/** The node an English story's entity landed on: named so, or carrying the name as an alias. */
async function landedOn(file: string, name: string) {
  const rows = await graph.run<{ id: string; language: string | null }>(
    `MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {source: $source})
     WHERE e.name = $name OR $name IN e.aliases
     RETURN DISTINCT e.id AS id, e.language AS language`,
    { source: `en-${file}`, name },
  );
  expect(rows, `${name} in ${file} is on one node`).toHaveLength(1);
  return rows[0]!;
}

/** The Chinese entity of that name, on the given Chinese page when two share it. */
async function chineseEntity(name: string, page?: ChinesePage): Promise<string> {
  const rows = await graph.run<{ id: string }>(
    `MATCH (e:Entity {name: $name})
     WHERE $page IS NULL OR (e)-[:MENTIONED_IN]->(:Article {source: $page})
     RETURN e.id AS id`,
    { name, page: page ?? null },
  );
  expect(rows, `${name} ${page ?? ''} is one Chinese entity`).toHaveLength(1);
  return rows[0]!.id;
}

describe('linking English stories to the entities Chinese stories named', () => {
  it('links with high precision and recall over the truth table', async () => {
    let linked = 0,
      correct = 0,
      expected = 0;
    const wrong: string[] = [];
    for (const [file, name, truth] of TRUTH) {
      const node = await landedOn(file, name);
      const isLinked = node.language !== 'en';
      const target = truth ? await chineseEntity(...truth) : null;
      if (isLinked) linked += 1;
      if (truth) expected += 1;
      if (isLinked && node.id === target) correct += 1;
      else if (isLinked || truth) wrong.push(`${file}: ${name} → ${isLinked ? node.id : 'own node'}, expected ${truth?.[0] ?? 'own node'}`);
    }
    const precision = correct / linked,
      recall = correct / expected;
    console.log(
      `cross-lingual linking over ${TRUTH.length} English entities: precision ${precision.toFixed(3)} (${correct}/${linked}), recall ${recall.toFixed(3)} (${correct}/${expected})`,
    );
    for (const line of wrong) console.log(`  ${line}`);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the Chinese name and adds the English one as an alias', async () => {
    const [meng] = await graph.run<{ name: string; en: string; aliases: string[]; articles: number }>(
      `MATCH (p:Person {name: '孟景伟'}) RETURN p.name AS name, p.en AS en, p.aliases AS aliases,
       COUNT { (p)-[:MENTIONED_IN]->() } AS articles`,
    );
    expect(meng).toMatchObject({ name: '孟景伟', en: 'Meng Jingwei' });
    expect(meng!.aliases).toContain('Meng Jingwei');
    expect(meng!.articles).toBe(3); // one Chinese story, two English ones
  });

  it("records the Nantong engineer as a candidate for Beijing's Meng Jingwei, not the same man", async () => {
    const [pair] = await graph.run<{ reason: string; english: string }>(
      `MATCH (zh:Person {name: '孟景伟'})-[c:CANDIDATE_SAME_AS]-(en:Person {language: 'en'})
       RETURN c.reason AS reason, en.name AS english`,
    );
    expect(pair).toEqual({ reason: 'same name in pinyin, no shared context', english: 'Meng Jingwei' });
  });

  it("interleaves Chinese and English stories in an official's timeline", async () => {
    const zhou = await chineseEntity('周建华');
    const stories = await graph.run<{ id: string; source: string }>(
      'MATCH (:Person {id: $id})-[:MENTIONED_IN]->(a:Article) RETURN a.id AS id, a.source AS source',
      { id: zhou },
    );
    const chinese = stories.find((s) => s.source === 'zh-jinyun.txt')!;
    await setArticleDates(graph, [chinese.id], '2024-01-17');
    const timeline = await timelineOf(graph, zhou);
    const order = timeline!.entries.map((e) => stories.find((s) => s.id === e.article)?.source);
    expect(order).toEqual(['zh-jinyun.txt', 'en-release-jinyun-conference.txt']);
    const english = timeline!.entries[1]!;
    expect(english.date).toBe('2024-01-18');
    expect(english.positions.map((p) => p.title)).toContain('secretary');
  });

  it("the API finds an official by the English name and answers with both languages' stories", async () => {
    const server = await testServer(graph);
    try {
      const reply = await post<{
        search: { edges: Array<{ node: { name: string; language: string; articles: { edges: Array<{ node: { source: string } }> } } }> };
      }>(server, '{ search(query: "Meng Jingwei", first: 5) { edges { node { name language articles { edges { node { source } } } } } } }');
      expect(reply.errors).toBeUndefined();
      const nodes = reply.data!.search.edges.map((e) => e.node);
      const beijing = nodes.find((n) => n.name === '孟景伟')!;
      expect(beijing.language).toBe('ZH');
      expect(beijing.articles.edges.map((a) => a.node.source).sort()).toEqual([
        'en-feature-canal-logistics.txt',
        'en-wire-tongzhou-projects.txt',
        'zh-beijing.txt',
      ]);
      // The Nantong engineer is found too, as a person of his own.
      expect(nodes.filter((n) => n.name === 'Meng Jingwei' && n.language === 'EN')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('a Chinese story after an English one meets the English-only person as a candidate', async () => {
    await ingestText(graph, '海安市召开新闻发布会\n\n本报讯（记者 周立新）海安市召开新闻发布会，副市长李明介绍风电叶片工厂建设情况。\n', 'zh-haian.txt');
    const [pair] = await graph.run<{ reason: string }>(
      `MATCH (:Person {name: '李明'})-[c:CANDIDATE_SAME_AS]-(:Person {name: 'Li Ming', language: 'en'}) RETURN c.reason AS reason`,
    );
    expect(pair?.reason).toBe('same name, no shared organisation');
  });
});
