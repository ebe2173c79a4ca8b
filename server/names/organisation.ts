import type { BodyForm } from './glossary/index.ts';
import { areaModifier, placeInFull, renderTokens } from './phrase.ts';
import type { Token } from './segment.ts';

// Organisations: official forms at the end of a name (../glossary/forms.ts), and units that
// belong to the body before them (通州区城市管理委垃圾分类事务中心 → Waste Sorting Affairs
// Center of the Tongzhou District Urban Management Commission).

interface Rendered {
  en: string;
  /** Whether "of" takes "the" before it: the Ministry of Education, but China Agricultural University. */
  definite: boolean;
}

const isHead = (t: Token | undefined) => t?.kind === 'form' || (t?.kind === 'term' && t.term.role === 'head');
const isUnit = (t: Token | undefined) => isHead(t) || (t?.kind === 'term' && t.term.role === 'unit');
const isBare = (t: Token | undefined) => t?.kind === 'term' && t.term.bare === true;

function lastHeadBefore(tokens: readonly Token[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (isHead(tokens[i])) return i;
  return -1;
}

const withArticle = (parent: Rendered) => (parent.definite ? `the ${parent.en}` : parent.en);

const fill = (template: string, values: Record<string, string>) =>
  template
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();

function formAfterBody(form: BodyForm, parent: Rendered, mid: readonly Token[]): string | undefined {
  if (!form.afterBody) return undefined;
  const midEn = renderTokens(mid, 'word');
  if (mid.length > 0 && !form.afterBody.includes('{mid}')) return `${midEn} ${form.en} of ${withArticle(parent)}`;
  return fill(form.afterBody, { parent: withArticle(parent), mid: midEn });
}

/** 委 is a Party committee only right after a place (通州区委); after a field it is a commission (住建委). */
const takesArea = (form: BodyForm, area: readonly Token[]) => Boolean(form.afterArea) && (form.zh !== '委' || area[area.length - 1]?.kind === 'place');

/** What a token says of committees: whether it means one, and the party template it names. */
const meansCommittee = (t: Token | undefined) => (t?.kind === 'form' && t.form.meansCommittee) || (t?.kind === 'term' && t.term.meansCommittee) || false;
const committeeOf = (t: Token | undefined) => (t?.kind === 'form' ? t.form.committeeOf : t?.kind === 'term' ? t.term.committeeOf : undefined);

/**
 * A party's committee for an area, the party written first (中国共产党北京市委员会 → CPC Beijing
 * Municipal Committee; 民盟浙江省委 → Zhejiang Provincial Committee of the China Democratic League).
 */
function partyCommittee(tokens: readonly Token[]): string | undefined {
  const template = committeeOf(tokens[0]);
  const area = tokens.slice(1, -1);
  if (!template || !meansCommittee(tokens[tokens.length - 1])) return undefined;
  if (area.length === 0 || !area.every((t) => t.kind === 'place')) return undefined;
  return fill(template, { area: areaModifier(area, true) });
}

function renderForm(tokens: readonly Token[], form: BodyForm): Rendered {
  const rest = tokens.slice(0, -1);
  const parentAt = lastHeadBefore(rest, rest.length);
  if (parentAt >= 0) {
    const en = formAfterBody(form, renderOrganisation(rest.slice(0, parentAt + 1)), rest.slice(parentAt + 1));
    if (en) return { en, definite: true };
  }
  if (rest.length > 0 && takesArea(form, rest)) {
    const last = rest[rest.length - 1];
    const name = last?.kind === 'place' ? placeInFull(last) : areaModifier(rest, false);
    return { en: fill(form.afterArea ?? '', { area: areaModifier(rest, form.government === true), name }), definite: true };
  }
  return { en: renderTokens(tokens, 'word'), definite: true };
}

const isGovernment = (t: Token | undefined) => (t?.kind === 'form' ? t.form.government : t?.kind === 'term' && t.term.government) === true;

/** What a word reads outside government (委员会 → Committee), if that differs. */
const outsideGovernment = (t: Token): Token =>
  t.kind === 'term' && t.term.outsideGovernment ? { ...t, term: { ...t.term, en: t.term.outsideGovernment } } : t;

/** A unit's words, read as they are outside government where its parent is not (上市委员会 → Listing Committee). */
function unitWords(unit: readonly Token[], parent: Token | undefined): string {
  return renderTokens(isGovernment(parent) ? unit : unit.map(outsideGovernment), 'word');
}

/** A head written before its field, after its places: Shaoxing Association for the Promotion of Ethnic Unity. */
function headBeforeField(tokens: readonly Token[], beforeField: string): string | undefined {
  const placesEnd = tokens.findIndex((t) => t.kind !== 'place');
  const field = tokens.slice(placesEnd, -1);
  if (field.length === 0 || field.some((t) => t.kind !== 'term')) return undefined;
  const places = tokens.slice(0, placesEnd);
  const area = places.length > 0 ? areaModifier(places, false) : '';
  return [area, beforeField, renderTokens(field, 'word')].filter(Boolean).join(' ');
}

export function renderOrganisation(tokens: readonly Token[]): Rendered {
  const committee = partyCommittee(tokens);
  if (committee) return { en: committee, definite: true };
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'form') return renderForm(tokens, last.form);
  const beforeField = last?.kind === 'term' ? last.term.beforeField : undefined;
  const fieldFirst = beforeField ? headBeforeField(tokens, beforeField) : undefined;
  if (fieldFirst) return { en: fieldFirst, definite: true };
  const area = tokens.slice(0, -1);
  if (last?.kind === 'term' && last.term.role === 'unit' && area.length > 0 && !area.some(isHead)) {
    return { en: `${last.term.en} of the ${renderTokens(area, 'word')}`, definite: true };
  }
  const parentAt = isUnit(last) ? lastHeadBefore(tokens, tokens.length - 1) : -1;
  if (parentAt >= 0) {
    const parent = renderOrganisation(tokens.slice(0, parentAt + 1));
    return { en: `${unitWords(tokens.slice(parentAt + 1), tokens[parentAt])} of ${withArticle(parent)}`, definite: true };
  }
  return { en: renderTokens(tokens, 'word'), definite: !isBare(last) };
}
