import type { EntityType } from '../extract/types.ts';
import { renderOrganisation } from './organisation.ts';
import { renderPerson } from './person.ts';
import { capitalise, HAN, syllables } from './pinyin.ts';
import { renderPlace } from './place.ts';
import { renderProject } from './project.ts';
import { segment } from './segment.ts';
import { memoise } from './memo.ts';

// One entity's English name, by type, with plain pinyin as the fallback where the rules cannot
// write it (a rare character without a reading, a script other than Chinese and Latin).

export interface EnglishName {
  en: string;
  /** True when the name is plain pinyin because the rules could not render it. */
  fallback: boolean;
}

export interface Nameable {
  type: EntityType;
  name: string;
}

/** Characters the rules write: Chinese with a reading, Latin, digits, and name punctuation. */
const WRITABLE = /^[\p{Script=Han}\x20-\x7E“”‘’「」《》·•—、，。：（）]*$/u;
/** What a finished English name may contain. */
const ENGLISH = /^[\x20-\x7E·]+$/;

function byRules({ type, name }: Nameable): string {
  if (type === 'PERSON') return renderPerson(name);
  const tokens = segment(name);
  if (type === 'PLACE') return renderPlace(name, tokens);
  if (type === 'PROJECT') return renderProject(name, tokens);
  return renderOrganisation(tokens).en;
}

/** Every syllable that has a reading, Latin kept; the name as written if nothing is left. */
function plainPinyin(name: string): string {
  const words = syllables(name)
    .map((s) => s.replace(/[^A-Za-z0-9]/g, ''))
    .filter(Boolean)
    .map(capitalise);
  return words.length > 0 ? words.join(' ') : name;
}

/** The English of a name of a type (the same for every entity so named, so kept). */
export const renderName: (entity: Nameable) => EnglishName = memoise(
  (entity: Nameable) => readEnglish({ type: entity.type, name: entity.name }),
  (entity) => `${entity.type}|${entity.name}`,
);

function readEnglish(entity: Nameable): EnglishName {
  const name = entity.name.trim();
  if (WRITABLE.test(name) && HAN.test(name)) {
    const en = byRules({ ...entity, name });
    if (ENGLISH.test(en)) return { en, fallback: false };
  } else if (WRITABLE.test(name) && /[A-Za-z0-9]/.test(name)) {
    return { en: name, fallback: false };
  }
  return { en: plainPinyin(name), fallback: true };
}
