// `npm start`: install what is missing, then run the server (which starts the local Neo4j,
// ingests seeds/ into an empty graph, and serves the UI and the API).
import { join } from 'node:path';
import { ROOT, handOver, setupOrExit } from './setup.mjs';

await setupOrExit();
await handOver(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'main.ts')]);
