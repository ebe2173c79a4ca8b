// `npm run backup [-- FILE]` writes the whole graph to one file; `npm run restore -- FILE`
// rebuilds an empty graph from it. Both work on the configured Neo4j: the local one in
// DATA_DIR, or the server NEO4J_URI names. The format and what consistency a backup has are in
// server/graph/backup.ts and the README.
import { resolve } from 'node:path';
import { settingsFrom, type Settings } from '../config.ts';
import { BackupError, backupGraph, checkBackup, restoreGraph } from '../graph/backup.ts';
import { openGraph, type Graph } from '../graph/neo4j.ts';

const USAGE = 'usage: npm run backup [-- FILE]\n       npm run restore -- FILE';

/** npm runs scripts in the project folder; a path the user typed is relative to where they typed it. */
const fromUser = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Opens the graph; a local store that a running server holds gets advice instead of a Java error. */
async function open(settings: Settings, command: string): Promise<Graph> {
  try {
    return await openGraph(settings.neo4j);
  } catch (error) {
    if (settings.neo4j.kind === 'local' && /in use by another running Neo4j/.test((error as Error).message)) {
      throw new Error(
        `the graph in ${settings.neo4j.home} is open in a running server (npm start). Stop the server and run ${command} again, ` +
          `or point ${command} at the Neo4j it runs: NEO4J_URI=<the address it printed after "Neo4j:"> NEO4J_PASSWORD=$(cat ${settings.neo4j.home}/password) npm run ${command} …`,
        { cause: error },
      );
    }
    throw error;
  }
}

async function backup(file: string | undefined): Promise<void> {
  const settings = settingsFrom();
  const path = fromUser(file ?? `graph-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
  const graph = await open(settings, 'backup');
  try {
    const started = performance.now();
    const summary = await backupGraph(graph, path);
    console.log(`backed up ${summary.nodes} nodes and ${summary.edges} edges from ${graph.uri} to ${path} (${megabytes(summary.bytes)}) in ${since(started)}`);
    console.log(`digest ${summary.digest.sha256}`);
  } finally {
    await graph.close();
  }
}

async function restore(file: string): Promise<void> {
  const settings = settingsFrom();
  const path = fromUser(file);
  let started = performance.now();
  // The whole file is checked before Neo4j is even started: a damaged file writes nothing.
  const contents = await checkBackup(path);
  console.log(
    `${path}: ${contents.nodes} nodes and ${contents.edges} edges backed up from ${contents.source} at ${contents.createdAt}; checked in ${since(started)}`,
  );
  const graph = await open(settings, 'restore');
  try {
    started = performance.now();
    const summary = await restoreGraph(graph, path, contents);
    console.log(`restored ${summary.restored.nodes} nodes and ${summary.restored.edges} edges into ${graph.uri} in ${since(started)}`);
    console.log(`digest ${summary.restored.sha256}, equal to the backup's`);
  } catch (error) {
    if (error instanceof BackupError && error.code === 'NOT_EMPTY') {
      error.message +=
        settings.neo4j.kind === 'local'
          ? `. Restore into a new folder (DATA_DIR=/path/to/new npm run restore -- ${file}), or, to replace this graph, stop the server, back it up if it matters, delete ${settings.neo4j.home} and run restore again`
          : '. Restore into an empty database, or, to replace this graph, back it up if it matters, empty it (MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS) and run restore again';
    }
    throw error;
  } finally {
    await graph.close();
  }
}

async function main([command, file, ...extra]: string[]): Promise<number> {
  if (extra.length || (command === 'restore' && !file) || (command !== 'backup' && command !== 'restore')) {
    console.error(USAGE);
    return 2;
  }
  await (command === 'backup' ? backup(file) : restore(file!));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`${process.argv[2]} stopped: ${error.message}`);
    process.exit(1);
  },
);
