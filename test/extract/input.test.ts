import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, MAX_PAGE_BYTES, htmlToText, pageText, readPage } from '../../server/extract/input.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// GBK bytes of 台湖镇召开会议。 (written out so the test needs no encoder).
const GBK = Uint8Array.from([0xcc, 0xa8, 0xba, 0xfe, 0xd5, 0xf2, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3]);

describe('reading page files', () => {
  it('a GBK page is detected and decoded', () => {
    expect(pageText(GBK)).toBe('台湖镇召开会议。');
  });

  it('a UTF-8 page with a BOM loses the BOM', () => {
    expect(pageText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('台湖镇')]))).toBe('台湖镇');
  });

  it('an empty file is one clear error', () => {
    expect(() => pageText(new Uint8Array())).toThrow(new InputError('empty file'));
  });

  it('a binary file is one clear error', () => {
    expect(() => pageText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/binary/);
  });

  it('an HTML page gives its text without tags, scripts or entities', () => {
    const html =
      '<!doctype html><html><head><title>t</title><script>var x=1;</script></head><body><h1>台湖镇召开会议</h1><p>本报讯&nbsp;近日，台湖镇&ldquo;两委&rdquo;开会。</p></body></html>';
    const text = pageText(Buffer.from(html));
    expect(text).toContain('台湖镇召开会议');
    expect(text).toContain('本报讯 近日，台湖镇“两委”开会。');
    expect(text).not.toMatch(/<|var x/);
  });

  it('block elements become line breaks so headlines stay on their own line', () => {
    expect(htmlToText('<h2>标题</h2><p>正文。</p>').trim().split('\n').filter(Boolean)).toEqual(['标题', '正文。']);
  });

  it('navigation, form controls and the page footer of an HTML page are not its text; an article footer is', () => {
    const html = `<html><body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">乡镇动态</a></li></ul></nav>
<article><h1>台湖镇召开会议</h1><p>近日，台湖镇召开会议。</p><footer>责任编辑：周小燕</footer></article>
<form><input name="q"><button>搜索</button><select><option>部门网站</option></select></form>
<footer><p>版权所有 台湖镇人民政府</p></footer></body></html>`;
    const text = pageText(Buffer.from(html));
    expect(text).toContain('近日，台湖镇召开会议。');
    expect(text).toContain('责任编辑：周小燕');
    expect(text).not.toMatch(/首页|搜索|部门网站|版权所有/);
  });

  it('list items of an HTML page carry no bullet', () => {
    expect(htmlToText('<ul><li>台湖镇召开会议</li></ul>').trim()).toBe('台湖镇召开会议');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_PAGE_BYTES + 1);
    await expect(readPage(path)).rejects.toThrow(/MB/);
  });

  it('a bad file fails alone: the batch goes on, errors go to stderr and the exit code is non-zero', () => {
    const good = join(dir, 'a-good.txt');
    const empty = join(dir, 'b-empty.txt');
    const binary = join(dir, 'c-binary.bin');
    const gbk = join(dir, 'd-gbk.txt');
    writeFileSync(good, '本报讯 近日，台湖镇召开会议。');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(gbk, GBK);
    const cli = resolve(import.meta.dirname, '../../server/cli/extract.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, good, empty, binary, gbk], { encoding: 'utf8' });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; articles: unknown[] });
    expect(lines.map((l) => l.file)).toEqual([good, gbk]);
    expect(run.stderr.trim().split('\n')).toEqual([`${empty}: empty file`, `${binary}: binary file, not a text page`]);
    expect(run.status).toBe(1);
  }, 30000);
});
