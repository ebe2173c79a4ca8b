import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../config.ts';

export const LAUNCHER_DIR = resolve(PROJECT_ROOT, 'neo4j-launcher');
export const LAUNCHER_JAR = resolve(LAUNCHER_DIR, 'target/neo4j-launcher.jar');

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The JVM's process id. */
  pid: number;
  /** Stops Neo4j cleanly and resolves when the JVM has exited. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits for any reason; `requested` is whether stop() asked it to. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; requested: boolean }>;
}

export interface LaunchOptions {
  home: string;
  port: number;
  heapMb: number;
  pagecacheMb: number;
  /** How long to wait for the READY line; a fresh store takes about 8 s on 2 cores. */
  timeoutMs?: number;
}

// The same flags Neo4j's own launcher passes: without them Netty and the page cache fall back
// to slow paths and startup takes seconds longer. The tmpdir settings keep every file the JVM
// writes under the data folder.
function jvmArgs(options: LaunchOptions): string[] {
  const tmp = resolve(options.home, 'tmp');
  mkdirSync(tmp, { recursive: true });
  return [
    `-Xmx${options.heapMb}m`,
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    `-Djava.io.tmpdir=${tmp}`,
    `-Djna.tmpdir=${tmp}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-jar',
    LAUNCHER_JAR,
    '--home',
    options.home,
    '--port',
    String(options.port),
    '--pagecache-mb',
    String(options.pagecacheMb),
  ];
}

/** Fails with one line naming what to install when Java is missing. */
export function requireJava(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'Java 17 or newer is needed to run the local Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use an existing Neo4j 5 server',
    );
  }
}

/**
 * Starts the embedded Neo4j and resolves once Bolt accepts the stored password. The launcher
 * says READY itself; polling Bolt instead risks Neo4j's failed-login lockout during startup.
 */
export async function startLocalNeo4j(options: LaunchOptions): Promise<LocalNeo4j> {
  if (!existsSync(LAUNCHER_JAR)) {
    throw new Error(`the Neo4j launcher is not built (${LAUNCHER_JAR} is missing): run npm start, or mvn -q -f neo4j-launcher/pom.xml package`);
  }
  requireJava();
  mkdirSync(options.home, { recursive: true });
  const child = spawn('java', jvmArgs(options), {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and Neo4j
    // must stop after the Node process has finished its work, not under it. It still never
    // outlives us: it exits when its stdin (our pipe) closes.
    detached: true,
    env: { ...process.env, TMPDIR: resolve(options.home, 'tmp') },
  });
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  const uri = await waitForReady(child, options.timeoutMs ?? 120_000, stderrTail);
  const password = readFileSync(resolve(options.home, 'password'), 'utf8').trim();
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  let requested = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; requested: boolean }>((done) => {
    const report = () => done({ code: child.exitCode, signal: child.signalCode, requested });
    if (child.exitCode !== null || child.signalCode !== null) report();
    else child.once('exit', report);
  });
  return {
    uri,
    user: 'neo4j',
    password,
    pid: child.pid!,
    exited,
    stop: () => {
      requested = true;
      return stopChild(child, stopOnExit);
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<string> {
  return new Promise((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s; see the data folder's neo4j/logs/debug.log`));
    }, timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready: ${stderrTail.join('').slice(-800)}`));
    };
    child.once('exit', onExit);
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveReady(line.slice('READY '.length).trim());
      } else if (line.startsWith('ERROR ')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        reject(new Error(`Neo4j could not start: ${line.slice('ERROR '.length)}`));
      }
    });
  });
}

function stopChild(child: ChildProcess, stopOnExit: () => void): Promise<void> {
  process.off('exit', stopOnExit);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
