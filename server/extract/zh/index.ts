import { runStages, type Stage } from '../pipeline.ts';
import type { Document } from '../document.ts';
import { chineseDocument, type ChineseDocument } from './document.ts';
import { foldProjectForms } from './entities/project-forms.ts';
import { attachMoney } from './entities/money.ts';
import { readPlacesByLevel } from './entities/article-places.ts';
import { registerEntities } from './entities/register.ts';
import { resolveShortForms } from './entities/short-forms.ts';
import { findMentions } from './mentions/index.ts';
import { nameInEnglish } from './names.ts';
import { readCanonicalText } from './page/canonical.ts';
import { readDates } from './page/dates.ts';
import { findHomePlace } from './page/home.ts';
import { readLayout } from './page/layout.ts';
import { splitSentences } from './page/sentences.ts';
import { splitStories } from './page/stories.ts';
import { findStoryFocus } from './relations/focus.ts';
import { stateInvolvement } from './relations/involvement.ts';
import { stateLocations } from './relations/location.ts';
import { placeProjects } from './relations/project-places.ts';
import { statePositions } from './relations/positions.ts';
import { readSubjects } from './relations/subjects.ts';
import { loadTagger, type MentionTagger } from './tagger/index.ts';

export interface ChineseOptions {
  /** The learned mention tagger: the committed model when unset, none (the rules alone) when null. */
  tagger?: MentionTagger | null;
}

/** The Chinese pipeline, in order; docs/extraction.md says what each stage adds. */
export function chineseStages(options: ChineseOptions = {}): ReadonlyArray<Stage<ChineseDocument>> {
  const tagger = options.tagger === undefined ? loadTagger() : options.tagger;
  return [
    { name: 'canonical text', run: readCanonicalText },
    { name: 'home place', run: findHomePlace },
    { name: 'layout', run: readLayout },
    { name: 'stories', run: splitStories },
    { name: 'sentences', run: splitSentences },
    { name: 'dates', run: readDates },
    { name: 'mentions', run: (doc) => findMentions(doc, tagger) },
    { name: 'places by level', run: readPlacesByLevel },
    { name: 'entities', run: registerEntities },
    { name: 'short forms', run: resolveShortForms },
    { name: 'project forms', run: foldProjectForms },
    { name: 'money', run: attachMoney },
    { name: 'story focus', run: findStoryFocus },
    { name: 'clause subjects', run: readSubjects },
    { name: 'positions', run: statePositions },
    { name: 'involvement', run: stateInvolvement },
    { name: 'locations', run: stateLocations },
    { name: 'project places', run: placeProjects },
    { name: 'English names', run: nameInEnglish },
  ];
}

/** Reads a Chinese page: a newspaper page of many stories, one article, or one sentence. */
export function readChinese(text: string, options: ChineseOptions = {}): Document {
  return runStages(chineseDocument(text), chineseStages(options));
}
