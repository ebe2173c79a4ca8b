// Corrections (rename, change of type, hidden relation) and undoing every kind of decision, on a
// real Neo4j. "Restores the graph" is checked on the whole graph: its canonical listing after the
// undo equals the listing before the decision, but for the decision node itself.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { changeEntityType, hideRelation, relationId, renameEntity } from '../../server/graph/corrections.ts';
import { decisionById, DecisionError, mergeEntities, splitEntity } from '../../server/graph/decisions.ts';
import { graphListing } from '../../server/graph/digest.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import { undoDecision } from '../../server/graph/undo.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';

let graph: Graph;

// Invented: two district officials and a town secretary named in both stories, with positions,
// so merges and splits move mentions that share an article and relations with evidence.
const PAGE = `2024年3月5日 星期二

宋庄镇推进文化项目建设

本报讯（记者 林晓东）昨天，通州区委书记孟景伟到宋庄镇调研宋庄艺术中心项目建设。宋庄镇党委书记王建国陪同调研。

张家湾镇启动道路改造

本报讯（记者 周雨桐）近日，张家湾镇启动道路改造工程。通州区委书记孟景伟、宋庄镇党委书记王建国出席启动仪式。
`;
// Edited without a new fact, so that what re-ingest leaves is what the page said before.
const EDITED = PAGE.replace('近日，张家湾镇', '日前，张家湾镇');

beforeEach(async () => {
  graph ??= await testGraph();
  await clearGraph(graph);
  await ingestText(graph, PAGE, 'culture.txt');
});
afterAll(async () => graph?.close());

