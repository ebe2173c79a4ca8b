import { setArticleDates } from '../graph/articles.ts';
import { changeEntityType, hideRelation, parseRelationId, renameEntity } from '../graph/corrections.ts';
import { DecisionError, decisionById, keepApart, mergeEntities, splitEntity } from '../graph/decisions.ts';
import { awaitSearchIndex } from '../graph/schema.ts';
import { undoDecision } from '../graph/undo.ts';
import type { EntityType } from '../extract/types.ts';
import { ingestText } from '../ingest/index.ts';
import { looksBinaryText, MAX_PAGE_BYTES, textOfPage } from '../extract/input.ts';
import { requireToken } from './auth.ts';
import type { Context } from './context.ts';
import { apiError } from './errors.ts';

/** The most articles one split may move. */
const MAX_SPLIT_ARTICLES = 1000;

function validDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function required(value: string, name: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw apiError('BAD_USER_INPUT', `${name} is empty`);
  return trimmed;
}

// The decisions module checks ids, types and articles inside its transaction; its refusals
// become typed API errors. A decision changes names that search finds (a merge's aliases, a
// rename), so it returns once the search index has them: the analyst's next search sees it.
async function decide<T>(context: Context, decision: () => Promise<T>): Promise<T> {
  try {
    const outcome = await decision();
    await awaitSearchIndex(context.graph);
    return outcome;
  } catch (error) {
    if (error instanceof DecisionError) throw apiError(error.code, error.message);
    throw error;
  }
}

export const mutations = {
  async ingestPage(_: unknown, args: { text: string; source: string; date?: string | null }, context: Context) {
    requireToken(context);
    const text = args.text;
    if (!text.trim()) throw apiError('BAD_USER_INPUT', 'text is empty; give the page as printed');
    if (Buffer.byteLength(text) > MAX_PAGE_BYTES) throw apiError('BAD_USER_INPUT', `text is over ${MAX_PAGE_BYTES / 1048576} MB; split the page`);
    if (looksBinaryText(text)) {
      throw apiError(
        'BAD_USER_INPUT',
        'text looks binary (a NUL, or many control characters or undecodable characters U+FFFD), not a page of news; send the page decoded as text (UTF-8 in the JSON body)',
      );
    }
    const source = required(args.source, 'source');
    if (args.date != null && !validDate(args.date)) throw apiError('BAD_USER_INPUT', `date must be a real day as YYYY-MM-DD; got ${args.date}`);
    // An HTML page is read as `npm run ingest` reads an .html file, so both store the same text.
    const page = textOfPage(text);
    if (!page.trim()) throw apiError('BAD_USER_INPUT', 'the page has no text once its HTML is taken away');
    const { stories } = await ingestText(context.graph, page, source);
    const landed = stories.filter((s) => s.status !== 'failed').map((s) => s.articleId);
    if (args.date != null) await setArticleDates(context.graph, landed, args.date);
    return { stories };
  },
  async mergeEntities(_: unknown, args: { keepId: string; mergeId: string }, context: Context) {
    const by = requireToken(context);
    const { kept } = await decide(context, () => mergeEntities(context.graph, args.keepId, args.mergeId, by));
    return context.loaders.entity.load(kept);
  },
  async splitEntity(_: unknown, args: { id: string; articleIds: string[] }, context: Context) {
    const by = requireToken(context);
    if (args.articleIds.length > MAX_SPLIT_ARTICLES) {
      throw apiError('BAD_USER_INPUT', `articleIds may hold at most ${MAX_SPLIT_ARTICLES} articles; got ${args.articleIds.length}`);
    }
    const { original, created } = await decide(context, () => splitEntity(context.graph, args.id, args.articleIds, by));
    return context.loaders.entity.loadMany([original, created]);
  },
  async keepApart(_: unknown, args: { id: string; otherId: string }, context: Context) {
    const by = requireToken(context);
    await decide(context, () => keepApart(context.graph, args.id, args.otherId, by));
    return context.loaders.entity.loadMany([args.id, args.otherId]);
  },
  async renameEntity(_: unknown, args: { id: string; name: string }, context: Context) {
    const by = requireToken(context);
    return context.loaders.entity.load(await decide(context, () => renameEntity(context.graph, args.id, args.name, by)));
  },
  async changeEntityType(_: unknown, args: { id: string; type: EntityType }, context: Context) {
    const by = requireToken(context);
    return context.loaders.entity.load(await decide(context, () => changeEntityType(context.graph, args.id, args.type, by)));
  },
  async hideRelation(_: unknown, args: { relationId: string }, context: Context) {
    const by = requireToken(context);
    const key = parseRelationId(args.relationId);
    if (!key) throw apiError('BAD_USER_INPUT', 'relationId is not a relation id this API gave out; take it from an entity’s neighbours');
    return decisionById(context.graph, await decide(context, () => hideRelation(context.graph, key, by)));
  },
  async undoDecision(_: unknown, args: { id: string }, context: Context) {
    const by = requireToken(context);
    return decisionById(context.graph, await decide(context, () => undoDecision(context.graph, args.id, by)));
  },
};
