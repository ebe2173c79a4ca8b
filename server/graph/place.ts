import type { Graph } from './neo4j.ts';

export interface ParticipantRecord {
  entity: string;
  projects: string[];
  titles: string[];
}

export interface PlaceRollupRecord {
  id: string;
  type: string;
  subPlaces: string[];
  projects: Array<{ project: string; locatedIn: string }>;
  investmentTotalYuan: number;
  projectsWithInvestment: number;
  investmentApproximate: boolean;
  organisations: ParticipantRecord[];
  officials: ParticipantRecord[];
}

// The place hierarchy is at most province → city → district → town → village → zone deep,
// so six LOCATED_IN steps reach everything within a place. A project located in several
// places of the hierarchy (its town and its district) is listed once, under the most specific.
const PLACE_ROLLUP = `
MATCH (place:Entity {id: $id})
CALL (place) {
  MATCH (sub:Place)-[:LOCATED_IN]->{1,6}(place)
  WITH DISTINCT sub ORDER BY sub.name, sub.id
  RETURN collect(sub.id) AS subPlaces
}
CALL (place) {
  MATCH path = (project:Project)-[:LOCATED_IN]->(direct:Place)-[:LOCATED_IN]->{0,6}(place)
  WITH project, direct, length(path) AS steps ORDER BY steps DESC, direct.id
  WITH project, head(collect(direct)) AS direct
  ORDER BY project.investmentYuan IS NULL, project.investmentYuan DESC, project.name, project.id
  RETURN collect(project) AS projectNodes,
         collect({ project: project.id, locatedIn: direct.id }) AS projects
}
CALL (projectNodes) {
  UNWIND projectNodes AS project
  RETURN coalesce(sum(project.investmentYuan), 0.0) AS investmentTotalYuan,
         count(project.investmentYuan) AS projectsWithInvestment,
         coalesce(any(x IN collect(project.investmentApproximate) WHERE x = true), false) AS investmentApproximate
}
CALL (projectNodes) {
  UNWIND projectNodes AS project
  MATCH (org:Organization)-[:INVOLVED_IN]->(project)
  WITH org, collect(DISTINCT project.id) AS projects
  ORDER BY size(projects) DESC, org.name, org.id
  RETURN collect({ entity: org.id, projects: projects, titles: [] }) AS organisations
}
CALL (projectNodes) {
  UNWIND projectNodes AS project
  CALL (project) {
    MATCH (person:Person)-[:INVOLVED_IN]->(project)
    RETURN person, null AS title
    UNION
    MATCH (person:Person)-[h:HOLDS_POSITION]->(:Organization)-[:INVOLVED_IN]->(project)
    RETURN person, h.title AS title
  }
  WITH person, collect(DISTINCT project.id) AS projects, collect(DISTINCT title) AS titles
  ORDER BY size(projects) DESC, person.name, person.id
  RETURN collect({ entity: person.id, projects: projects, titles: titles }) AS officials
}
RETURN place.id AS id, place.type AS type, subPlaces, projects, investmentTotalYuan, projectsWithInvestment,
       investmentApproximate, organisations, officials`;

/** A place's projects (its own and its sub-places'), their totals and who is involved; null when there is no such entity. */
export async function placeRollup(graph: Graph, id: string): Promise<PlaceRollupRecord | null> {
  const [row] = await graph.run<PlaceRollupRecord>(PLACE_ROLLUP, { id });
  return row ?? null;
}
