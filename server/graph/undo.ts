import type { ManagedTransaction } from 'neo4j-driver';
import { LABELS } from './corrections.ts';
import { COMMAND_LINE, DecisionError, inWriteTransaction, MOVE_INCOMING, MOVE_MENTIONS, MOVE_OUTGOING } from './decisions.ts';
import type { Graph } from './neo4j.ts';

// Undoing a decision restores what it changed and marks it undone (who, when); it stays listed,
// and the upsert no longer applies it. Each kind is undone by reversing its own change:
// - a merge: the merged entity was archived with its own mentions, relations and candidate pairs
//   (decisions.ts ARCHIVE_MERGED); it comes back, and what it had brought is taken off the kept one;
// - a split: the split-off entity folds back into the original;
// - a keep-apart: the candidate pair it removed is recorded again;
// - a rename or type change: the previous name or type comes back;
// - a hidden relation: the edge comes back with the evidence it had.
// A decision whose entities a later decision has since changed (merged away, split off) is refused
// with what to undo first: undoing in reverse order is always possible.

interface Stored {
  kind: string;
  from: string | null;
  into: string | null;
  entity: string | null;
  undone: boolean;
}

const exists = async (tx: ManagedTransaction, label: 'Entity' | 'ArchivedEntity', id: string) =>
  (await tx.run(`MATCH (e:${label} {id: $id}) RETURN count(e) AS n`, { id })).records[0]?.get('n') > 0;

/** Refuses when an entity the undo needs is gone, naming the later decision that took it. */
async function requireEntity(tx: ManagedTransaction, id: string): Promise<void> {
  if (await exists(tx, 'Entity', id)) return;
  const later = await tx.run(
    "MATCH (d:Decision {kind: 'merge', from: $id}) WHERE d.undoneAt IS NULL RETURN d.id AS id, d.into AS into ORDER BY d.at DESC LIMIT 1",
    { id },
  );
  const merge = later.records[0];
  if (merge) {
    throw new DecisionError('BAD_USER_INPUT', `${id} was merged into ${merge.get('into')} since (decision ${merge.get('id')}); undo that merge first`);
  }
  throw new DecisionError('BAD_USER_INPUT', `${id} no longer exists (its articles were removed), so this decision cannot be undone`);
}

// The merged entity comes back with its labels, and its archived mentions become mentions again;
// on the kept entity, the mentions it gained from it (the same offsets) go.
const RESTORE_MENTIONS = `
MATCH (m:ArchivedEntity {id: $merged}), (k:Entity {id: $kept})
REMOVE m:ArchivedEntity
SET m:$(m.labels)
REMOVE m.labels
WITH m, k
MATCH (m)-[w:ARCHIVED_MENTION]->(a:Article)
CREATE (m)-[r:MENTIONED_IN]->(a) SET r = properties(w)
DELETE w
WITH k, a, r
MATCH (k)-[e:MENTIONED_IN]->(a)
WITH e, r, [i IN range(0, size(e.starts) - 1) WHERE NOT e.starts[i] IN r.starts] AS keep
SET e.ends = [i IN keep | e.ends[i]], e.sentences = [i IN keep | e.sentences[i]],
    e.searchText = replace(e.searchText, ' \\n ' + r.searchText, ''), e.starts = [i IN keep | e.starts[i]]
WITH e WHERE size(e.starts) = 0
DELETE e`;

// Its archived relations become edges again, and the kept entity's edges lose the evidence they
// gained from them (an edge left with none goes).
const RESTORE_RELATIONS = `
MATCH (m:Entity {id: $merged})-[w:ARCHIVED_RELATION]->(x:Entity)
FOREACH (_ IN CASE WHEN w.outgoing THEN [1] ELSE [] END |
  CREATE (m)-[r:$(w.type)]->(x) SET r = properties(w) REMOVE r.type, r.outgoing)
FOREACH (_ IN CASE WHEN w.outgoing THEN [] ELSE [1] END |
  CREATE (x)-[r:$(w.type)]->(m) SET r = properties(w) REMOVE r.type, r.outgoing)
WITH w, x, w.type AS type, w.fact AS fact, w.outgoing AS outgoing, w.evidence AS moved
DELETE w
WITH x, type, fact, outgoing, moved
MATCH (k:Entity {id: $kept})-[e]-(x)
WHERE x.id <> $kept AND type(e) = type AND e.fact = fact AND (startNode(e) = k) = outgoing
WITH e, [i IN range(0, size(e.articles) - 1) WHERE NOT e.evidence[i] IN moved] AS keep
SET e.evidence = [i IN keep | e.evidence[i]], e.articles = [i IN keep | e.articles[i]]
WITH e WHERE size(e.articles) = 0 AND NOT coalesce(e.gazetteer, false)
DELETE e`;

const RESTORE_CANDIDATES = `
MATCH (m:Entity {id: $merged})-[w:ARCHIVED_CANDIDATE]->(x:Entity)
FOREACH (_ IN CASE WHEN w.outgoing THEN [1] ELSE [] END | MERGE (m)-[c:CANDIDATE_SAME_AS]->(x) SET c.reason = w.reason)
FOREACH (_ IN CASE WHEN w.outgoing THEN [] ELSE [1] END | MERGE (x)-[c:CANDIDATE_SAME_AS]->(m) SET c.reason = w.reason)
DELETE w`;

