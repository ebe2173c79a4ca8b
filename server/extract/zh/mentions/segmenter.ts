import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ORG_ENDINGS } from '../vocab/orgs.ts';
import { PERSON_ROLES, POSITION_TITLES } from '../vocab/titles.ts';

// jieba with our vocabulary as user words, so a title or a name ending is one token and never
// hides a boundary word inside it. Loaded once, on the first sentence.
let jieba: Jieba | undefined;

function load(): Jieba {
  const instance = Jieba.withDict(dict);
  const words = [...ORG_ENDINGS.map(([e]) => e), ...POSITION_TITLES, ...PERSON_ROLES];
  instance.loadDict(Buffer.from(words.map((w) => `${w} 1000 n`).join('\n')));
  return instance;
}

/** Loads jieba and our vocabulary now rather than on the first sentence. */
export function loadSegmenter(): Jieba {
  return (jieba ??= load());
}

/** The words of a text with their offsets and jieba's part-of-speech tags. */
export function words(text: string): Array<{ word: string; start: number; tag: string }> {
  const tagged = loadSegmenter().tag(text, false) as Array<{ word: string; start: number; tag: string }>;
  let at = 0;
  for (const token of tagged) {
    token.start = at;
    at += token.word.length;
  }
  return tagged;
}
