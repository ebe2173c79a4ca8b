import type { Entity, EntityAttrs, EntityType, Mention } from './types.ts';

// The entities of one story while it is read, in either language: every form a name is written
// in is keyed so that short and long forms meet, and the fullest form written is the name.

/** An entity while its story is read. */
export interface Draft extends Entity {
  key: string;
  /** Forms that name the entity in full; the fullest is `name`, and the others are among `aliases` too. */
  fullForms: string[];
}

// Quotation marks around a proper part (“红领金夕”攻坚项目) do not make a form fuller.
const fullness = (form: string) => form.replace(/[“”]/g, '').length;

/** Sets each attribute the draft does not have yet: the first value read stands. */
function fillAttrs(into: EntityAttrs, from: EntityAttrs): void {
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) if (v !== undefined && target[k] === undefined) target[k] = v;
}

/** The entities of one story, in the order first read. `D` adds a language's own working fields. */
export class EntityTable<D extends Draft = Draft> {
  private readonly byKey = new Map<string, D>();
  private readonly list: D[] = [];
  private readonly mergedInto = new Map<D, D>();

  /**
   * Adds a full name of an entity (or finds the entity its key already has), with where it is
   * written. `written` is the form on the page where that differs from the name (区委 for 通州区委).
   */
  add(type: EntityType, key: string, name: string, attrs: EntityAttrs, mention?: Mention, written = name): D {
    const id = `${type}:${key}`;
    let draft = this.byKey.get(id);
    if (!draft) {
      draft = { type, key, name, fullForms: [], aliases: [], attrs: {}, mentions: [] } as unknown as D;
      this.byKey.set(id, draft);
      this.list.push(draft);
    }
    this.addFullForm(draft, name);
    fillAttrs(draft.attrs, attrs);
    this.alias(draft, written);
    if (mention) this.mention(draft, mention);
    return draft;
  }

  /** Records a short form or a description that refers to the entity (区检察院, "the district"). */
  refer(draft: D, mention: Mention): void {
    this.alias(draft, mention.text);
    this.mention(draft, mention);
  }

  /** Records another form of the entity's name, written where its mentions do not show. */
  alias(draft: D, form: string): void {
    if (form !== draft.name && !draft.aliases.includes(form)) draft.aliases.push(form);
  }

  /** Records one more place the entity is written. */
  mention(draft: D, mention: Mention): void {
    if (!draft.mentions.some((m) => m.start === mention.start && m.end === mention.end)) draft.mentions.push(mention);
  }

  /**
   * Folds `from` into `into`: its names become aliases of `into` (which keeps its name: the rule
   * that merges knows which form is the entity's own), its mentions `into`'s, and its key finds
   * `into`. The merged entity keeps the earlier of the two places in reading order.
   */
  merge(into: D, from: D): void {
    [into, from] = [this.current(into), this.current(from)];
    const [first, second] = [this.list.indexOf(from), this.list.indexOf(into)];
    if (into === from || first < 0 || second < 0) return;
    for (const form of from.fullForms) if (!into.fullForms.includes(form)) into.fullForms.push(form);
    for (const alias of [...from.fullForms, ...from.aliases]) this.alias(into, alias);
    for (const m of from.mentions) this.mention(into, m);
    fillAttrs(into.attrs, from.attrs);
    for (const [id, d] of this.byKey) if (d === from) this.byKey.set(id, into);
    this.mergedInto.set(from, into);
    if (first < second) {
      this.list.splice(second, 1);
      this.list[first] = into;
    } else this.list.splice(first, 1);
  }

  /** The entity a draft is now, after any merges. */
  current(draft: D): D {
    let d = draft;
    for (let next = this.mergedInto.get(d); next; next = this.mergedInto.get(d)) d = next;
    return d;
  }

  /** Whether the draft is an entity of its own still, not folded into another. */
  stands(draft: D): boolean {
    return !this.mergedInto.has(draft) && this.list.includes(draft);
  }

  find(type: EntityType, key: string): D | undefined {
    return this.byKey.get(`${type}:${key}`);
  }

  /** The entity of a type with this name or alias. */
  named(type: EntityType, name: string): D | undefined {
    return this.list.find((d) => d.type === type && (d.name === name || d.aliases.includes(name)));
  }

  all(): readonly D[] {
    return this.list;
  }

  /** The entities as the story gives them: the fullest form is the name, every other form an alias. */
  entities(): Entity[] {
    return this.list.map((d) => {
      // Forms differing only in case ("The project", "the project") are one alias.
      const seen = new Set([d.name.toLowerCase()]);
      const aliases = d.aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
      const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
      return { type: d.type, name: d.name, aliases, ...(d.en ? { en: d.en } : {}), attrs: d.attrs, mentions };
    });
  }

  /** A full form competes to be the name; the one that loses is an alias. */
  private addFullForm(draft: D, form: string): void {
    if (draft.fullForms.includes(form)) return;
    draft.fullForms.push(form);
    if (fullness(form) > fullness(draft.name)) {
      const previous = draft.name;
      draft.name = form;
      draft.aliases = draft.aliases.filter((a) => a !== form);
      this.alias(draft, previous);
    } else this.alias(draft, form);
  }
}
