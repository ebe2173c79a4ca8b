// `npm run merge -- KEEP_ID MERGED_ID` and `npm run split -- ENTITY_ID ARTICLE_ID...`: an
// analyst's decision, stored in the graph so re-ingesting pages keeps it.
import { settingsFrom } from '../config.ts';
import { DecisionError, mergeEntities, splitEntity } from '../graph/decisions.ts';
import { openGraph } from '../graph/neo4j.ts';
import { ensureSchema } from '../graph/schema.ts';

const USAGE = 'usage: npm run merge -- KEEP_ID MERGED_ID\n       npm run split -- ENTITY_ID ARTICLE_ID...';

async function main([action, ...args]: string[]): Promise<number> {
  if ((action === 'merge' && args.length !== 2) || (action === 'split' && args.length < 2) || !['merge', 'split'].includes(action ?? '')) {
    console.error(USAGE);
    return 2;
  }
  const graph = await openGraph(settingsFrom().neo4j);
  try {
    await ensureSchema(graph);
    if (action === 'merge') {
      const outcome = await mergeEntities(graph, args[0]!, args[1]!);
      console.log(`merged ${outcome.merged} into ${outcome.kept}`);
    } else {
      const outcome = await splitEntity(graph, args[0]!, args.slice(1));
      console.log(`split ${outcome.articles.length} article(s) off ${outcome.original} into ${outcome.created}`);
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
