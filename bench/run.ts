// `npm run bench`: every benchmark, one after another, each in its own process so each gets a
// fresh Neo4j and the whole machine. They print their own numbers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';

const BENCHES = [
  { file: 'bench/extraction.ts', what: 'extraction throughput and F1 against the segmenter baseline' },
  { file: 'bench/ner.ts', what: 'the mention tagger alone: public benchmarks, our gold by cross-validation, speed' },
  { file: 'bench/ingest.ts', what: 'ingest of 10,000 generated articles into Neo4j' },
  { file: 'bench/api.ts', what: 'GraphQL latency on the generated graph' },
  { file: 'bench/load.ts', what: '50 clients at once against the server as its own process, on the generated graph and the seeds graph' },
  { file: 'bench/ui.ts', what: 'the web UI drawing 5,000 nodes and 10,000 edges in headless Chromium' },
  { file: 'bench/editing.ts', what: 'the review queue on the generated graph, and 100 pages added from the page' },
];

// The ingest bench fills a graph here and the API bench reads it; the user's data is untouched.
const graphDir = mkdtempSync(join(tmpdir(), 'bench-graph-'));
const env = { ...process.env, BENCH_DATA_DIR: graphDir, DATA_DIR: graphDir };
let failed = 0;
try {
  for (const bench of BENCHES.filter((b) => existsSync(resolve(PROJECT_ROOT, b.file)))) {
    console.log(`\n== ${bench.file}: ${bench.what}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, bench.file)], { cwd: PROJECT_ROOT, stdio: 'inherit', env });
    if (run.status !== 0) {
      failed++;
      console.log(`!! ${bench.file} failed (exit ${run.status})`);
    }
  }
} finally {
  rmSync(graphDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
