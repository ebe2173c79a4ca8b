// Brings a fresh clone up to what `npm start` and `npm test` need: npm dependencies and, when
// no NEO4J_URI is set, the Neo4j launcher. Plain Node with no dependencies, because it runs
// before any are installed. Each missing tool is one line saying what to install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
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
  // npm ci, so an install never rewrites the lockfile: it lists every platform's optional native
  // builds (jieba, rolldown, esbuild), and test/install.test.ts keeps it that way.
  run('npm', ['ci', '--no-audit', '--no-fund'], 'install the npm dependencies');
}

/** The launcher jar: built when missing or older than its sources. */
async function ensureLauncher() {
  const major = Number(/version "(\d+)/.exec(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '')?.[1] ?? 0);
  if (!major)
    throw new SetupError(
      'Java 17 is not installed; install it (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j 5 server',
    );
  if (major < 17) throw new SetupError(`Java ${major} is too old for Neo4j 5.26; install Java 17 (Debian: apt-get install openjdk-17-jdk-headless)`);
  const sources = [join(LAUNCHER, 'pom.xml'), join(LAUNCHER, 'src')];
  if (existsSync(LAUNCHER_JAR) && statSync(LAUNCHER_JAR).mtimeMs >= Math.max(...sources.map(newest))) return;
  if (!has('mvn')) throw new SetupError('Maven is not installed; install it (Debian: apt-get install maven), or set NEO4J_URI to an existing Neo4j 5 server');
  console.log('Building the local Neo4j launcher (the first build downloads Neo4j from Maven Central, about a minute)…');
  await runMaven(['-B', '-Dstyle.color=never', '-f', join(LAUNCHER, 'pom.xml'), 'package', '-DskipTests']);
}

/**
 * Maven with its build steps shown as they run. The first build downloads a few hundred jars;
 * one line per jar would bury the steps, so downloads are counted, at most one line per 5 s.
 */
function runMaven(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('mvn', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let downloaded = 0;
    let shownAt = Date.now();
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!/^\[INFO\] Download(ing|ed) from /.test(line)) return console.log(line);
      if (line.includes('Downloaded from ')) downloaded += 1;
      if (!downloaded || Date.now() - shownAt < 5000) return;
      shownAt = Date.now();
      console.log(`[INFO] … ${downloaded} files downloaded so far`);
    });
    child.on('error', (error) => reject(error.code === 'ENOENT' ? new SetupError('mvn is not installed; it is needed to build the Neo4j launcher') : error));
    child.on('close', (code) => {
      if (downloaded) console.log(`[INFO] ${downloaded} files downloaded`);
      if (code === 0) resolvePromise();
      else reject(new SetupError(`mvn ${args.join(' ')} failed (exit ${code}) while trying to build the Neo4j launcher`));
    });
  });
}

/** Whether this Node is in package.json's engines range (test/install.test.ts checks they agree). */
export function nodeSupported(version) {
  const [major, minor] = version.split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 13;
  return major >= 24;
}

export async function ensureInstalled({ needLauncher = !process.env.NEO4J_URI } = {}) {
  if (!nodeSupported(process.versions.node))
    throw new SetupError(`Node ${process.versions.node} is not supported; install Node 22.13+ or 24+ (20.19+ also works)`);
  ensureNodeModules();
  if (needLauncher) await ensureLauncher();
}

/** Runs a command with the terminal, forwarding Ctrl-C and SIGTERM, and exits with its code. */
export function handOver(command, args, env = process.env) {
  return import('node:child_process').then(({ spawn }) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  });
}

export async function setupOrExit(options) {
  try {
    await ensureInstalled(options);
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`Cannot continue: ${error.message}.`);
      process.exit(1);
    }
    throw error;
  }
}
