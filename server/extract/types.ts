// What extraction produces: plain data that every later stage (graph, API, UI) reads.
// Offsets are indices into the page text as a JavaScript string (UTF-16 code units; for
// Chinese text in the Basic Multilingual Plane that is one per character), so any stage can
// point back at the exact words. Evidence is carried from the start, never rebuilt later.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'PROJECT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['HOLDS_POSITION', 'LOCATED_IN', 'INVOLVED_IN', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A half-open character range [start, end) in the page text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of the page, with its text so evidence can be shown without the page. */
export interface Sentence extends Span {
  text: string;
}

/** One place an entity is written: the surface form, where, and the sentence around it. */
export interface Mention extends Span {
  text: string;
  sentence: Sentence;
}

/** Attribute values follow ../shared/gold/GUIDELINE.md; extra keys carry what the graph needs. */
export interface EntityAttrs {
  /** ORG: company | government | party | judicial | education | association | media | other */
  kind?: string;
  /** PLACE: province | city | district | county | town | subdistrict | village | community | zone | road | other */
  level?: string;
  /** PLACE: the immediate parent's name, when the page makes it clear. */
  parent?: string;
  /** PLACE: the administrative-division code from the gazetteer, when it knows the place. */
  code?: string;
  /** PROJECT: the investment as written (5亿元). */
  investment?: string;
  /** PROJECT: the investment in yuan (500000000). */
  investmentYuan?: number;
  /** PROJECT: true when the figure was written as approximate (约, 近, 超). */
  investmentApproximate?: boolean;
  /** PROJECT: status as written (在建, 竣工 …). */
  status?: string;
  /** PERSON: the title(s) as written in the article. */
  title?: string;
}

/** An investment as written (5亿元, "500 million yuan") and what it comes to. */
export interface Investment {
  written: string;
  yuan: number;
  /** Written as approximate (约, 近, 超; "about", "over"). */
  approximate: boolean;
}

export interface Entity {
  type: EntityType;
  /** The fullest form written in the article. */
  name: string;
  /** Other surface forms in the same article that refer to it. */
  aliases: string[];
  /** English name of `name` (filled by the naming stage). */
  en?: string;
  attrs: EntityAttrs;
  mentions: Mention[];
}

/** Where a relation was read: the sentence and the span within it. */
export interface Evidence extends Span {
  sentence: Sentence;
}

export interface Relation {
  type: RelationType;
  /** Entity names (`Entity.name`) within the same article. */
  from: string;
  to: string;
  attrs: { title?: string };
  evidence: Evidence[];
}

/** A date written in a story, with its sentence: relative ones (昨天, 5月15日) are read against the issue date. */
export interface DateMention extends Mention {
  relative: boolean;
}

export interface Article extends Span {
  /** The headline: the story's main line, without kicker or subtitle. */
  title: string;
  /** The line set above the headline (引题), where there is one. */
  kicker?: string;
  /** The line set below the headline (副题), where there is one. */
  subtitle?: string;
  entities: Entity[];
  relations: Relation[];
  /** The dates the story writes, each with its sentence. */
  dates?: DateMention[];
}

export interface Page {
  /** The language the page is written in; Chinese when unset. */
  language?: 'zh' | 'en';
  /** The page's date (YYYY-MM-DD) where the page gives one. */
  date?: string;
  /** The county-level place the page is about, when the gazetteer can tell (its division code). */
  home?: { code: string; name: string };
  articles: Article[];
}
