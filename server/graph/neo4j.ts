import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type QueryConfig, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { GraphUnavailableError, isGraphUnavailable } from './availability.ts';
import { startLocalNeo4j, type LaunchOptions, type LocalNeo4j } from './launcher.ts';

/** JavaScript numbers travel as floats; SKIP, LIMIT and ranges need Cypher integers. */
export const int = (value: number) => neo4j.int(value);

/** Every Cypher call gets a transaction timeout, so one bad query cannot hold the server. */
export const QUERY_TIMEOUT_MS = 15_000;

export interface RestartPolicy {
  /** Restarts tried in a row before giving up; a Neo4j that then runs a minute resets the count. */
  tries: number;
  /** The wait before the first try; it doubles each try up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface GraphOptions {
  /**
   * How long the driver keeps retrying a transaction that failed for a transient reason. The
   * driver's default, 30 s, made every request hang that long when Neo4j died; the API keeps it
   * short so a client hears GRAPH_UNAVAILABLE within 2 s. Ingest can afford to wait out a deadlock.
   */
  retryMs?: number;
  /** The local Neo4j's restarts when it dies. */
  restart?: RestartPolicy;
  /** Where restart and recovery lines go (one line each). */
  log?: (line: string) => void;
}

/**
 * The API's retry budget: the driver waits about 1 s before retrying a failed transaction and
 * starts no retry after this budget, so a transaction is retried once and a client hears
 * GRAPH_UNAVAILABLE within 2 s when Neo4j dies.
 */
export const API_RETRY_MS = 500;

export const DEFAULT_RESTART: RestartPolicy = { tries: 5, firstDelayMs: 1_000, maxDelayMs: 16_000 };
// How often an unreachable graph is tried again, and how long a restarted Neo4j must live for a
// later death to count as a new first one.
const PROBE_EVERY_MS = 1_000;
const STABLE_AFTER_MS = 60_000;

export interface Graph {
  /** Where the graph lives, for the startup line (never includes the password). */
  readonly uri: string;
  /** False while the graph is known to be unreachable (restarting, or a remote server gone). */
  readonly available: boolean;
  /** The local Neo4j's JVM process id; undefined for a remote server. */
  readonly pid: number | undefined;
  /** Runs one parameterised query in its own transaction and returns plain records. */
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, mode?: SessionMode): Promise<T[]>;
  /** A session on the configured database, for work that needs several statements in one transaction. */
  session(mode?: SessionMode): Session;
  /**
   * The database's state as of now: the bookmark of a trivial read, which names the last
   * transaction committed, by anyone (this process, another API instance, the ingest CLI). Two
   * calls give the same string exactly when nothing was written in between.
   */
  version(): Promise<string>;
  /** Whether Neo4j answers a trivial query within `timeoutMs`. */
  ping(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

function connect(uri: string, user: string, password: string, options: GraphOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Plain numbers instead of neo4j.Integer: our counts and offsets stay far below 2^53.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.retryMs ?? 30_000,
    // A server that does not answer a connect in 2 s is treated as gone, not waited for.
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 10_000,
  });
}

async function reachable(driver: Driver, uri: string, stopLocal?: () => Promise<void>): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    await stopLocal?.();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Connects to the configured Neo4j, starting the local one first when no server is given. A
 * local Neo4j that dies is restarted (with backoff, a bounded number of tries); a remote one that
 * goes away is tried again every second. Meanwhile every call fails at once with
 * GraphUnavailableError, and the graph recovers by itself, without a restart of the product.
 */
