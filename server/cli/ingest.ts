// `npm run ingest -- PATH...`: extracts pages (files or folders) and loads them into the graph.
// One line of progress with rate and ETA; a summary of what landed and what failed, and why;
// the exit code says whether anything failed.
import { settingsFrom } from '../config.ts';
import { ensureSchema } from '../graph/schema.ts';
import { pageFiles } from '../extract/input.ts';
import { ingestFiles, openGraphForIngest } from '../ingest/index.ts';

function progressLine(done: number, total: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const eta = rate > 0 ? (total - done) / rate : 0;
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(1)}/s  ETA ${eta.toFixed(0)} s`;
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- PATH...   (files or folders of pages)');
    return 2;
  }
  const files = await pageFiles(paths);
  const graph = await openGraphForIngest(settingsFrom().neo4j);
  try {
    await ensureSchema(graph);
    const startedAt = Date.now();
    const interactive = process.stderr.isTTY;
    // SIGTERM or Ctrl-C: the pages being written finish, no new one starts; a second signal
    // stops at once. Either way, the same command again completes the set.
    const stop = new AbortController();
    let stoppingSince = 0;
    const onSignal = (signal: string) => {
      // One signal can arrive twice (to the process, then to its group, as timeout(1) sends it).
      if (stop.signal.aborted) {
        if (Date.now() - stoppingSince > 1_000) process.exit(130);
        return;
      }
      stoppingSince = Date.now();
      stop.abort();
      process.stderr.write(`\n${signal}: finishing the pages being written, then stopping (again to stop at once)\n`);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    const outcomes = await ingestFiles(graph, files, {
      onFile: (outcome, done) => {
        if (!outcome.ok) process.stderr.write(`${interactive ? '\r\x1b[K' : ''}failed: ${outcome.source}: ${outcome.error}\n`);
        if (interactive) process.stderr.write(`\r${progressLine(done, files.length, startedAt)}`);
      },
      signal: stop.signal,
    });
    if (interactive) process.stderr.write('\n');
    const failed = outcomes.filter((o) => !o.ok);
    const stories = outcomes.flatMap((o) => o.stories);
    const count = (status: string) => stories.filter((s) => s.status === status).length;
    console.log(
      `${outcomes.length - failed.length} of ${files.length} files landed: ${count('written')} stories written, ${count('unchanged')} unchanged, ${count('failed')} failed, in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    for (const outcome of failed) console.log(`  failed: ${outcome.source}: ${outcome.error}`);
    if (outcomes.length < files.length) {
      console.log(`stopped before ${files.length - outcomes.length} files; run the same command again to ingest them (what is stored is kept)`);
      return 1;
    }
    return failed.length ? 1 : 0;
  } finally {
    await graph.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`ingest stopped: ${error.message}`);
    process.exit(1);
  },
);
