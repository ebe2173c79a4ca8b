// Brings a fresh clone up to what `npm start` and `npm test` need: npm dependencies and, when
// no NEO4J_URI is set, the Neo4j launcher. Plain Node with no dependencies, because it runs
// before any are installed. Each missing tool is one line saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER = join(ROOT, 'neo4j-launcher');
const LAUNCHER_JAR = join(LAUNCHER, 'target', 'neo4j-launcher.jar');

export class SetupError extends Error {}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error?.code === 'ENOENT') throw new SetupError(`${command} is not installed; it is needed to ${what}`);
  if (result.status !== 0) throw new SetupError(`${command} ${args.join(' ')} failed (exit ${result.status}) while trying to ${what}`);
}

function has(command, args = ['--version']) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

const newest = (path) => {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/** npm dependencies: installed when node_modules is missing or older than the lockfile. */
function ensureNodeModules() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing npm dependencies…');
  // npm install, not npm ci: the lockfile records native builds (jieba) for this platform only,
  // and npm ci refuses a lockfile that lacks the other platforms' optional packages.
  run('npm', ['install', '--no-audit', '--no-fund'], 'install the npm dependencies');
}

/** The launcher jar: built when missing or older than its sources. */
function ensureLauncher() {
  const major = Number(/version "(\d+)/.exec(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '')?.[1] ?? 0);
  if (!major) throw new SetupError('Java 17 is not installed; install it (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j 5 server');
  if (major < 17) throw new SetupError(`Java ${major} is too old for Neo4j 5.26; install Java 17 (Debian: apt-get install openjdk-17-jdk-headless)`);
  const sources = [join(LAUNCHER, 'pom.xml'), join(LAUNCHER, 'src')];
  if (existsSync(LAUNCHER_JAR) && statSync(LAUNCHER_JAR).mtimeMs >= Math.max(...sources.map(newest))) return;
  if (!has('mvn')) throw new SetupError('Maven is not installed; install it (Debian: apt-get install maven), or set NEO4J_URI to an existing Neo4j 5 server');
  console.log('Building the local Neo4j launcher (the first build downloads Neo4j from Maven Central, about a minute)…');
  run('mvn', ['-q', '-B', '-f', join(LAUNCHER, 'pom.xml'), 'package', '-DskipTests'], 'build the Neo4j launcher');
}

export function ensureInstalled({ needLauncher = !process.env.NEO4J_URI } = {}) {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) throw new SetupError(`Node ${process.versions.node} is too old; install Node 20 or newer`);
  ensureNodeModules();
  if (needLauncher) ensureLauncher();
}

/** Runs a command with the terminal, forwarding Ctrl-C and SIGTERM, and exits with its code. */
export function handOver(command, args, env = process.env) {
  return import('node:child_process').then(({ spawn }) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  });
}

export function setupOrExit(options) {
  try {
    ensureInstalled(options);
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`Cannot continue: ${error.message}.`);
      process.exit(1);
    }
    throw error;
  }
}
