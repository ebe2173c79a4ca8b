import type { Article, Sentence } from '../types.ts';
import { resolveReferences } from './coref.ts';
import { datesIn } from './dates.ts';
import { divisionsSpelled } from './divisions.ts';
import { englishNameOf } from './display.ts';
import { EntityTable } from '../entities.ts';
import { RelationTable } from '../relations.ts';
import type { EnglishDraft } from './entities.ts';
import type { Found } from './found.ts';
import { readSentence } from './mentions.ts';
import { attachMoney } from './money.ts';
import { placeLinks, resolvePlaces } from './places.ts';
import { registerNames } from './register.ts';
import { gazetteerParents } from './locations.ts';
import { sentenceRelations } from './relations.ts';
import { sentencesOf } from './sentences.ts';
import type { Line, Story } from './stories.ts';

// One story read from start to end: sentences, the names they write, which entity each name
// is, and what the sentences say of them.

// A by-line's label is the title its persons hold ("Reporter: Zhang Xiuxiu"); "By" gives none.
const BYLINE_LABEL = /^(Writer|Reporter|Editor|Author|Photographer|Correspondent)s?\s*:/i;

/** A header line (by-line, page data) read like a sentence, its persons titled by its label. */
function readHeaderLine(text: string, line: Line): Found[] {
  const found = readSentence(text, { start: line.start, end: line.end, text: line.text });
  const label = BYLINE_LABEL.exec(line.text);
  if (label) {
    for (const f of found) if (f.type === 'PERSON' && !f.reference) f.title = { text: label[1]!.toLowerCase(), start: line.start, end: line.start + label[1]!.length };
  }
  return found;
}

/** Mentions in the headline of entities the story names ("Tongzhou" in a headline about Tongzhou District). */
function headlineMentions(headline: Line, entities: EntityTable<EnglishDraft>): void {
  const sentence: Sentence = { start: headline.start, end: headline.end, text: headline.text };
  const forms = entities
    .all()
    .flatMap((d) => [...d.fullForms, ...d.aliases].filter((form) => form.length >= 3 && !/^(?:the|this|that)\s/i.test(form)).map((form) => ({ d, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number }[] = [];
  const lower = headline.text.toLowerCase();
  for (const { d, form } of forms) {
    for (let at = lower.indexOf(form.toLowerCase()); at >= 0; at = lower.indexOf(form.toLowerCase(), at + 1)) {
      const start = headline.start + at, end = start + form.length;
      const bounded = !/[\p{L}\p{N}]/u.test(headline.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(headline.text[at + form.length] ?? '');
      if (!bounded || taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      entities.mention(d, { start, end, text: headline.text.slice(at, at + form.length), sentence });
    }
  }
}

/**
 * A headline in title case ("Jinyun County Holds Work Conference On Pumped-Storage Power
 * Station") capitalises every word, so its capitals say nothing about names.
 */
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** Reads one story of the page. */
export function readStory(text: string, story: Story): Article {
  const { headline } = story;
  // A headline in sentence case is read like the body; one in title case only for names the body gives.
  const readHeadline = headline && !isTitleCase(headline.text);
  const sentences = [...(readHeadline ? [{ start: headline.start, end: headline.end, text: headline.text }] : []), ...sentencesOf(text, story.bodyStart, story.bodyEnd)];
  const perSentence = sentences.map((s) => readSentence(text, s));
  const found = [...story.header.flatMap((line) => readHeaderLine(text, line)), ...perSentence.flat()];
  const links = perSentence.flatMap((s) => placeLinks(text, s, (f) => f.place?.level));
  const inNames = found.filter((f) => f.body).map((f) => divisionsSpelled(f.body!.place.proper, f.body!.place.level));
  const divisions = resolvePlaces(found, links, { inNames, ...(story.dateline ? { dateline: story.dateline.place } : {}) });

  const entities = new EntityTable<EnglishDraft>();
  const draftOf = new Map<Found, EnglishDraft>();
  registerNames(found, divisions, entities, draftOf);
  resolveReferences(found, sentences, entities, draftOf);
  const draft = (f: Found) => {
    const d = draftOf.get(f);
    return d && entities.current(d);
  };

  const relations = new RelationTable(entities);
  for (const sentence of perSentence) {
    sentenceRelations(text, sentence, draft, entities, relations);
    attachMoney(sentence, draft);
  }
  gazetteerParents(entities, relations);
  if (headline && !readHeadline) headlineMentions(headline, entities);

  const stated = relations.relations();
  for (const d of entities.all()) {
    d.en = englishNameOf(d);
    if (d.type !== 'PLACE') continue;
    const parent = stated.find((r) => r.type === 'LOCATED_IN' && r.from === d.name && entities.all().some((p) => p.type === 'PLACE' && p.name === r.to));
    if (parent) d.attrs.parent = parent.to;
  }
  return {
    title: headline?.text ?? '',
    start: story.start,
    end: story.end,
    entities: entities.entities(),
    relations: stated,
    dates: sentences.flatMap(datesIn),
  };
}
