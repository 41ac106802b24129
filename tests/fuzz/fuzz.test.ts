/**
 * Fuzz: thousands of seeded random and mutated inputs through the library (study, then
 * build and every renderer except pdf). Nothing may throw but IngestError, no input may take
 * more than 5 s (a hang guard, not a speed test), and no input text may come out unescaped in
 * HTML or CSV. Failures print the input's label; the seeds make them reproducible.
 * `npm test` runs a third of the inputs, `npm run test:stress` (QUIZWIRE_STRESS=1, and CI) all of
 * them; QUIZWIRE_FUZZ_SCALE=N runs N times as many (new ones: the seeds go on).
 */
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupeFacts } from '../../src/batch/dedupe-facts.js';
import { studyStream } from '../../src/batch/study-stream.js';
import { DEFAULT_TYPES } from '../../src/generate/index.js';
import { IngestError } from '../../src/ingest/index.js';
import { collectInputs } from '../../src/io/collect-inputs.js';
import { buildDocument, studyText, type ArticleResult } from '../../src/pipeline.js';
import { FORMATS, renderFormat, type Format } from '../../src/render/index.js';
import { createTemplateEnv, type TemplateEnv } from '../../src/render/template/env.js';
import type { OutputFile } from '../../src/types.js';
import { tempDir } from '../temp-dir.js';
import { extremes, mutatedArticles, payloadArticles, randomTexts, type FuzzInput } from './inputs.js';

/** A hang detector, not a timing: a super-linear input takes minutes; a loaded 2-core machine
 *  may take a few seconds over the 1–2 s an input takes alone. */
const PER_INPUT_LIMIT_MS = 30_000;
const SCALE = Number(process.env.QUIZWIRE_FUZZ_SCALE ?? (process.env.QUIZWIRE_STRESS === '1' ? 1 : 1 / 3));
/** How many inputs of a kind: `full` at scale 1. */
const scaled = (full: number) => Math.round(full * SCALE);
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const sources = ['seed', 'wikinews'].flatMap((d) =>
  readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, d, f), 'utf8')),
);
const htmlSources = readdirSync(join(CORPUS, 'html')).map((f) => readFileSync(join(CORPUS, 'html', f), 'utf8'));

/** Study one input: a result, or null for an IngestError; anything else fails the test. */
function study(input: FuzzInput): ArticleResult | null {
  const t0 = performance.now();
  try {
    return studyText(input.text, { source: `${input.label}.${input.kind === 'html' ? 'html' : 'txt'}`, kind: input.kind });
  } catch (err) {
    if (err instanceof IngestError) return null;
    throw new Error(`${input.label}: ${(err as Error).stack}`);
  } finally {
    const ms = performance.now() - t0;
    if (ms > PER_INPUT_LIMIT_MS) throw new Error(`${input.label}: took ${ms.toFixed(0)} ms`);
  }
}

let env: TemplateEnv | undefined;
const lazyEnv = () => (env ??= createTemplateEnv());
const RENDERED: Format[] = FORMATS.filter((f) => f !== 'pdf');

async function renderAll(results: ArticleResult[]): Promise<OutputFile[]> {
  const doc = buildDocument(dedupeFacts(results).results, { types: DEFAULT_TYPES, seed: 3, maxPerArticle: 20 });
  const files: OutputFile[] = [];
  for (const format of RENDERED) {
    const r = await renderFormat(format, doc, { name: 'fuzz', deck: 'Fuzz <b>deck</b>', ankiTimestamp: 1, worksheet: { paper: 'a4', columns: 1, versions: 2, key: 'separate', seed: 3 } }, lazyEnv);
    files.push(...r.files);
  }
  return files;
}

