import { createHash, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { int, QUERY_TIMEOUT_MS, type Graph } from './neo4j.ts';

// An analyst's merge, split, keep-apart or correction (corrections.ts) is stored as a (:Decision)
// node with an id, who and when. The upsert maps every entity id through the merges and splits
// before writing, applies the corrections, and records no candidate pair that a keep-apart names,
// so re-ingesting a page re-applies decisions instead of undoing them. An undone decision
// (undo.ts) stays, marked with undoneBy and undoneAt, and no longer applies.

/** Who a decision made with `npm run merge`/`split`/`keep-apart` is recorded as. */
export const COMMAND_LINE = 'command line';

/** A new decision's id. */
export const decisionId = () => `decision-${randomUUID()}`;

/** A stored decision that still applies (not undone), for WHERE clauses over `d`. */
export const LIVE = 'd.undoneAt IS NULL';

export class DecisionError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

export interface MergeOutcome {
  kept: string;
  merged: string;
  decision: string;
}

export interface SplitOutcome {
  original: string;
  created: string;
  articles: string[];
}

// Joins moved evidence onto edge `n` (read from `r`, the edge it comes from): one edge per fact,
// so an edge that already exists for the same fact gains entries instead of being duplicated.
const JOIN_EVIDENCE = `
SET n.title = r.title,
    n.gazetteer = CASE WHEN coalesce(n.gazetteer, false) OR coalesce(r.gazetteer, false) THEN true END,
    n.articles = coalesce(n.articles, []) + r.articles, n.evidence = coalesce(n.evidence, []) + r.evidence`;

// Before a merge moves them, the merged entity's mentions, relations and candidate pairs are
// copied onto ARCHIVED_ edges of its own node, which the merge keeps (as an ArchivedEntity,
// outside every index and query) so that undoing the merge can bring it back as it was.
const ARCHIVE_MERGED = `
MATCH (m:Entity {id: $merged})
CALL (m) {
  MATCH (m)-[r:MENTIONED_IN]->(a:Article)
  CREATE (m)-[w:ARCHIVED_MENTION]->(a) SET w = properties(r)
  RETURN count(*) AS mentions
}
CALL (m) {
  MATCH (m)-[r]-(x:Entity) WHERE r.fact IS NOT NULL
  CREATE (m)-[w:ARCHIVED_RELATION]->(x) SET w = properties(r), w.type = type(r), w.outgoing = startNode(r) = m
  RETURN count(*) AS relations
}
CALL (m) {
  MATCH (m)-[c:CANDIDATE_SAME_AS]-(x:Entity)
  CREATE (m)-[w:ARCHIVED_CANDIDATE]->(x) SET w = properties(c), w.outgoing = startNode(c) = m
  RETURN count(*) AS candidates
}
RETURN mentions, relations, candidates`;

// Relation edges (and MENTIONED_IN) of the merged entity move onto the kept one; its archive
// (ARCHIVED_ edges, which carry a fact too) stays where it is.
export const MOVE_MENTIONS = `
MATCH (m:Entity {id: $merged})-[r:MENTIONED_IN]->(a:Article)
MATCH (k:Entity {id: $kept})
MERGE (k)-[n:MENTIONED_IN]->(a)
SET n.starts = coalesce(n.starts, []) + r.starts, n.ends = coalesce(n.ends, []) + r.ends,
    n.sentences = coalesce(n.sentences, []) + r.sentences,
    n.aliases = coalesce(n.aliases, []) + [x IN r.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.searchText = CASE WHEN n.searchText IS NULL THEN r.searchText ELSE n.searchText + ' \\n ' + coalesce(r.searchText, '') END
DELETE r`;

export const MOVE_OUTGOING = `
MATCH (m:Entity {id: $merged})-[r]->(x:Entity)
WHERE r.fact IS NOT NULL AND x.id <> $kept AND NOT type(r) STARTS WITH 'ARCHIVED_'
MATCH (k:Entity {id: $kept})
MERGE (k)-[n:$(type(r)) {fact: r.fact}]->(x)
${JOIN_EVIDENCE}
DELETE r`;

export const MOVE_INCOMING = `
MATCH (x:Entity)-[r]->(m:Entity {id: $merged})
WHERE r.fact IS NOT NULL AND x.id <> $kept AND NOT type(r) STARTS WITH 'ARCHIVED_'
MATCH (k:Entity {id: $kept})
MERGE (x)-[n:$(type(r)) {fact: r.fact}]->(k)
${JOIN_EVIDENCE}
DELETE r`;

// The kept entity gains the merged one's names; the merged node loses its live edges and labels
// and stays archived. The decision records what the kept one gained, for undo.
const ABSORB = `
MATCH (m:Entity {id: $merged}), (k:Entity {id: $kept})
WITH m, k, [x IN m.aliases + [m.name] WHERE x <> k.name AND NOT x IN k.aliases] AS added, ' \\n ' + m.searchText AS searchAdded
SET k.aliases = k.aliases + added, k.searchText = k.searchText + searchAdded
WITH m, k, added, searchAdded
CALL (m) {
  MATCH (m)-[r]-() WHERE NOT type(r) STARTS WITH 'ARCHIVED_'
  DELETE r
}
SET m.labels = labels(m)
REMOVE m:Entity:Person:Organization:Place:Project
SET m:ArchivedEntity
CREATE (:Decision {id: $decision, kind: 'merge', from: $merged, into: $kept, names: [m.name, k.name], by: $by, at: datetime(),
                   aliasesAdded: added, searchAdded: searchAdded})`;

/** Runs an analyst's decision (or its undo) as one write transaction, within the query time limit. */
export async function inWriteTransaction<T>(graph: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = graph.session();
  try {
    return await session.executeWrite(work, { timeout: QUERY_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

export async function entityType(tx: ManagedTransaction, id: string): Promise<string> {
  const found = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.type AS type', { id });
  const type = found.records[0]?.get('type');
  if (!type) throw new DecisionError('NOT_FOUND', `no entity has id ${id}; search for it to get its id`);
  return type;
}

/** Merges `merged` into `kept`: one node with both's names, mentions and relations. */
export async function mergeEntities(graph: Graph, kept: string, merged: string, by: string = COMMAND_LINE): Promise<MergeOutcome> {
  if (kept === merged) throw new DecisionError('BAD_USER_INPUT', 'an entity cannot be merged with itself; give two different ids');
  return inWriteTransaction(graph, async (tx) => {
    const [a, b] = [await entityType(tx, kept), await entityType(tx, merged)];
    if (a !== b) throw new DecisionError('BAD_USER_INPUT', `cannot merge a ${b} into a ${a}; only entities of one type merge`);
    const decision = decisionId();
    for (const statement of [ARCHIVE_MERGED, MOVE_MENTIONS, MOVE_OUTGOING, MOVE_INCOMING, ABSORB]) await tx.run(statement, { kept, merged, by, decision });
    return { kept, merged, decision };
  });
}

// The split-off entity copies the original's names and attributes; the mentions in the given
// articles, and the evidence read from them, move to it.
const SPLIT = `
MATCH (o:Entity {id: $original})
CREATE (n:Entity {id: $created})
SET n += o {.*, id: $created}
SET n:$(labels(o))
WITH o, n
MATCH (o)-[r:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles
CREATE (n)-[c:MENTIONED_IN]->(a)
SET c = properties(r)
DELETE r
RETURN count(c) AS moved`;

const SPLIT_EVIDENCE = `
MATCH (o:Entity {id: $original}), (split:Entity {id: $created})
MATCH (o)-[whole]-(x:Entity) WHERE whole.fact IS NOT NULL AND any(a IN whole.articles WHERE a IN $articles)
WITH split, whole, x, startNode(whole) = o AS outgoing,
     [i IN range(0, size(whole.articles) - 1) WHERE whole.articles[i] IN $articles] AS moving
WITH split, whole, x, outgoing, moving,
     { title: whole.title, gazetteer: whole.gazetteer, articles: [i IN moving | whole.articles[i]],
       evidence: [i IN moving | whole.evidence[i]] } AS r
CALL (split, whole, x, outgoing, r) {
  WITH split, whole, x, r WHERE outgoing
  MERGE (split)-[n2:$(type(whole)) {fact: whole.fact}]->(x)
  WITH n2 AS n, r
  ${JOIN_EVIDENCE}
  UNION
  WITH split, whole, x, r WHERE NOT outgoing
  MERGE (x)-[n2:$(type(whole)) {fact: whole.fact}]->(split)
  WITH n2 AS n, r
  ${JOIN_EVIDENCE}
}
WITH whole, moving
SET whole.evidence = [i IN range(0, size(whole.articles) - 1) WHERE NOT i IN moving | whole.evidence[i]],
    whole.articles = [i IN range(0, size(whole.articles) - 1) WHERE NOT i IN moving | whole.articles[i]]
WITH whole WHERE size(whole.articles) = 0 AND NOT coalesce(whole.gazetteer, false)
DELETE whole`;

/**
 * Splits the mentions of `original` in `articles` off into a new entity: for two people with
 * one name that ingest took for one. The new id is derived from the original and the articles,
 * so the same split asked twice is refused rather than doubled.
 */
export async function splitEntity(graph: Graph, original: string, articles: string[], by: string = COMMAND_LINE): Promise<SplitOutcome> {
  if (articles.length === 0) throw new DecisionError('BAD_USER_INPUT', 'name at least one article whose mentions should become the new entity');
  const sorted = [...new Set(articles)].sort();
  const created = `${original}~${createHash('sha256').update(sorted.join('|')).digest('base64url').slice(0, 8)}`;
  return inWriteTransaction(graph, async (tx) => {
    await entityType(tx, original);
    const exists = await tx.run('MATCH (e:Entity {id: $created}) RETURN count(e) AS n', { created });
    if (exists.records[0]?.get('n') > 0) throw new DecisionError('BAD_USER_INPUT', `this split was already made: ${created} exists`);
    const mentioned = await tx.run('MATCH (:Entity {id: $original})-[:MENTIONED_IN]->(a:Article) RETURN collect(a.id) AS ids', { original });
    const named: string[] = mentioned.records[0]?.get('ids') ?? [];
    const strangers = sorted.filter((id) => !named.includes(id));
    if (strangers.length) throw new DecisionError('BAD_USER_INPUT', `${original} is not named in ${strangers.join(', ')}; give articles that name it`);
    if (strangers.length === 0 && sorted.length === named.length) {
      throw new DecisionError('BAD_USER_INPUT', 'splitting off every article would leave the original empty; leave at least one article with it');
    }
    await tx.run(SPLIT, { original, created, articles: sorted });
    await tx.run(SPLIT_EVIDENCE, { original, created, articles: sorted });
    await tx.run(
      `MATCH (o:Entity {id: $original})
           CREATE (:Decision {id: $decision, kind: 'split', entity: $original, articles: $articles, into: $created, names: [o.name, o.name],
                              by: $by, at: datetime()})`,
      { by, original, created, articles: sorted, decision: decisionId() },
    );
    return { original, created, articles: sorted };
  });
}

export interface KeepApartOutcome {
  /** The pair, in the order candidate pairs are stored (the smaller id first). */
  pair: [string, string];
  /** Whether a candidate edge between them was removed. */
  candidateRemoved: boolean;
}

/**
 * Records that two entities are different (two officials named 王伟): their candidate pair goes
 * and ingest never records it again (people.ts RECORD_CANDIDATES). Asking twice changes nothing.
 */
export async function keepApart(graph: Graph, a: string, b: string, by: string = COMMAND_LINE): Promise<KeepApartOutcome> {
  if (a === b) throw new DecisionError('BAD_USER_INPUT', 'an entity cannot be kept apart from itself; give two different ids');
  const [from, to] = a < b ? [a, b] : [b, a];
  return inWriteTransaction(graph, async (tx) => {
    const [typeA, typeB] = [await entityType(tx, from), await entityType(tx, to)];
    if (typeA !== typeB) throw new DecisionError('BAD_USER_INPUT', `a ${typeA} and a ${typeB} are apart already; only entities of one type can be the same`);
    // The candidate edge's reason goes onto the decision, so that undoing it can put the pair back.
    const removed = await tx.run(
      `MATCH (:Entity {id: $from})-[c:CANDIDATE_SAME_AS]-(:Entity {id: $to})
           WITH c, c.reason AS reason DELETE c RETURN reason`,
      { from, to },
    );
    const reason = removed.records[0]?.get('reason') ?? null;
    await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
           WHERE NOT EXISTS { MATCH (d:Decision {kind: 'keep-apart', from: $from, into: $to}) WHERE ${LIVE} }
           CREATE (:Decision {id: $decision, kind: 'keep-apart', from: $from, into: $to, names: [a.name, b.name], reason: $reason,
                              by: $by, at: datetime()})`,
      { from, to, by, reason, decision: decisionId() },
    );
    return { pair: [from, to] as [string, string], candidateRemoved: removed.records.length > 0 };
  });
}

/**
 * Maps the ids a story's entities would get through the stored decisions: a split sends the
 * story's mentions to the split-off entity, a merge sends a merged id to the kept one (chains
 * followed). Ids no decision names map to themselves.
 */
export async function applyDecisions(tx: ManagedTransaction, ids: string[], article: string): Promise<Map<string, string>> {
  const mapped = new Map(ids.map((id) => [id, id]));
  for (let round = 0; round < 8; round++) {
    const result = await tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (s:Decision {kind: 'split', entity: id}) WHERE $article IN s.articles AND s.undoneAt IS NULL
       WITH id, coalesce(s.into, id) AS afterSplit
       OPTIONAL MATCH (m:Decision {kind: 'merge', from: afterSplit}) WHERE m.undoneAt IS NULL
       WITH id, coalesce(m.into, afterSplit) AS resolved WHERE resolved <> id
       RETURN id, resolved`,
      { ids: [...new Set(mapped.values())], article },
    );
    if (result.records.length === 0) break;
    const step = new Map(result.records.map((r) => [r.get('id') as string, r.get('resolved') as string]));
    for (const [from, to] of mapped) mapped.set(from, step.get(to) ?? to);
  }
  return mapped;
}

export type DecisionKind = 'MERGE' | 'SPLIT' | 'KEEP_APART' | 'RENAME' | 'CHANGE_TYPE' | 'HIDE_RELATION';

export interface DecisionRecord {
  id: string;
  kind: DecisionKind;
  /** The entities it names: merged then kept; split then split-off; the two kept apart; the corrected one; a relation's ends. */
  entityIds: string[];
  /** Their names when the decision was made. */
  names: string[];
  /** For a split, the articles whose mentions moved; otherwise empty. */
  articleIds: string[];
  previous: string | null;
  value: string | null;
  by: string | null;
  /** When it was made, ISO 8601. */
  at: string;
  undoneBy: string | null;
  undoneAt: string | null;
}

/** The stored kinds (as the upsert reads them) and the API's names for them. */
export const DECISION_KINDS: Record<string, DecisionKind> = {
  merge: 'MERGE',
  split: 'SPLIT',
  'keep-apart': 'KEEP_APART',
  rename: 'RENAME',
  retype: 'CHANGE_TYPE',
  hide: 'HIDE_RELATION',
};

const DECISIONS = `
MATCH (d:Decision) WHERE $id IS NULL OR d.id = $id
RETURN d.id AS id, d.kind AS kind,
       CASE WHEN d.kind IN ['split', 'rename', 'retype'] THEN [x IN [d.entity, d.into] WHERE x IS NOT NULL]
            ELSE [d.from, d.into] END AS entityIds,
       coalesce(d.names, []) AS names, coalesce(d.articles, []) AS articleIds, d.previous AS previous, d.value AS value,
       d.by AS by, toString(d.at) AS at, d.undoneBy AS undoneBy, toString(d.undoneAt) AS undoneAt
ORDER BY d.at DESC, d.id
SKIP $skip LIMIT $limit`;

/** The analysts' decisions, newest first: what the Decisions view lists. */
export async function listDecisions(graph: Graph, skip: number, limit: number, id: string | null = null): Promise<DecisionRecord[]> {
  const rows = await graph.run<Omit<DecisionRecord, 'kind'> & { kind: string }>(DECISIONS, { skip: int(skip), limit: int(limit), id });
  return rows.map((row) => ({ ...row, kind: DECISION_KINDS[row.kind] ?? 'MERGE' }));
}

/** One decision by its id; null when there is none. */
export async function decisionById(graph: Graph, id: string): Promise<DecisionRecord | null> {
  return (await listDecisions(graph, 0, 1, id))[0] ?? null;
}

/** How many decisions there are, undone ones included. */
export async function decisionCount(graph: Graph): Promise<number> {
  const [row] = await graph.run<{ n: number }>('MATCH (d:Decision) RETURN count(d) AS n');
  return row?.n ?? 0;
}
