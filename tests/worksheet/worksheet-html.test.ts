import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Item, OutputFile } from '../../src/types.js';
import { createTemplateEnv } from '../../src/render/template/env.js';
import { renderWorksheet, type WorksheetOptions } from '../../src/render/worksheet/html.js';
import { sampleDoc, sampleItems } from './sample-quiz.js';

const env = createTemplateEnv();
const base: WorksheetOptions = { paper: 'a4', columns: 1, versions: 1, key: 'inline', seed: 1, name: 'quiz' };

const text = (f: OutputFile) => (typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content));
const dom = (f: OutputFile) => parseHTML(text(f)).document;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The questions of a sheet, in page order, as the student sees them. */
function questionsOf(doc: Document) {
  return [...doc.querySelectorAll('.question')].map((q) => ({
    id: q.getAttribute('data-id')!,
    number: Number(q.getAttribute('data-number')),
    shownNumber: clean(q.querySelector('.q-number')?.textContent),
    options: [...q.querySelectorAll('.option-list li')].map((li) => clean(li.textContent)),
    statements: [...q.querySelectorAll('.statement-list li')].map((li) => clean(li.textContent)),
  }));
}

/** The detailed answer key: number → "(b) Japan". */
/** The key grid: number → answer ("(b)" for a choice). */
function keyOf(doc: Document): Map<number, string> {
  return new Map(
    [...doc.querySelectorAll('.key-glance li')].map((e) => [
      Number(clean(e.querySelector('.k-number')?.textContent).replace('.', '')),
      clean(e.querySelector('span:last-child')?.textContent),
    ]),
  );
}

/** Checks a key against the questions it answers, using the items' own truth. */
function expectKeyMatches(questions: ReturnType<typeof questionsOf>, key: Map<number, string>, items: Item[]) {
  const byId = new Map(items.map((i) => [i.id, i]));
  expect(key.size).toBe(questions.length);
  for (const q of questions) {
    const item = byId.get(q.id)!;
    const entry = key.get(q.number)!;
    if (q.options.length > 0) {
      // The key's letter points at the option that carries the right answer on this sheet.
      const m = /^\((\w)\)$/.exec(entry)!;
      expect(m, entry).not.toBeNull();
      const option = q.options[m[1].charCodeAt(0) - 97];
      expect(option.startsWith(`(${m[1]}) `)).toBe(true);
      if (item.type === 'mcq') expect(option).toBe(`(${m[1]}) ${item.answer}`);
    } else {
      expect(entry).toBe(item.answer);
    }
  }
}

describe('renderWorksheet: one sheet', () => {
  const items = sampleItems();
  const [file] = renderWorksheet(sampleDoc(items), base, env);
  const doc = dom(file);
  const questions = questionsOf(doc);

  it('writes <name>.html and nothing else', () => {
    expect(renderWorksheet(sampleDoc(items), base, env).map((f) => f.name)).toEqual(['quiz.html']);
  });

  it('shows every item exactly once, numbered 1…N in page order', () => {
    expect([...questions.map((q) => q.id)].sort()).toEqual(items.map((i) => i.id).sort());
    expect(questions.map((q) => q.number)).toEqual(items.map((_, i) => i + 1));
    expect(questions.map((q) => q.shownNumber)).toEqual(items.map((_, i) => `${i + 1}.`));
  });

  it('groups by type with an instruction each, ranges matching the numbers', () => {
    const headings = [...doc.querySelectorAll('.group-heading')].map((h) => clean(h.textContent));
    expect(headings).toEqual([
      'Questions 1–6. Answer in one word or a short phrase.',
      'Questions 7–11. Fill in the blanks.',
      'Questions 12–17. Choose the correct option.',
      'Questions 18–21. State whether true or false.',
      'Questions 22–25. Consider the statements and choose the correct option.',
    ]);
  });

  it('labels options (a)–(d) and lists statements under the lead', () => {
    const mcq = questions.find((q) => q.id.startsWith('mcq'))!;
    expect(mcq.options.map((o) => o.slice(0, 3))).toEqual(['(a)', '(b)', '(c)', '(d)']);
    const st = doc.querySelector('.q-statements')!;
    expect(clean(st.querySelector('.q-lead')?.textContent)).toBe('Consider the following statements:');
    expect(clean(st.querySelector('.statement-list li')?.textContent)).toMatch(/^1\. /);
  });

  it('draws cloze blanks as lines instead of underscores', () => {
    const cloze = [...doc.querySelectorAll('.q-cloze')];
    expect(cloze.length).toBe(items.filter((i) => i.type === 'cloze').length);
    for (const q of cloze) {
      expect(q.querySelectorAll('.blank').length).toBe(1);
      expect(q.textContent).not.toContain('___');
    }
  });

  it('has a header with title, instructions and the student lines', () => {
    expect(clean(doc.querySelector('h1')?.textContent)).toBe('Current affairs quiz — 28 October – 2 November 2013');
    expect(clean(doc.querySelector('.student')?.textContent)).toBe('Name Roll no. Date');
    expect(doc.querySelector('.instructions')).not.toBeNull();
    expect(doc.querySelector('.set-label')).toBeNull();
  });

  it('puts the key after the questions, on a new page, matching them', () => {
    const keySection = doc.querySelector('.answer-key')!;
    expect(keySection.classList.contains('new-page')).toBe(true);
    expect(text(file)).toMatch(/\.answer-key\.new-page\s*\{[^}]*break-before:\s*page/);
    expect(text(file).indexOf('class="answer-key')).toBeGreaterThan(text(file).lastIndexOf('class="question '));
    expectKeyMatches(questions, keyOf(doc), items);
  });

  it('prints the key as a grid of answers, without explanations unless asked', () => {
    expect(doc.querySelectorAll('.key-glance li')).toHaveLength(questions.length);
    expect(doc.querySelector('.key-list')).toBeNull();
    expect(doc.querySelector('.k-explanation')).toBeNull();
  });

  it('gives each key entry an explanation and its article with keyDetail', () => {
    const detailed = dom(renderWorksheet(sampleDoc(items), { ...base, keyDetail: true }, env)[0]);
    const entries = [...detailed.querySelectorAll('.key-entry')];
    expect(entries).toHaveLength(questions.length);
    const second = items.find((i) => i.type === 'truefalse' && i.explanation)!;
    const n = questions.find((q) => q.id === second.id)!.number;
    expect(clean(entries[n - 1].querySelector('.k-explanation')?.textContent)).toBe(second.explanation);
    for (const e of entries) {
      expect(clean(e.querySelector('.k-explanation')?.textContent).length).toBeGreaterThan(10);
      expect(clean(e.querySelector('.k-source')?.textContent)).toMatch(/^\(.+\)$/);
    }
  });

  it('is self-contained: no scripts, links or remote resources', () => {
    const html = text(file);
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|@import/i);
  });

  it('prints on A4 in one column by default, at 11–12 pt', () => {
    const html = text(file);
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).toMatch(/counter\(page\)/);
    expect(html).toMatch(/body\s*\{[^}]*font:\s*11(\.\d)?pt/);
    expect(doc.body.classList.contains('two-columns')).toBe(false);
  });
});

