import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DecisionError, keepApart, mergeEntities, splitEntity } from '../../server/graph/decisions.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { TWO_STORIES } from '../fixtures/pages.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';

let graph: Graph;

beforeEach(async () => {
  graph ??= await testGraph();
  await clearGraph(graph);
  await ingestText(graph, TWO_STORIES, 'two-stories.txt');
});
afterAll(async () => graph?.close());

// The same page with its second story edited, so re-ingest rewrites that story.
const EDITED_SECOND_STORY = TWO_STORIES.replace('预计年底完工。', '预计年底完工，总投资3亿元。');

const personId = async (name: string) => (await graph.run<{ id: string }>('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name }))[0]?.id;
const personsNamed = async (name: string) =>
  (
    await graph.run<{ id: string; titles: string[] }>(
      'MATCH (p:Person) WHERE p.name = $name OR $name IN p.aliases RETURN p.id AS id, [(p)-[:MENTIONED_IN]->(a) | a.title] AS titles ORDER BY id',
      { name },
    )
  ).map((r) => ({ id: r.id, titles: r.titles.sort() }));

describe('analyst decisions', () => {
  it('merging two people leaves one node with both names and every mention', async () => {
    const kept = (await personId('周雨桐'))!,
      merged = (await personId('林晓东'))!;
    await mergeEntities(graph, kept, merged);
    expect(await personId('林晓东')).toBeUndefined();
    const [row] = await graph.run<{ aliases: string[]; articles: number }>(
      'MATCH (p:Person {id: $kept}) RETURN p.aliases AS aliases, COUNT { (p)-[:MENTIONED_IN]->() } AS articles',
      { kept },
    );
    expect(row?.aliases).toContain('林晓东');
    expect(row?.articles).toBe(2);
  });

  it('a merge survives re-ingesting an edited page', async () => {
    const kept = (await personId('周雨桐'))!,
      merged = (await personId('林晓东'))!;
    await mergeEntities(graph, kept, merged);
    const results = await ingestText(graph, EDITED_SECOND_STORY, 'two-stories.txt');
    expect(results.stories.map((r) => r.status)).toEqual(['unchanged', 'written']);
    expect(await personsNamed('林晓东')).toEqual([{ id: kept, titles: ['宋庄镇举办文化节', '张家湾镇推进道路改造'] }]);
  });

  it('splitting moves the mentions in the given articles to a new person', async () => {
    const original = (await personId('林晓东'))!;
    const [second] = await graph.run<{ id: string }>("MATCH (a:Article {title: '张家湾镇推进道路改造'}) RETURN a.id AS id");
    const outcome = await splitEntity(graph, original, [second!.id]);
    expect(await personsNamed('林晓东')).toEqual(
      [
        { id: original, titles: ['宋庄镇举办文化节'] },
        { id: outcome.created, titles: ['张家湾镇推进道路改造'] },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('a split survives re-ingesting an edited page', async () => {
    const original = (await personId('林晓东'))!;
    const [second] = await graph.run<{ id: string }>("MATCH (a:Article {title: '张家湾镇推进道路改造'}) RETURN a.id AS id");
    const { created } = await splitEntity(graph, original, [second!.id]);
    await ingestText(graph, EDITED_SECOND_STORY, 'two-stories.txt');
    const people = await personsNamed('林晓东');
    expect(people).toHaveLength(2);
    expect(people.find((p) => p.id === created)?.titles).toEqual(['张家湾镇推进道路改造']);
  });

  it('merging a person into a place is refused as bad input', async () => {
    const [place] = await graph.run<{ id: string }>("MATCH (p:Place {name: '宋庄镇'}) RETURN p.id AS id");
    const attempt = mergeEntities(graph, place!.id, (await personId('林晓东'))!);
    await expect(attempt).rejects.toThrow(/cannot merge a PERSON into a PLACE/);
    await expect(attempt).rejects.toBeInstanceOf(DecisionError);
  });

  it('an unknown id is reported as not found', async () => {
    await expect(mergeEntities(graph, 'person-nobody', (await personId('林晓东'))!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  describe('keeping two namesakes apart', () => {
    // Fixture pages: one reporter's name on pages about two counties, nothing else shared.
    const pageA = (event: string) => `平湖市召开会议\n\n本报讯（记者 孙若溪）昨天，当湖街道召开${event}。\n`;
    const PAGE_B = '缙云县召开会议\n\n本报讯（记者 孙若溪）昨天，壶镇镇召开工作会议。\n';
    const candidates = async () =>
      (await graph.run<{ n: number }>("MATCH (:Person {name: '孙若溪'})-[c:CANDIDATE_SAME_AS]-(:Person) RETURN count(DISTINCT c) AS n"))[0]?.n;

    it('removes their candidate pair, records the decision once, and re-ingest does not bring the pair back', async () => {
      await ingestText(graph, pageA('工作会议'), 'apart-a.txt');
      await ingestText(graph, PAGE_B, 'apart-b.txt');
      const ids = (await graph.run<{ id: string }>("MATCH (p:Person {name: '孙若溪'}) RETURN p.id AS id ORDER BY id")).map((r) => r.id);
      expect(ids).toHaveLength(2);
      expect(await candidates()).toBe(1);

      const outcome = await keepApart(graph, ids[1]!, ids[0]!);
      expect(outcome).toEqual({ pair: [ids[0], ids[1]], candidateRemoved: true });
      expect(await candidates()).toBe(0);
      expect((await keepApart(graph, ids[0]!, ids[1]!)).candidateRemoved).toBe(false);
      const [decisions] = await graph.run<{ n: number }>("MATCH (d:Decision {kind: 'keep-apart'}) RETURN count(d) AS n");
      expect(decisions?.n).toBe(1);

      // An edited page is written again, and its namesake looked up again.
      const results = await ingestText(graph, pageA('安全生产会议'), 'apart-a.txt');
      expect(results.stories.map((r) => r.status)).toEqual(['written']);
      expect(await candidates()).toBe(0);
      expect(await graph.run("MATCH (p:Person {name: '孙若溪'}) RETURN p.id AS id ORDER BY id")).toHaveLength(2);
    });

    it('refuses one entity twice, two types, and unknown ids', async () => {
      const person = (await personId('周雨桐'))!;
      await expect(keepApart(graph, person, person)).rejects.toThrow(/cannot be kept apart from itself/);
      const [place] = await graph.run<{ id: string }>('MATCH (p:Place) RETURN p.id AS id LIMIT 1');
      await expect(keepApart(graph, person, place!.id)).rejects.toThrow(/only entities of one type/);
      await expect(keepApart(graph, person, 'person-nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
