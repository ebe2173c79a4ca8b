import type { ArticleEntities, Draft } from './article.ts';
import type { ArticlePlaces } from './coref.ts';
import type { SentenceMentions } from './mentions.ts';
import { orgKey, writtenOut } from './coref.ts';
import { pageSpan, sentenceOf, type ReadSentence } from './sentences.ts';
import type { Relation, RelationType } from './types.ts';
import type { OrgCandidate } from './orgs.ts';
import { TAKES_PART } from './vocab/titles.ts';

// Bodies named by their own area (通州区委 is in 通州区); the graph derives where they are.
const SELF_PLACED = new Set(['government', 'party', 'judicial']);
// What may stand between a place and the organisation or project it holds (在张家湾镇的乐童精英幼儿园).
const PLACE_LINK = /^(?:的|内|里|在|建设|打造)?$/;
// What joins the bodies that together are a sentence's subject.
const COORDINATION = /^(?:、|和|与|及|以及|联合|会同)$/;
// Places small enough that what a sentence names after them is in them.
const LOCAL_LEVELS = new Set(['town', 'subdistrict', 'village', 'community']);

class Relations {
  readonly list: Relation[] = [];
  private readonly seen = new Map<string, Relation>();

  add(type: RelationType, from: Draft, to: Draft, sentence: ReadSentence, span: { from: number; to: number }, title?: string): void {
    if (from === to) return;
    const key = `${type}|${from.name}|${to.name}|${title ?? ''}`;
    const evidence = { ...pageSpan(sentence, span.from, span.to), sentence: sentenceOf(sentence) };
    const known = this.seen.get(key);
    if (known) { known.evidence.push(evidence); return; }
    const relation: Relation = { type, from: from.name, to: to.name, attrs: title ? { title } : {}, evidence: [evidence] };
    this.seen.set(key, relation);
    this.list.push(relation);
  }
}

const spanOf = (a: { from: number; to: number }, b: { from: number; to: number }) => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });

/**
 * The relations a story states. HOLDS_POSITION from the titles before a name; PART_OF from a
 * body named inside a longer one (…有限公司党支部); LOCATED_IN from a place written just before
 * an organisation or project, and from a place's parent when both are in the story;
 * INVOLVED_IN from the organisation a sentence names before a project.
 */
