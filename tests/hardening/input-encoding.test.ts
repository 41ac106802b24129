/** Issue 18: a Windows-1252 article is read as such (with a note), never made into U+FFFD. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEED, tempDir } from '../cli/run-cli.js';

describe('an article saved as Windows-1252', () => {
  it('is read as Windows-1252 with one warning naming it; no U+FFFD in the output', () => {
    const dir = tempDir();
    // Curly quotes are not in Latin-1 (their Windows-1252 bytes are): straight ones for the test.
    const text = readFileSync(SEED, 'utf8').replace(/^.*\n/, 'Talks in Zürich on the 2+2 mechanism\n').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    writeFileSync(join(dir, 'zurich.txt'), Buffer.from(text, 'latin1'));
    const r = cli(['generate', join(dir, 'zurich.txt'), '--out', '-', '-f', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/zurich\.txt: warning: not valid UTF-8; read as Windows-1252/);
    expect(r.stdout).not.toContain('\uFFFD');
    expect(JSON.parse(r.stdout).articles[0].title).toBe('Talks in Zürich on the 2+2 mechanism');
  });
});
