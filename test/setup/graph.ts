import { inject } from 'vitest';
import { openGraph, type Graph } from '../../server/graph/neo4j.ts';
import { ensureSchema } from '../../server/graph/schema.ts';

/** Connects to the run's Neo4j with the schema in place. */
export async function testGraph(): Promise<Graph> {
  const { uri, user, password } = inject('neo4j');
  const graph = await openGraph({ kind: 'remote', uri, user, password, database: 'neo4j' });
  await ensureSchema(graph);
  return graph;
}

/** Empties the graph so a test's counts are its own. */
export async function clearGraph(graph: Graph): Promise<void> {
  await graph.run('MATCH (n) DETACH DELETE n', {}, 'WRITE');
}

export async function counts(graph: Graph): Promise<{ nodes: number; edges: number }> {
  const [row] = await graph.run<{ nodes: number; edges: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges',
  );
  return row ?? { nodes: 0, edges: 0 };
}
