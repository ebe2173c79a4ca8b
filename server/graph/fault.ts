// A test hook, inert unless INGEST_FAULT is set: the crash-safety test (test/graph/crash.test.ts,
// bench/crash.ts) sets it to SIGKILL a process at an exact point of a page's write transaction,
// points a kill from outside hits only by luck.
//
//   INGEST_FAULT=POINT:K[:PID]   on the K-th page transaction this process runs (from 1), at
//                                POINT, SIGKILL process PID (default: this ingest itself; the
//                                Neo4j JVM's pid to kill the server instead)
//
//   during-write    the write statement (the stories, then the gazetteer hierarchy above their
//                   places) is sent and its result not yet back: the server is writing
//   before-commit   every statement ran, the commit is not sent
//   during-commit   the commit is sent, its acknowledgement not yet read
import type { ManagedTransaction } from 'neo4j-driver';

export type FaultPoint = 'during-write' | 'before-commit' | 'during-commit';

const POINTS: readonly FaultPoint[] = ['during-write', 'before-commit', 'during-commit'];

function parse(value: string | undefined): { point: FaultPoint; page: number; pid: number } | undefined {
  if (!value) return undefined;
  const [point, page, pid] = value.split(':');
  if (!POINTS.includes(point as FaultPoint) || !Number.isInteger(Number(page))) {
    throw new Error(`INGEST_FAULT=${value} is not POINT:K[:PID] with POINT one of ${POINTS.join(', ')}`);
  }
  return { point: point as FaultPoint, page: Number(page), pid: pid ? Number(pid) : process.pid };
}

const fault = parse(process.env.INGEST_FAULT);
let pages = 0;

/** Counts a page transaction; returns its number, which `faultAt` is given. */
export const pageTransactionStarted = (): number => ++pages;

/** SIGKILLs the chosen process if the hook is set for this point of this page transaction. */
export function faultAt(point: FaultPoint, page: number): void {
  if (fault?.point !== point || fault.page !== page) return;
  // Pipes are written synchronously on Linux: the line is out before the kill.
  process.stderr.write(`INGEST_FAULT: SIGKILL to pid ${fault.pid} ${point}, page transaction ${page}\n`);
  if (point === 'during-commit') {
    // The driver sends COMMIT in the promise continuations after the work returns; a macrotask
    // runs after them, with COMMIT handed to the socket and its reply not yet read.
    setImmediate(() => process.kill(fault.pid, 'SIGKILL'));
  } else {
    process.kill(fault.pid, 'SIGKILL');
  }
}

/** Runs a statement; at `during-write`, kills once it is on the wire, before its result is read. */
export async function runWithFault(tx: ManagedTransaction, page: number, cypher: string, params: Record<string, unknown>) {
  const result = tx.run(cypher, params);
  if (fault?.point === 'during-write' && fault.page === page) {
    await new Promise((sent) => setImmediate(sent));
    faultAt('during-write', page);
  }
  return result;
}
