/** Issue 18: a control character in a file name never splits a message or reaches the terminal. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEED, tempDir } from '../cli/run-cli.js';

describe('file names in messages', () => {
  it('are printed with their control characters escaped, one line per problem', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad\nname.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'red\u001b[31m.txt'), '');
    const r = cli(['generate', dir, '--out', join(dir, 'out'), '-f', 'json']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('bad'))).toEqual([expect.stringMatching(/bad\\nname\.txt: binary file$/)]);
    expect(lines.filter((l) => l.includes('red'))).toEqual([expect.stringMatching(/red\\u001b\[31m\.txt: empty file$/)]);
    expect(r.stderr).not.toContain('\u001b');
    expect(lines.every((l) => l.startsWith('quizwire: '))).toBe(true);
  });
});
