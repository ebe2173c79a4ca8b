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
  /** The bearer tokens GraphQL mutations accept, each with its label; none turns mutations off. */
  apiTokens: ApiToken[];
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

/** A bearer token that turns on mutations, and whose decisions it stands for. */
export interface ApiToken {
  /** Who the token belongs to (an analyst's name); recorded on every decision made with it. */
  label: string;
  token: string;
}

/** The label of the single token API_TOKEN sets. */
export const API_TOKEN_LABEL = 'api-token';
const TOKEN_LABEL = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

/**
 * The tokens mutations accept: API_TOKENS as `label:token` pairs separated by commas
 * (`alice:…,bob:…`), and API_TOKEN as one token labelled `api-token`. None means mutations are off.
 */
export function apiTokensFrom(env: NodeJS.ProcessEnv = process.env): ApiToken[] {
  const tokens: ApiToken[] = [];
  const single = env.API_TOKEN?.trim();
  if (single) tokens.push({ label: API_TOKEN_LABEL, token: single });
  for (const entry of (env.API_TOKENS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf(':');
    const label = at > 0 ? entry.slice(0, at).trim() : '';
    const token = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!TOKEN_LABEL.test(label) || !token) {
      throw new Error(
        `API_TOKENS holds "${entry.slice(0, 20)}…", not label:token; give pairs such as alice:TOKEN,bob:TOKEN (labels: letters, digits, space . _ -, at most 40)`,
      );
    }
    if (tokens.some((t) => t.label === label)) throw new Error(`API_TOKENS names ${label} twice; give each analyst one label`);
    if (tokens.some((t) => t.token === token)) throw new Error(`API_TOKENS gives ${label} a token already given to another label; give each its own`);
    tokens.push({ label, token });
  }
  return tokens;
}

/**
 * The origins allowed to call the API from their pages, from CORS_ORIGINS: a comma-separated
 * list of exact origins (scheme, host and port, as a browser sends them in Origin). Unset, only
 * the UI's own origin may, and it needs no CORS headers.
 */
/**
 * How many GraphQL answers the API caches (RESPONSE_CACHE_ANSWERS, default 2000; 0 turns the
 * cache off). An entity with its neighbours is tens of KB, so the default holds tens of MB.
 */
export function cachedAnswersFrom(env: NodeJS.ProcessEnv = process.env): number {
  return integer(env, 'RESPONSE_CACHE_ANSWERS', 2000);
}

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
    apiTokens: apiTokensFrom(env),
    corsOrigins: corsOriginsFrom(env),
  };
}
