// `npm run test:unit`: the tests that need no Neo4j and no browser, for a quick loop while working.
// `npm test` (vitest.config.ts) still runs every file, these included.
//
// A test file is sorted by what it uses, so a new one needs no list kept up to date: it needs
// Neo4j or a browser when its text, or that of a test helper it imports (test/api/seed.ts, …),
// names one of NEEDS_NEO4J_OR_BROWSER. Every other test file is a unit test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = dirname(fileURLToPath(import.meta.url));
const TESTS = join(ROOT, 'test');

const NEEDS_NEO4J_OR_BROWSER = [
  /setup\/(graph|server)\.ts/, // the run's Neo4j, and the HTTP server over it
  /inject\('neo4j'\)/, // the run's Neo4j, reached directly
  /graph\/launcher\.ts|startLocalNeo4j/, // a Neo4j of its own
  /playwright/, // a browser
];

function needsNeo4jOrBrowser(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (NEEDS_NEO4J_OR_BROWSER.some((pattern) => pattern.test(text))) return true;
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)]
    .map(([, specifier]) => resolve(dirname(file), specifier ?? ''))
    .filter((helper) => helper.startsWith(TESTS) && existsSync(helper))
    .some((helper) => needsNeo4jOrBrowser(helper, seen));
}

const unitTests = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => join(TESTS, path))
  .filter((file) => !needsNeo4jOrBrowser(file))
  .map((file) => relative(ROOT, file).split('\\').join('/'));

export default defineConfig({
  test: {
    include: unitTests,
    // These tests are pure functions over read-only data (gazetteer, dictionaries, tagger model):
    // loading it once per worker instead of once per file makes the run five times quicker.
    // The price is shared module state, so a unit test must not change a module's state.
    isolate: false,
    testTimeout: 60_000,
  },
});