// What the merge added to the kept entity's names goes.
const RESTORE_KEPT_NAMES = `
MATCH (d:Decision {id: $decision}), (k:Entity {id: $kept})
SET k.aliases = [x IN k.aliases WHERE NOT x IN coalesce(d.aliasesAdded, [])],
    k.searchText = replace(k.searchText, coalesce(d.searchAdded, ''), '')`;

async function undoMerge(tx: ManagedTransaction, decision: string, merged: string, kept: string): Promise<void> {
  if (!(await exists(tx, 'ArchivedEntity', merged))) {
    throw new DecisionError(
      'BAD_USER_INPUT',
      `this merge was made before merged entities were kept for undo; split ${kept} by the articles of ${merged} instead`,
    );
  }
  if (await exists(tx, 'Entity', merged)) throw new DecisionError('BAD_USER_INPUT', `an entity with id ${merged} exists again; merge or split it first`);
  await requireEntity(tx, kept);
  for (const statement of [RESTORE_MENTIONS, RESTORE_RELATIONS, RESTORE_CANDIDATES, RESTORE_KEPT_NAMES]) await tx.run(statement, { merged, kept, decision });
}

async function undoSplit(tx: ManagedTransaction, original: string, created: string): Promise<void> {
  await requireEntity(tx, original);
  await requireEntity(tx, created);
  for (const statement of [MOVE_MENTIONS, MOVE_OUTGOING, MOVE_INCOMING]) await tx.run(statement, { kept: original, merged: created });
  await tx.run('MATCH (c:Entity {id: $created}) DETACH DELETE c', { created });
}

async function undoKeepApart(tx: ManagedTransaction, decision: string): Promise<void> {
  await tx.run(
    `MATCH (d:Decision {id: $decision}) WHERE d.reason IS NOT NULL
     MATCH (a:Entity {id: d.from}), (b:Entity {id: d.into})
     MERGE (a)-[c:CANDIDATE_SAME_AS]->(b) SET c.reason = d.reason`,
    { decision },
  );
}

async function undoRename(tx: ManagedTransaction, decision: string, id: string): Promise<void> {
  await requireEntity(tx, id);
  await tx.run(
    `MATCH (d:Decision {id: $decision}), (e:Entity {id: $id})
     SET e.name = d.previous, e.en = d.previousEn, e.display = d.previousDisplay, e.pinyin = d.previousPinyin,
         e.aliases = [x IN e.aliases WHERE NOT (d.aliasAdded AND x = d.previous)] + CASE WHEN d.valueWasAlias THEN [d.value] ELSE [] END,
         e.searchText = replace(e.searchText, coalesce(d.searchAdded, ''), '')
     // Stories written while the rename held list the name they give as an alias on their mention.
     WITH e
     MATCH (e)-[m:MENTIONED_IN]->()
     SET m.aliases = [x IN m.aliases WHERE x <> e.name]`,
    { decision, id },
  );
}

async function undoRetype(tx: ManagedTransaction, decision: string, id: string): Promise<void> {
  await requireEntity(tx, id);
  await tx.run(
    `MATCH (d:Decision {id: $decision}), (e:Entity {id: $id})
     REMOVE e:$($labels[e.type])
     SET e:$($labels[d.previous]), e.type = d.previous`,
    { decision, id, labels: LABELS },
  );
}

async function undoHide(tx: ManagedTransaction, decision: string, from: string, to: string): Promise<void> {
  await requireEntity(tx, from);
  await requireEntity(tx, to);
  await tx.run(
    `MATCH (d:Decision {id: $decision}), (a:Entity {id: $from}), (b:Entity {id: $to})
     MERGE (a)-[r:$(d.type) {fact: d.fact}]->(b)
     SET r.title = d.title,
         r.gazetteer = CASE WHEN coalesce(r.gazetteer, false) OR coalesce(d.gazetteer, false) THEN true END,
         r.articles = coalesce(r.articles, []) + coalesce(d.articles, []), r.evidence = coalesce(r.evidence, []) + coalesce(d.evidence, [])`,
    { decision, from, to },
  );
}

/** Undoes a decision by its id; returns the id. */
export async function undoDecision(graph: Graph, id: string, by: string = COMMAND_LINE): Promise<string> {
  return inWriteTransaction(graph, async (tx) => {
    // Writing the decision first locks it: of two undos at once, the second waits, then finds it undone.
    const found = await tx.run(
      'MATCH (d:Decision {id: $id}) SET d.undoing = true REMOVE d.undoing RETURN d.kind AS kind, d.from AS from, d.into AS into, d.entity AS entity, d.undoneAt IS NOT NULL AS undone',
      { id },
    );
    const stored = found.records[0]?.toObject() as Stored | undefined;
    if (!stored) throw new DecisionError('NOT_FOUND', `no decision has id ${id}; list the decisions to get their ids`);
    if (stored.undone) throw new DecisionError('BAD_USER_INPUT', `decision ${id} is undone already`);
    if (stored.kind === 'merge') await undoMerge(tx, id, stored.from!, stored.into!);
    else if (stored.kind === 'split') await undoSplit(tx, stored.entity!, stored.into!);
    else if (stored.kind === 'keep-apart') await undoKeepApart(tx, id);
    else if (stored.kind === 'rename') await undoRename(tx, id, stored.entity!);
    else if (stored.kind === 'retype') await undoRetype(tx, id, stored.entity!);
    else await undoHide(tx, id, stored.from!, stored.into!);
    await tx.run('MATCH (d:Decision {id: $id}) SET d.undoneBy = $by, d.undoneAt = datetime()', { id, by });
    return id;
  });
}