describe('renderWorksheet: options', () => {
  it('uses letter paper when asked', () => {
    const [file] = renderWorksheet(sampleDoc(), { ...base, paper: 'letter' }, env);
    expect(text(file)).toMatch(/@page\s*\{[^}]*size:\s*letter/);
    expect(text(file)).not.toMatch(/size:\s*A4/);
  });

  it('sets two columns on the body and has the column CSS for it', () => {
    const [file] = renderWorksheet(sampleDoc(), { ...base, columns: 2 }, env);
    expect(dom(file).body.classList.contains('two-columns')).toBe(true);
    expect(text(file)).toMatch(/\.two-columns \.group-items\s*\{[^}]*column-count:\s*2/);
  });

  it('writes one file per set, each with its own matching key', () => {
    const items = sampleItems();
    const files = renderWorksheet(sampleDoc(items), { ...base, versions: 3, seed: 9 }, env);
    expect(files.map((f) => f.name)).toEqual(['quiz-A.html', 'quiz-B.html', 'quiz-C.html']);
    const orders = files.map((f) => {
      const doc = dom(f);
      expect(clean(doc.querySelector('.set-label')?.textContent)).toMatch(/^Set [ABC]$/);
      const questions = questionsOf(doc);
      expectKeyMatches(questions, keyOf(doc), items);
      return questions.map((q) => q.id).join();
    });
    expect(new Set(orders).size).toBe(3);
  });

  it('writes separate key files that match their sets', () => {
    const items = sampleItems();
    const files = renderWorksheet(sampleDoc(items), { ...base, versions: 2, key: 'separate', seed: 4 }, env);
    expect(files.map((f) => f.name)).toEqual(['quiz-A.html', 'quiz-A-key.html', 'quiz-B.html', 'quiz-B-key.html']);
    for (const [sheet, keyFile] of [[files[0], files[1]], [files[2], files[3]]]) {
      expect(dom(sheet).querySelector('.answer-key')).toBeNull();
      const keyDoc = dom(keyFile);
      expect(keyDoc.querySelector('.question')).toBeNull();
      // The key file starts with the key: no page break before it.
      expect(keyDoc.querySelector('.answer-key')!.classList.contains('new-page')).toBe(false);
      expectKeyMatches(questionsOf(dom(sheet)), keyOf(keyDoc), items);
    }
  });

  it('names a single separate key <name>-key.html', () => {
    const files = renderWorksheet(sampleDoc(), { ...base, key: 'separate' }, env);
    expect(files.map((f) => f.name)).toEqual(['quiz.html', 'quiz-key.html']);
  });

  it('shows the date range under a custom title', () => {
    const [file] = renderWorksheet(sampleDoc(), { ...base, title: 'Weekly test 14' }, env);
    const doc = dom(file);
    expect(clean(doc.querySelector('h1')?.textContent)).toBe('Weekly test 14');
    expect(clean(doc.querySelector('.meta')?.textContent)).toContain('28 October – 2 November 2013');
  });

  it('escapes markup in every piece of item text', () => {
    const items = sampleItems();
    const evil = '<script>alert("x")</script> & <b>bold</b>';
    items[0] = { ...items[0], question: `${evil} _____?`, answer: evil, explanation: evil };
    items[11] = { ...items[11], options: [evil, 'B', 'C', 'D'], answerIndex: 0, answer: evil };
    const doc = sampleDoc(items);
    doc.articles = doc.articles.map((a) => ({ ...a, title: `${a.title} <img src=x onerror=alert(1)>` }));
    for (const file of renderWorksheet(doc, { ...base, title: `Quiz ${evil}`, key: 'separate' }, env)) {
      const html = text(file);
      expect(html).not.toMatch(/<script|<b>|<img/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    }
  });

  it('renders an empty quiz without failing', () => {
    const [file] = renderWorksheet({ ...sampleDoc([]), articles: [] }, base, env);
    expect(clean(dom(file).querySelector('h1')?.textContent)).toBe('Current affairs quiz');
    expect(dom(file).querySelectorAll('.question').length).toBe(0);
  });
});
