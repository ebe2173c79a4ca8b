import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { int, QUERY_TIMEOUT_MS, type Graph } from './neo4j.ts';

// An analyst's merge, split or keep-apart is stored as a (:Decision) node. The upsert maps every
// entity id through the merges and splits before writing, and records no candidate pair that a
// keep-apart names, so re-ingesting a page re-applies decisions instead of undoing them.

/** Who a decision made with `npm run merge`/`split`/`keep-apart` is recorded as. */
export const COMMAND_LINE = 'command line';

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

// Relation edges (and MENTIONED_IN) of the merged entity move onto the kept one.
const MOVE_MENTIONS = `
MATCH (m:Entity {id: $merged})-[r:MENTIONED_IN]->(a:Article)
MATCH (k:Entity {id: $kept})
MERGE (k)-[n:MENTIONED_IN]->(a)
SET n.starts = coalesce(n.starts, []) + r.starts, n.ends = coalesce(n.ends, []) + r.ends,
    n.sentences = coalesce(n.sentences, []) + r.sentences,
    n.aliases = coalesce(n.aliases, []) + [x IN r.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.searchText = coalesce(n.searchText, '') + ' \\n ' + coalesce(r.searchText, '')
DELETE r`;

const MOVE_OUTGOING = `
MATCH (m:Entity {id: $merged})-[r]->(x:Entity)
WHERE r.fact IS NOT NULL AND x.id <> $kept
MATCH (k:Entity {id: $kept})
MERGE (k)-[n:$(type(r)) {fact: r.fact}]->(x)
${JOIN_EVIDENCE}
DELETE r`;

const MOVE_INCOMING = `
MATCH (x:Entity)-[r]->(m:Entity {id: $merged})
WHERE r.fact IS NOT NULL AND x.id <> $kept
MATCH (k:Entity {id: $kept})
MERGE (x)-[n:$(type(r)) {fact: r.fact}]->(k)
${JOIN_EVIDENCE}
DELETE r`;

const ABSORB = `
MATCH (m:Entity {id: $merged}), (k:Entity {id: $kept})
SET k.aliases = k.aliases + [x IN m.aliases + [m.name] WHERE x <> k.name AND NOT x IN k.aliases],
    k.searchText = k.searchText + ' \\n ' + m.searchText
DETACH DELETE m
CREATE (:Decision {kind: 'merge', from: $merged, into: $kept, by: $by, at: datetime()})`;

async function entityType(tx: ManagedTransaction, id: string): Promise<string> {
  const found = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.type AS type', { id });
  const type = found.records[0]?.get('type');
  if (!type) throw new DecisionError('NOT_FOUND', `no entity has id ${id}; search for it to get its id`);
  return type;
}

/** Merges `merged` into `kept`: one node with both's names, mentions and relations. */
export async function mergeEntities(graph: Graph, kept: string, merged: string, by: string = COMMAND_LINE): Promise<MergeOutcome> {
  if (kept === merged) throw new DecisionError('BAD_USER_INPUT', 'an entity cannot be merged with itself; give two different ids');
  const session = graph.session();
  try {
    return await session.executeWrite(
      async (tx) => {
        const [a, b] = [await entityType(tx, kept), await entityType(tx, merged)];
        if (a !== b) throw new DecisionError('BAD_USER_INPUT', `cannot merge a ${b} into a ${a}; only entities of one type merge`);
        for (const statement of [MOVE_MENTIONS, MOVE_OUTGOING, MOVE_INCOMING, ABSORB]) await tx.run(statement, { kept, merged, by });
        return { kept, merged };
      },
      { timeout: QUERY_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
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
  const session = graph.session();
  try {
    return await session.executeWrite(
      async (tx) => {
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
        await tx.run("CREATE (:Decision {kind: 'split', entity: $original, articles: $articles, into: $created, by: $by, at: datetime()})", {
          by,
          original,
          created,
          articles: sorted,
        });
        return { original, created, articles: sorted };
      },
      { timeout: QUERY_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
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
  const session = graph.session();
  try {
    return await session.executeWrite(
      async (tx) => {
        const [typeA, typeB] = [await entityType(tx, from), await entityType(tx, to)];
        if (typeA !== typeB)
          throw new DecisionError('BAD_USER_INPUT', `a ${typeA} and a ${typeB} are apart already; only entities of one type can be the same`);
        const removed = await tx.run('MATCH (:Entity {id: $from})-[c:CANDIDATE_SAME_AS]-(:Entity {id: $to}) DELETE c RETURN count(c) AS n', { from, to });
        await tx.run("MERGE (d:Decision {kind: 'keep-apart', from: $from, into: $to}) ON CREATE SET d.by = $by, d.at = datetime()", { from, to, by });
        return { pair: [from, to] as [string, string], candidateRemoved: removed.records[0]?.get('n') > 0 };
      },
      { timeout: QUERY_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
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
       OPTIONAL MATCH (s:Decision {kind: 'split', entity: id}) WHERE $article IN s.articles
       WITH id, coalesce(s.into, id) AS afterSplit
       OPTIONAL MATCH (m:Decision {kind: 'merge', from: afterSplit})
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

export interface DecisionRecord {
  kind: 'MERGE' | 'SPLIT' | 'KEEP_APART';
  /** The entities it names: merged then kept; split then split-off; the two kept apart. */
  entityIds: string[];
  /** For a split, the articles whose mentions moved; otherwise empty. */
  articleIds: string[];
  by: string | null;
  /** When it was made, ISO 8601. */
  at: string;
}

const DECISIONS = `
MATCH (d:Decision)
RETURN CASE d.kind WHEN 'merge' THEN 'MERGE' WHEN 'split' THEN 'SPLIT' ELSE 'KEEP_APART' END AS kind,
       CASE d.kind WHEN 'split' THEN [d.entity, d.into] ELSE [d.from, d.into] END AS entityIds,
       coalesce(d.articles, []) AS articleIds, d.by AS by, toString(d.at) AS at
ORDER BY d.at DESC, entityIds
SKIP $skip LIMIT $limit`;

/** The analysts' decisions, newest first: what the Decisions view lists. */
export function listDecisions(graph: Graph, skip: number, limit: number): Promise<DecisionRecord[]> {
  return graph.run<DecisionRecord>(DECISIONS, { skip: int(skip), limit: int(limit) });
}
