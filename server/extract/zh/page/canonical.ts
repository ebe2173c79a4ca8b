import type { ChineseDocument } from '../document.ts';

// The page text the rules read: ASCII punctuation next to Chinese is mapped to its full-width
// form (001 pages write 本报讯(记者 柴福娟)…,), one character for one, so every offset into the
// canonical text is also an offset into the page.
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '\u3000': ' ',
  '\r': ' ',
  '\t': ' ',
  '\u00a0': ' ',
};
const HAN = /[\u3400-\u9fff“”]/;

function canonicalText(page: string): string {
  return page.replace(/[,():;?!\u3000\r\t\u00a0]/g, (ch, at: number) => {
    const wide = FULL_WIDTH[ch]!;
    const nearHan = HAN.test(page[at - 1] ?? '') || HAN.test(page[at + 1] ?? '') || ch === '(' || ch === ')';
    return nearHan || wide === ' ' ? wide : ch;
  });
}

/** Adds `canonical`: the page as the rules read it. */
export function readCanonicalText(doc: ChineseDocument): ChineseDocument {
  doc.canonical = canonicalText(doc.text);
  return doc;
}
