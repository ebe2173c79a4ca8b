import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.ts';

interface Locked {
  version?: string;
  engines?: { node?: string } | string[];
  optionalDependencies?: Record<string, string>;
}

const read = (name: string) => JSON.parse(readFileSync(resolve(PROJECT_ROOT, name), 'utf8'));
const ourNode: string = read('package.json').engines.node;
const locked: Record<string, Locked> = read('package-lock.json').packages;

describe('a clean install', () => {
  it('every locked package runs on every Node our engines admit, so npm ci prints no EBADENGINE', () => {
    const narrower = Object.entries(locked).flatMap(([path, entry]) => {
      const theirs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return theirs && !semver.subset(ourNode, theirs) ? [`${path}@${entry.version} wants node ${theirs}`] : [];
    });
    expect(narrower).toEqual([]);
  });

  it("the lockfile lists every platform's optional native builds, so npm ci never rewrites it", () => {
    const lockedNames = new Set(Object.keys(locked).map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)));
    const missing = Object.entries(locked).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !lockedNames.has(name))
        .map((name) => `${name} (for ${path})`),
    );
    expect(missing).toEqual([]);
  });

  it("the setup script's Node check agrees with package.json's engines", async () => {
    // A string specifier: setup.mjs is plain JavaScript with no type declarations.
    const { nodeSupported } = (await import('../scripts/setup.mjs' as string)) as { nodeSupported: (version: string) => boolean };
    for (const version of ['18.20.8', '20.18.3', '20.19.0', '21.7.3', '22.12.0', '22.13.0', '23.11.1', '24.0.0', '25.2.1']) {
      expect([version, nodeSupported(version)]).toEqual([version, semver.satisfies(version, ourNode)]);
    }
  });
});
