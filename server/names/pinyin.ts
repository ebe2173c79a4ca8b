import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { memoise } from './memo.ts';
import { shortFormOf } from './divisions.ts';
import { CONVENTIONAL_SPELLINGS } from './glossary/spellings.ts';
import { NAME_CHARACTER_READINGS, PLACE_READINGS, SLOGAN_READINGS } from './readings.ts';

// Words whose standard reading the romaniser gets wrong (六安 lù ān, 同行 in a slogan). They are
// read here, call by call, rather than by pinyin-pro's customPinyin, which would change pinyin()
// for everything else in the process that romanises.
const READINGS: Readonly<Record<string, string>> = { ...PLACE_READINGS, ...SLOGAN_READINGS };
const LONGEST_READING = Math.max(...Object.keys(READINGS).map((w) => w.length));

/** A reading as toneless syllables: lù ān → lu, an. */
const toneless = (reading: string) => reading.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/);

/** The word of READINGS that starts at `at`, longest first. */
function readingAt(text: string, at: number): string | undefined {
  for (let n = Math.min(LONGEST_READING, text.length - at); n >= 2; n--) {
    const word = text.slice(at, at + n);
    if (READINGS[word] !== undefined) return word;
  }
  return undefined;
}

// jieba's own dictionary, loaded on the first word split rather than when the module is imported.
let jieba: Jieba | undefined;
const dictionarySegmenter = () => (jieba ??= Jieba.withDict(dict));

/** Toneless pinyin syllables; `surname` reads the first character as a family name (单 Shan). */
export const syllables: (text: string, surname?: boolean) => readonly string[] = memoise(readSyllables, (text, surname = false) => `${surname ? 1 : 0}${text}`);

function readSyllables(text: string, surname = false): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const word = readingAt(text, at);
    if (!word) continue;
    out.push(...romanise(text.slice(from, at), surname && from === 0), ...toneless(READINGS[word]!));
    at += word.length - 1;
    from = at + 1;
  }
  out.push(...romanise(text.slice(from), surname && from === 0));
  return out.map((s) => s.trim().replace(/ü|v/g, 'u')).filter((s) => s !== '');
}

function romanise(text: string, surname: boolean): string[] {
  if (!text) return [];
  return pinyin(text, { toneType: 'none', type: 'all', surname: surname ? 'head' : 'off', nonZh: 'consecutive' }).map((s) =>
    s.isZh ? (NAME_CHARACTER_READINGS[s.origin] ?? s.pinyin) : s.origin,
  );
}

export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Syllables written as one word. A syllable opening with a, o or e after another syllable
 * takes an apostrophe, or the reader cannot tell Xi'an from xian.
 */
export function joinSyllables(parts: readonly string[]): string {
  return parts.reduce((word, s) => (word !== '' && /^[aoe]/.test(s) && /[a-z]$/.test(word) ? `${word}'${s}` : word + s), '');
}

/** A proper name as one capitalised word (小东各庄 → Xiaodonggezhuang; 拉萨 → Lhasa). */
export const properWord = (zh: string): string => CONVENTIONAL_SPELLINGS[zh] ?? capitalise(joinSyllables(syllables(zh)));

/** The text in the dictionary's words alone, without guessing at words it lacks (崔柳 → 崔 柳; 安心 whole). */
export const dictionaryWords = (zh: string) => dictionarySegmenter().cut(zh, false);

const isDictionaryWord = (zh: string) => dictionaryWords(zh).length === 1;

/**
 * A stretch the dictionary does not know, split the way slogans and brands are coined: four
 * characters are two words of two (银耀科创 → 银耀 科创), and three ending in a place's short name
 * are a word for that place (金平湖 → 金 平湖, Jin Pinghu), not one word of three syllables.
 */
function coinedWords(w: string): string[] {
  if (!/^\p{Script=Han}{3,4}$/u.test(w) || isDictionaryWord(w)) return [w];
  if (w.length === 4) return [w.slice(0, 2), w.slice(2)];
  return shortFormOf(w.slice(1)) ? [w.slice(0, 1), w.slice(1)] : [w];
}

/**
 * Words of a phrase, the dictionary's or, for words it lacks, the ones its statistical model
 * finds (红领金夕 → 红领 金夕, 漫渔湾 whole), with runs of single characters joined (和/润/同行 →
 * 和润 同行), since a lone syllable rarely stands as a word in a name. A lone last character is
 * the generic end of the name before it (白鹤 + 滩 → Baihetan).
 */
function wordsOf(zh: string): string[] {
  const words: string[] = [];
  let single = '';
  for (const w of dictionarySegmenter().cut(zh, true)) {
    if ([...w].length === 1 && isHan(w)) {
      single += w;
      continue;
    }
    if (single) words.push(single);
    single = '';
    words.push(w);
  }
  const before = words[words.length - 1];
  if ([...single].length === 1 && before !== undefined && isHan(before)) words[words.length - 1] = before + single;
  else if (single) words.push(single);
  return words.flatMap(coinedWords);
}

/**
 * A phrase kept in pinyin, one word per word of the phrase (有事好商量 → Youshi Hao Shangliang,
 * 桥未来 → Qiao Weilai). Readings come from the whole phrase, so context picks them.
 */
export function properWords(zh: string): string {
  const spelling = CONVENTIONAL_SPELLINGS[zh];
  if (spelling) return spelling;
  const all = (zh.match(/\p{Script=Han}+/gu) ?? []).flatMap((run) => syllables(run));
  const words: string[] = [];
  let at = 0;
  for (const w of wordsOf(zh)) {
    if (!isHan(w)) {
      words.push(w.trim());
      continue;
    }
    words.push(capitalise(joinSyllables(all.slice(at, at + [...w].length))));
    at += [...w].length;
  }
  return words.filter(Boolean).join(' ');
}

export const HAN = /\p{Script=Han}/u;
export const isHan = (text: string) => [...text].some((c) => HAN.test(c));
