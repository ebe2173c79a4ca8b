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
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '').replace(/\s+/g, ' ').trim();

function formAfterBody(form: BodyForm, parent: Rendered, mid: readonly Token[]): string | undefined {
  if (!form.afterBody) return undefined;
  const midEn = renderTokens(mid, 'word');
  if (mid.length > 0 && !form.afterBody.includes('{mid}')) return `${midEn} ${form.en} of ${withArticle(parent)}`;
  return fill(form.afterBody, { parent: withArticle(parent), mid: midEn });
}

/** 委 is a Party committee only right after a place (通州区委); after a field it is a commission (住建委). */
const takesArea = (form: BodyForm, area: readonly Token[]) =>
  Boolean(form.afterArea) && (form.zh !== '委' || area[area.length - 1]?.kind === 'place');

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

export function renderOrganisation(tokens: readonly Token[]): Rendered {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'form') return renderForm(tokens, last.form);
  const area = tokens.slice(0, -1);
  if (last?.kind === 'term' && last.term.role === 'unit' && area.length > 0 && !area.some(isHead)) {
    return { en: `${last.term.en} of the ${renderTokens(area, 'word')}`, definite: true };
  }
  const parentAt = isUnit(last) ? lastHeadBefore(tokens, tokens.length - 1) : -1;
  if (parentAt >= 0) {
    const parent = renderOrganisation(tokens.slice(0, parentAt + 1));
    return { en: `${renderTokens(tokens.slice(parentAt + 1), 'word')} of ${withArticle(parent)}`, definite: true };
  }
  return { en: renderTokens(tokens, 'word'), definite: !isBare(last) };
}
