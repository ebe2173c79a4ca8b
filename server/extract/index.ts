import { bylinePeople } from './bylines.ts';
import { suffixPlaces } from './places.ts';
import { splitSentences } from './sentences.ts';
import { splitStories } from './stories.ts';
import type { Article, Entity, EntityType, Page, Relation, Sentence } from './types.ts';

export type * from './types.ts';

/** Extracts the stories of a page and the entities and relations each one names. */
export function extractPage(text: string): Page {
  return { articles: splitStories(text).map((story) => extractArticle(text, story.title, story.start, story.end)) };
}

function extractArticle(text: string, title: string, start: number, end: number): Article {
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const entityFor = (type: EntityType, name: string, attrs: Entity['attrs']): Entity => {
    const key = `${type}:${name}`;
    let entity = entities.get(key);
    if (!entity) entities.set(key, (entity = { type, name, aliases: [], attrs, mentions: [] }));
    return entity;
  };
  const mention = (entity: Entity, s: { start: number; end: number; sentence: Sentence }) =>
    entity.mentions.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), sentence: s.sentence });

  for (const sentence of splitSentences(text, { start, end })) {
    for (const person of bylinePeople(sentence)) {
      mention(entityFor('PERSON', person.name, { title: person.role }), person);
    }
    for (const place of suffixPlaces(sentence)) {
      mention(entityFor('PLACE', place.name, { level: place.level }), place);
    }
  }
  return { title, start, end, entities: [...entities.values()], relations };
}
