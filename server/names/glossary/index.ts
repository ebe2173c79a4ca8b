// All reviewed vocabulary, one lookup. Earlier lists win where two domains share a word, so
// place levels and official forms take precedence over the generic words of a trade.
import { CAMPAIGN_WORDS } from './campaign.ts';
import { CONGRESS_HEADS, PARTIES } from './congress.ts';
import { BUSINESS_HEADS, COMPANY_HEADS, COMPANY_WORDS } from './company.ts';
import { EDUCATION_HEADS, EDUCATION_WORDS, RESEARCH_HEADS } from './education.ts';
import { BODY_FORMS, type BodyForm } from './forms.ts';
import { CENTRAL_BODIES, GOVERNMENT_FIELDS, GOVERNMENT_HEADS, SERVICE_HEADS } from './government.ts';
import { JUDICIAL_HEADS, JUDICIAL_WORDS } from './judicial.ts';
import { PARTY_HEADS, PARTY_UNITS, PARTY_WORDS } from './party.ts';
import { PLACE_LEVELS, PLACE_WORDS } from './place.ts';
import { PRODUCE_WORDS } from './produce.ts';
import { CONJUNCTIONS, PROJECT_HEADS, PROJECT_WORDS } from './project.ts';
import { SOCIETY_HEADS, SOCIETY_WORDS } from './society.ts';
import type { Term } from './types.ts';

export type { BodyForm } from './forms.ts';
export type { Term } from './types.ts';
export { MUNICIPALITIES, PROVINCES, PROVINCIAL_SUFFIXES } from './provinces.ts';

const ORDERED: Term[] = [
  ...PLACE_LEVELS,
  ...CENTRAL_BODIES,
  ...PARTIES,
  ...PARTY_HEADS,
  ...PARTY_UNITS,
  ...GOVERNMENT_HEADS,
  ...JUDICIAL_HEADS,
  ...CONGRESS_HEADS,
  ...SERVICE_HEADS,
  ...EDUCATION_HEADS,
  ...RESEARCH_HEADS,
  ...SOCIETY_HEADS,
  ...COMPANY_HEADS,
  ...BUSINESS_HEADS,
  ...PROJECT_HEADS,
  ...PLACE_WORDS,
  ...PARTY_WORDS,
  ...GOVERNMENT_FIELDS,
  ...JUDICIAL_WORDS,
  ...EDUCATION_WORDS,
  ...SOCIETY_WORDS,
  ...COMPANY_WORDS,
  ...PRODUCE_WORDS,
  ...PROJECT_WORDS,
  ...CAMPAIGN_WORDS,
  ...CONJUNCTIONS,
];

function firstWins<T extends { zh: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.zh)) map.set(item.zh, item);
  return map;
}

export const TERMS: ReadonlyMap<string, Term> = firstWins(ORDERED);
export const FORMS: ReadonlyMap<string, BodyForm> = firstWins(BODY_FORMS);

/** The longest word of either list, so a scan knows how far to look ahead. */
export const LONGEST_ENTRY = Math.max(...[...TERMS.keys(), ...FORMS.keys()].map((zh) => zh.length));
