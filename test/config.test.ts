import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTokensFrom, corsOriginsFrom, PROJECT_ROOT, settingsFrom } from '../server/config.ts';

describe('settings from the environment', () => {
  it('with nothing set, the defaults serve on port 4000 with a local Neo4j under data/', () => {
    const settings = settingsFrom({});
    expect(settings.port).toBe(4000);
    expect(settings.dataDir).toBe(resolve(PROJECT_ROOT, 'data'));
    expect(settings.neo4j).toMatchObject({ kind: 'local', home: resolve(PROJECT_ROOT, 'data/neo4j'), port: 0 });
  });

  it('PORT and DATA_DIR move the server and the data, so two products run side by side', () => {
    const a = settingsFrom({ PORT: '4101', DATA_DIR: '/tmp/a' });
    const b = settingsFrom({ PORT: '4102', DATA_DIR: '/tmp/b' });
    expect([a.port, b.port]).toEqual([4101, 4102]);
    expect(a.neo4j).toMatchObject({ kind: 'local', home: '/tmp/a/neo4j' });
    expect(b.neo4j).toMatchObject({ kind: 'local', home: '/tmp/b/neo4j' });
  });

  it('NEO4J_URI points at an existing server and skips the launcher', () => {
    const settings = settingsFrom({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' });
    expect(settings.neo4j).toEqual({ kind: 'remote', uri: 'neo4j+s://example.databases.neo4j.io', user: 'reader', password: 'secret', database: 'neo4j' });
  });

  it('NEO4J_DATABASE names the database every query runs on', () => {
    expect(settingsFrom({}).neo4j.database).toBe('neo4j');
    expect(settingsFrom({ NEO4J_DATABASE: 'news' }).neo4j.database).toBe('news');
  });

  it('NEO4J_URI without a password is refused with what to set', () => {
    expect(() => settingsFrom({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/set NEO4J_PASSWORD/);
  });

  it('a PORT that is not a number is refused with what to do', () => {
    expect(() => settingsFrom({ PORT: 'eighty' })).toThrow(/PORT=eighty is not a whole number/);
  });

  it('CORS_ORIGINS lists the other origins allowed to call the API; unset, none are', () => {
    expect(settingsFrom({}).corsOrigins).toEqual([]);
    expect(corsOriginsFrom({ CORS_ORIGINS: ' https://analyst.example.org , http://localhost:5173,' })).toEqual([
      'https://analyst.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each([
    ['a trailing slash', 'https://analyst.example.org/', /did you mean https:\/\/analyst\.example\.org\?/],
    ['a path', 'https://analyst.example.org/app', /not an origin/],
    ['no scheme', 'analyst.example.org', /not an origin/],
    ['a wildcard', '*', /not an origin/],
    ['another scheme', 'ftp://analyst.example.org', /not an origin/],
  ])('a CORS_ORIGINS entry with %s is refused, naming it', (_, origin, message) => {
    expect(() => settingsFrom({ CORS_ORIGINS: `http://localhost:5173,${origin}` })).toThrow(message);
    expect(() => settingsFrom({ CORS_ORIGINS: origin })).toThrow(`"${origin}"`);
  });
});

describe('API tokens', () => {
  it('reads API_TOKEN as one token labelled api-token, and API_TOKENS as label:token pairs', () => {
    expect(apiTokensFrom({})).toEqual([]);
    expect(apiTokensFrom({ API_TOKEN: ' secret-1 ' })).toEqual([{ label: 'api-token', token: 'secret-1' }]);
    expect(apiTokensFrom({ API_TOKEN: 'secret-1', API_TOKENS: 'alice:tok-a, Bob Li:tok:b' })).toEqual([
      { label: 'api-token', token: 'secret-1' },
      { label: 'alice', token: 'tok-a' },
      { label: 'Bob Li', token: 'tok:b' },
    ]);
  });

  it('refuses an entry without a label or token, a label twice and a token twice, saying what to give', () => {
    expect(() => apiTokensFrom({ API_TOKENS: 'just-a-token' })).toThrow(/not label:token; give pairs such as alice:TOKEN/);
    expect(() => apiTokensFrom({ API_TOKENS: 'alice:' })).toThrow(/not label:token/);
    expect(() => apiTokensFrom({ API_TOKENS: 'alice:a,alice:b' })).toThrow(/names alice twice/);
    expect(() => apiTokensFrom({ API_TOKENS: 'alice:a,bob:a' })).toThrow(/already given to another label/);
  });
});
