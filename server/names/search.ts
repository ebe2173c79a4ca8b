import type { Named } from './display.ts';
import { renderName } from './render.ts';
import { syllables } from './pinyin.ts';

// What a search index stores for a node, so 孟景伟, "Meng Jingwei", "meng jingwei" and
// "mengjingwei" all find the same person: for the name and every alias, the form as written,
// its English, and its toneless pinyin with and without spaces, all lower-cased.

export function searchKeys(entity: Named): string[] {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const pinyin = syllables(form, entity.type === 'PERSON').map((s) => s.toLowerCase());
    const english = renderName({ type: entity.type, name: form }).en.toLowerCase();
    for (const key of [form, english, pinyin.join(' '), pinyin.join(''), english.replace(/[^a-z0-9]+/g, '')]) {
      if (key.trim()) keys.add(key.trim().toLowerCase());
    }
  }
  return [...keys];
}
