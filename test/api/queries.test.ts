import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { post, testServer } from '../setup/server.ts';
import { ARTICLES, seededGraph } from './seed.ts';

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await seededGraph();
  server = await testServer(graph);
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const reply = await post<T>(server, query, variables);
  expect(reply.errors).toBeUndefined();
  return reply.data!;
}

const SEARCH = 'query ($q: String!, $first: Int, $types: [EntityType!]) { search(query: $q, first: $first, types: $types) { edges { score node { id } } } }';
const searchIds = async (q: string, extra: Record<string, unknown> = {}) =>
  (await data<{ search: { edges: Array<{ node: { id: string } }> } }>(SEARCH, { q, ...extra })).search.edges.map((e) => e.node.id);

describe('search ranking', () => {
  it('ranks the exact name first, then names it begins, then names that contain it', async () => {
    const ids = await searchIds('宋庄镇');
    expect(ids.slice(0, 2)).toEqual(['place-songzhuang', 'org-town-gov']);
    expect(ids.indexOf('project-festival')).toBeGreaterThan(1);
  });

  it('ranks an exact alias above a name that begins with it', async () => {
    expect((await searchIds('文旅集团')).slice(0, 2)).toEqual(['org-culture-group', 'project-tower']);
  });

  it.each(['wangjianguo', 'wang jian guo', 'Wang Jianguo'])('finds a person first by the pinyin or English %s', async (q) => {
    expect((await searchIds(q))[0]).toBe('person-wang');
  });

  it('keeps only the types asked for', async () => {
    expect(await searchIds('宋庄', { types: ['PROJECT'] })).toEqual(expect.arrayContaining(['project-museum', 'project-festival']));
    expect((await searchIds('宋庄', { types: ['PROJECT'] })).every((id) => id.startsWith('project-'))).toBe(true);
  });
});

const ENTITY = `query ($id: ID!, $first: Int, $after: String, $relation: [RelationType!]) { entity(id: $id) {
  name en pinyin aliases level code parent investment investmentYuan investmentApproximate status
  neighbours(first: $first, after: $after, relation: $relation) { edges { cursor relationId relation direction title gazetteer node { id }
    evidence { sentence start end article { id title date source } } } pageInfo { hasNextPage endCursor } } } }`;
