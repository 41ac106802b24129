import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { zipArchive, crc32, crc32Combine, deflatePiece, deflatePieceSync } from '../../src/render/zip/archive.js';
import { seededRandom } from '../../src/util/random.js';

const text = (s: string) => new TextEncoder().encode(s);
const big = text('Russia has become only the third country. '.repeat(20_000));
const entries = [
  { name: 'collection.anki2', data: big },
  { name: 'media', data: text('{}') },
];
const mtime = new Date(Date.UTC(2013, 10, 2, 9, 30, 10));

describe('zipArchive', () => {
  it('writes entries a zip reader gets back byte for byte, deflated', async () => {
    const zip = await zipArchive(entries, { level: 3, mtime });
    expect(zip.length).toBeLessThan(big.length / 20);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['collection.anki2', 'media']);
    expect(Buffer.from(back['collection.anki2']).equals(Buffer.from(big))).toBe(true);
    expect(new TextDecoder().decode(back.media)).toBe('{}');
  });

  it('gives the same bytes for the same entries, in any time zone', async () => {
    const a = await zipArchive(entries, { level: 3, mtime });
    const b = await zipArchive(entries, { level: 3, mtime });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // The DOS date and time of the first entry: 2013-11-02 09:30:10 UTC.
    const view = Buffer.from(a);
    expect(view.readUInt16LE(12)).toBe(((2013 - 1980) << 9) | (11 << 5) | 2);
    expect(view.readUInt16LE(10)).toBe((9 << 11) | (30 << 5) | 5);
  });

  it('passes the system unzip’s integrity test when there is one', async () => {
    let hasUnzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      hasUnzip = false;
    }
    if (!hasUnzip) return;
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-zip-'));
    try {
      const file = join(dir, 'x.zip');
      writeFileSync(file, await zipArchive(entries, { level: 3, mtime }));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('crc32Combine', () => {
  it('gives the CRC-32 of two pieces joined, from their CRCs and the second length', () => {
    const rnd = seededRandom(9);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
    for (const [la, lb] of [[0, 5], [1, 1], [4096, 100_003], [7, 0], [123, 65_536], [3, 1_000_001]]) {
      const [a, b] = [bytes(la), bytes(lb)];
      expect(crc32Combine(crc32(a), crc32(b), lb), `${la}+${lb}`).toBe(crc32(Buffer.concat([a, b])));
    }
  });
});

describe('deflatePiece', () => {
  it('gives the same bytes on this thread as on zlib’s, so a deck may mix them', async () => {
    const random = seededRandom(7);
    const data = Buffer.from(Array.from({ length: 300_000 }, () => 'abcdefghij'[Math.floor(random() * 10)]).join(''));
    for (const last of [false, true]) {
      const sync = deflatePieceSync(data, 3, last);
      expect(sync.equals(await deflatePiece(data, 3, last))).toBe(true);
    }
    // Pieces ending on a full flush, then a closing one, are one stream.
    const pieces = [deflatePieceSync(data.subarray(0, 100_000), 3, false), await deflatePiece(data.subarray(100_000), 3, false), deflatePieceSync(new Uint8Array(0), 3, true)];
    expect(inflateRawSync(Buffer.concat(pieces)).equals(data)).toBe(true);
  });
});
