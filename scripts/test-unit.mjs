// `npm run test:unit`: install what is missing, then run the tests that need no Neo4j and no
// browser (vitest.unit.config.ts says which), so no Java or Maven either.
import { join } from 'node:path';
import { ROOT, handOver, setupOrExit } from './setup.mjs';

await setupOrExit({ needLauncher: false });
await handOver(process.execPath, [
  join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--config',
  join(ROOT, 'vitest.unit.config.ts'),
  ...process.argv.slice(2),
]);
