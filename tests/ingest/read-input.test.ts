import { statSync } from 'node:fs';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInputBytes } from '../../src/io/read-decode-bytes.js';
import { MAX_INPUT_BYTES, readInput, readStreamCapped } from '../../src/io/read-input.js';

let dir: string;
const at = (name: string) => join(dir, name);
const ARTICLE = 'Council passes budget\n\nThe council approved the new budget on Tuesday.\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quizwire-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function utf16(text: string, bigEndian: boolean, bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1])) : le;
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

describe('readInput', () => {
  it('reads a text file and picks the kind from the extension', async () => {
    await writeFile(at('a.txt'), ARTICLE);
    await writeFile(at('b.md'), `# T\n\n${ARTICLE}`);
    await writeFile(at('c.HTM'), `<p>${ARTICLE}</p>`);
    await writeFile(at('d.markdown'), ARTICLE);
    expect(await readInput(at('a.txt'))).toEqual({ ok: true, modified: Math.floor(statSync(at('a.txt')).mtimeMs / 1000), source: at('a.txt'), text: ARTICLE, kind: 'text', warnings: [] });
    expect(await readInput(at('b.md'))).toMatchObject({ ok: true, kind: 'markdown' });
    expect(await readInput(at('c.HTM'))).toMatchObject({ ok: true, kind: 'html' });
    expect(await readInput(at('d.markdown'))).toMatchObject({ ok: true, kind: 'markdown' });
  });

  it('sniffs the kind when the extension says nothing', async () => {
    await writeFile(at('page.dat'), '<!doctype html><html><body><p>Hi there.</p></body></html>');
    expect(await readInput(at('page.dat'))).toMatchObject({ ok: true, kind: 'html' });
  });

  it('reports a missing file and a directory', async () => {
    await mkdir(at('folder'), { recursive: true });
    expect(await readInput(at('nope.txt'))).toEqual({ ok: false, source: at('nope.txt'), error: 'no such file or directory' });
    expect(await readInput(at('folder'))).toEqual({ ok: false, source: at('folder'), error: 'is a directory' });
  });

  it('reports empty and whitespace-only files', async () => {
    await writeFile(at('empty.txt'), '');
    await writeFile(at('blank.txt'), ' \n\t\n');
    expect(await readInput(at('empty.txt'))).toMatchObject({ ok: false, error: 'empty file' });
    expect(await readInput(at('blank.txt'))).toMatchObject({ ok: false, error: 'empty file' });
  });

  it('reports binary files', async () => {
    await writeFile(at('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await writeFile(at('control.txt'), Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    expect(await readInput(at('image.txt'))).toMatchObject({ ok: false, error: 'binary file' });
    expect(await readInput(at('control.txt'))).toMatchObject({ ok: false, error: 'binary file' });
  });

  it('reads invalid UTF-8 that is Windows-1252 as Windows-1252, and warns', async () => {
    await writeFile(at('latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' society met on Monday '), Buffer.from([0x93, 0x41, 0x94])]));
    const result = await readInput(at('latin1.txt'));
    expect(result).toMatchObject({ ok: true, text: 'Café society met on Monday “A”' });
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^not valid UTF-8; read as Windows-1252/)]);
  });

  it('refuses invalid UTF-8 that is not Windows-1252 either: never a U+FFFD', async () => {
    const undefinedByte = Buffer.concat([Buffer.from('Caf'), Buffer.from([0x81]), Buffer.from(' society.')]);
    const mixed = Buffer.concat([Buffer.from('Zürich and Caf'), Buffer.from([0xe9]), Buffer.from(' society.')]);
    for (const [name, bytes] of [['undefined.txt', undefinedByte], ['mixed.txt', mixed]] as const) {
      await writeFile(at(name), bytes);
      expect(await readInput(at(name))).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid UTF-8 \(1 bad byte sequence\) nor Windows-1252; save it as UTF-8$/) });
    }
  });

  it('decodes UTF-8 and UTF-16 files with a byte-order mark', async () => {
    const text = 'Curly “quotes” and café.';
    await writeFile(at('bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    await writeFile(at('le.txt'), utf16(text, false));
    await writeFile(at('be.txt'), utf16(text, true));
    for (const name of ['bom8.txt', 'le.txt', 'be.txt']) {
      expect(await readInput(at(name))).toMatchObject({ ok: true, text, warnings: [] });
    }
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = at('huge.txt');
    await writeFile(big, '');
    await truncate(big, 52 * 1024 * 1024); // sparse: no 52 MB are written
    expect(await readInput(big)).toEqual({ ok: false, source: big, error: 'file too large (52 MB > 5 MB limit)' });
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe('decodeInputBytes', () => {
  it('reads UTF-16 LE without a byte-order mark, with a warning', () => {
    const result = decodeInputBytes(utf16('Plain ASCII text in UTF-16.', false, false));
    expect(result).toMatchObject({ ok: true, text: 'Plain ASCII text in UTF-16.' });
    expect(result.ok && result.warnings).toHaveLength(1);
  });

  it('keeps tabs, form feeds and CRLF text as text', () => {
    expect(decodeInputBytes(Buffer.from('a\tb\r\nc\fd'))).toMatchObject({ ok: true, text: 'a\tb\r\nc\fd' });
  });
});

describe('readStreamCapped (how stdin is read)', () => {
  async function* chunks(chunk: Buffer, times: number) {
    for (let i = 0; i < times; i++) yield chunk;
  }

  it('joins the chunks of a stream', async () => {
    expect(String(await readStreamCapped(chunks(Buffer.from('ab'), 3)))).toBe('ababab');
  });

  it('gives up as soon as a stream passes the limit', async () => {
    const mebibyte = Buffer.alloc(1024 * 1024, 0x61);
    expect(await readStreamCapped(chunks(mebibyte, 5))).toHaveLength(MAX_INPUT_BYTES);
    expect(await readStreamCapped(chunks(mebibyte, 6))).toBeNull();
  });
});
