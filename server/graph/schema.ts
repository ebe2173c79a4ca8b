import type { Entity } from '../extract/types.ts';
import { searchKeys } from '../names/index.ts';
import type { Graph } from './neo4j.ts';

// The fulltext index uses Lucene's CJK analyzer: it indexes Chinese as overlapping character
// pairs (so 通州 finds 通州区 but not 广州) and Latin text as words (English, pinyin). It is
// eventually consistent: a commit queues its index updates instead of rebuilding a Lucene
// reader itself, which was a third of ingest's cost. Writers that must be searchable at once
// call awaitSearchIndex.
const SEARCH_INDEX = 'entity_search';
const SEARCH_INDEX_OPTIONS = { 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true };

/**
 * What the search index reads for an entity: its names in every script (names/searchKeys), and
 * its name's characters spaced apart. The CJK analyzer indexes Chinese as character pairs, so a
 * one-character query (镇, a surname) would otherwise find nothing; spaced, each character is
 * indexed on its own.
 */
export function searchTextOf(entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'attrs'>, language: 'zh' | 'en' = 'zh'): string {
  if (language === 'en') return englishSearchKeys([entity.name, ...entity.aliases]).join(' \n ');
  return [...searchKeys(entity), [...entity.name].join(' ')].join(' \n ');
}

/** Names read in English stories, as written and run together, lower-cased (Meng Jingwei, mengjingwei). */
function englishSearchKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    const lower = form.toLowerCase().trim();
    for (const key of [lower, lower.replace(/[^a-z0-9]+/g, '')]) if (key) keys.add(key);
  }
  return [...keys];
}

// Created at every start; IF NOT EXISTS makes each statement a no-op on a graph that has it.
const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  // The per-name lock of concurrent page writes (upsert.ts): unique, so a second MERGE waits.
  'CREATE CONSTRAINT name_lock_key IF NOT EXISTS FOR (l:NameLock) REQUIRE l.key IS UNIQUE',
  // Exact and prefix lookups on names. A range index serves both; the TEXT index graphs made
  // before had a Lucene reader to refresh on every commit and cost 4 ms a lookup.
  'DROP INDEX entity_name_text IF EXISTS',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)',
  // Cross-lingual linking (crosslingual.ts): persons by name in pinyin, the rest by English name.
  'CREATE INDEX person_name_key IF NOT EXISTS FOR (p:Person) ON (p.nameKey)',
  'CREATE INDEX entity_english_key IF NOT EXISTS FOR (e:Entity) ON (e.enKey)',
  'CREATE INDEX decision_from IF NOT EXISTS FOR (d:Decision) ON (d.from)',
  'CREATE INDEX decision_entity IF NOT EXISTS FOR (d:Decision) ON (d.entity)',
  // Decisions are undone by id (undo.ts); those made before decisions had ids get one.
  "MATCH (d:Decision) WHERE d.id IS NULL SET d.id = 'decision-' + randomUUID()",
  'CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE',
];

const CREATE_SEARCH_INDEX = `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText]
  OPTIONS {indexConfig: $options}`;

export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of STATEMENTS) await graph.run(statement, {}, 'WRITE');
  // A search index made with other options (graphs from before it was eventually consistent)
  // is rebuilt; its content comes back from the nodes.
  const [existing] = await graph.run<{ options: Record<string, unknown> }>(
    'SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options.indexConfig AS options',
    { name: SEARCH_INDEX },
  );
  const stale = existing && Object.entries(SEARCH_INDEX_OPTIONS).some(([key, value]) => existing.options[key] !== value);
  if (stale) await graph.run(`DROP INDEX ${SEARCH_INDEX}`, {}, 'WRITE');
  await graph.run(CREATE_SEARCH_INDEX, { options: SEARCH_INDEX_OPTIONS }, 'WRITE');
  await graph.run('CALL db.awaitIndexes(120)', {}, 'WRITE');
}

/** Waits until everything committed so far is findable by search. */
export async function awaitSearchIndex(graph: Graph): Promise<void> {
  await graph.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, 'WRITE');
}

/** Whether the constraints and the search index ensureSchema makes are there and online. */
export async function schemaInPlace(graph: Graph): Promise<boolean> {
  const names = ['entity_id', 'article_id', SEARCH_INDEX];
  // A uniqueness constraint is backed by an index of its own name.
  const [row] = await graph.run<{ online: number }>("SHOW INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN count(*) AS online", {
    names,
  });
  return row?.online === names.length;
}
