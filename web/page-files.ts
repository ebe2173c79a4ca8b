// A dropped or chosen file as the text of a page, read in the browser: decoded as UTF-8, or as
// GB18030 (which covers GBK and GB2312) when the bytes are not UTF-8. HTML is sent as it is: the
// server reads it as `npm run ingest` reads an .html file, so both store the same text. The server
// judges the page: an empty or binary one comes back refused with its reason, so the reader sees
// the same words the command line prints.

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

/** A page's text from a file the reader chose. */
export async function readPageFile(file: File): Promise<string> {
  if (file.size > MAX_PAGE_BYTES) {
    throw new PageFileError(`file is ${(file.size / 1048576).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1048576} MB are refused`);
  }
  const text = decodePageBytes(new Uint8Array(await file.arrayBuffer())).replace(/^\ufeff/, '');
  return text.replace(/\r\n?/g, '\n');
}
