import type { Draft, EntityTable } from './entities.ts';
import type { RelationTable } from './relations.ts';
import type { Article, DateMention, Page, Span } from './types.ts';

// The document that extraction's stages pass along, in either language: the page as written,
// and for each story what the stages have read in it so far. Every span is an offset into `text`.

export interface Document {
  language: 'zh' | 'en';
  /** The page as given; every offset points into it. */
  text: string;
  /** The page's date (YYYY-MM-DD), where the page gives one. */
  date?: string;
  /** The county-level place the page is about, where it can be told (its division code). */
  home?: { code: string; name: string };
  stories: StoryDocument[];
}

export interface StoryDocument<D extends Draft = Draft> extends Span {
  /** The headline: the story's main line, without kicker or subtitle. */
  title: string;
  kicker?: string;
  subtitle?: string;
  entities: EntityTable<D>;
  relations: RelationTable<D>;
  /** The dates the story writes, each with its sentence. */
  dates: DateMention[];
}

/** The extraction's answer: each story's entities and relations as plain data. */
export function pageOf(doc: Document): Page {
  return {
    ...(doc.language === 'en' ? { language: 'en' as const } : {}),
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.home ? { home: doc.home } : {}),
    articles: doc.stories.map(articleOf),
  };
}

function articleOf(story: StoryDocument): Article {
  return {
    title: story.title,
    ...(story.kicker ? { kicker: story.kicker } : {}),
    ...(story.subtitle ? { subtitle: story.subtitle } : {}),
    start: story.start,
    end: story.end,
    entities: story.entities.entities(),
    relations: story.relations.relations(),
    dates: story.dates,
  };
}
