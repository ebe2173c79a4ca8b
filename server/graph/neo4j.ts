import neo4j, { type Driver, type QueryConfig, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4j } from './launcher.ts';

/** JavaScript numbers travel as floats; SKIP, LIMIT and ranges need Cypher integers. */
export const int = (value: number) => neo4j.int(value);

/** Every Cypher call gets a transaction timeout, so one bad query cannot hold the server. */
export const QUERY_TIMEOUT_MS = 15_000;

export interface Graph {
  driver: Driver;
  /** Where the graph lives, for the startup line (never includes the password). */
  uri: string;
  /** Runs one parameterised query in its own transaction and returns plain records. */
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, mode?: SessionMode): Promise<T[]>;
  /** A session on the configured database, for work that needs several statements in one transaction. */
  session(mode?: SessionMode): Session;
  close(): Promise<void>;
}

/** Connects to the configured Neo4j, starting the local one first when no server is given. */
export async function openGraph(target: Neo4jTarget): Promise<Graph> {
  let local: LocalNeo4j | undefined;
  let uri: string, user: string, password: string;
  if (target.kind === 'remote') {
    ({ uri, user, password } = target);
  } else {
    local = await startLocalNeo4j(target);
    ({ uri, user, password } = local);
  }
  // Plain numbers instead of neo4j.Integer: our counts and offsets stay far below 2^53.
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`, { cause: error });
  }
  return {
    driver,
    uri,
    async run<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}, mode: SessionMode = 'READ') {
      const config: QueryConfig = {
        database: target.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: { timeout: QUERY_TIMEOUT_MS },
      };
      const result = await driver.executeQuery(cypher, params, config);
      return result.records.map((record) => record.toObject() as T);
    },
    session(mode: SessionMode = 'WRITE') {
      return driver.session({ database: target.database, defaultAccessMode: mode });
    },
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
