import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CORPUS, filesIn, SEED, tempDir } from './run-cli.js';

interface Doc {
  generator: { name: string; version: string };
  articles: Record<string, unknown>[];
  items: Record<string, unknown>[];
}

function jsonOut(args: string[], input?: string): Doc {
  const r = cli(['generate', ...args, '--out', '-', '-f', 'json'], { input });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

/** The JSON contract of README "JSON output". */
function checkContract(doc: Doc): void {
  expect(doc.generator.name).toBe('quizwire');
  expect(doc.generator.version).toBe(JSON.parse(readFileSync(join(CORPUS, '../../../package.json'), 'utf8')).version);
  expect(doc.articles.length).toBeGreaterThan(0);
  for (const a of doc.articles) {
    for (const k of ['id', 'title', 'source']) expect(typeof a[k], k).toBe('string');
    for (const k of ['date', 'place']) expect(a[k] === null || typeof a[k] === 'string', k).toBe(true);
    if (a.date) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  const articleIds = new Set(doc.articles.map((a) => a.id));
  expect(doc.items.length).toBeGreaterThan(0);
  for (const i of doc.items) {
    for (const k of ['id', 'articleId', 'type', 'question', 'answer', 'sentence', 'answerType']) expect(typeof i[k], k).toBe('string');
    expect(['short', 'cloze', 'mcq', 'truefalse', 'statements']).toContain(i.type);
    expect(articleIds.has(i.articleId)).toBe(true);
    expect(i.score as number).toBeGreaterThanOrEqual(0);
    expect(i.score as number).toBeLessThanOrEqual(1);
    expect(Array.isArray(i.tags)).toBe(true);
  }
  expect(new Set(doc.items.map((i) => i.id)).size).toBe(doc.items.length);
}

/** `generate SEED --out - -f json`, run once for the tests that read it. */
let seedDoc: Doc | undefined;
const seedJson = () => (seedDoc ??= jsonOut([SEED]));

describe('generate on each input format', () => {
  it('reads a .txt article', () => {
    const doc = seedJson();
    checkContract(doc);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0].source).toBe(SEED);
    expect(doc.articles[0].date).toBe('2013-11-02');
  });

  it('reads a saved .html page', () => {
    const page = join(CORPUS, 'html/wikinews-flag.html');
    const doc = jsonOut([page]);
    checkContract(doc);
    expect(doc.articles[0].source).toBe(page);
  });

  it('reads a .md article with front matter', () => {
    const dir = tempDir();
    const body = readFileSync(join(CORPUS, 'wikinews/wikinews-flag.txt'), 'utf8').split('\n').slice(2).join('\n');
    const md = join(dir, 'flag.md');
    writeFileSync(md, `---\ntitle: A flag referendum\ndate: 2015-05-12\n---\n\n${body}`);
    const doc = jsonOut([md]);
    checkContract(doc);
    expect(doc.articles[0].title).toBe('A flag referendum');
    expect(doc.articles[0].date).toBe('2015-05-12');
  });

  it('reads a folder, in file-name order', () => {
    const doc = jsonOut([join(CORPUS, 'wikinews')]);
    checkContract(doc);
    const sources = doc.articles.map((a) => a.source as string);
    expect(sources.length).toBe(16);
    expect([...sources].sort()).toEqual(sources);
  });

  it('reads stdin with -', () => {
    const doc = jsonOut(['-'], readFileSync(SEED, 'utf8'));
    checkContract(doc);
    expect(doc.articles[0].source).toBe('-');
  });
});

describe('determinism', () => {
  it('gives the same ids on two runs, and the same output for the same --seed', () => {
    const a = cli(['generate', SEED, '--out', '-', '--seed', '7']);
    const b = cli(['generate', SEED, '--out', '-', '--seed', '7']);
    expect(a.stdout).toBe(b.stdout);
    const c = JSON.parse(cli(['generate', SEED, '--out', '-', '--seed', '8']).stdout) as Doc;
    const ids = (d: Doc) => d.items.map((i) => i.id).sort();
    expect(ids(c)).toEqual(ids(JSON.parse(a.stdout) as Doc));
  });

  it('keeps ids when the file moves: they come from the article, not the path', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'renamed.txt'));
    const a = seedJson();
    const b = jsonOut([join(dir, 'renamed.txt')]);
    expect(b.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
  });

  it('writes into --out and lists what it wrote', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['generate', SEED, '--out', out, '-f', 'json', '-f', 'anki', '-f', 'markdown']);
    expect(r.status, r.stderr).toBe(0);
    const files = filesIn(out);
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('.csv'))).toBe(true);
    expect(files.some((f) => f.endsWith('.md'))).toBe(true);
    expect(files.some((f) => f.includes('quizwire-tmp'))).toBe(false);
    expect(r.stderr).toMatch(/wrote \d+ files/);
  });
});
