import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ORG_ENDINGS } from '../vocab/orgs.ts';
import { PLACE_ENDINGS } from '../vocab/places.ts';
import { PERSON_ROLES, POSITION_TITLES } from '../vocab/titles.ts';

// jieba with our vocabulary as user words, so a title or a name ending is one token and never
// hides a boundary word inside it. Loaded once, on the first sentence.
let jieba: Jieba | undefined;

function load(): Jieba {
  const instance = Jieba.withDict(dict);
  const words = [...ORG_ENDINGS.map(([e]) => e), ...PLACE_ENDINGS.map(([e]) => e), ...POSITION_TITLES, ...PERSON_ROLES];
  instance.loadDict(Buffer.from(words.map((w) => `${w} 1000 n`).join('\n')));
  return instance;
}

/** Loads jieba and our vocabulary now rather than on the first sentence. */
export function loadSegmenter(): Jieba {
  return (jieba ??= load());
}

type Token = { word: string; start: number; tag: string };

const TITLES = new Set([...POSITION_TITLES, ...PERSON_ROLES]);
const ENDINGS = new Set(ORG_ENDINGS.map(([e]) => e));

/**
 * jieba's dictionary has words that run a body's ending into a title (局局长, 科科长, 组成员 in
 * 党组成员, 人大代表): such a word is split where the ending stops and the title starts (局 | 局长,
 * 党组 | 成员, 人大 | 代表), so the rules see both.
 */
function splitTitles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    let split = false;
    for (let k = 1; k < token.word.length && !split; k++) {
      const head = token.word.slice(0, k),
        title = token.word.slice(k);
      if (!TITLES.has(title)) continue;
      if (ENDINGS.has(head) || (head.length === 1 && title.startsWith(head))) {
        out.push({ word: head, start: token.start, tag: 'n' }, { word: title, start: token.start + k, tag: 'n' });
        split = true;
      } else if (previous && ENDINGS.has(previous.word + head)) {
        out[out.length - 1] = { word: previous.word + head, start: previous.start, tag: 'n' };
        out.push({ word: title, start: token.start + k, tag: 'n' });
        split = true;
      }
    }
    if (!split) out.push(token);
  }
  return out;
}

/** The words of a text with their offsets and jieba's part-of-speech tags. */
export function words(text: string): Token[] {
  const tagged = loadSegmenter().tag(text, false) as Token[];
  let at = 0;
  for (const token of tagged) {
    token.start = at;
    at += token.word.length;
  }
  return splitTitles(tagged);
}