interface EntityReply {
  entity: {
    name: string;
    en: string;
    pinyin: string;
    aliases: string[];
    level: string | null;
    code: string | null;
    parent: string | null;
    investment: string | null;
    investmentYuan: number | null;
    investmentApproximate: boolean | null;
    status: string | null;
    neighbours: { edges: Neighbour[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}
interface Neighbour {
  cursor: string;
  relationId: string;
  relation: string;
  direction: string;
  title: string | null;
  gazetteer: boolean;
  node: { id: string };
  evidence: Array<{ sentence: string; article: { id: string; title: string; date: string | null; source: string } }>;
}
const neighbours = (reply: EntityReply) => reply.entity?.neighbours.edges ?? [];

describe('entity', () => {
  it('gives the names and the attributes', async () => {
    const { entity } = await data<EntityReply>(ENTITY, { id: 'place-songzhuang' });
    expect(entity).toMatchObject({ name: '宋庄镇', en: 'Songzhuang Town', pinyin: 'song zhuang zhen', aliases: ['宋庄'], level: 'TOWN', parent: '通州区' });
    const project = (await data<EntityReply>(ENTITY, { id: 'project-centre' })).entity;
    expect(project).toMatchObject({ investment: '约3亿元', investmentYuan: 300_000_000, investmentApproximate: true });
  });

  it('lists each relation with the sentence and article it was read from', async () => {
    const edges = neighbours(await data<EntityReply>(ENTITY, { id: 'person-wang', relation: ['HOLDS_POSITION'] }));
    expect(edges.map((n) => [n.relation, n.direction, n.title, n.node.id])).toEqual([
      ['HOLDS_POSITION', 'OUT', '书记', 'org-town-gov'],
      ['HOLDS_POSITION', 'OUT', '镇长', 'org-town-gov'],
    ]);
    const mayor = edges.find((n) => n.title === '镇长');
    expect(mayor?.evidence).toEqual([
      expect.objectContaining({
        sentence: '宋庄镇政府镇长王建国主持会议。',
        article: { id: 'article-a1', title: '王建国任宋庄镇镇长', date: '2024-03-01', source: 'seeded-page.txt' },
      }),
    ]);
  });

  it('marks gazetteer edges and gives them no evidence', async () => {
    const tongzhou = neighbours(await data<EntityReply>(ENTITY, { id: 'place-beijing' })).find((n) => n.node.id === 'place-tongzhou');
    expect(tongzhou).toMatchObject({ relation: 'LOCATED_IN', direction: 'IN', gazetteer: true, evidence: [] });
    const town = neighbours(await data<EntityReply>(ENTITY, { id: 'place-songzhuang' }));
    expect(town.find((n) => n.node.id === 'place-xiaopu')).toMatchObject({ gazetteer: false, evidence: [expect.anything()] });
  });

  it('pages neighbours with after, without overlap or gaps', async () => {
    const whole = (await data<EntityReply>(ENTITY, { id: 'org-town-gov', first: 10 })).entity!.neighbours;
    const all = whole.edges.map((n) => `${n.node.id}:${n.title}`);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const page1 = (await data<EntityReply>(ENTITY, { id: 'org-town-gov', first: 2 })).entity!.neighbours;
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges.at(-1)!.cursor });
    const page2 = (await data<EntityReply>(ENTITY, { id: 'org-town-gov', first: 2, after: page1.pageInfo.endCursor })).entity!.neighbours;
    expect([...page1.edges, ...page2.edges].map((n) => `${n.node.id}:${n.title}`)).toEqual(all.slice(0, 4));
  });

  it('gives each relation an id that names it: its ends, type and title', async () => {
    const edges = neighbours(await data<EntityReply>(ENTITY, { id: 'person-wang', relation: ['HOLDS_POSITION'] }));
    const ids = edges.map((n) => JSON.parse(Buffer.from(n.relationId, 'base64url').toString()));
    expect(ids).toEqual([
      ['person-wang', 'HOLDS_POSITION', '书记', 'org-town-gov'],
      ['person-wang', 'HOLDS_POSITION', '镇长', 'org-town-gov'],
    ]);
  });
});

interface PathsReply {
  paths: Path[];
}
interface PathsConnection {
  paths: { edges: Array<{ cursor: string; node: Path }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
interface Path {
  length: number;
  weight: number;
  nodes: Array<{ id: string }>;
  hops: Array<{
    kind: string;
    relation: string | null;
    direction: string | null;
    from: { id: string };
    to: { id: string };
    articles: Array<{ id: string }>;
    evidence: Array<{ sentence: string; article: { id: string } }>;
  }>;
}
const PATHS_QUERY = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $after: String) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node {
  length weight nodes { id } hops { kind relation direction from { id } to { id } articles { id } evidence { sentence article { id } } } } } } }`;
/** The paths of one page, as a list. */
async function pathsOf(variables: Record<string, unknown>): Promise<PathsReply> {
  const { paths } = await data<PathsConnection>(PATHS_QUERY, variables);
  return { paths: paths.edges.map((e) => e.node) };
}

describe('paths', () => {
  it('gives the lightest path first, with a shared article marked as the weaker hop', async () => {
    const { paths } = await pathsOf({ from: 'person-wang', to: 'place-tongzhou' });
    expect(paths[0]).toMatchObject({ length: 1, weight: 2, nodes: [{ id: 'person-wang' }, { id: 'place-tongzhou' }] });
    expect(paths[0]?.hops[0]).toMatchObject({ kind: 'SHARED_ARTICLE', relation: null, articles: [{ id: 'article-a2' }] });
    expect(paths[0]?.hops[0]?.evidence.map((e) => e.sentence)).toContain('宋庄镇政府党委书记王建国在通州区调研。');
    const weights = paths.map((p) => p.weight);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
  });

  it('follows relation edges, each hop with its direction and evidence', async () => {
    const { paths } = await pathsOf({ from: 'person-li', to: 'place-xiaopu', first: 10 });
    const viaRelations = paths.find((p) => p.hops.every((h) => h.kind === 'RELATION'));
    expect(viaRelations?.nodes.map((n) => n.id)).toEqual(['person-li', 'project-museum', 'place-xiaopu']);
    expect(viaRelations?.hops.map((h) => [h.relation, h.direction])).toEqual([
      ['INVOLVED_IN', 'OUT'],
      ['LOCATED_IN', 'OUT'],
    ]);
    expect(viaRelations?.hops[0]?.evidence[0]?.article.id).toBe('article-a3');
  });

  it('keeps to maxHops', async () => {
    const { paths } = await pathsOf({ from: 'person-li', to: 'place-tongzhou', maxHops: 2, first: 10 });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.length <= 2)).toBe(true);
  });

  it('pages paths with after, without overlap or gaps', async () => {
    const all = (await pathsOf({ from: 'person-li', to: 'place-tongzhou', first: 10 })).paths.map((p) => JSON.stringify(p.nodes));
    expect(all.length).toBeGreaterThanOrEqual(2);
    const page1 = (await data<PathsConnection>(PATHS_QUERY, { from: 'person-li', to: 'place-tongzhou', first: 1 })).paths;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await data<PathsConnection>(PATHS_QUERY, { from: 'person-li', to: 'place-tongzhou', first: 1, after: page1.pageInfo.endCursor })).paths;
    expect([...page1.edges, ...page2.edges].map((e) => JSON.stringify(e.node.nodes))).toEqual(all.slice(0, 2));
  });

  it('gives no paths between unconnected entities', async () => {
    expect((await pathsOf({ from: 'person-hermit', to: 'person-wang' })).paths).toEqual([]);
  });
});

describe('timeline', () => {
  it('lists the articles naming a person in date order, undated last, with the positions each states', async () => {
    const reply = await data<{
      timeline: {
        totalCount: number;
        edges: Array<{
          node: { id: string; date: string | null };
          sentences: string[];
          positions: Array<{ title: string; organisation: { id: string }; evidence: Array<{ sentence: string }> }>;
        }>;
      };
    }>(
      'query ($id: ID!) { timeline(personId: $id) { totalCount edges { node { id date } sentences positions { title organisation { id } evidence { sentence } } } } }',
      {
        id: 'person-wang',
      },
    );
    const timeline = reply.timeline.edges;
    expect(reply.timeline.totalCount).toBe(3);
    expect(timeline.map((t) => [t.node.id, t.node.date, t.positions.map((p) => p.title)])).toEqual([
      ['article-a1', '2024-03-01', ['镇长']],
      ['article-a2', '2024-05-10', ['书记']],
      ['article-a3', null, []],
    ]);
    expect(timeline[0]?.positions[0]).toEqual({
      title: '镇长',
      organisation: { id: 'org-town-gov' },
      evidence: [{ sentence: '宋庄镇政府镇长王建国主持会议。' }],
    });
  });
});

interface PlaceReply {
  place: {
    place: { id: string };
    subPlaces: { totalCount: number; edges: Array<{ node: { id: string } }> };
    investmentTotalYuan: number;
    projectsWithInvestment: number;
    investmentApproximate: boolean;
    projects: { totalCount: number; edges: Array<{ node: { id: string }; locatedIn: { id: string } }> };
    organisations: { edges: Array<{ node: { id: string }; projects: Array<{ id: string }> }> };
    officials: { edges: Array<{ node: { id: string }; titles: string[]; projects: Array<{ id: string }> }> };
  } | null;
}
const PLACE = `query ($id: ID!) { place(id: $id) { place { id } subPlaces { totalCount edges { node { id } } } investmentTotalYuan projectsWithInvestment
  investmentApproximate projects { totalCount edges { node { id } locatedIn { id } } } organisations { edges { node { id } projects { id } } }
  officials { edges { node { id } titles projects { id } } } } }`;

describe('place rollup', () => {
  it('rolls up the projects of a place and its sub-places, through gazetteer edges, with investment totals', async () => {
    const { place } = await data<PlaceReply>(PLACE, { id: 'place-tongzhou' });
    expect(place?.subPlaces.edges.map((p) => p.node.id).sort()).toEqual(['place-songzhuang', 'place-xiaopu']);
    expect(place?.subPlaces.totalCount).toBe(2);
    expect(place?.projects.edges).toEqual([
      { node: { id: 'project-museum' }, locatedIn: { id: 'place-xiaopu' } },
      { node: { id: 'project-centre' }, locatedIn: { id: 'place-tongzhou' } },
    ]);
    expect(place?.projects.totalCount).toBe(2);
    expect(place).toMatchObject({ investmentTotalYuan: 800_000_000, projectsWithInvestment: 2, investmentApproximate: true });
  });

  it('names the organisations and officials involved', async () => {
    const { place } = await data<PlaceReply>(PLACE, { id: 'place-tongzhou' });
    expect(place?.organisations.edges.map((o) => o.node.id).sort()).toEqual(['org-culture-group', 'org-town-gov']);
    expect(place?.officials.edges).toEqual(
      expect.arrayContaining([
        { node: { id: 'person-li' }, titles: [], projects: [{ id: 'project-museum' }] },
        { node: { id: 'person-wang' }, titles: expect.arrayContaining(['镇长', '书记']), projects: [{ id: 'project-centre' }] },
      ]),
    );
  });

  it('counts only what lies within the place', async () => {
    const { place } = await data<PlaceReply>(PLACE, { id: 'place-beijing' });
    expect(place?.projects.totalCount).toBe(3);
    expect(place).toMatchObject({ investmentTotalYuan: 1_800_000_000 });
    const town = (await data<PlaceReply>(PLACE, { id: 'place-songzhuang' })).place;
    expect(town?.projects.edges.map((p) => p.node.id)).toEqual(['project-museum']);
  });

  it('gives null for an unknown id', async () => {
    expect((await data<PlaceReply>(PLACE, { id: 'place-nowhere' })).place).toBeNull();
  });
});

describe('articles', () => {
  it('gives an article with its text and its mentions as offsets into that text', async () => {
    const { article } = await data<{
      article: { text: string; mentions: Array<{ entity: { id: string }; text: string; start: number; end: number; sentence: string }> };
    }>('query { article(id: "article-a2") { text mentions { entity { id } text start end sentence } } }');
    expect(article.text).toBe(ARTICLES[1]!.text);
    expect(article.mentions.map((m) => m.text)).toEqual(['宋庄镇政府', '王建国', '通州区']);
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("gives the text of an article reached through evidence or an entity's articles", async () => {
    const { entity } = await data<{
      entity: {
        neighbours: { edges: Array<{ evidence: Array<{ article: { id: string; text: string } }> }> };
        articles: { edges: Array<{ node: { id: string; text: string } }> };
      };
    }>('query { entity(id: "person-wang") { neighbours { edges { evidence { article { id text } } } } articles { edges { node { id text } } } } }');
    const reached = [...entity.neighbours.edges.flatMap((n) => n.evidence.map((e) => e.article)), ...entity.articles.edges.map((a) => a.node)];
    expect(reached.length).toBeGreaterThan(1);
    for (const article of reached) expect(article.text).toBe(ARTICLES.find((a) => a.id === article.id)!.text);
  });

  it('lists articles newest first, undated last, in pages', async () => {
    const LIST = 'query ($after: String) { articles(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }';
    const page1 = (
      await data<{ articles: { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(LIST)
    ).articles;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.id)).toEqual(['article-a2', 'article-a1']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await data<{ articles: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } } }>(LIST, { after: page1.pageInfo.endCursor })
    ).articles;
    expect(page2.edges.map((e) => e.node.id)).toEqual(['article-a3']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('gives null for an unknown article', async () => {
    expect((await data<{ article: null }>('query { article(id: "article-none") { id } }')).article).toBeNull();
  });
});

describe('stats and subgraph', () => {
  it('counts entities and relations by type, and articles', async () => {
    const { stats } = await data<{
      stats: { articles: number; entities: Array<{ type: string; count: number }>; relations: Array<{ type: string; count: number }> };
    }>('{ stats { articles entities { type count } relations { type count } } }');
    expect(stats.articles).toBe(3);
    expect(stats.entities).toContainEqual({ type: 'PROJECT', count: 5 });
    expect(stats.relations).toContainEqual({ type: 'HOLDS_POSITION', count: 2 });
  });

  it('subgraph at depth 2 reaches entities two hops away, with the relations between them', async () => {
    const { subgraph } = await data<{
      subgraph: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string; relation: string }>; truncated: boolean };
    }>('query { subgraph(ids: ["person-li"], depth: 2) { nodes { id } edges { source target relation } truncated } }');
    const ids = subgraph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person-li', 'project-museum', 'place-xiaopu', 'place-songzhuang']));
    expect(subgraph.edges).toContainEqual({ source: 'project-museum', target: 'place-xiaopu', relation: 'LOCATED_IN' });
  });

  it('subgraph keeps the closest nodes and says it cut the rest', async () => {
    const { subgraph } = await data<{ subgraph: { nodes: Array<{ id: string }>; truncated: boolean } }>(
      'query { subgraph(ids: ["person-li"], depth: 2, maxNodes: 3) { nodes { id } truncated } }',
    );
    expect(subgraph.nodes).toHaveLength(3);
    expect(subgraph.nodes[0]?.id).toBe('person-li');
    expect(subgraph.truncated).toBe(true);
  });
});
