import type { EntityTable } from '../../entities.ts';
import type { Sentence } from '../../types.ts';
import type { EnglishDocument } from '../document.ts';
import type { Line } from '../page/stories.ts';
import type { EnglishDraft } from './draft.ts';

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
      const start = headline.start + at,
        end = start + form.length;
      const bounded = !/[\p{L}\p{N}]/u.test(headline.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(headline.text[at + form.length] ?? '');
      if (!bounded || taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      entities.mention(d, { start, end, text: headline.text.slice(at, at + form.length), sentence });
    }
  }
}

/** Adds a mention in a title-case headline (which is not read as a sentence) of each entity its story names. */
export function findHeadlineMentions(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    const { headline } = story.layout;
    if (headline && !story.readsHeadline) headlineMentions(headline, story.entities);
  }
  return doc;
}
