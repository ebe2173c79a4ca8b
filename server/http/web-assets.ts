import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config.ts';

export interface Asset {
  body: string | Buffer;
  type: string;
}

const WEB_DIR = resolve(PROJECT_ROOT, 'web');

/**
 * The web UI's files. app.ts and the d3 modules it imports are bundled once, in memory, when
 * the server starts (about 0.2 s), so there is no build step to forget and no stale bundle.
 */
export async function loadWebAssets(): Promise<Map<string, Asset>> {
  const bundle = await build({
    entryPoints: [resolve(WEB_DIR, 'app.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const [js] = bundle.outputFiles;
  if (!js) throw new Error('bundling web/app.ts produced no output');
  return new Map<string, Asset>([
    ['/', { body: await readFile(resolve(WEB_DIR, 'index.html')), type: 'text/html; charset=utf-8' }],
    ['/app.js', { body: js.text, type: 'text/javascript; charset=utf-8' }],
    ['/style.css', { body: await readFile(resolve(WEB_DIR, 'style.css')), type: 'text/css; charset=utf-8' }],
  ]);
}
