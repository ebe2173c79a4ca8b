import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config.ts';

export interface Asset {
  body: string | Buffer;
  type: string;
}

const WEB_DIR = resolve(PROJECT_ROOT, 'web');

/**
 * The web UI's files. app.ts, the layout worker and the d3 modules they import are bundled
 * once, in memory, when the server starts (about 0.2 s), so there is no build step to forget
 * and no stale bundle.
 */
export async function loadWebAssets(): Promise<Map<string, Asset>> {
  const bundle = await build({
    // The layout runs in a worker (web/layout-worker.ts), so it is a second entry of its own.
    entryPoints: [resolve(WEB_DIR, 'app.ts'), resolve(WEB_DIR, 'layout-worker.ts')],
    outdir: WEB_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const script = (name: string) => {
    const file = bundle.outputFiles.find((f) => basename(f.path) === name);
    if (!file) throw new Error(`bundling web/ produced no ${name}`);
    return { body: file.text, type: 'text/javascript; charset=utf-8' };
  };
  return new Map<string, Asset>([
    ['/', { body: await readFile(resolve(WEB_DIR, 'index.html')), type: 'text/html; charset=utf-8' }],
    ['/app.js', script('app.js')],
    ['/layout-worker.js', script('layout-worker.js')],
    ['/style.css', { body: await readFile(resolve(WEB_DIR, 'style.css')), type: 'text/css; charset=utf-8' }],
  ]);
}
