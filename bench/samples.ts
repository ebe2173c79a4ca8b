// What the API benchmarks ask about, drawn from the graph they run on.
import { int, type Graph } from '../server/graph/neo4j.ts';

/** Pairs a reader would ask paths between: up to `people` random persons, each with a place, project or body two to three hops away. */
export function connectedPairs(graph: Graph, people: number): Promise<Array<{ from: string; to: string }>> {
  return graph.run<{ from: string; to: string }>(
    `MATCH (p:Person) WITH p, rand() AS r ORDER BY r LIMIT $n
     MATCH (p)-[:HOLDS_POSITION|LOCATED_IN|INVOLVED_IN|PART_OF]-{2,3}(x:Entity) WHERE x <> p
     WITH p, x, rand() AS r ORDER BY r
     WITH p, head(collect(x)) AS x
     RETURN p.id AS from, x.id AS to`,
    { n: int(people) },
  );
}