export async function openGraph(target: Neo4jTarget, options: GraphOptions = {}): Promise<Graph> {
  const log = options.log ?? ((line: string) => console.error(line));
  const policy = options.restart ?? DEFAULT_RESTART;
  let local = target.kind === 'local' ? await startLocalNeo4j(target) : undefined;
  const server = target.kind === 'remote' ? target : local!;
  // A restarted local Neo4j listens on the port it had, so the address stays.
  const uri = server.uri;
  let driver = connect(server.uri, server.user, server.password, options);
  await reachable(driver, uri, local ? () => local!.stop() : undefined);

  let available = true;
  let closing = false;
  let probing = false;
  let failedInARow = 0;

  /** Tries the server every second until it answers (a remote one, or a local one that hangs). */
  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      while (!closing && !available) {
        await sleep(PROBE_EVERY_MS);
        if (closing || available || restarting) continue;
        try {
          await driver.verifyConnectivity();
          available = true;
          log(`Neo4j at ${uri} answers again; the API is back`);
        } catch {
          // Still gone: the next probe tries again.
        }
      }
    } finally {
      probing = false;
    }
  };

  const markUnavailable = (why: string) => {
    if (!available || closing) return;
    available = false;
    log(`Neo4j at ${uri} is unavailable (${why}); requests answer GRAPH_UNAVAILABLE until it is back`);
    void probe();
  };

  let restarting = false;
  /** Restarts the local Neo4j (started from `launch`) after it died, then swaps in a driver for it. */
  const restart = async (launch: LaunchOptions, died: LocalNeo4j, why: string) => {
    restarting = true;
    available = false;
    const livedMs = Date.now() - startedAt;
    if (livedMs > STABLE_AFTER_MS) failedInARow = 0;
    log(`Neo4j stopped unexpectedly (${why}); restarting it`);
    const port = Number(new URL(died.uri).port);
    while (!closing && failedInARow < policy.tries) {
      failedInARow += 1;
      const delay = Math.min(policy.firstDelayMs * 2 ** (failedInARow - 1), policy.maxDelayMs);
      await sleep(delay);
      if (closing) return;
      const began = Date.now();
      try {
        const next = await startLocalNeo4j({ ...launch, port });
        const nextDriver = connect(next.uri, next.user, next.password, options);
        await reachable(nextDriver, next.uri, () => next.stop());
        if (closing) {
          await nextDriver.close();
          await next.stop();
          return;
        }
        const old = driver;
        driver = nextDriver;
        local = next;
        startedAt = Date.now();
        restarting = false;
        available = true;
        void old.close().catch(() => undefined);
        watch(next);
        log(
          `Neo4j restarted (try ${failedInARow} of ${policy.tries}, after ${(delay / 1000).toFixed(0)} s wait, ${((Date.now() - began) / 1000).toFixed(1)} s to start); the API is back`,
        );
        return;
      } catch (error) {
        log(`Neo4j restart try ${failedInARow} of ${policy.tries} failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    if (!closing) {
      log(
        `Neo4j could not be restarted after ${policy.tries} tries; the API answers GRAPH_UNAVAILABLE. See ${launch.home}/logs/debug.log, then restart the product`,
      );
    }
  };

  let startedAt = Date.now();
  const watch = (neo: LocalNeo4j) => {
    if (target.kind !== 'local') return;
    void neo.exited.then((exit) => {
      if (exit.requested || closing || neo !== local) return;
      void restart(target, neo, exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`);
    });
  };
  if (local) watch(local);

  const writeConfig: QueryConfig = { database: target.database, routing: neo4j.routing.WRITE, transactionConfig: { timeout: QUERY_TIMEOUT_MS } };
  // A read runs as one auto-commit query: one round trip (RUN and PULL), where a managed
  // transaction takes two (BEGIN, RUN, PULL, then COMMIT) and twice the messages to write and
  // read, on both sides. A read has nothing to retry that a managed transaction would; it shares
  // the bookmarks executeQuery keeps, so it sees every write this process made before it.
  const autoCommitRead = async (cypher: string, params: Record<string, unknown>) => {
    const session = driver.session({
      database: target.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      return await session.run(cypher, params, { timeout: QUERY_TIMEOUT_MS });
    } finally {
      await session.close();
    }
  };

  const unavailableError = () =>
    new GraphUnavailableError(
      restarting ? 'The graph database is restarting; try again in a few seconds.' : 'The graph database cannot be reached; try again in a few seconds.',
    );

  /** A failure that says Neo4j cannot be reached marks the graph unavailable and becomes GraphUnavailableError; any other is itself. */
  const lostIfUnreachable = (error: unknown): unknown => {
    if (!isGraphUnavailable(error)) return error;
    markUnavailable((error as Error).message.split('\n')[0]!);
    return unavailableError();
  };

  return {
    uri,
    get available() {
      return available;
    },
    get pid() {
      return local?.pid;
    },
    async run<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}, mode: SessionMode = 'READ') {
      if (!available) throw unavailableError();
      try {
        const result = mode === 'READ' ? await autoCommitRead(cypher, params) : await driver.executeQuery(cypher, params, writeConfig);
        return result.records.map((record) => record.toObject() as T);
      } catch (error) {
        throw lostIfUnreachable(error);
      }
    },
    async version() {
      if (!available) throw unavailableError();
      const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1', {}, { timeout: QUERY_TIMEOUT_MS });
        return session.lastBookmarks().join(' ');
      } catch (error) {
        throw lostIfUnreachable(error);
      } finally {
        await session.close();
      }
    },
    session(mode: SessionMode = 'WRITE') {
      if (!available) throw unavailableError();
      return driver.session({ database: target.database, defaultAccessMode: mode });
    },
    async ping(timeoutMs: number) {
      if (!available) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((done) => (timer = setTimeout(() => done(false), timeoutMs)));
      const answer = driver.executeQuery('RETURN 1 AS one', {}, { database: target.database, transactionConfig: { timeout: timeoutMs } }).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answer, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closing = true;
      await driver.close();
      await local?.stop();
    },
  };
}
