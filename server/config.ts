import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: everything relative (seeds, data, the launcher) is found from here. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where to find Neo4j: a server the operator runs, or the local embedded launcher. */
export type Neo4jTarget =
  | { kind: 'remote'; uri: string; user: string; password: string; database: string }
  | { kind: 'local'; home: string; port: number; heapMb: number; pagecacheMb: number; database: string };

export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  neo4j: Neo4jTarget;
  seedsDir: string;
  /** The bearer token GraphQL mutations require; null turns mutations off. */
  apiToken: string | null;
  /** Origins other than the UI's own whose pages may call the API (CORS_ORIGINS). */
  corsOrigins: string[];
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535 * 1024) {
    throw new Error(`${name}=${raw} is not a whole number; unset it or give a number such as ${fallback}`);
  }
  return value;
}

/** The token mutations require, from API_TOKEN; unset or blank means mutations are off. */
export function apiTokenFrom(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.API_TOKEN?.trim() || null;
}

/**
 * The origins allowed to call the API from their pages, from CORS_ORIGINS: a comma-separated
 * list of exact origins (scheme, host and port, as a browser sends them in Origin). Unset, only
 * the UI's own origin may, and it needs no CORS headers.
 */
export function corsOriginsFrom(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of listed) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is compared as the exact string the browser sends, so a path, a trailing slash
    // or a wildcard would silently match nothing (or, for *, everything): refuse them here.
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      const hint = parsed && ['http:', 'https:'].includes(parsed.protocol) ? ` (did you mean ${parsed.origin}?)` : '';
      throw new Error(
        `CORS_ORIGINS holds "${origin}", which is not an origin${hint}; list exact origins such as https://analyst.example.org or http://localhost:5173 (scheme, host and port only, no path or trailing slash), separated by commas`,
      );
    }
  }
  return [...new Set(listed)];
}

/** Settings from the environment, with defaults that work on a fresh clone. */
export function settingsFrom(env: NodeJS.ProcessEnv = process.env): Settings {
  const dataDir = resolve(PROJECT_ROOT, env.DATA_DIR || 'data');
  const uri = env.NEO4J_URI;
  // Naming the database saves the driver a round trip per transaction to ask for the home one.
  const database = env.NEO4J_DATABASE || 'neo4j';
  const neo4j: Neo4jTarget = uri
    ? { kind: 'remote', uri, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '', database }
    : {
        kind: 'local',
        database,
        home: resolve(dataDir, 'neo4j'),
        // 0 lets the OS pick a free port, so two products with different DATA_DIRs never clash.
        port: integer(env, 'NEO4J_PORT', 0),
        heapMb: integer(env, 'NEO4J_HEAP_MB', 512),
        pagecacheMb: integer(env, 'NEO4J_PAGECACHE_MB', 256),
      };
  if (neo4j.kind === 'remote' && !neo4j.password) {
    throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not; set NEO4J_PASSWORD (and NEO4J_USER if not neo4j)');
  }
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    dataDir,
    neo4j,
    seedsDir: resolve(PROJECT_ROOT, env.SEEDS_DIR || 'seeds'),
    apiToken: apiTokenFrom(env),
    corsOrigins: corsOriginsFrom(env),
  };
}
