import type { Draft, EntityTable } from './entities.ts';
import type { Evidence, Relation, RelationType } from './types.ts';

/** A relation while its story is read: between drafts, so a later merge moves it with them. */
export interface Stated<D extends Draft = Draft> {
  type: RelationType;
  from: D;
  to: D;
  title?: string;
  evidence: Evidence[];
}

/** The relations of one story, in either language: each once, with every span that states it. */
export class RelationTable<D extends Draft = Draft> {
  private readonly byKey = new Map<string, Stated<D>>();

  constructor(private readonly entities: EntityTable<D>) {}

  add(type: RelationType, from: D, to: D, evidence: Evidence, title?: string): void {
    [from, to] = [this.entities.current(from), this.entities.current(to)];
    if (from === to) return;
    const key = `${type}|${from.type}:${from.key}|${to.type}:${to.key}|${title ?? ''}`;
    const known = this.byKey.get(key);
    if (!known) this.byKey.set(key, { type, from, to, ...(title ? { title } : {}), evidence: [evidence] });
    else if (!known.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) known.evidence.push(evidence);
  }

  /** Whether a relation of this type runs from `from` (to `to`, when given). */
  has(type: RelationType, from: D, to?: D): boolean {
    const [f, t] = [this.entities.current(from), to && this.entities.current(to)];
    return this.stated().some((r) => r.type === type && r.from === f && (!t || r.to === t));
  }

  /** The relations stated so far, between the entities their ends are now. */
  stated(): Array<Stated<D>> {
    return [...this.byKey.values()].map((r) => ({ ...r, from: this.entities.current(r.from), to: this.entities.current(r.to) }));
  }

  /** The relations as the story gives them, by the names of their ends; one per fact. */
  relations(): Relation[] {
    const out = new Map<string, Relation>();
    for (const r of this.stated()) {
      if (r.from === r.to) continue;
      const key = `${r.type}|${r.from.name}|${r.to.name}|${r.title ?? ''}`;
      const known = out.get(key);
      if (known) known.evidence.push(...r.evidence.filter((e) => !known.evidence.some((k) => k.start === e.start && k.end === e.end)));
      else out.set(key, { type: r.type, from: r.from.name, to: r.to.name, attrs: r.title ? { title: r.title } : {}, evidence: [...r.evidence] });
    }
    return [...out.values()];
  }
}
