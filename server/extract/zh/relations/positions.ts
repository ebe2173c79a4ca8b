import type { Draft, EntityTable } from '../../entities.ts';
import type { RelationTable } from '../../relations.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import { addBody, impliedBody, orgKey, writtenOut } from '../entities/bodies.ts';
import { evidenceAt, mentionAt, spanOf } from '../sentence.ts';

// Government departments by the endings of their names (发改委, 民政局, 金融办, 财政厅).
const DEPARTMENT_ENDING = /(?:局|委|办|厅)$/;
// Institutions named after another body are its own (湖南日报报业集团, 耀华中学红桥学校,
// …大学第一附属医院): named so, they are not its parts.
const INSTITUTION_ENDING = /(?:集团|商会|协会|学校|中学|小学|医院|幼儿园|大学)$/;
// Standing committees are part of their congress or CPPCC (保定市人大常委会 → 保定市人大).
const STANDING_COMMITTEE_OF = /^(.+(?:人大|政协))常委会$/;
// A tribunal is its district court's, a procuratorate's office its procuratorate's, a police
// station its public security bureau's: where the story names one such body, the unit is part of it.
const UNITS_OF: ReadonlyArray<readonly [unit: RegExp, body: RegExp]> = [
  [/法庭$/, /法院$/],
  [/检察室$/, /检察院$/],
  [/派出所$/, /公安局$/],
];

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
      if (outer.bare || INSTITUTION_ENDING.test(outer.name)) continue;
      const inner = orgs
        .filter((o) => o !== outer && !o.bare && o.to < outer.to && o.from >= outer.from && (o.from === outer.from || o.to === outer.headStart))
        .sort((x, y) => y.to - x.to)[0];
      const a = orgDraft(writtenOut(outer, places)),
        b = inner && orgDraft(writtenOut(inner, places));
      if (a && b) relations.add('PART_OF', a, b, evidenceAt(sentence, outer));
    }
  }
  bureausOfGovernments(entities, relations);
  unitsOfBodies(entities, relations);
}

/** Standing committees of the congress or CPPCC the story names, and tribunals, offices and stations of its one court, procuratorate or bureau. */
function unitsOfBodies(entities: EntityTable, relations: RelationTable): void {
  const orgs = entities.all().filter((d) => d.type === 'ORG');
  const partOf = (unit: Draft, body: Draft | undefined) => {
    const mention = unit.mentions[0];
    if (body && mention) relations.add('PART_OF', unit, body, { start: mention.start, end: mention.end, sentence: mention.sentence });
  };
  for (const unit of orgs) {
    const congress = STANDING_COMMITTEE_OF.exec(unit.name)?.[1];
    if (congress)
      partOf(
        unit,
        orgs.find((d) => d.name === congress),
      );
    for (const [unitEnding, bodyEnding] of UNITS_OF) {
      const bodies = orgs.filter((d) => bodyEnding.test(d.name));
      if (unitEnding.test(unit.name) && bodies.length === 1 && !unit.name.startsWith(bodies[0]!.name)) partOf(unit, bodies[0]);
    }
  }
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
