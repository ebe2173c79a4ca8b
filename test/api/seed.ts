// A small graph written straight into Neo4j in the shape docs/graph-model.md gives, so the API
// tests do not depend on what the extractor finds. Names are invented.
import { awaitSearchIndex } from '../../server/graph/schema.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';

interface SeedEntity {
  id: string;
  type: 'PERSON' | 'ORG' | 'PLACE' | 'PROJECT';
  name: string;
  en: string;
  pinyin: string;
  aliases?: string[];
  attrs?: Record<string, unknown>;
}

const LABELS = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place', PROJECT: 'Project' } as const;

export const ENTITIES: SeedEntity[] = [
  { id: 'place-beijing', type: 'PLACE', name: '北京市', en: 'Beijing', pinyin: 'bei jing shi', attrs: { level: 'city' } },
  {
    id: 'place-tongzhou',
    type: 'PLACE',
    name: '通州区',
    en: 'Tongzhou District',
    pinyin: 'tong zhou qu',
    aliases: ['通州'],
    attrs: { level: 'district', code: '110112' },
  },
  {
    id: 'place-songzhuang',
    type: 'PLACE',
    name: '宋庄镇',
    en: 'Songzhuang Town',
    pinyin: 'song zhuang zhen',
    aliases: ['宋庄'],
    attrs: { level: 'town', parent: '通州区' },
  },
  { id: 'place-xiaopu', type: 'PLACE', name: '小堡村', en: 'Xiaopu Village', pinyin: 'xiao pu cun', attrs: { level: 'village' } },
  { id: 'org-town-gov', type: 'ORG', name: '宋庄镇政府', en: 'Songzhuang Town Government', pinyin: 'song zhuang zhen zheng fu', attrs: { kind: 'government' } },
  {
    id: 'org-culture-group',
    type: 'ORG',
    name: '北京文旅集团',
    en: 'Beijing Culture and Tourism Group',
    pinyin: 'bei jing wen lv ji tuan',
    aliases: ['文旅集团'],
    attrs: { kind: 'company' },
  },
  { id: 'person-wang', type: 'PERSON', name: '王建国', en: 'Wang Jianguo', pinyin: 'wang jian guo' },
  { id: 'person-li', type: 'PERSON', name: '李明', en: 'Li Ming', pinyin: 'li ming' },
  { id: 'person-hermit', type: 'PERSON', name: '赵隐', en: 'Zhao Yin', pinyin: 'zhao yin' },
  {
    id: 'project-museum',
    type: 'PROJECT',
    name: '宋庄美术馆',
    en: 'Songzhuang Art Museum',
    pinyin: 'song zhuang mei shu guan',
    attrs: { investment: '5亿元', investmentYuan: 500_000_000, investmentApproximate: false, status: '在建' },
  },
  {
    id: 'project-centre',
    type: 'PROJECT',
    name: '通州文化中心',
    en: 'Tongzhou Cultural Centre',
    pinyin: 'tong zhou wen hua zhong xin',
    attrs: { investment: '约3亿元', investmentYuan: 300_000_000, investmentApproximate: true },
  },
  {
    id: 'project-library',
    type: 'PROJECT',
    name: '北京城市图书馆',
    en: 'Beijing City Library',
    pinyin: 'bei jing cheng shi tu shu guan',
    attrs: { investment: '10亿元', investmentYuan: 1_000_000_000 },
  },
  { id: 'project-tower', type: 'PROJECT', name: '文旅集团大厦', en: 'Culture Group Tower', pinyin: 'wen lv ji tuan da sha' },
  { id: 'project-festival', type: 'PROJECT', name: '北京宋庄镇艺术节', en: 'Beijing Songzhuang Art Festival', pinyin: 'bei jing song zhuang zhen yi shu jie' },
];

/** Three stories of one page: two dated, one not. Each mention is found by its words in the story. */
export const ARTICLES = [
  {
    id: 'article-a1',
    title: '王建国任宋庄镇镇长',
    date: '2024-03-01',
    text: '宋庄镇政府镇长王建国主持会议。会议研究了通州文化中心建设。',
    mentions: ['宋庄镇政府', '王建国', '通州文化中心'],
  },
  {
    id: 'article-a2',
    title: '宋庄镇召开党委会',
    date: '2024-05-10',
    text: '宋庄镇政府党委书记王建国在通州区调研。',
    mentions: ['宋庄镇政府', '王建国', '通州区'],
  },
  {
    id: 'article-a3',
    title: '宋庄美术馆开工',
    date: null,
    text: '北京文旅集团在小堡村建设宋庄美术馆。李明负责项目建设。王建国出席。',
    mentions: ['北京文旅集团', '小堡村', '宋庄美术馆', '李明', '王建国'],
  },
];

