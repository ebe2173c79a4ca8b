// How names and amounts read in the UI, in the reader's chosen language.

export type Language = 'en' | 'zh';

export interface Named {
  name: string;
  en: string | null;
  display?: string | null;
}

/** The label for a node: the short English label, else the English name, else the Chinese. */
export function labelOf(node: Named, language: Language): string {
  return language === 'zh' ? node.name : node.display || node.en || node.name;
}

/** The name in the other language, when it says something the label does not. */
export function otherNameOf(node: Named, language: Language): string | null {
  const other = language === 'zh' ? node.display || node.en : node.name;
  return other && other !== labelOf(node, language) ? other : null;
}

/** An API enum value as words: GOVERNMENT → government, KEEP_APART → keep apart. */
export const enumWords = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

const trim = (value: number) => String(Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)));

/** An amount in yuan as English readers write it: CNY 1.2 billion. */
export function yuanInEnglish(yuan: number, approximate = false): string {
  const about = approximate ? 'about ' : '';
  if (yuan >= 1e9) return `${about}CNY ${trim(yuan / 1e9)} billion`;
  if (yuan >= 1e6) return `${about}CNY ${trim(yuan / 1e6)} million`;
  return `${about}CNY ${Math.round(yuan).toLocaleString('en')}`;
}

/** The same amount as Chinese pages write it: 12亿元, 3500万元. */
export function yuanInChinese(yuan: number, approximate = false): string {
  const about = approximate ? '约' : '';
  if (yuan >= 1e8) return `${about}${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4) return `${about}${trim(yuan / 1e4)}万元`;
  return `${about}${Math.round(yuan)}元`;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
