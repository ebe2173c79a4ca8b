import type { Draft, EntityTable } from '../../entities.ts';
import type { RelationTable } from '../../relations.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import { addBody, impliedBody, orgKey, writtenOut } from '../entities/bodies.ts';
import { evidenceAt, mentionAt, spanOf } from '../sentence.ts';

// Government departments by the endings of their names (发改委, 民政局, 金融办).
const DEPARTMENT_ENDING = /(?:局|委|办)$/;

/**
 * HOLDS_POSITION from the titles before a name (区委书记孟景伟), with the body a title implies where
 * none is written (区长 → 区人民政府); PART_OF from a department written out with its committee
 * (区委常委、组织部部长) and from a body named inside a longer one (…事务中心党支部 is part of
 * …事务中心, the nearest such, not of the commission above it).
 */
function postsOfStory(story: ChineseStory): void {
  const { entities, relations, places } = story;
  const orgDraft = (name: string) => entities.find('ORG', orgKey(name));
  for (const { sentence, persons, orgs } of story.mentions) {
    for (const person of persons) {
      const who = entities.find('PERSON', person.name);
      if (!who) continue;
      for (const post of person.posts) {
        let body: Draft | undefined;
        if (post.implied) body = impliedBody(entities, post.implied, places, post.implied === '中共中央' ? 'party' : 'government');
        else if (post.owned) body = addBody(entities, post.owned, places, mentionAt(sentence, post.org!), post.org!.name);
        else if (post.org) body = orgDraft(writtenOut(post.org, places));
        if (!body) continue;
        relations.add('HOLDS_POSITION', who, body, evidenceAt(sentence, spanOf(person, post.org ?? person)), post.title);
        const committee = post.committee && orgDraft(writtenOut(post.committee, places));
        if (committee) relations.add('PART_OF', body, committee, evidenceAt(sentence, spanOf(post.committee!, post.org!)));
      }
    }
    for (const outer of orgs) {
      if (outer.bare) continue;
      const inner = orgs.filter((o) => o !== outer && !o.bare && o.to < outer.to && o.from >= outer.from && (o.from === outer.from || o.to === outer.headStart))
        .sort((x, y) => y.to - x.to)[0];
      const a = orgDraft(writtenOut(outer, places)), b = inner && orgDraft(writtenOut(inner, places));
      if (a && b) relations.add('PART_OF', a, b, evidenceAt(sentence, outer));
    }
  }
  bureausOfGovernments(entities, relations);
}

/**
 * A district's bureaus and commissions (通州区发改委) are part of its people's government, where
 * the story names that government too.
 */
function bureausOfGovernments(entities: EntityTable, relations: RelationTable): void {
  const all = entities.all();
  for (const body of all.filter((d) => d.type === 'ORG' && d.attrs.kind === 'government' && DEPARTMENT_ENDING.test(d.name))) {
    const government = all.find((g) => g.type === 'ORG' && g.name.endsWith('人民政府') && body.name.startsWith(g.name.slice(0, -4)) && g.name.length > 4);
    const mention = body.mentions[0];
    if (government && mention) relations.add('PART_OF', body, government, { start: mention.start, end: mention.end, sentence: mention.sentence });
  }
}

/** Adds each story's HOLDS_POSITION relations and the PART_OF ones its titles and names state. */
export function statePositions(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) postsOfStory(story);
  return doc;
}
