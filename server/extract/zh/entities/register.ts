import type { ChineseDocument } from '../document.ts';
import type { OrgCandidate } from '../mentions/orgs.ts';
import { mentionAt } from '../sentence.ts';
import { withoutQuotes } from '../text.ts';
import { startsWithLevel } from '../vocab/levels.ts';
import type { ArticlePlaces } from './article-places.ts';
import { addBody, writtenOut } from './bodies.ts';

// A place named after a level word alone (街道工业园区) is the story's place at that level's.
const LEADING_LEVEL = /^(?:街道|镇|乡)/;

// A body named after a level word alone (区委) is kept only where the story knows that place.
const placed = (o: OrgCandidate, places: ArticlePlaces) => !o.relative || !startsWithLevel(writtenOut(o, places));

/**
 * Adds each story's `entities`: one per name its sentences write, keyed so that the forms of one
 * name meet (区委 and 通州区委; 通州 and 通州区), each with every place it is written.
 */
export function registerEntities(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) {
    const { entities, places } = story;
    for (const { sentence, places: placeMentions, orgs, projects, persons } of story.mentions) {
      for (const p of placeMentions) {
        const owner = p.relative === 'subdistrict' ? places.subdistrict : p.relative === 'town' ? places.town : undefined;
        if (p.relative && !owner) continue;
        const name = owner ? owner + p.name.replace(LEADING_LEVEL, '') : (p.fullName ?? p.name);
        entities.add('PLACE', name, name, owner ? { ...p.attrs, parent: owner } : p.attrs, mentionAt(sentence, p), p.name);
      }
      for (const o of orgs) if (!o.bare && placed(o, places)) addBody(entities, o, places, mentionAt(sentence, o));
      for (const p of projects) {
        const project = entities.add('PROJECT', withoutQuotes(p.name), p.name, {}, mentionAt(sentence, p));
        if (p.short) entities.alias(project, p.short);
      }
      for (const p of persons) entities.add('PERSON', p.name, p.name, p.title ? { title: p.title } : {}, mentionAt(sentence, p));
    }
  }
  return doc;
}
