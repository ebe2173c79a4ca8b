// A dropped or chosen file as the text of a page, read in the browser: decoded as UTF-8, or as
// GB18030 (which covers GBK and GB2312) when the bytes are not UTF-8, and taken out of HTML when
// it is HTML. The server judges what is left: an empty or binary page comes back refused with
// its reason, so the reader sees the same words the command line prints.

/** The server refuses pages over 8 MB; a file that large is not sent at all. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** Why a file was not sent, in words for the reader. */
export class PageFileError extends Error {}

/** Page bytes as text: a UTF-16 BOM says so; otherwise UTF-8, else GB18030, else UTF-8 with the bad bytes marked U+FFFD. */
export function decodePageBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding; try the next.
    }
  }
  // Neither: most likely a binary file. The server says so (U+FFFD counts against a page).
  return new TextDecoder('utf-8').decode(bytes);
}

/** As the server tells HTML from text (server/extract/input.ts). */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<\/(?:p|div|body)>/i.test(text.slice(0, 4096));

// What a page's markup calls chrome, or holds no text of the story.
const SKIPPED = 'head, script, style, noscript, template, nav, [role=navigation], body > footer, form, button, select, textarea, iframe, svg, img';
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TR UL'.split(' '),
);

/**
 * The text of an HTML page, block elements as line breaks. DOMParser builds an inert document:
 * nothing in it runs or loads, and none of it reaches the page.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll(SKIPPED)) node.remove();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    const block = node instanceof Element && BLOCKS.has(node.tagName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(doc.body);
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A page's text from a file the reader chose. */
export async function readPageFile(file: File): Promise<string> {
  if (file.size > MAX_PAGE_BYTES) {
    throw new PageFileError(`file is ${(file.size / 1048576).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1048576} MB are refused`);
  }
  const text = decodePageBytes(new Uint8Array(await file.arrayBuffer())).replace(/^\ufeff/, '');
  return (looksLikeHtml(text) ? htmlToText(text) : text).replace(/\r\n?/g, '\n');
}
