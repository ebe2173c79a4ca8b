import { articlePlaces, formal, orgKey, writtenOut, type ArticlePlaces } from './entities/coref.ts';
import type { HomePlace } from './page/home.ts';
import { readMentions, type SentenceMentions } from './mentions/index.ts';
import type { OrgCandidate } from './mentions/orgs.ts';
import { relationsOf } from './relations/index.ts';
import { pageSpan, readSentences, sentenceOf, type ReadSentence } from './page/sentences.ts';
import type { Story } from './page/stories.ts';
import { actorOf, focusOf } from './relations/focus.ts';
import { attachMoney } from './entities/money.ts';
import { resolveShortForms } from './entities/short-forms.ts';
import { datesIn } from './page/dates.ts';
import type { Article, Entity, EntityAttrs, EntityType } from '../types.ts';
import type { OrgKind } from './vocab/orgs.ts';

/** An entity while its article is read: its mentions, keyed so short and long forms meet. */
export interface Draft extends Entity {
  key: string;
}

export class ArticleEntities {
  readonly drafts = new Map<string, Draft>();
  /** Each entity once, in the order first read (merged ones are reachable under several keys). */
  private readonly list: Draft[] = [];

  add(type: EntityType, key: string, name: string, attrs: EntityAttrs, at?: { sentence: ReadSentence; from: number; to: number }, written = name): Draft {
    const id = `${type}:${key}`;
    let draft = this.drafts.get(id);
    if (!draft) {
      this.drafts.set(id, (draft = { type, key, name, aliases: [], attrs: { ...attrs }, mentions: [] }));
      this.list.push(draft);
    }
    else {
      // The fullest form written is the name; the others are aliases.
      if (name.replace(/[“”]/g, '').length > draft.name.replace(/[“”]/g, '').length) {
        draft.aliases.push(draft.name);
        draft.name = name;
      } else if (name !== draft.name) draft.aliases.push(name);
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined && (draft.attrs as Record<string, unknown>)[k] === undefined) (draft.attrs as Record<string, unknown>)[k] = v;
    }
    if (written !== draft.name) draft.aliases.push(written);
    if (at) {
      const span = pageSpan(at.sentence, at.from, at.to);
      draft.mentions.push({ ...span, text: at.sentence.written.slice(at.from, at.to), sentence: sentenceOf(at.sentence) });
    }
    return draft;
  }

  /** Folds `from` into `into`: its name becomes an alias, and lookups of its key find `into`. */
  merge(into: Draft, from: Draft): void {
    // Only entities still standing merge; one already folded into another is that other now.
    const [first, second] = [this.list.indexOf(from), this.list.indexOf(into)];
    if (into === from || first < 0 || second < 0) return;
    into.aliases.push(from.name, ...from.aliases);
    into.mentions.push(...from.mentions);
    for (const [k, v] of Object.entries(from.attrs)) if (v !== undefined && (into.attrs as Record<string, unknown>)[k] === undefined) (into.attrs as Record<string, unknown>)[k] = v;
    for (const [id, d] of this.drafts) if (d === from) this.drafts.set(id, into);
    // The merged entity keeps the earlier of the two places in reading order.
    if (first < second) {
      this.list.splice(second, 1);
      this.list[first] = into;
    } else this.list.splice(first, 1);
  }

  entities(): readonly Draft[] {
    return this.list;
  }

  find(type: EntityType, key: string): Draft | undefined {
    return this.drafts.get(`${type}:${key}`);
  }

  /** The entity of a type with this name or alias. */
  named(type: EntityType, name: string): Draft | undefined {
    for (const d of this.entities()) if (d.type === type && (d.name === name || d.aliases.includes(name))) return d;
    return undefined;
  }

  org(org: OrgCandidate, places: ArticlePlaces, at?: { sentence: ReadSentence; from: number; to: number }, written = org.name): Draft {
    const full = writtenOut(org, places);
    return this.add('ORG', orgKey(full), full, { kind: org.kind }, at, written);
  }

  implied(body: string, places: ArticlePlaces, kind: OrgKind): Draft {
    const level = /^[区县]/.test(body) ? places.county?.name : /^市/.test(body) ? places.city?.name : /^[镇乡]/.test(body) ? places.town : /^省/.test(body) ? places.province?.name : undefined;
    const full = formal(level && /^[省市区县镇乡]/.test(body) ? level + body.slice(1) : body);
    return this.find('ORG', orgKey(full)) ?? this.add('ORG', orgKey(full), full, { kind });
  }
}

/**
 * Reads a story: its sentences, the entities they name, and how those relate. The rules read
 * `canonical` (full-width punctuation); evidence quotes `page` as written. Offsets fit both.
 */
export function readArticle(canonical: string, story: Story, home: HomePlace, page = canonical): Article {
  const sentences = readSentences(canonical, story.lines, page);
  const read: SentenceMentions[] = sentences.map((s) => readMentions(s, home));
  const places = articlePlaces(read, home);
  const entities = new ArticleEntities();
  for (const { sentence, places: placeMentions, orgs, projects, persons } of read) {
    for (const p of placeMentions) {
      const owner = p.relative === 'subdistrict' ? places.subdistrict : p.relative === 'town' ? places.town : undefined;
      if (p.relative && !owner) continue;
      const name = owner ? owner + p.name.replace(/^(?:街道|镇|乡)/, '') : p.fullName ?? p.name;
      entities.add('PLACE', name, name, owner ? { ...p.attrs, parent: owner } : p.attrs, { sentence, ...p }, p.name);
    }
    // A body named after a level word alone (区委) is kept only where the article knows that place.
    const placed = (o: OrgCandidate) => !o.relative || !/^[区市县镇乡省]/.test(writtenOut(o, places));
    for (const o of orgs) if (!o.bare && placed(o)) entities.org(o, places, { sentence, ...o });
    for (const p of projects) {
      const key = p.name.replace(/[“”]/g, '');
      entities.add('PROJECT', key, p.name, {}, { sentence, ...p });
    }
    for (const p of persons) entities.add('PERSON', p.name, p.name, p.title ? { title: p.title } : {}, { sentence, ...p });
  }
  resolveShortForms(read, entities);
  attachMoney(read, entities);
  const relations = relationsOf(read, entities, places, focusOf(story, entities, home), actorOf(story, entities));
  return {
    title: story.title,
    ...(story.kicker ? { kicker: story.kicker } : {}),
    ...(story.subtitle ? { subtitle: story.subtitle } : {}),
    start: story.start,
    end: story.end,
    entities: entities.entities().map(({ key: _key, ...entity }) => ({ ...entity, aliases: [...new Set(entity.aliases)].filter((a) => a !== entity.name) })),
    relations,
    dates: sentences.flatMap(datesIn),
  };
}
