import type { Document } from './document.ts';

/** One step of extraction: it reads what the steps before it added to the document and adds its own. */
export interface Stage<D extends Document> {
  /** What the stage is called in docs/extraction.md and in a profile. */
  name: string;
  run: (doc: D) => D;
}

/** Passes the document through each stage in order. */
export function runStages<D extends Document>(doc: D, stages: ReadonlyArray<Stage<D>>): D {
  let current = doc;
  for (const stage of stages) current = stage.run(current);
  return current;
}
