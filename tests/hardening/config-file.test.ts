/** Issue 18: the config file's keys are its own, an empty one is an error, a BOM is fine. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { cli, SEED, tempDir } from '../cli/run-cli.js';

function configIn(content: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), '{}');
  writeFileSync(join(dir, 'quizwire.config.json'), content);
  return dir;
}

describe('the config file', () => {
  it('rejects keys that only the prototype has, naming them', async () => {
    await expect(loadConfig({ cwd: configIn('{"__proto__": {}}') })).rejects.toThrow(/^quizwire\.config\.json: __proto__: unknown key; known keys: /);
    await expect(loadConfig({ cwd: configIn('{"hasOwnProperty": 1}') })).rejects.toThrow(/^quizwire\.config\.json: hasOwnProperty: unknown key/);
    await expect(loadConfig({ cwd: configIn('{"toString": "x"}') })).rejects.toThrow(/toString: unknown key/);
  });

  it('rejects an empty file and null, naming the file', async () => {
    for (const content of ['', '  \n', 'null']) {
      await expect(loadConfig({ cwd: configIn(content) })).rejects.toThrow(/^quizwire\.config\.json: empty; must be a JSON object$/);
    }
  });

  it('accepts a UTF-8 byte-order mark, found or given with --config', async () => {
    const dir = configIn('\uFEFF{"paper": "letter", "columns": 2}');
    expect((await loadConfig({ cwd: dir })).config).toEqual({ paper: 'letter', columns: 2 });
    expect((await loadConfig({ cwd: dir, file: 'quizwire.config.json' })).config).toEqual({ paper: 'letter', columns: 2 });
  });

  it('an invalid config is a usage error: exit 2, one line', () => {
    const r = cli(['generate', SEED, '--out', '-', '-f', 'json'], { cwd: configIn('null') });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/quizwire\.config\.json: empty; must be a JSON object/)]);
  });
});
