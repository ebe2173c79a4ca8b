import type { Document, StoryDocument } from '../document.ts';
import { EntityTable, type Draft } from '../entities.ts';
import { RelationTable } from '../relations.ts';
import type { ArticlePlaces } from './entities/article-places.ts';
import type { SentenceMentions } from './mentions/index.ts';
import type { HomePlace } from './page/home.ts';
import type { Line } from './page/layout.ts';
import type { SentenceSubjects } from './relations/subjects.ts';
import type { ReadSentence } from './sentence.ts';

// What the Chinese stages add to the shared document, in the order they add it
// (docs/extraction.md lists the stages).

export interface ChineseDocument extends Document {
  language: 'zh';
  /** The page with ASCII punctuation beside Chinese made full-width, offset for offset: what the rules read. */
  canonical: string;
  /** The county-level place the page is about, and the division names it writes. */
  homePlace: HomePlace;
  /** The page's non-blank lines, each with what it is (headline, by-line, body …). */
  lines: Line[];
  stories: ChineseStory[];
}

export interface ChineseStory extends StoryDocument {
  /** The story's lines other than its headline, in page order. */
  lines: Line[];
  sentences: ReadSentence[];
  /** What the finders read in each sentence, parallel to `sentences`. */
  mentions: SentenceMentions[];
  /** The places the story means by 区, 市, 镇 … */
  places: ArticlePlaces;
  /** The place the headline says the story is about, and the body it opens with. */
  focus?: Draft;
  actor?: Draft;
  /** Who each clause of each sentence is about, parallel to `sentences`. */
  subjects: SentenceSubjects[];
}

/** A page as the first stage receives it. */
export function chineseDocument(text: string): ChineseDocument {
  return { language: 'zh', text, canonical: text, homePlace: { written: new Set() }, lines: [], stories: [] };
}

/** A story as the story splitter makes it: its span, headline and lines, nothing read yet. */
export function chineseStory(story: Pick<ChineseStory, 'start' | 'end' | 'title' | 'kicker' | 'subtitle' | 'lines'>): ChineseStory {
  const entities = new EntityTable();
  return { ...story, entities, relations: new RelationTable(entities), dates: [], sentences: [], mentions: [], places: {}, subjects: [] };
}
