// How the Add articles sheet decodes a file's bytes before sending them (web/page-files.ts):
// the encodings Chinese news pages come in, and binary bytes left for the server to refuse.
import { describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../web/page-files.ts';

const PAGE = '通州区委书记孟景伟到宋庄镇调研。';

describe('decoding a page file in the browser', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodePageBytes(new TextEncoder().encode(PAGE))).toBe(PAGE);
    expect(decodePageBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE)]))).toBe(PAGE);
  });

  it('reads GBK bytes, which are not UTF-8, as GB18030', () => {
    // 你好，世界 in GBK.
    const gbk = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]);
    expect(decodePageBytes(gbk)).toBe('你好，世界');
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const units = [...PAGE].map((c) => c.charCodeAt(0));
    const little = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decodePageBytes(little)).toBe(PAGE);
  });

  it('leaves bytes that are no text marked U+FFFD, for the server to refuse as binary', () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xfe, 0xff, 0x80, 0x81]);
    expect(decodePageBytes(bytes)).toContain('\ufffd');
  });
});
