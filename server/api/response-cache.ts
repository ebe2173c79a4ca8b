import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../graph/neo4j.ts';

// Query answers are cached, keyed by the query, its variables and the graph's version: the
// bookmark of the last transaction committed (Graph.version). Any write to the graph, by this
// process, another API instance or the ingest command line, changes the version, so no answer
// from before a write is served after it, and no instance holds state another must be told of.
// Each request reads the version anew (the reads of requests that arrive together are shared, see
// VersionReader), so a client that wrote and then reads always gets an answer from after its write.

/** How long an answer is kept, at most: the version keeps answers right; this bounds the memory of old versions. */
export const CACHE_TTL_MS = 10 * 60_000;

/**
 * The graph's version for a request, read after the request arrived. Requests that arrive while
 * no read has started share the next one; a read already on its way is not shared with later
 * arrivals, since it may have been answered before their own writes committed.
 */
export class VersionReader {
  private next: Promise<string> | undefined;

  constructor(private readonly graph: Graph) {}

  read(): Promise<string> {
    this.next ??= new Promise<void>((started) => setImmediate(started)).then(() => {
      this.next = undefined;
      return this.graph.version();
    });
    return this.next;
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The response cache for the API, keyed by the graph's version; it keeps `answers` answers, the
 * least recently used going first. With `report`, every answer says in `extensions.responseCache`
 * whether it came from the cache (for benchmarks and diagnosis).
 */
export function responseCache(graph: Graph, answers: number, report = false): Plugin {
  const versions = new VersionReader(graph);
  return useResponseCache({
    // One cache for everyone: answers do not depend on who asks, but for `editing`, never cached.
    session: () => null,
    cache: createInMemoryCache({ max: answers }),
    ttl: CACHE_TTL_MS,
    ttlPerSchemaCoordinate: { 'Query.editing': 0 },
    // The version already invalidates everything a mutation could change, on every instance.
    invalidateViaMutation: false,
    includeExtensionMetadata: report,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
      digest(JSON.stringify([await versions.read(), documentString, operationName ?? null, variableValues ?? {}])),
  }) as Plugin;
}
