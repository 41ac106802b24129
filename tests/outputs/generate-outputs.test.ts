import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// The built library: its workers load compiled .js files.
import { generateOutputs, type GeneratedFile, type OutputsEvent, type OutputsResult } from '../../dist/index.js';
import { cli, filesIn, ROOT, SEED, tempDir } from '../cli/run-cli.js';

const SEEDS = join(ROOT, 'seeds');
const FORMATS = ['json', 'anki', 'apkg', 'worksheet', 'markdown'] as const;

const bytesOf = (content: GeneratedFile['content']): Buffer =>
  typeof content === 'string' || content instanceof Uint8Array ? Buffer.from(content) : Buffer.from([...content.chunks()].join(''));

describe('generateOutputs', () => {
  let result: OutputsResult;
  let events: OutputsEvent[];
  beforeAll(async () => {
    events = [];
    result = await generateOutputs([SEEDS], { formats: FORMATS, groupBy: 'week', jobs: 1, onEvent: (e) => events.push(e) });
  });

  it('returns the files the command line writes, byte for byte, per week too', () => {
    const out = tempDir();
    const run = cli(['generate', SEEDS, '--out', out, '--group-by', 'week', '--jobs', '1', '-q', ...FORMATS.flatMap((f) => ['-f', f])]);
    expect(run.status).toBe(0);
    expect(result.files.map((f) => f.name).sort()).toEqual(filesIn(out));
    for (const file of result.files) expect(bytesOf(file.content).equals(readFileSync(join(out, file.name))), file.name).toBe(true);
  });

  it('labels each file with its format and period, and makes every format for every period', () => {
    const periods = [...new Set(result.files.map((f) => f.period))];
    expect(periods[0]).toBeNull(); // the whole batch first
    expect(periods.length).toBeGreaterThan(2);
    for (const period of periods.slice(1)) {
      expect(period).toMatch(/^\d{4}-W\d{2}$/);
      const files = result.files.filter((f) => f.period === period);
      expect(new Set(files.map((f) => f.format))).toEqual(new Set(FORMATS));
      for (const f of files) expect(f.name).toContain(period);
    }
    expect(result.files.filter((f) => f.format === 'apkg' && f.period === null).map((f) => f.name)).toEqual(['Current-Affairs.apkg']);
  });

  it('reports each input and each phase as it ends', () => {
    expect(events.filter((e) => e.kind === 'input').map((e) => e.kind === 'input' && e.ok)).toEqual([true, true, true]);
    const phases = events.flatMap((e) => (e.kind === 'phase' ? [e.name] : []));
    expect(phases.slice(0, 2)).toEqual(['study', 'generate']);
    expect(phases).toContain('render apkg');
    expect(result).toMatchObject({ stopped: null, done: 3, studied: 3, failed: [] });
    expect(result.items.length).toBeGreaterThan(0);
  });
});

describe('generateOutputs, one file at a time', () => {
  const text = readFileSync(SEED, 'utf8');

  it('hands each file to onFile (a big text as a producer of its text) and keeps none', async () => {
    const collected = await generateOutputs([{ source: 'seed.txt', text, kind: 'text' }], { formats: ['json', 'markdown'], jobs: 1 });
    const streamed: GeneratedFile[] = [];
    const result = await generateOutputs([{ source: 'seed.txt', text, kind: 'text' }], { formats: ['json', 'markdown'], jobs: 1, onFile: (f) => void streamed.push(f) });
    expect(result.files).toEqual([]);
    expect(streamed.map((f) => f.name)).toEqual(collected.files.map((f) => f.name));
    expect(streamed.some((f) => typeof f.content === 'object' && 'chunks' in f.content)).toBe(true);
    streamed.forEach((f, i) => expect(bytesOf(f.content).equals(bytesOf(collected.files[i].content))).toBe(true));
  });

  it('skips a bad input with its reason and makes the files of the others', async () => {
    const events: OutputsEvent[] = [];
    const result = await generateOutputs(['/nonexistent/article.txt', SEED], { jobs: 1, onEvent: (e) => events.push(e) });
    expect(result.failed.map((f) => f.source)).toEqual(['/nonexistent/article.txt']);
    expect(events.find((e) => e.kind === 'input' && !e.ok)).toMatchObject({ source: '/nonexistent/article.txt' });
    expect(result.files.map((f) => f.format)).toEqual(['json']);
  });

  it('gives a file once when two formats make it (the PDF without a browser falls back to the worksheet)', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const events: OutputsEvent[] = [];
      const result = await generateOutputs([SEED], { formats: ['worksheet', 'pdf'], jobs: 1, onEvent: (e) => events.push(e) });
      expect(result.files.map((f) => [f.name.endsWith('.html'), f.format])).toEqual([[true, 'worksheet']]);
      expect(events.filter((e) => e.kind === 'warning').map((e) => e.kind === 'warning' && e.format)).toEqual(['pdf']);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('makes nothing when no article is in the date range', async () => {
    const result = await generateOutputs([SEED], { jobs: 1, range: { since: '2999-01-01' } });
    expect(result).toMatchObject({ studied: 0, outOfRange: 1, files: [], stopped: null });
  });

  it('stops at the signal, making nothing', async () => {
    const stop = new AbortController();
    stop.abort();
    const result = await generateOutputs([SEED], { jobs: 1, signal: stop.signal });
    expect(result).toMatchObject({ stopped: 'study', files: [] });
  });
});
