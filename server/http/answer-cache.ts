import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Graph } from '../graph/neo4j.ts';

// GraphQL answers are cached as the bytes sent, keyed by the request and the graph's version:
// the bookmark of the last transaction committed (Graph.version). Any write to the graph, by this
// process, another API instance or the ingest command line, changes the version, so no answer
// from before a write is served after it, and no instance holds state another must be told of.
// Each request reads the version anew (VersionReader), so a client that wrote and then reads gets
// an answer from after its write. A hit is answered before GraphQL sees the request: no parsing,
// validation, execution or serialising.

/** How long an answer is kept, at most: the version keeps answers right; this bounds the memory old versions hold. */
const TTL_MS = 10 * 60_000;
/** Requests larger than this are not cached (an ingested page is; queries are a few KB). */
const MAX_CACHED_REQUEST = 64 * 1024;
/** The most bytes of answers kept. */
const MAX_CACHED_BYTES = 128 * 1024 * 1024;
/** Root fields whose answer depends on who asks, or on the schema: never cached. */
const UNCACHED_FIELDS = new Set(['editing', '__schema', '__type']);

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

interface Answer {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** Whether a document's operation only reads what every client may share: a query, with no field that depends on the asker. */
function shareable(query: string, operationName: string | undefined): boolean {
  let operation: OperationDefinitionNode | undefined;
  try {
    const definitions = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    operation = operationName ? definitions.find((d) => d.name?.value === operationName) : definitions.length === 1 ? definitions[0] : undefined;
  } catch {
    return false; // GraphQL answers a syntax error; nothing to cache
  }
  if (operation?.operation !== 'query') return false;
  // A fragment at the root could hide `editing`: such rare documents are simply not cached.
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !UNCACHED_FIELDS.has(s.name.value));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What the GraphQL endpoint does with a request whose body was read already. */
export type Execute = (request: IncomingMessage, body: Buffer) => Promise<Answer>;

/** The answer cache in front of the GraphQL endpoint; `answers` is how many it keeps (0: none). */
export class AnswerCache {
  private readonly answers: LRUCache<string, Answer>;
  private readonly documents = new LRUCache<string, boolean>({ max: 1000 });
  /** Requests asked once: only a request asked again is worth the version read a cached answer needs. */
  private readonly asked = new LRUCache<string, true>({ max: 50_000 });
  private readonly versions: VersionReader;

  constructor(graph: Graph, answers: number) {
    this.versions = new VersionReader(graph);
    this.answers = new LRUCache<string, Answer>({
      max: Math.max(answers, 1),
      maxSize: MAX_CACHED_BYTES,
      sizeCalculation: (answer) => answer.body.length + 256,
      ttl: TTL_MS,
    });
  }

  /** Whether a request may be answered here; the others go to the endpoint as they are. */
  static handles(request: IncomingMessage): boolean {
    const length = Number(request.headers['content-length']);
    return request.method === 'POST' && length > 0 && length <= MAX_CACHED_REQUEST && /json/.test(request.headers['content-type'] ?? '');
  }

  private cacheable(body: Buffer): boolean {
    let request: { query?: unknown; operationName?: unknown };
    try {
      request = JSON.parse(body.toString('utf8')) as typeof request;
    } catch {
      return false;
    }
    if (typeof request?.query !== 'string') return false;
    const name = typeof request.operationName === 'string' ? request.operationName : undefined;
    const key = `${name ?? ''}\n${request.query}`;
    let verdict = this.documents.get(key);
    if (verdict === undefined) this.documents.set(key, (verdict = shareable(request.query, name)));
    return verdict;
  }

  /** Answers a request handles() accepted, from the cache or by `execute`, which it then caches. */
  async serve(request: IncomingMessage, response: ServerResponse, execute: Execute): Promise<void> {
    const body = await readBody(request);
    if (!this.cacheable(body)) {
      send(response, await execute(request, body), 'bypass');
      return;
    }
    // The origin decides the CORS headers an answer carries, so it is part of the request's key.
    // A request nobody asked before goes straight to the endpoint: a one-off costs no more than
    // it would without a cache (no version read first). Its second asking is cached.
    const fingerprint = createHash('sha256')
      .update(request.headers.origin ?? '')
      .update('\n')
      .update(body)
      .digest('base64url');
    if (!this.asked.has(fingerprint)) {
      this.asked.set(fingerprint, true);
      send(response, await execute(request, body), 'miss');
      return;
    }
    let version: string;
    try {
      version = await this.versions.read();
    } catch {
      // The graph is unreachable: the endpoint answers with the typed error (GRAPH_UNAVAILABLE).
      send(response, await execute(request, body), 'bypass');
      return;
    }
    const key = `${version}\n${fingerprint}`;
    const cached = this.answers.get(key);
    if (cached) {
      send(response, cached, 'hit');
      return;
    }
    const answer = await execute(request, body);
    // Only complete answers: an error may not happen again (a timeout, a restarting graph). In the
    // JSON, "errors": with bare quotes can only be a key (quotes inside strings are escaped), and
    // no type of the schema has a field of that name: it is the answer's own list of errors.
    if (answer.status === 200 && !answer.body.includes('"errors":')) this.answers.set(key, answer);
    send(response, answer, 'miss');
  }
}

/** Writes an answer; `x-answer-cache` says whether it came from the cache (benchmarks count them). */
function send(response: ServerResponse, answer: Answer, cache: 'hit' | 'miss' | 'bypass'): void {
  response.statusCode = answer.status;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.setHeader('x-answer-cache', cache);
  response.setHeader('content-length', answer.body.length);
  response.end(answer.body);
}
