import type { ArticleEntities, Draft } from '../article.ts';
import { orgKey, writtenOut, type ArticlePlaces } from '../entities/coref.ts';
import { involvementOf } from './involvement.ts';
import { locateInFocus, locationsOf } from './location.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import { RelationList, spanOf } from './relation-list.ts';
import { readSubjects } from './subjects.ts';
import type { Relation } from '../../types.ts';

/**
 * The relations a story states. HOLDS_POSITION from the titles before a name; PART_OF from a
 * body named inside a longer one (…有限公司党支部) and a bureau beside its government; then, from
 * who each clause is about (`focus`: the place the headline names; `actor`: the body it opens
 * with), INVOLVED_IN (involvement.ts) and LOCATED_IN (location.ts).
 */
export function relationsOf(read: readonly SentenceMentions[], entities: ArticleEntities, places: ArticlePlaces, focus?: Draft, actor?: Draft): Relation[] {
  const relations = new RelationList();
  const orgDraft = (name: string) => entities.find('ORG', orgKey(name));
  for (const { sentence, persons, orgs } of read) {
    for (const person of persons) {
      const who = entities.find('PERSON', person.name);
      if (!who) continue;
      for (const post of person.posts) {
        let body: Draft | undefined;
        if (post.implied) body = entities.implied(post.implied, places, post.implied === '党中央' ? 'party' : 'government');
        else if (post.owned) body = entities.org(post.owned, places, { sentence, from: post.org!.from, to: post.org!.to }, post.org!.name);
        else if (post.org) body = orgDraft(writtenOut(post.org, places));
        if (!body) continue;
        relations.add('HOLDS_POSITION', who, body, sentence, spanOf(person, post.org ?? person), post.title);
        const committee = post.committee && orgDraft(writtenOut(post.committee, places));
        if (committee) relations.add('PART_OF', body, committee, sentence, spanOf(post.committee!, post.org!));
      }
    }
    // A body named inside a longer one is the body that one is part of: the nearest such
    // (…事务中心党支部 is part of …事务中心, not of the commission above it).
    for (const outer of orgs) {
      if (outer.bare) continue;
      const inner = orgs.filter((o) => o !== outer && !o.bare && o.to < outer.to && o.from >= outer.from && (o.from === outer.from || o.to === outer.headStart))
        .sort((x, y) => y.to - x.to)[0];
      const a = orgDraft(writtenOut(outer, places)), b = inner && orgDraft(writtenOut(inner, places));
      if (a && b) relations.add('PART_OF', a, b, sentence, outer);
    }
  }
  const subjects = readSubjects(read, entities, actor);
  involvementOf(read, subjects, entities, relations);
  locationsOf(read, subjects, entities, places, relations);
  locateInFocus(entities, relations, focus, read);
  bureausOfGovernments(entities, relations, read);
  return relations.list;
}

// Government departments by the endings of their names (发改委, 民政局, 金融办).
const DEPARTMENT_ENDING = /(?:局|委|办)$/;

/**
 * A district's bureaus and commissions (通州区发改委) are part of its people's government, where
 * the story names that government too.
 */
function bureausOfGovernments(entities: ArticleEntities, relations: RelationList, read: readonly SentenceMentions[]): void {
  const all = entities.entities();
  for (const body of all.filter((d) => d.type === 'ORG' && d.attrs.kind === 'government' && DEPARTMENT_ENDING.test(d.name))) {
    const government = all.find((g) => g.type === 'ORG' && g.name.endsWith('人民政府') && body.name.startsWith(g.name.slice(0, -4)) && g.name.length > 4);
    const mention = body.mentions[0];
    const sentence = mention && read.find((r) => r.sentence.start <= mention.start && r.sentence.end >= mention.end)?.sentence;
    if (government && sentence) relations.add('PART_OF', body, government, sentence, { from: sentence.offsets.indexOf(mention.start), to: sentence.offsets.indexOf(mention.end - 1) + 1 });
  }
}

