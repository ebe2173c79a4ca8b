import type { Division } from '../../gazetteer/divisions.ts';
import type { Entity, EntityAttrs, EntityType, Mention, Sentence } from '../types.ts';
import type { BodyKind, PlaceName } from './bodies.ts';

/** An entity while its article is read. */
export interface Draft extends Entity {
  key: string;
  /** Forms that are the entity's name in full, competing to be `name` (the longest wins). */
  fullForms: string[];
  /** PERSON: the family name, so "Meng" and "Mr. Meng" find "Meng Jingwei". */
  family?: string;
  /** PLACE: the proper part ("Tongzhou"), so a short form finds the place. */
  proper?: string;
  /** PLACE: the level word as written ("district"), where one is. */
  levelWord?: string;
  /** PLACE: the gazetteer's division, where the article settles which one. */
  division?: Division;
  /** ORG: the place whose Party committee or government it is. */
  body?: { kind: BodyKind; place: PlaceName };
}

export interface Written {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
}

/** The fullest form written: the longest full name. */
export const fullName = (d: Draft): string => d.fullForms.reduce((a, b) => (b.length > a.length ? b : a), d.name);

const mentionOf = (w: Written): Mention => ({ start: w.start, end: w.end, text: w.text, sentence: w.sentence });

/** The entities of one article, keyed so that every form of one name finds the same entity. */
export class ArticleEntities {
  private readonly byKey = new Map<string, Draft>();
  private readonly list: Draft[] = [];
  private readonly mergedInto = new Map<Draft, Draft>();

  /** Adds a full name (or finds its entity) and records where it is written. */
  add(type: EntityType, key: string, name: string, attrs: EntityAttrs, written?: Written): Draft {
    const id = `${type}:${key}`;
    let draft = this.byKey.get(id);
    if (!draft) {
      draft = { type, key, name, aliases: [], attrs: {}, mentions: [], fullForms: [] };
      this.byKey.set(id, draft);
      this.list.push(draft);
    }
    if (!draft.fullForms.includes(name)) draft.fullForms.push(name);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && (draft.attrs as Record<string, unknown>)[k] === undefined) (draft.attrs as Record<string, unknown>)[k] = v;
    if (written) draft.mentions.push(mentionOf(written));
    return draft;
  }

  /** Records a short form or a description that refers to the entity ("Meng", "the district"). */
  refer(draft: Draft, written: Written): void {
    draft.aliases.push(written.text);
    this.mention(draft, written);
  }

  /** Records one more place a form of the entity is written. */
  mention(draft: Draft, written: Written): void {
    if (!draft.mentions.some((m) => m.start === written.start && m.end === written.end)) draft.mentions.push(mentionOf(written));
  }

  find(type: EntityType, key: string): Draft | undefined {
    return this.byKey.get(`${type}:${key}`);
  }

  /** Folds `from` into `into`: its names become forms of `into`, its mentions `into`'s. */
  merge(into: Draft, from: Draft): void {
    if (into === from || !this.list.includes(from)) return;
    into.fullForms.push(...from.fullForms);
    into.aliases.push(...from.aliases);
    into.mentions.push(...from.mentions);
    for (const [k, v] of Object.entries(from.attrs)) if (v !== undefined && (into.attrs as Record<string, unknown>)[k] === undefined) (into.attrs as Record<string, unknown>)[k] = v;
    for (const [id, d] of this.byKey) if (d === from) this.byKey.set(id, into);
    this.list.splice(this.list.indexOf(from), 1);
    this.mergedInto.set(from, into);
  }

  /** The entity a draft is now, after any merges. */
  current(draft: Draft): Draft {
    let d = draft;
    for (let next = this.mergedInto.get(d); next; next = this.mergedInto.get(d)) d = next;
    return d;
  }

  all(): readonly Draft[] {
    return this.list;
  }

  /** The entities as the article gives them: the longest full form is the name, every other form an alias. */
  entities(): Entity[] {
    return this.list.map((d) => {
      const name = fullName(d);
      // Forms differing only in case ("The project", "the project") are one alias.
      const seen = new Set([name.toLowerCase()]);
      const aliases = [...d.fullForms, ...d.aliases].filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
      const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
      return { type: d.type, name, aliases, ...(d.en ? { en: d.en } : {}), attrs: d.attrs, mentions };
    });
  }
}