/** Relation facts: [from, type, to, title, article the evidence sentence is in, or null for a gazetteer edge]. */
const RELATIONS: Array<[string, string, string, string | null, string | null]> = [
  ['person-wang', 'HOLDS_POSITION', 'org-town-gov', '镇长', 'article-a1'],
  ['person-wang', 'HOLDS_POSITION', 'org-town-gov', '书记', 'article-a2'],
  ['org-town-gov', 'INVOLVED_IN', 'project-centre', null, 'article-a1'],
  ['org-culture-group', 'INVOLVED_IN', 'project-museum', null, 'article-a3'],
  ['person-li', 'INVOLVED_IN', 'project-museum', null, 'article-a3'],
  ['project-museum', 'LOCATED_IN', 'place-xiaopu', null, 'article-a3'],
  ['project-centre', 'LOCATED_IN', 'place-tongzhou', null, 'article-a1'],
  ['org-town-gov', 'LOCATED_IN', 'place-songzhuang', null, 'article-a1'],
  ['place-xiaopu', 'LOCATED_IN', 'place-songzhuang', null, 'article-a3'],
  ['place-songzhuang', 'LOCATED_IN', 'place-tongzhou', null, null],
  ['place-tongzhou', 'LOCATED_IN', 'place-beijing', null, null],
  ['project-library', 'LOCATED_IN', 'place-beijing', null, null],
];

export const PAGE_SOURCE = 'seeded-page.txt';
const SEPARATOR = '\n\n';

/** Where each story starts on the page (offsets on edges are page offsets). */
export function storyStart(index: number): number {
  return ARTICLES.slice(0, index).reduce((sum, a) => sum + a.text.length + SEPARATOR.length, 0);
}

const sentenceOf = (text: string, at: number) => {
  const begin = text.lastIndexOf('。', at - 1) + 1;
  const end = text.indexOf('。', at);
  return text.slice(begin, end === -1 ? text.length : end + 1);
};

async function seedGraph(graph: Graph): Promise<void> {
  const byName = new Map(ENTITIES.map((e) => [e.name, e]));
  await graph.run(
    `UNWIND $rows AS row
     CREATE (e:Entity {id: row.id}) SET e:$(row.label), e += row.props`,
    {
      rows: ENTITIES.map((e) => ({
        id: e.id,
        label: LABELS[e.type],
        props: {
          type: e.type,
          name: e.name,
          en: e.en,
          display: e.en,
          pinyin: e.pinyin,
          aliases: e.aliases ?? [],
          searchText: [e.name, ...(e.aliases ?? []), e.en.toLowerCase(), e.pinyin, e.pinyin.replace(/ /g, '')].join(' \n '),
          ...e.attrs,
        },
      })),
    },
    'WRITE',
  );
  const articles = ARTICLES.map((a, index) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    source: PAGE_SOURCE,
    index,
    start: storyStart(index),
    end: storyStart(index) + a.text.length,
    text: a.text,
    hash: a.id,
  }));
  await graph.run('UNWIND $articles AS a CREATE (n:Article) SET n = a', { articles }, 'WRITE');
  const mentions = ARTICLES.flatMap((a, index) =>
    a.mentions.map((name) => {
      const at = a.text.indexOf(name);
      return {
        entity: byName.get(name)!.id,
        article: a.id,
        starts: [storyStart(index) + at],
        ends: [storyStart(index) + at + name.length],
        sentences: [sentenceOf(a.text, at)],
      };
    }),
  );
  await graph.run(
    `UNWIND $mentions AS m MATCH (e:Entity {id: m.entity}), (a:Article {id: m.article})
     CREATE (e)-[:MENTIONED_IN {starts: m.starts, ends: m.ends, sentences: m.sentences}]->(a)`,
    { mentions },
    'WRITE',
  );
  const relations = RELATIONS.map(([from, type, to, title, articleId]) => {
    const index = ARTICLES.findIndex((a) => a.id === articleId);
    const article = ARTICLES[index];
    const name = ENTITIES.find((e) => e.id === from)!.name;
    const at = article ? article.text.indexOf(name) : -1;
    const evidence = article
      ? [
          JSON.stringify({
            article: article.id,
            sentence: sentenceOf(article.text, at),
            sentenceStart: storyStart(index),
            start: storyStart(index) + at,
            end: storyStart(index) + at + name.length,
          }),
        ]
      : [];
    return { from, type, to, fact: title ?? '', title, evidence, articles: article ? [article.id] : [], gazetteer: !article };
  });
  await graph.run(
    `UNWIND $relations AS row MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
     CREATE (from)-[r:$(row.type)]->(to)
     SET r.fact = row.fact, r.title = row.title, r.evidence = row.evidence, r.articles = row.articles,
         r.gazetteer = CASE WHEN row.gazetteer THEN true END`,
    { relations },
    'WRITE',
  );
  await graph.run('CALL db.awaitIndexes(60)', {}, 'WRITE');
  await awaitSearchIndex(graph);
}

/** Counts the Cypher calls made through a graph, for the N+1 guard. */
export function countingGraph(graph: Graph): Graph & { calls: number; inFlight: number; mostInFlight: number } {
  const counting = {
    ...graph,
    calls: 0,
    inFlight: 0,
    /** The most queries running at once since the count was last reset. */
    mostInFlight: 0,
    run: (async (cypher, params, mode) => {
      counting.calls += 1;
      counting.mostInFlight = Math.max(counting.mostInFlight, ++counting.inFlight);
      try {
        return await graph.run(cypher, params, mode);
      } finally {
        counting.inFlight -= 1;
      }
    }) as Graph['run'],
  };
  return counting;
}

/** The run's Neo4j, emptied and holding only this seed graph. */
export async function seededGraph(): Promise<Graph> {
  const graph = await testGraph();
  await clearGraph(graph);
  await seedGraph(graph);
  return graph;
}
