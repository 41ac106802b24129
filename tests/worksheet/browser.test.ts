import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplateEnv } from '../../src/render/template/env.js';
import { findChromium, htmlToPdf, launchChromium } from '../../src/render/pdf/html-to-pdf.js';
import { renderWorksheet } from '../../src/render/worksheet/html.js';
import { sampleDoc, sampleItems } from './sample-quiz.js';

/**
 * Proof in a real browser: the worksheet printed by Chromium to PDF, then read back with
 * poppler (pdfinfo, pdftotext). Skipped, with the reason, when Chromium is not installed.
 */
const browserPath = findChromium();
const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// A real browser takes ~10 s: it runs in `npm run test:browser` (QUIZWIRE_BROWSER=1), not in `npm test`.
const skipReason = process.env.QUIZWIRE_BROWSER !== '1'
  ? 'run `npm run test:browser` for the Chromium tests'
  : !browserPath
  ? 'Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)'
  : !hasPoppler
    ? 'poppler-utils (pdfinfo, pdftotext) not installed'
    : null;
if (skipReason) console.warn(`tests/worksheet/browser.test.ts skipped: ${skipReason}`);

let dir = '';

const env = createTemplateEnv();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Without any whitespace: a line break after a hyphen comes back from pdftotext as a space. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface Printed {
  html: string;
  /** Per page: text in layout (for "starts with") and in content-stream order, which
   *  Chromium writes in document order, so one question's text stays contiguous. */
  layout: string[];
  raw: string[];
  info: string;
  requests: string[];
}

function readPdf(path: string): Pick<Printed, 'layout' | 'raw' | 'info'> {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const text = (mode: string, i: number) =>
    execFileSync('pdftotext', [mode, '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' });
  const pages = Array.from({ length: count }, (_, i) => i);
  return { info, layout: pages.map((i) => text('-layout', i)), raw: pages.map((i) => norm(text('-raw', i))) };
}

async function printSheet(html: string, paper: 'a4' | 'letter', name: string): Promise<Printed> {
  const requests: string[] = [];
  const pdf = await htmlToPdf(html, { paper, onRequest: (url) => requests.push(url) });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return { html, requests, ...readPdf(path) };
}

/** The text of each question box as the student reads it, from the HTML. */
function questionTexts(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('.question')].map((q) => norm(q.textContent ?? ''));
}

/**
 * A question box split by a page break has its text divided between two pages; a whole one
 * has all of it, contiguous, on one page before the key. Returns each question's page.
 */
function expectNoQuestionSplit(printed: Printed, keyPage: number): number[] {
  const texts = questionTexts(printed.html);
  expect(texts.length).toBeGreaterThan(0);
  return texts.map((t) => {
    const page = printed.raw.slice(0, keyPage - 1).findIndex((p) => squash(p).includes(squash(t))) + 1;
    expect(page, `question printed whole on one page: "${t}"`).toBeGreaterThan(0);
    return page;
  });
}

/** A group's heading is printed on the page of its first question, never alone at a page foot. */
function expectHeadingsWithQuestions(printed: Printed, keyPage: number) {
  const { document } = parseHTML(printed.html);
  // Lower-cased: the heading's range is printed in capitals by CSS.
  const fold = (s: string) => squash(s).toLowerCase();
  for (const group of document.querySelectorAll('.group')) {
    const heading = fold(group.querySelector('.group-heading')?.textContent ?? '');
    const first = fold(group.querySelector('.question')?.textContent ?? '');
    const page = printed.raw.slice(0, keyPage - 1).findIndex((p) => fold(p).includes(heading)) + 1;
    expect(page, heading).toBeGreaterThan(0);
    expect(fold(printed.raw[page - 1]).includes(first), `first question under ${heading}`).toBe(true);
  }
}

const keyStart = (printed: Printed, heading: string) =>
  printed.layout.findIndex((p) => norm(p).startsWith(heading)) + 1;

