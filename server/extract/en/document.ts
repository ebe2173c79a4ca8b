import type { Division } from '../../gazetteer/divisions.ts';
import type { Document, StoryDocument } from '../document.ts';
import { EntityTable } from '../entities.ts';
import { RelationTable } from '../relations.ts';
import type { Sentence } from '../types.ts';
import type { EnglishDraft } from './entities/draft.ts';
import type { Found } from './mentions/found.ts';
import type { StoryLayout } from './page/stories.ts';

// What the English stages add to the shared document, in the order they add it
// (docs/extraction.md lists the stages).

export interface EnglishDocument extends Document {
  language: 'en';
  stories: EnglishStory[];
}

export interface EnglishStory extends StoryDocument<EnglishDraft> {
  /** Where the headline, header lines, dateline and body are. */
  layout: StoryLayout;
  /** A headline in sentence case is read like the body; one in title case only for the names the body gives. */
  readsHeadline: boolean;
  sentences: Sentence[];
  /** The names each sentence writes, parallel to `sentences`. */
  found: Found[][];
  /** The names the header lines write (by-lines, page data). */
  headerFound: Found[];
  /** Which division each place name means. */
  divisions: Map<Found, Division>;
  /** The entity each name is. */
  draftOf: Map<Found, EnglishDraft>;
}

/** A page as the first stage receives it. */
export function englishDocument(text: string): EnglishDocument {
  return { language: 'en', text, stories: [] };
}

/** A story as the story splitter makes it: its layout, nothing read yet. */
export function englishStory(layout: StoryLayout): EnglishStory {
  const entities = new EntityTable<EnglishDraft>();
  return {
    start: layout.start,
    end: layout.end,
    title: layout.headline?.text ?? '',
    layout,
    readsHeadline: false,
    entities,
    relations: new RelationTable(entities),
    dates: [],
    sentences: [],
    found: [],
    headerFound: [],
    divisions: new Map(),
    draftOf: new Map(),
  };
}

/** The entity a name is now, after any merges. */
export function draftOf(story: EnglishStory, f: Found): EnglishDraft | undefined {
  const d = story.draftOf.get(f);
  return d && story.entities.current(d);
}