/** Every CSV parses, with one column count for all its data rows. */
function checkCsv(file: OutputFile): void {
  const body = String(file.content).split('\n').filter((l) => !l.startsWith('#')).join('\n');
  const rows = parse(body, { relax_column_count: true }) as string[][];
  const widths = new Set(rows.map((r) => r.length));
  expect(widths.size, `${file.name}: column counts ${[...widths]}`).toBeLessThanOrEqual(1);
  // Text cells must not start a formula. The last column is Anki's GUID, a hash in Anki's own
  // alphabet (which has + and =): it is not input text, and guarding it would change the id.
  for (const row of rows) for (const cell of row.slice(0, -1)) expect(cell, `${file.name}: formula cell`).not.toMatch(/^[=+@]/);
}

function checkHtml(file: OutputFile): void {
  const html = String(file.content);
  expect(html, file.name).not.toMatch(/<script/i);
  expect(html, file.name).not.toMatch(/<img src=x/i);
}

function checkOutputs(files: OutputFile[]): void {
  for (const f of files) {
    if (f.name.endsWith('.csv')) checkCsv(f);
    if (f.name.endsWith('.html')) checkHtml(f);
    if (f.name.endsWith('.json')) JSON.parse(String(f.content));
  }
}

describe('fuzz: study', () => {
  it(`${scaled(2000)} random texts in every script: only IngestError`, () => {
    let ok = 0;
    for (const input of randomTexts(101, scaled(2000))) if (study(input)) ok++;
    expect(ok).toBeGreaterThanOrEqual(0);
  });

  it('the extremes: huge lines, deep and broken HTML, punctuation, RTL, CJK, controls', () => {
    for (const input of extremes()) study(input);
  });
});

describe('fuzz: study, build and render (all formats but pdf)', () => {
  // (90 at scale 1; QUIZWIRE_FUZZ_SCALE=5 runs 450, each mutation drawn from the same seeds.)
  it(`${scaled(72) + scaled(18)} mutated corpus articles and pages, rendered in batches of 30`, async () => {
    const inputs = [...mutatedArticles(202, sources, scaled(72)), ...mutatedArticles(303, htmlSources, scaled(18))];
    let batch: ArticleResult[] = [];
    let rendered = 0;
    for (const input of inputs) {
      const r = study(input);
      if (r) batch.push(r);
      if (batch.length === 30) {
        checkOutputs(await renderAll(batch));
        rendered += batch.length;
        batch = [];
      }
    }
    if (batch.length) checkOutputs(await renderAll(batch));
    rendered += batch.length;
    // Some mutations leave no English text (an IngestError); most are studied and rendered.
    expect(rendered).toBeGreaterThanOrEqual((inputs.length * 2) / 3);
  });

  it('markup, quotes, commas, newlines and formulas in articles come out escaped', async () => {
    const results = payloadArticles().map((a) => study(a)).filter((r): r is ArticleResult => r !== null);
    expect(results.length).toBe(payloadArticles().length);
    const files = await renderAll(results);
    checkOutputs(files);
    // The payloads did reach the outputs (so the check above means something).
    const all = files.map((f) => (typeof f.content === 'string' ? f.content : '')).join('\n');
    expect(all).toMatch(/&lt;script&gt;|&amp;lt;script/);
  });
});

describe(`fuzz: ${scaled(1000)} tiny files through the streaming entry point`, () => {
  it('reads, studies and reports every one, in order', async () => {
    const dir = tempDir('quizwire-fuzz-');
    const count = scaled(1000);
    for (let i = 0; i < count; i++) {
      const name = `t${String(i).padStart(5, '0')}.txt`;
      const body = i % 5 === 0 ? '' : i % 5 === 1 ? '.' : `Note ${i}\n\nThe council met in Leeds on Monday ${i % 28}.`;
      writeFileSync(join(dir, name), body);
    }
    let n = 0;
    let ok = 0;
    let last = '';
    for await (const e of studyStream(collectInputs([dir]), { jobs: 1 })) {
      n++;
      if (e.ok) ok++;
      expect(e.source > last).toBe(true);
      last = e.source;
    }
    expect(n).toBe(count);
    expect(ok).toBeGreaterThan(count / 2);
  });
});
