import { copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeMadeUpArticles } from '../batch/made-up-articles.mjs';
import { cli, CORPUS, filesIn, problemLines, SEED, tempDir, type CliResult } from './run-cli.js';

/** Problem lines (not warnings) that name `file`. */
function linesAbout(stderr: string, file: string): string[] {
  return problemLines(stderr).filter((l) => !l.includes('warning:') && l.includes(file));
}

describe('each bad input: one line naming it, exit 1, the others still written', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing file', (dir) => join(dir, 'missing.txt'), /no such file/],
    ['an empty file', (dir) => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /empty/],
    ['a binary file', (dir) => (writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7, 8])), join(dir, 'bin.txt')), /binary/],
    ['text without sentences', (dir) => (writeFileSync(join(dir, 'dots.txt'), '... !!! ???\n---\n'), join(dir, 'dots.txt')), /sentence|no article|text/i],
    [
      'a sparse 52 MB file',
      (dir) => {
        const p = join(dir, 'huge.txt');
        const fd = openSync(p, 'w');
        ftruncateSync(fd, 52 * 1024 * 1024);
        closeSync(fd);
        return p;
      },
      /too large.*52 MB/,
    ],
    ['a folder with no articles', (dir) => (mkdirSync(join(dir, 'nothing')), writeFileSync(join(dir, 'nothing', 'x.bin'), 'x'), join(dir, 'nothing')), /no articles/],
  ];
  // One run over all of them, a good article among them: each is reported on its own.
  let dir: string;
  let bad: string[];
  let run: CliResult;
  beforeAll(() => {
    dir = tempDir();
    copyFileSync(SEED, join(dir, 'good.txt'));
    bad = cases.map(([, make]) => make(dir));
    run = cli(['generate', ...bad.slice(0, 3), join(dir, 'good.txt'), ...bad.slice(3), '--out', join(dir, 'out'), '--name', 'q']);
  });

  it('exit 1, one line for each bad input and no other, the good article written', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(problemLines(run.stderr).filter((l) => !l.includes('warning:')), run.stderr).toHaveLength(cases.length);
    expect(filesIn(join(dir, 'out'))).toEqual(['q.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'q.json'), 'utf8')).articles).toHaveLength(1);
  });

  cases.forEach(([what, , reason], i) => {
    it(what, () => {
      const lines = linesAbout(run.stderr, bad[i]);
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(reason);
    });
  });

  it('invalid UTF-8: a warning naming the file, and the article is still processed', () => {
    const dir = tempDir();
    const text = Buffer.concat([Buffer.from('Minister opens new bridge\n\nThe Prime Minister of India opened the bridge in Delhi on Monday, officials said.\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' It is the longest bridge in the country, said the ministry.\n')]);
    writeFileSync(join(dir, 'latin.txt'), text);
    const r = cli(['generate', join(dir, 'latin.txt'), '--out', '-']);
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('latin.txt');
    expect(warnings[0]).toMatch(/UTF-8/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('nothing usable at all: exit 1 and nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = cli(['generate', join(dir, 'empty.txt'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });
});

describe('a template with a syntax error', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'worksheet.html.hbs'), '<html>{{#each items}}\n{{question}\n{{/each}}</html>');
  });

  it('one line naming the template file, exit 1, nothing written (not even the good formats)', () => {
    const out = join(dir, 'out');
    const r = cli(['generate', SEED, '--out', out, '-f', 'json', '-f', 'worksheet', '--template', join(dir, 'tpl')]);
    expect(r.status).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain('worksheet.html.hbs');
    expect(filesIn(out)).toEqual([]);
  });
});

describe('a template that fails inside a long list, found only as the file is written', () => {
  it('one line naming the template file, exit 1, nothing written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl'));
    // A helper that does not exist fails when called. A list of 200 rows or more is made as the
    // file is written (render/template/stream.ts), after JSON has already been staged: 160 tiny
    // articles have some 260 cloze rows (the corpus's 16 have 80, too few).
    writeFileSync(join(dir, 'tpl', 'anki-cloze.csv.hbs'), '#separator:Comma\n{{#each rows}}{{nosuchhelper text}}\n{{/each}}');
    writeMadeUpArticles(join(dir, 'in'), 160);
    const out = join(dir, 'out');
    const r = cli(['generate', join(dir, 'in'), '--out', out, '-f', 'json', '-f', 'anki', '--template', join(dir, 'tpl')]);
    expect(r.status).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain('anki-cloze.csv.hbs');
    expect(lines[0]).not.toMatch(/cannot write/);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('no temporary folder to park facts in', () => {
  it('one line saying where and what to do, exit 1, nothing written', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['generate', SEED, '--out', out, '-f', 'json'], { env: { TMPDIR: '/nonexistent/quizwire-tmp' } });
    expect(r.status).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/temporary folder in \/nonexistent\/quizwire-tmp .*TMPDIR/);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[]][] = [
    ['an unknown option', ['generate', SEED, '--frobnicate']],
    ['no inputs', ['generate']],
    ['no command', []],
    ['a bad --format', ['generate', SEED, '--format', 'docx']],
    ['two formats to stdout', ['generate', SEED, '--out', '-', '-f', 'json', '-f', 'anki']],
    ['a bad --since', ['generate', SEED, '--since', '2013-13-01']],
    ['a bad --group-by', ['generate', SEED, '--group-by', 'year']],
    ['--jobs 0', ['generate', SEED, '--jobs', '0']],
    ['a bad --types', ['generate', SEED, '--types', 'short,essay']],
  ];
  for (const [what, args] of cases) {
    it(what, () => {
      const r = cli(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^quizwire: /);
      expect(r.stdout).toBe('');
    });
  }
});

describe('help, version, extract', () => {
  it('--help shows examples', () => {
    const top = cli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/Examples:/);
    const gen = cli(['generate', '--help']);
    expect(gen.stdout).toMatch(/Examples:[\s\S]*--group-by week/);
    expect(gen.stdout).toMatch(/--jobs/);
  });

  it('--version prints the version', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('extract prints sentences, entities and dates as JSON for the seed', () => {
    const r = cli(['extract', SEED]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toMatch(/Russia/);
    expect(out.sentences.length).toBeGreaterThan(5);
    const entities = out.sentences.flatMap((s: { entities: { cls: string; resolved?: string }[] }) => s.entities);
    expect(entities.some((e: { cls: string }) => e.cls === 'person')).toBe(true);
    expect(entities.some((e: { cls: string; resolved?: string }) => e.cls === 'date' && /^\d{4}/.test(e.resolved ?? ''))).toBe(true);
    expect(Array.isArray(out.facts)).toBe(true);
  });

  it('extract on a missing file: one line, exit 1', () => {
    const r = cli(['extract', join(CORPUS, 'nope.txt')]);
    expect(r.status).toBe(1);
    expect(problemLines(r.stderr)).toHaveLength(1);
  });
});
