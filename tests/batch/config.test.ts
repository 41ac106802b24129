import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../src/config/config-schema.js';
import { resolveGenerateRun } from '../../src/cli/generate-options.js';

describe('validateConfig', () => {
  it('accepts the known keys and normalises lists', () => {
    const c = validateConfig({ deck: 'D', paper: 'letter', columns: 2, types: ['short', 'mcq'], formats: 'json', seed: 3, groupBy: 'week' }, 'f.json');
    expect(c.types).toBe('short,mcq');
    expect(c.formats).toEqual(['json']);
  });

  it('names the file and the key in one message', () => {
    expect(() => validateConfig({ paper: 'a5' }, 'quizwire.config.json')).toThrow(new ConfigError('quizwire.config.json', 'paper', 'must be "a4" or "letter"'));
    expect(() => validateConfig({ columns: 3 }, 'package.json', 'quizwire.')).toThrow(/^package\.json: quizwire\.columns: must be 1 or 2$/);
    expect(() => validateConfig([], 'x.json')).toThrow(/must be a JSON object/);
  });
});

describe('the topics key', () => {
  it('takes a list or a comma-separated string, and names an unknown topic', () => {
    expect(validateConfig({ topics: ['economy', 'environment'] }, 'f.json').topics).toBe('economy,environment');
    expect(validateConfig({ topics: 'history' }, 'f.json').topics).toBe('history');
    expect(() => validateConfig({ topics: ['economy', 'sport'] }, 'quizwire.config.json')).toThrow(/^quizwire\.config\.json: topics: unknown topic "sport"; choose from /);
    expect(() => validateConfig({ topics: 3 }, 'f.json')).toThrow(/topics: must be a list of topics/);
  });

  it('applies unless --topics is given; an unknown --topics is a usage error', () => {
    const flags = { inputs: ['a'], quiet: false, dryRun: false };
    expect(resolveGenerateRun(flags, {}, { isTTY: false }).topics).toEqual([]);
    expect(resolveGenerateRun(flags, { topics: 'economy,history' }, { isTTY: false }).topics).toEqual(['economy', 'history']);
    expect(resolveGenerateRun({ ...flags, topics: 'polity' }, { topics: 'economy' }, { isTTY: false }).topics).toEqual(['polity']);
    expect(() => resolveGenerateRun({ ...flags, topics: 'weather' }, {}, { isTTY: false })).toThrow(/^--topics: unknown topic "weather"/);
  });
});

describe('resolveGenerateRun: flags over config over defaults', () => {
  const flags = { inputs: ['a'], quiet: false, dryRun: false };
  it('uses config values when flags are absent, flags when given', () => {
    const run = resolveGenerateRun({ ...flags, seed: 9 }, { seed: 2, deck: 'C', maxPerArticle: 4 }, { isTTY: false });
    expect(run.generate.seed).toBe(9);
    expect(run.generate.maxPerArticle).toBe(4);
    expect(run.render.deck).toBe('C');
    expect(run.out).toBe('out');
    expect(run.progress).toBe('lines');
  });

  it('progress: bar on a terminal, none when quiet', () => {
    expect(resolveGenerateRun(flags, {}, { isTTY: true }).progress).toBe('bar');
    expect(resolveGenerateRun({ ...flags, quiet: true }, {}, { isTTY: true }).progress).toBe('none');
  });

  it('rejects contradictions as usage errors', () => {
    expect(() => resolveGenerateRun({ ...flags, out: '-', format: ['json', 'anki'] }, {}, { isTTY: false })).toThrow(/one format/);
    expect(() => resolveGenerateRun({ ...flags, out: '-' }, { groupBy: 'week' }, { isTTY: false })).toThrow(/--group-by/);
    expect(() => resolveGenerateRun({ ...flags, since: '2014-01-02', until: '2014-01-01' }, {}, { isTTY: false })).toThrow(/after/);
  });
});
