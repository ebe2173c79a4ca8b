import type { Graph } from './neo4j.ts';
import { parseEvidence, type EvidenceRecord } from './queries.ts';

export interface PositionRecord {
  title: string | null;
  organisation: string;
  evidence: EvidenceRecord[];
}

export interface TimelineEntryRecord {
  article: string;
  date: string | null;
  sentences: string[];
  positions: PositionRecord[];
}

export interface TimelineRecord {
  /** The entity's type, so the API can tell "no such id" from "not a person". */
  type: string;
  entries: TimelineEntryRecord[];
}

// A position belongs to an article when one of the edge's evidence entries comes from it; only
// those entries are kept, so each entry shows what that article said.
const TIMELINE = `
MATCH (p:Entity {id: $id})
CALL (p) {
  MATCH (p)-[m:MENTIONED_IN]->(a:Article)
  OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(o:Entity) WHERE a.id IN h.articles
  WITH a, m, collect(CASE WHEN h IS NULL THEN null ELSE {
    title: h.title, organisation: o.id,
    evidence: [i IN range(0, size(h.articles) - 1) WHERE h.articles[i] = a.id | h.evidence[i]] } END) AS positions
  ORDER BY a.date IS NULL, a.date, a.source, a.index, a.id
  RETURN collect({ article: a.id, date: a.date, sentences: m.sentences, positions: positions }) AS entries
}
RETURN p.type AS type, entries`;

/** The articles naming a person in date order, with the positions each states; null when there is no such entity. */
export async function timelineOf(graph: Graph, id: string): Promise<TimelineRecord | null> {
  const [row] = await graph.run<{
    type: string;
    entries: Array<Omit<TimelineEntryRecord, 'positions'> & { positions: Array<Omit<PositionRecord, 'evidence'> & { evidence: string[] }> }>;
  }>(TIMELINE, { id });
  if (!row) return null;
  return {
    type: row.type,
    entries: row.entries.map((entry) => ({
      ...entry,
      positions: entry.positions.map((p) => ({ ...p, evidence: parseEvidence(p.evidence) })),
    })),
  };
}