/** The graph's canonical lines, without decisions (which an undo keeps, marked undone). */
const listing = async () => (await graphListing(graph)).lines.filter((line) => !line.includes('"Decision"'));
const idOf = async (name: string) => (await graph.run<{ id: string }>('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name }))[0]!.id;
const articleIds = async () => (await graph.run<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY a.index')).map((r) => r.id);
const decisionOf = async (kind: string) => (await graph.run<{ id: string }>('MATCH (d:Decision {kind: $kind}) RETURN d.id AS id', { kind }))[0]!.id;

describe('undoing a decision', () => {
  it('a merge of two people named in the same articles is undone exactly, and marked undone with who and when', async () => {
    const before = await listing();
    const { decision } = await mergeEntities(graph, await idOf('王建国'), await idOf('孟景伟'), 'alice');
    expect(await listing()).not.toEqual(before);
    await undoDecision(graph, decision, 'bob');
    expect(await listing()).toEqual(before);
    const record = await decisionById(graph, decision);
    expect(record).toMatchObject({ kind: 'MERGE', by: 'alice', undoneBy: 'bob', names: ['孟景伟', '王建国'] });
    expect(record?.undoneAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('after a merge is undone, re-ingesting an edited page keeps the two apart', async () => {
    const [kept, merged] = [await idOf('王建国'), await idOf('孟景伟')];
    const { decision } = await mergeEntities(graph, kept, merged);
    await undoDecision(graph, decision);
    await ingestText(graph, EDITED, 'culture.txt');
    expect(await idOf('孟景伟')).toBe(merged);
    expect(await idOf('王建国')).toBe(kept);
  });

  it('a split is undone exactly', async () => {
    const before = await listing();
    const [, second] = await articleIds();
    await splitEntity(graph, await idOf('孟景伟'), [second!]);
    await undoDecision(graph, await decisionOf('split'));
    expect(await listing()).toEqual(before);
  });

  it('a merge into an entity merged since is refused until the later merge is undone; in reverse order both undo', async () => {
    const before = await listing();
    const [a, b, c] = [await idOf('孟景伟'), await idOf('王建国'), await idOf('林晓东')];
    const first = await mergeEntities(graph, b, a);
    const second = await mergeEntities(graph, c, b);
    const refused = undoDecision(graph, first.decision);
    await expect(refused).rejects.toBeInstanceOf(DecisionError);
    await expect(refused).rejects.toThrow(`${b} was merged into ${c} since (decision ${second.decision}); undo that merge first`);
    await undoDecision(graph, second.decision);
    await undoDecision(graph, first.decision);
    expect(await listing()).toEqual(before);
  });

  it('refuses an unknown id and a decision undone already', async () => {
    await expect(undoDecision(graph, 'decision-none')).rejects.toThrow(/no decision has id decision-none/);
    const { decision } = await mergeEntities(graph, await idOf('王建国'), await idOf('孟景伟'));
    await undoDecision(graph, decision);
    await expect(undoDecision(graph, decision)).rejects.toThrow(/is undone already/);
  });
});

describe('corrections', () => {
  it('a rename shows the new name, keeps the old as an alias, holds through re-ingest, and undoes exactly', async () => {
    const before = await listing();
    const id = await idOf('孟景伟');
    await renameEntity(graph, id, '孟景炜', 'alice');
    await ingestText(graph, EDITED, 'culture.txt');
    const [renamed] = await graph.run<{ name: string; aliases: string[]; pinyin: string }>(
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.pinyin AS pinyin',
      { id },
    );
    expect(renamed).toMatchObject({ name: '孟景炜', pinyin: 'meng jing wei' });
    expect(renamed?.aliases).toContain('孟景伟');
    await ingestText(graph, PAGE, 'culture.txt');
    await undoDecision(graph, await decisionOf('rename'));
    expect(await listing()).toEqual(before);
  });

  it('a change of type relabels the entity, holds through re-ingest, and undoes exactly', async () => {
    const before = await listing();
    const id = await idOf('宋庄镇');
    await changeEntityType(graph, id, 'ORG');
    await ingestText(graph, EDITED, 'culture.txt');
    const [changed] = await graph.run<{ type: string; labels: string[] }>('MATCH (e:Entity {id: $id}) RETURN e.type AS type, labels(e) AS labels', { id });
    expect(changed).toEqual({ type: 'ORG', labels: expect.arrayContaining(['Entity', 'Organization']) });
    expect(changed?.labels).not.toContain('Place');
    await ingestText(graph, PAGE, 'culture.txt');
    await undoDecision(graph, await decisionOf('retype'));
    expect(await listing()).toEqual(before);
  });

  it('a hidden relation leaves with its evidence, stays hidden through re-ingest, and comes back on undo', async () => {
    const before = await listing();
    const [edge] = await graph.run<{ from: string; to: string; fact: string }>(
      "MATCH (p:Person {name: '孟景伟'})-[r:HOLDS_POSITION]->(o) RETURN p.id AS from, o.id AS to, r.fact AS fact",
    );
    const key = { from: edge!.from, type: 'HOLDS_POSITION' as const, fact: edge!.fact, to: edge!.to };
    const decision = await hideRelation(graph, key, 'alice');
    const count = () => graph.run<{ n: number }>('MATCH (:Entity {id: $from})-[r:HOLDS_POSITION {fact: $fact}]->(:Entity {id: $to}) RETURN count(r) AS n', key);
    expect(await count()).toEqual([{ n: 0 }]);
    await ingestText(graph, EDITED, 'culture.txt');
    expect(await count()).toEqual([{ n: 0 }]);
    await ingestText(graph, PAGE, 'culture.txt');
    await undoDecision(graph, decision);
    expect(await listing()).toEqual(before);
    expect((await decisionById(graph, decision))?.previous).toBe(`HOLDS_POSITION ${edge!.fact}`);
  });

  it('refuses a relation id that names no edge, a rename to the same name, and a type the entity has', async () => {
    await expect(hideRelation(graph, { from: 'person-x', type: 'PART_OF', fact: '', to: 'org-y' })).rejects.toThrow(/no such relation/);
    expect(relationId({ from: 'a', type: 'PART_OF', fact: '', to: 'b' })).toMatch(/^[\w-]+$/);
    await expect(renameEntity(graph, await idOf('孟景伟'), ' 孟景伟 ')).rejects.toThrow(/is already named 孟景伟/);
    await expect(changeEntityType(graph, await idOf('孟景伟'), 'PERSON')).rejects.toThrow(/is a PERSON already/);
  });
});
