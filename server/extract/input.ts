import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { convert, type HtmlToTextOptions } from 'html-to-text';

/** Why a file could not be read as a page; the message says what to do about it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// A newspaper page is tens of kilobytes; anything this large is not one page.
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
// Share of control codes (other than tab, newline, return, form feed) that marks a binary file.
const BINARY_SHARE = 0.02;
// How much of the start of a page the binary check reads.
const BINARY_SAMPLE = 8192;

const isControl = (code: number) => code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27;

/** Whether a sample of byte or character codes is binary: a NUL, or over BINARY_SHARE strange codes. */
function binarySample(codes: ArrayLike<number>, isStrange: (code: number) => boolean): boolean {
  let strange = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) return true;
    if (isStrange(code)) strange++;
  }
  return codes.length > 0 && strange / codes.length > BINARY_SHARE;
}

const looksBinary = (bytes: Uint8Array) => binarySample(bytes.subarray(0, BINARY_SAMPLE), isControl);

/**
 * Whether text handed over as a string (by the API) is binary read as text. The file rule
 * holds, and U+FFFD counts as a control code: a decoder puts it where bytes were not text.
 */
export function looksBinaryText(text: string): boolean {
  const sample = Uint16Array.from(text.slice(0, BINARY_SAMPLE), (c) => c.charCodeAt(0));
  return binarySample(sample, (code) => isControl(code) || code === 0xfffd);
}

/**
 * Decodes page bytes: UTF-8 (with or without BOM) or UTF-16 by its BOM, else GB18030 (which
 * covers GBK and GB2312) when the bytes are not valid UTF-8.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError('binary file, not a text page');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError('text is neither UTF-8 nor GB18030');
    }
  }
}

// html-to-text does the HTML work (parsing, entities, block elements as line breaks); these
// options keep a news page's text as the page reads: no line wrapping, no link targets, image
// placeholders or list bullets, headings left as written, nothing from scripts, styles or the
// document head. What the markup itself calls chrome goes too: navigation, form controls,
// embedded frames and the page's own footer (an article's footer, with its editor, stays).
const HTML_TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    // A list item's bullet is one space (html-to-text takes an empty prefix for its default ' * ').
    { selector: 'ul', options: { itemPrefix: ' ' } },
    ...['head', 'script', 'style', 'noscript', 'template'].map((selector) => ({ selector, format: 'skip' })),
    ...['nav', '[role=navigation]', 'body > footer', 'form', 'button', 'select', 'textarea', 'iframe', 'svg'].map((selector) => ({ selector, format: 'skip' })),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

/** The text of an HTML page: scripts and styles dropped, block elements as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  // A no-break space (&nbsp;) separates words as a space does.
  return convert(html, HTML_TEXT_OPTIONS).replace(/\u00a0/g, ' ');
}

const isHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<\/(?:p|div|body)>/i.test(text.slice(0, 4096));

/** A page's text from its decoded text: taken out of HTML when it is HTML, with Unix line ends. Read files and pages sent to the API alike. */
export function textOfPage(text: string): string {
  const page = text.replace(/^\ufeff/, '');
  return (isHtml(page) ? htmlToText(page) : page).replace(/\r\n?/g, '\n');
}

/** A page's text from its bytes: decoded, and taken out of HTML when it is HTML. */
export function pageText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const page = textOfPage(decodePage(bytes));
  if (!page.trim()) throw new InputError('no text in file');
  return page;
}

/** Reads one page file, refusing what is too large to be a page before reading it. */
export async function readPage(path: string): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new InputError('not a regular file');
  if (info.size > MAX_PAGE_BYTES) throw new InputError(`file is ${(info.size / 1048576).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1048576} MB are refused`);
  const handle = await open(path);
  try {
    return pageText(await readFile(handle));
  } finally {
    await handle.close();
  }
}

/** The files under each path (a file, or a folder read recursively, hidden entries skipped), in a stable order. */
export async function pageFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      files.push(...(await pageFiles(names.map((n) => join(path, n)))));
    } else files.push(path);
  }
  return files;
}
