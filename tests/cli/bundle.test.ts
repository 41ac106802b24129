import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CORPUS, ROOT, SEED, tempDir } from './run-cli.js';

const BUNDLE = join(ROOT, 'dist/quizwire-cli.cjs');
const FORMATS = ['json', 'anki', 'apkg', 'worksheet', 'markdown'].flatMap((f) => ['--format', f]);

/** Every output file of a run, by name. */
function outputs(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

describe.skipIf(!existsSync(BUNDLE))('the one-file command-line bundle', () => {
  it('writes the same files, byte for byte, as the modules do', () => {
    const [a, b] = [tempDir(), tempDir()];
    const articles = ['flag', 'stampede', 'clock'].map((name) => join(CORPUS, 'wikinews', `wikinews-${name}.txt`));
    const args = ['generate', SEED, ...articles, '--quiet', '--jobs', '1', ...FORMATS];
    expect(cli([...args, '--out', a]).status).toBe(0);
    expect(cli([...args, '--out', b], { env: { QUIZWIRE_NO_BUNDLE: '1' } }).status).toBe(0);
    const [fromBundle, fromModules] = [outputs(a), outputs(b)];
    expect(Object.keys(fromBundle)).toEqual(Object.keys(fromModules));
    expect(Object.keys(fromBundle).length).toBeGreaterThanOrEqual(5);
    for (const name of Object.keys(fromBundle)) expect(Buffer.compare(fromBundle[name], fromModules[name]), name).toBe(0);
  });

  it('answers --version, --help and a usage error the same way', () => {
    for (const args of [['--version'], ['--help'], ['generate', '--format', 'nope', 'x']]) {
      const bundled = cli(args);
      const modules = cli(args, { env: { QUIZWIRE_NO_BUNDLE: '1' } });
      expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([modules.status, modules.stdout, modules.stderr]);
    }
  });

  it('finds its templates and data relative to itself (its file names no build path)', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).not.toContain(ROOT);
  });
});
