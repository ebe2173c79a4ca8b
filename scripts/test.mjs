// `npm test`: install what is missing, then run the whole vitest suite. The suite starts its
// own Neo4j on a free port in a temporary folder (test/setup/neo4j.ts), never the user's data.
import { join } from 'node:path';
import { ROOT, handOver, setupOrExit } from './setup.mjs';

await setupOrExit({ needLauncher: true });
await handOver(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)]);
