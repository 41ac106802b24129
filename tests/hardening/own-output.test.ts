/**
 * Issue 18: `generate .` must not read what quizwire wrote: not its output folder, and not a
 * worksheet or Markdown file it wrote elsewhere in the input folder (recognised by its marker).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEED, tempDir } from '../cli/run-cli.js';

const itemCount = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] }).items.length;

describe('quizwire does not read its own output', () => {
  it('runs of generate . give the same items, with out/ inside the folder and with --out .', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'russia.txt'));
    const counts: number[] = [];
    for (const out of ['out', '.', '.']) {
      const r = cli(['generate', '.', '--out', out, '-f', 'json', '-f', 'worksheet', '-f', 'markdown', '--name', 'quiz', '--quiet'], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      counts.push(itemCount(join(dir, out, 'quiz.json')));
    }
    expect(new Set(counts).size).toBe(1);
    expect(readFileSync(join(dir, 'quiz.md'), 'utf8')).toContain('<!-- made by quizwire');
  });
});
