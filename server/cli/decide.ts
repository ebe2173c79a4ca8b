// `npm run merge -- KEEP_ID MERGED_ID`, `npm run split -- ENTITY_ID ARTICLE_ID...`,
// `npm run keep-apart -- ID ID` and `npm run undo -- DECISION_ID`: an analyst's decision, stored
// in the graph so re-ingesting pages keeps it, or undone; the same decisions the page and the API make.
import { settingsFrom } from '../config.ts';
import { DecisionError, keepApart, mergeEntities, splitEntity } from '../graph/decisions.ts';
import { openGraph } from '../graph/neo4j.ts';
import { ensureSchema } from '../graph/schema.ts';
import { undoDecision } from '../graph/undo.ts';

const USAGE =
  'usage: npm run merge -- KEEP_ID MERGED_ID\n       npm run split -- ENTITY_ID ARTICLE_ID...\n       npm run keep-apart -- ID ID\n       npm run undo -- DECISION_ID';
/** How many ids each action takes: exactly, or at least (split). */
const ARITY: Record<string, (n: number) => boolean> = { merge: (n) => n === 2, split: (n) => n >= 2, 'keep-apart': (n) => n === 2, undo: (n) => n === 1 };

async function main([action, ...args]: string[]): Promise<number> {
  if (!action || !ARITY[action]?.(args.length)) {
    console.error(USAGE);
    return 2;
  }
  const graph = await openGraph(settingsFrom().neo4j);
  try {
    await ensureSchema(graph);
    if (action === 'merge') {
      const outcome = await mergeEntities(graph, args[0]!, args[1]!);
      console.log(`merged ${outcome.merged} into ${outcome.kept} (decision ${outcome.decision}, for npm run undo)`);
    } else if (action === 'split') {
      const outcome = await splitEntity(graph, args[0]!, args.slice(1));
      console.log(`split ${outcome.articles.length} article(s) off ${outcome.original} into ${outcome.created}`);
    } else if (action === 'undo') {
      await undoDecision(graph, args[0]!);
      console.log(`undid ${args[0]}; it stays listed, marked undone`);
    } else {
      const outcome = await keepApart(graph, args[0]!, args[1]!);
      console.log(`${outcome.pair.join(' and ')} are kept apart${outcome.candidateRemoved ? '; their candidate pair is gone' : ''}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DecisionError) {
      console.error(`${action} refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await graph.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`stopped: ${error.message}`);
    process.exit(1);
  },
);