export function relationsOf(read: readonly SentenceMentions[], entities: ArticleEntities, places: ArticlePlaces, focus?: Draft): Relation[] {
  const relations = new Relations();
  const orgDraft = (name: string) => entities.find('ORG', orgKey(name));
  // The body a sentence is about: the first one it names (in full or by a short form), or, where
  // it names none, the one the sentence before it in the paragraph was about (Chinese drops a
  // subject that carries on).
  const orgMentions = entities.entities().filter((d) => d.type === 'ORG')
    .flatMap((d) => d.mentions.map((m) => ({ draft: d, start: m.start, end: m.end })));
  let topic: { draft: Draft; paragraph: number } | undefined;
  for (const { sentence, persons, orgs, projects, places: placeMentions, inner } of read) {
    // Bodies named in the sentence, outermost only (通州区委“两新”工委, not the 通州区委 inside it).
    const inSentence = orgMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const named = inSentence.filter((m) => !inSentence.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
      .sort((x, y) => x.start - y.start);
    // The subject: the first body, with those joined to it (城市管理办公室、综合行政执法队联合区住建委).
    const subjects = named.slice(0, 1);
    for (const m of named.slice(1)) {
      const gap = sentence.text.slice(sentence.offsets.indexOf(subjects[subjects.length - 1]!.end - 1) + 1, sentence.offsets.indexOf(m.start));
      if (!COORDINATION.test(gap)) break;
      subjects.push(m);
    }
    if (named.length) topic = { draft: named[0]!.draft, paragraph: sentence.paragraph };
    else if (topic && topic.paragraph !== sentence.paragraph) topic = undefined;
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
        for (const p of projects) if (post.title.includes(p.name)) relations.add('INVOLVED_IN', who, entities.find('PROJECT', p.name.replace(/[“”]/g, ''))!, sentence, spanOf(person, p));
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
    // Where an organisation or project is: a place its own name starts with (洪三园区共享…项目), else
    // the place written just before it (在张家湾镇的乐童精英幼儿园), else the nearest town-level or
    // smaller place its sentence names before it.
    const holders = [...orgs.filter((o) => !o.bare).map((o) => ({ c: o, d: orgDraft(writtenOut(o, places)) })),
      ...projects.map((p) => ({ c: p, d: entities.find('PROJECT', p.name.replace(/[“”]/g, '')) }))];
    const placeDraft = (p: { name: string; fullName?: string }) => entities.find('PLACE', p.fullName ?? p.name) ?? entities.named('PLACE', p.name);
    for (const { c, d } of holders) {
      if (!d || SELF_PLACED.has(String(d.attrs.kind))) continue;
      // A body whose name starts with its place (平湖市职业中专) is placed by its name; the graph
      // derives that. A company's name gives where it is registered, not where it works.
      const isProject = d.type === 'PROJECT';
      if (!isProject && d.attrs.kind !== 'company' && inner.some((p) => p.from === c.from)) continue;
      const own = isProject ? inner.filter((p) => p.from >= c.from && p.to < c.to && placeDraft(p)).pop() : undefined;
      const adjacent = placeMentions.filter((p) => p.to <= c.from && PLACE_LINK.test(sentence.text.slice(p.to, c.from))).pop();
      const local = isProject || d.attrs.kind === 'company' || d.attrs.kind === 'other';
      const nearby = local ? placeMentions.filter((p) => p.to <= c.from && LOCAL_LEVELS.has(String(placeDraft(p)?.attrs.level))).pop() : undefined;
      for (const place of [own, adjacent ?? nearby]) {
        const target = place && placeDraft(place);
        if (target) relations.add('LOCATED_IN', d, target, sentence, spanOf(place!, c));
      }
    }
    for (const p of projects) {
      const project = entities.find('PROJECT', p.name.replace(/[“”]/g, ''));
      if (!project) continue;
      // The bodies named before the project in its sentence take part in it (…办公室、…执法队联合区住建委
      // 开展…百日攻坚); with none, the sentence's carried topic does.
      const start = sentence.offsets[p.from]!;
      const inside = named.find((m) => m.start === start);
      const before = subjects.filter((m) => m.start <= start);
      const owners = inside ? [inside.draft] : before.length ? [...new Set(before.map((m) => m.draft))] : topic && !named.length ? [topic.draft] : [];
      for (const owner of owners) relations.add('INVOLVED_IN', owner, project, sentence, p);
      for (const person of persons) {
        const between = sentence.text.slice(person.to, p.from);
        const who = entities.find('PERSON', person.name);
        if (who && person.to <= p.from && TAKES_PART.some((v) => between.includes(v))) relations.add('INVOLVED_IN', who, project, sentence, spanOf(person, p));
      }
    }
    for (const p of placeMentions) {
      const self = entities.find('PLACE', p.fullName ?? p.name);
      const parent = self?.attrs.parent ? entities.named('PLACE', self.attrs.parent) : undefined;
      if (self && parent) relations.add('LOCATED_IN', self, parent, sentence, p);
    }
  }
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
function bureausOfGovernments(entities: ArticleEntities, relations: Relations, read: readonly SentenceMentions[]): void {
  const all = entities.entities();
  for (const body of all.filter((d) => d.type === 'ORG' && d.attrs.kind === 'government' && DEPARTMENT_ENDING.test(d.name))) {
    const government = all.find((g) => g.type === 'ORG' && g.name.endsWith('人民政府') && body.name.startsWith(g.name.slice(0, -4)) && g.name.length > 4);
    const mention = body.mentions[0];
    const sentence = mention && read.find((r) => r.sentence.start <= mention.start && r.sentence.end >= mention.end)?.sentence;
    if (government && sentence) relations.add('PART_OF', body, government, sentence, { from: sentence.offsets.indexOf(mention.start), to: sentence.offsets.indexOf(mention.end - 1) + 1 });
  }
}

// Places below a town that an article sets in its focus place when it says nothing nearer.
const BELOW_TOWN = new Set(['village', 'community', 'road', 'zone', 'other']);

/**
 * A story about one place (its headline names it: 兴仁镇：…, 通运街道百日攻坚…) plainly puts the
 * projects, companies and small places it names there, unless it said where they are.
 */
function locateInFocus(entities: ArticleEntities, relations: Relations, focus: Draft | undefined, read: readonly SentenceMentions[]): void {
  if (!focus) return;
  const located = new Set(relations.list.filter((r) => r.type === 'LOCATED_IN').map((r) => r.from));
  for (const d of entities.entities()) {
    if (d === focus || located.has(d.name) || d.mentions.length === 0) continue;
    const placed = d.type === 'PROJECT' || (d.type === 'ORG' && d.attrs.kind === 'company') ||
      (d.type === 'PLACE' && BELOW_TOWN.has(String(d.attrs.level)) && d.attrs.parent !== undefined && d.attrs.parent === focus.name) ||
      (d.type === 'PLACE' && ['road', 'zone'].includes(String(d.attrs.level)) && d.attrs.parent === undefined);
    if (!placed) continue;
    const mention = d.mentions[0]!;
    const sentence = read.find((r) => r.sentence.start <= mention.start && r.sentence.end >= mention.end)?.sentence;
    if (sentence) relations.add('LOCATED_IN', d, focus, sentence, { from: sentence.offsets.indexOf(mention.start), to: sentence.offsets.indexOf(mention.end - 1) + 1 });
  }
}
