import { describe, expect, it } from 'vitest';
import { createTemplateEnv } from '../../src/render/template/env.js';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown/markdown.js';
import { sampleDoc, sampleItems } from './sample-quiz.js';

const env = createTemplateEnv();
const content = (doc = sampleDoc(), title?: string) => {
  const files = renderMarkdown(doc, { name: 'quiz', title }, env);
  expect(files.map((f) => f.name)).toEqual(['quiz.md']);
  return String(files[0].content);
};

describe('renderMarkdown', () => {
  const items = sampleItems();
  const md = content(sampleDoc(items));
  const [questionsPart, answersPart] = md.split('\n## Answers\n');

  it('starts with the title and ends with the answers', () => {
    expect(md.startsWith('# Current affairs quiz — 28 October – 2 November 2013\n')).toBe(true);
    expect(answersPart).toBeDefined();
  });

  it('numbers every question once, continuously', () => {
    const numbers = [...questionsPart.matchAll(/^\*\*(\d+)\.\*\*/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(items.map((_, i) => i + 1));
  });

  it('lists the options of choice questions as (a)–(d)', () => {
    const optionLines = questionsPart.match(/^- \([a-d]\) .+$/gm) ?? [];
    const expected = items.reduce((n, i) => n + (i.options?.length ?? 0), 0);
    expect(optionLines.length).toBe(expected);
  });

  it('lists the numbered statements', () => {
    const statementLines = questionsPart.match(/^\d+\. .+$/gm) ?? [];
    expect(statementLines.length).toBe(items.reduce((n, i) => n + (i.statements?.length ?? 0), 0));
  });

  it('keeps cloze blanks visible without turning them into emphasis', () => {
    expect(questionsPart).toContain('only the \\_\\_\\_\\_\\_\\_\\_\\_ country');
  });

  it('answers every question in order with letter, answer and explanation', () => {
    const answers = [...answersPart.matchAll(/^(\d+)\. \*\*(.+?)\*\* — (.+)$/gm)];
    expect(answers.map((m) => Number(m[1]))).toEqual(items.map((_, i) => i + 1));
    const mcqNumber = items.findIndex((i) => i.type === 'mcq') + 1;
    const mcq = items[mcqNumber - 1];
    expect(answers[mcqNumber - 1][2]).toBe(`(${String.fromCharCode(97 + mcq.answerIndex!)}) ${mcq.answer}`);
  });

  it('escapes HTML and Markdown in item text', () => {
    const evil = sampleItems();
    evil[0] = { ...evil[0], question: '<script>alert(1)</script> *bold* [link](http://x) `code`' };
    evil[1] = { ...evil[1], question: '# Not a heading', answer: '1. not a list' };
    const out = content(sampleDoc(evil));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script>alert(1)&lt;/script> \\*bold\\* \\[link\\](http://x) \\`code\\`');
    expect(out).toContain('**2.** \\# Not a heading');
    expect(out).toContain('**1\\. not a list**');
  });

  it('shows the date under a custom title', () => {
    const out = content(sampleDoc(), 'Week 44');
    expect(out.startsWith('# Week 44\n\n28 October – 2 November 2013 · 25 questions')).toBe(true);
  });

  it('never leaves more than one blank line in a row', () => {
    expect(md).not.toMatch(/\n\n\n/);
  });
});

describe('escapeMarkdown', () => {
  it('escapes line-start markers and inline punctuation, folds newlines', () => {
    expect(escapeMarkdown('- a_b\n> c')).toBe('\\- a\\_b > c');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('AT&T <x>')).toBe('AT&amp;T &lt;x>');
  });
});
