// The changes an analyst makes, one function per mutation. Each goes with the signed-in token
// (api.ts); the server refuses them without one.
import { graphql } from './api.ts';
import { DECISION_FIELDS, type Decision } from './editing-queries.ts';
import { REF, type EntityRef, type EntityType } from './queries.ts';

export type StoryStatus = 'WRITTEN' | 'UNCHANGED' | 'FAILED';

export interface StoryResult {
  articleId: string;
  status: StoryStatus;
  error: string | null;
  article: { id: string; title: string } | null;
  entities: Array<{ entity: EntityRef; isNew: boolean }>;
  relationCount: number;
}

/** Sends one page (as text) to be extracted and written; `uploaded` follows the request body going out. */
export async function ingestPage(text: string, source: string, date: string | null, uploaded?: (share: number) => void): Promise<StoryResult[]> {
  const data = await graphql<{ ingestPage: { stories: StoryResult[] } }>(
    `mutation Ingest($text: String!, $source: String!, $date: String) { ingestPage(text: $text, source: $source, date: $date) {
       stories { articleId status error article { id title } entities { entity { ${REF} } isNew } relationCount } } }`,
    { text, source, date },
    uploaded ? { uploaded } : {},
  );
  return data.ingestPage.stories;
}

export async function mergeEntities(keepId: string, mergeId: string): Promise<EntityRef> {
  const data = await graphql<{ mergeEntities: EntityRef }>(
    `mutation Merge($keepId: ID!, $mergeId: ID!) { mergeEntities(keepId: $keepId, mergeId: $mergeId) { ${REF} } }`,
    { keepId, mergeId },
  );
  return data.mergeEntities;
}

/** Returns the original entity, then the one split off. */
export async function splitEntity(id: string, articleIds: string[]): Promise<EntityRef[]> {
  const data = await graphql<{ splitEntity: EntityRef[] }>(
    `mutation Split($id: ID!, $articleIds: [ID!]!) { splitEntity(id: $id, articleIds: $articleIds) { ${REF} } }`,
    { id, articleIds },
  );
  return data.splitEntity;
}

export async function keepApart(id: string, otherId: string): Promise<void> {
  await graphql(
    `
      mutation KeepApart($id: ID!, $otherId: ID!) {
        keepApart(id: $id, otherId: $otherId) {
          id
        }
      }
    `,
    { id, otherId },
  );
}

export async function renameEntity(id: string, name: string): Promise<EntityRef> {
  const data = await graphql<{ renameEntity: EntityRef }>(`mutation Rename($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { ${REF} } }`, {
    id,
    name,
  });
  return data.renameEntity;
}

export async function changeEntityType(id: string, type: EntityType): Promise<EntityRef> {
  const data = await graphql<{ changeEntityType: EntityRef }>(
    `mutation ChangeType($id: ID!, $type: EntityType!) { changeEntityType(id: $id, type: $type) { ${REF} } }`,
    { id, type },
  );
  return data.changeEntityType;
}

export async function hideRelation(relationId: string): Promise<Decision> {
  const data = await graphql<{ hideRelation: Decision }>(`mutation HideRelation($id: ID!) { hideRelation(relationId: $id) { ${DECISION_FIELDS} } }`, {
    id: relationId,
  });
  return data.hideRelation;
}

export async function undoDecision(id: string): Promise<Decision> {
  const data = await graphql<{ undoDecision: Decision }>(`mutation Undo($id: ID!) { undoDecision(id: $id) { ${DECISION_FIELDS} } }`, { id });
  return data.undoDecision;
}
