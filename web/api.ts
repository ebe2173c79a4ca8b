// The UI's only way to the server: GraphQL over fetch, with errors turned into messages.

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Is it still running?');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string }> } | null;
  if (!body) throw new ApiError(`The server answered ${response.status} without a readable body.`);
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError('The server answered with no data.');
  return body.data;
}

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  en: string | null;
}

export interface GraphData {
  nodes: Array<{ id: string; kind: string; name: string; en: string | null; display: string | null }>;
  edges: Array<{ source: string; target: string; relation: string; title: string | null }>;
  truncated: boolean;
}

export interface EntityDetail extends SearchHit {
  pinyin: string | null;
  aliases: string[];
  kind: string | null;
  level: string | null;
  investment: string | null;
  status: string | null;
  neighbours: Array<{
    relation: string;
    direction: string;
    title: string | null;
    node: SearchHit;
    evidence: Array<{ sentence: string; article: { id: string; title: string; date: string | null; source: string } }>;
  }>;
  articles: Array<{ article: { id: string; title: string; date: string | null }; sentences: string[] }>;
}

export async function search(query: string): Promise<SearchHit[]> {
  const data = await graphql<{ search: { edges: Array<{ node: SearchHit }> } }>(
    'query Search($query: String!) { search(query: $query, first: 12) { edges { node { id type name en } } } }',
    { query },
  );
  return data.search.edges.map((e) => e.node);
}

export async function neighbourhood(id: string): Promise<GraphData> {
  const data = await graphql<{ subgraph: GraphData }>(
    'query Around($ids: [ID!]!) { subgraph(ids: $ids, depth: 1, limit: 300) { nodes { id kind name en display } edges { source target relation title } truncated } }',
    { ids: [id] },
  );
  return data.subgraph;
}

export async function entityDetail(id: string): Promise<EntityDetail | null> {
  const data = await graphql<{ entity: EntityDetail | null }>(
    `query Entity($id: ID!) { entity(id: $id) {
       id type name en pinyin aliases kind level investment status
       neighbours(first: 50) { relation direction title node { id type name en }
         evidence { sentence article { id title date source } } }
       articles(first: 20) { article { id title date } sentences }
     } }`,
    { id },
  );
  return data.entity;
}
