import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedOptionsWarning, type GenerateFlags } from '../../src/cli/generate-options.js';
import { cli, filesIn, SEED, tempDir } from './run-cli.js';

const flags = (given: Partial<GenerateFlags>): GenerateFlags => ({ inputs: ['a.txt'], quiet: false, dryRun: false, ...given });

describe('options that do nothing for the chosen formats', () => {
  it('one warning line on stderr, exit 0, the output still written', () => {
    const r = cli(['generate', SEED, '--out', '-', '-f', 'json', '--paper', 'letter', '--versions', '2', '--deck', 'X', '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('quizwire: warning: --versions, --paper do nothing without --format worksheet or pdf; --deck does nothing without --format anki or apkg\n');
    expect(JSON.parse(r.stdout).items.length).toBeGreaterThan(0);
  });

  it('no warning when a chosen format reads them', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['generate', SEED, '--out', out, '-f', 'markdown', '-f', 'worksheet', '-f', 'apkg', '--key', 'separate', '--columns', '2', '--deck', 'X', '--dry-run', '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(filesIn(out)).toEqual([]);
  });

  it('names each option given, for worksheet options and the deck alike', () => {
    expect(unusedOptionsWarning(flags({ key: 'separate' }), ['json', 'markdown'])).toBe('quizwire: warning: --key does nothing without --format worksheet or pdf');
    expect(unusedOptionsWarning(flags({ deck: 'X', columns: 2 }), ['worksheet'])).toBe('quizwire: warning: --deck does nothing without --format anki or apkg');
    expect(unusedOptionsWarning(flags({ deck: 'X', paper: 'a4' }), ['anki', 'pdf'])).toBeNull();
    expect(unusedOptionsWarning(flags({ title: 'T', keyDetail: false }), ['apkg'])).toBe('quizwire: warning: --title, --key-detail do nothing without --format worksheet, pdf or markdown');
    expect(unusedOptionsWarning(flags({ title: 'T', keyDetail: true }), ['markdown'])).toBeNull();
    // Options left out (or set by a config file, which yargs does not see) are not named.
    expect(unusedOptionsWarning(flags({}), ['json'])).toBeNull();
  });
});
