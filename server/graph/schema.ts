import type { Graph } from './neo4j.ts';

// Created at every start; IF NOT EXISTS makes each statement a no-op on a graph that has it.
// The fulltext index uses Lucene's CJK analyzer: it indexes Chinese as overlapping character
// pairs (so 通州 finds 通州区 but not 广州) and Latin text as words (English, pinyin).
const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)',
  'CREATE INDEX decision_from IF NOT EXISTS FOR (d:Decision) ON (d.from)',
  'CREATE INDEX decision_entity IF NOT EXISTS FOR (d:Decision) ON (d.entity)',
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
];

export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of STATEMENTS) await graph.run(statement, {}, 'WRITE');
  await graph.run('CALL db.awaitIndexes(120)', {}, 'WRITE');
}
