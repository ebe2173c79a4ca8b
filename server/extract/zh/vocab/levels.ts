// The level words of China's divisions. Written alone before a body (区委, 县政府, 街道工委) they
// mean the place the page is about at that level, and they end a division's name (通州区, 洪畴镇).
export type RelativeLevel = 'province' | 'city' | 'county' | 'town' | 'subdistrict';

export const LEVEL_WORDS: ReadonlyArray<readonly [word: string, level: RelativeLevel]> = [
  ['街道', 'subdistrict'], ['自治区', 'province'], ['省', 'province'], ['市', 'city'], ['区', 'county'], ['县', 'county'], ['镇', 'town'], ['乡', 'town'],
  // Inner Mongolia's banners and leagues, and the autonomous prefectures (州委, 州人民政府).
  ['旗', 'county'], ['盟', 'city'], ['州', 'city'],
];

const LEVEL_CHARS = new Set(LEVEL_WORDS.filter(([w]) => w.length === 1).map(([w]) => w));

/** The level word a text opens with (街道 before 街), and the level it names. */
export const leadingLevel = (text: string) => LEVEL_WORDS.find(([w]) => text.startsWith(w));

/** Whether a text opens with a one-character level word (区发改委, 市人民政府). */
export const startsWithLevel = (text: string): boolean => LEVEL_CHARS.has(text[0] ?? '');

/** Whether a text ends with a one-character level word (通州区, 潞城镇). */
export const endsWithLevel = (text: string): boolean => LEVEL_CHARS.has(text[text.length - 1] ?? '');

/** Whether a name is a town's (镇 or 乡). */
export const isTownName = (name: string): boolean => /[镇乡]$/.test(name);