/** Heights the layout needs, measured in Chromium at the printed width, in pages. */
async function estimatePages(html: string, contentWidthMm: number, contentHeightMm: number) {
  const { browser, close } = await launchChromium(browserPath!, ['--headless', '--no-sandbox', '--disable-gpu']);
  try {
    const page = await browser.newPage({ viewport: { width: Math.round((contentWidthMm / 25.4) * 96), height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html);
    const [questions, key] = await page.evaluate(() => {
      const h = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const header = h('.sheet-header');
      const main = h('main.questions');
      return [main.bottom - header.top, h('.answer-key').height];
    });
    const pageHeight = (contentHeightMm / 25.4) * 96;
    return { questions: questions / pageHeight, key: key / pageHeight };
  } finally {
    await close();
  }
}

describe.skipIf(skipReason !== null)('worksheet printed by Chromium', () => {
  const items = sampleItems();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quizwire-ws-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('A4, one column, key inline', () => {
    let printed: Printed;
    let keyPage = 0;

    it('prints an A4 PDF without fetching anything', async () => {
      const [file] = renderWorksheet(sampleDoc(items), { paper: 'a4', columns: 1, versions: 1, key: 'inline', seed: 1, name: 'a4' }, env);
      printed = await printSheet(String(file.content), 'a4', 'a4');
      expect(printed.info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(printed.requests.filter((u) => !/^(about:blank|data:)/.test(u))).toEqual([]);
    }, 60_000);

    it('never splits a question across pages, and the key starts a page of its own', () => {
      keyPage = keyStart(printed, 'Answer key');
      expect(keyPage).toBeGreaterThan(1);
      expect(printed.raw.slice(0, keyPage - 1).some((p) => p.includes('Answer key'))).toBe(false);
      const pages = expectNoQuestionSplit(printed, keyPage);
      // The questions fill the pages before the key, in order, up to the page just before it.
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      expect(pages[pages.length - 1]).toBe(keyPage - 1);
      expectHeadingsWithQuestions(printed, keyPage);
    });

    it('has the page count the layout needs', async () => {
      const est = await estimatePages(printed.html, 210 - 28, 297 - 30);
      // Keeping boxes whole wastes part of a page now and then, hence one page of slack per part.
      const questionPages = keyPage - 1;
      const keyPages = printed.raw.length - questionPages;
      expect(questionPages).toBeGreaterThanOrEqual(Math.ceil(est.questions));
      expect(questionPages).toBeLessThanOrEqual(Math.ceil(est.questions) + 1);
      expect(keyPages).toBeGreaterThanOrEqual(Math.ceil(est.key));
      expect(keyPages).toBeLessThanOrEqual(Math.ceil(est.key) + 1);
    }, 60_000);

    it('numbers the pages in the footer', () => {
      printed.layout.forEach((p, i) => expect(norm(p)).toContain(`Page ${i + 1} of ${printed.layout.length}`));
    });
  });

  it('prints set B on letter in two columns, questions whole, key on its own page', async () => {
    const [, b] = renderWorksheet(sampleDoc(items), { paper: 'letter', columns: 2, versions: 2, key: 'inline', seed: 3, name: 'x' }, env);
    const printed = await printSheet(String(b.content), 'letter', 'letter-b');
    expect(printed.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(printed.requests.filter((u) => !/^(about:blank|data:)/.test(u))).toEqual([]);
    expect(norm(printed.layout[0])).toContain('Set B · Page 1 of');
    const keyPage = keyStart(printed, 'Answer key — Set B');
    expect(keyPage).toBeGreaterThan(1);
    expectNoQuestionSplit(printed, keyPage);
    expectHeadingsWithQuestions(printed, keyPage);
  }, 60_000);

  it('keeps long questions whole when many of them crowd a page', async () => {
    // Statements items are the tallest boxes; a run of them forces breaks inside the group.
    const tall = Array.from({ length: 4 }, () => items.filter((i) => i.type === 'statements')).flat()
      .map((item, n) => ({ ...item, id: `${item.id}-${n}` }));
    const [file] = renderWorksheet(sampleDoc(tall), { paper: 'a4', columns: 1, versions: 1, key: 'separate', seed: 1, name: 't' }, env);
    const printed = await printSheet(String(file.content), 'a4', 'tall');
    expect(printed.raw.length).toBeGreaterThan(1);
    expectNoQuestionSplit(printed, printed.raw.length + 1);
  }, 60_000);

  it('prints the key of a 20-item set on one page; with --key-detail the explanations follow it', async () => {
    const twenty = Array.from({ length: 20 }, (_, n) => items[n % items.length]).map((item, n) => ({ ...item, id: `${item.id}-k${n}` }));
    const [sheet, key] = renderWorksheet(sampleDoc(twenty), { paper: 'a4', columns: 1, versions: 1, key: 'separate', seed: 1, name: 'k' }, env);
    const keyOnly = await printSheet(String(key.content), 'a4', 'key20');
    expect(String(sheet.content)).not.toContain('class="answer-key');
    expect(keyOnly.raw).toHaveLength(1);
    const detailed = renderWorksheet(sampleDoc(twenty), { paper: 'a4', columns: 1, versions: 1, key: 'separate', keyDetail: true, seed: 1, name: 'k' }, env)[1];
    const printedDetail = await printSheet(String(detailed.content), 'a4', 'key20-detail');
    expect(printedDetail.raw.length).toBeGreaterThan(1);
  }, 60_000);

  it('blocks a remote resource a custom template might add', async () => {
    const requests: string[] = [];
    const html = '<html><body><img src="http://example.invalid/x.png"><p>offline</p></body></html>';
    const pdf = await htmlToPdf(html, { paper: 'a4', onRequest: (u) => requests.push(u) });
    expect(pdf.byteLength).toBeGreaterThan(500);
    expect(requests).toEqual(['http://example.invalid/x.png']);
  }, 60_000);
});
