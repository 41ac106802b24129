import { describe, expect, it } from 'vitest';
import { basicFields, clozeFields, clozeNumbers, isClozeNote, sourceLine } from '../../src/render/anki/fields.js';
import { fieldChecksum, fieldHtml, fieldText } from '../../src/render/anki/html.js';
import type { ArticleMeta, Item } from '../../src/types.js';

const meta: ArticleMeta = {
  id: 'a1', title: 'Talks in "Tokyo" & Moscow', date: '2013-11-02', place: null, site: 'The Hindu', source: 'x.txt',
};
const item = (over: Partial<Item>): Item => ({
  id: 'i1', articleId: 'a1', factId: 'f1', type: 'short', question: 'Q?', answer: 'A', sentence: 'The sentence.',
  answerType: 'term', score: 1, tags: [], ...over,
});

describe('fieldHtml', () => {
  it('escapes only & < >, turns line breaks into <br>, trims and NFC-normalises', () => {
    expect(fieldHtml(' a & b < c > "d" \'e\'\nf\r\ng ')).toBe('a &amp; b &lt; c &gt; "d" \'e\'<br>f<br>g');
    expect(fieldHtml('Gdan\u0301sk')).toBe('Gdańsk');
  });

  it('round-trips through fieldText, which is what Anki checksums', () => {
    expect(fieldText(`${fieldHtml('R&D <b>')}<div>x</div>&#61;&nbsp;`)).toBe('R&D <b>x= ');
    expect(fieldChecksum('<b>hello</b>')).toBe(fieldChecksum('hello'));
    // sha1("hello") = aaf4c61d…
    expect(fieldChecksum('hello')).toBe(0xaaf4c61d);
  });
});

describe('basicFields', () => {
  it('mcq: options (a)–(d) on the front, the lettered answer and sentence on the back', () => {
    const f = basicFields(item({ type: 'mcq', question: 'Which?', options: ['X', 'Y & Z', 'W'], answerIndex: 1, answer: 'Y & Z' }), meta);
    expect(f.front).toBe('Which?<br><br>(a) X<br>(b) Y &amp; Z<br>(c) W');
    expect(f.back).toBe('(b) Y &amp; Z<div style="font-size:smaller">The sentence.</div>');
    expect(f.source).toBe('Talks in "Tokyo" &amp; Moscow · 2013-11-02 · The Hindu');
  });

  it('mcq without answerIndex finds the answer among the options', () => {
    const f = basicFields(item({ type: 'mcq', options: ['X', 'Y'], answer: 'Y' }), meta);
    expect(f.back.startsWith('(b) Y')).toBe(true);
  });

  it('truefalse: one "True or false:" prefix even when the prompt already has it', () => {
    expect(basicFields(item({ type: 'truefalse', question: 'Tokyo hosted it.', answer: 'True' }), meta).front)
      .toBe('True or false: Tokyo hosted it.');
    expect(basicFields(item({ type: 'truefalse', question: 'True or false: Tokyo hosted it.', answer: 'True' }), meta).front)
      .toBe('True or false: Tokyo hosted it.');
  });

  it('statements: numbered statements then options; back has the letter, text and per-statement notes', () => {
    const f = basicFields(item({
      type: 'statements', question: 'Which is correct?', options: ['1 only', '2 only'], answerIndex: 0, answer: '1 only',
      statements: [
        { text: 'A <1>', correct: true, sentence: 'S1.' },
        { text: 'B', correct: false, sentence: '' },
      ],
      sentence: 'S1.',
    }), meta);
    expect(f.front).toBe('Which is correct?<br><br>1. A &lt;1&gt;<br>2. B<br><br>(a) 1 only<br>(b) 2 only');
    expect(f.back).toBe('(a) 1 only<div style="font-size:smaller">1. Correct: S1.</div>');
  });

  it('statements already listed in the prompt are not printed twice', () => {
    const f = basicFields(item({
      type: 'statements', question: 'Consider:\n1. A\n2. B\nWhich?', options: ['1 only'], answer: '1 only',
      statements: [{ text: 'A', correct: true, sentence: '' }, { text: 'B', correct: false, sentence: '' }],
    }), meta);
    expect(f.front).toBe('Consider:<br>1. A<br>2. B<br>Which?<br><br>(a) 1 only');
  });

  it('an explanation different from the sentence is shown too', () => {
    const f = basicFields(item({ explanation: 'Because.' }), meta);
    expect(f.back).toBe('A<div>Because.</div><div style="font-size:smaller">The sentence.</div>');
  });

  it('a source line without a site uses the file name, and skips what is missing', () => {
    expect(sourceLine({ ...meta, site: null, date: null, source: 'dir/a.txt' })).toBe('Talks in "Tokyo" &amp; Moscow · a.txt');
    expect(sourceLine({ ...meta, site: null, source: '-' })).toBe('Talks in "Tokyo" &amp; Moscow · 2013-11-02');
    expect(sourceLine(undefined)).toBe('');
  });
});

describe('cloze notes', () => {
  it('only cloze items with a {{cN::}} marker are Cloze notes', () => {
    expect(isClozeNote(item({ type: 'cloze', cloze: 'In {{c1::Tokyo}}.' }))).toBe(true);
    expect(isClozeNote(item({ type: 'cloze', cloze: 'In Tokyo.' }))).toBe(false);
    expect(isClozeNote(item({ type: 'short', cloze: 'In {{c1::Tokyo}}.' }))).toBe(false);
  });

  it('clozeNumbers lists each number once, ascending', () => {
    expect(clozeNumbers('{{c2::b}} {{c1::a}} {{c2::c::hint}}')).toEqual([1, 2]);
    expect(clozeNumbers('none')).toEqual([]);
  });

  it('Back Extra repeats the sentence only when the cloze shortened it', () => {
    const same = clozeFields(item({ type: 'cloze', cloze: 'The {{c1::sentence}}.', sentence: 'The sentence.' }), meta);
    expect(same.backExtra).toBe('<div style="font-size:smaller">Talks in "Tokyo" &amp; Moscow · 2013-11-02 · The Hindu</div>');
    const shortened = clozeFields(item({ type: 'cloze', cloze: '{{c1::Tokyo}} & Moscow', sentence: 'Both Tokyo & Moscow met.' }), meta);
    expect(shortened.text).toBe('{{c1::Tokyo}} &amp; Moscow');
    expect(shortened.backExtra.startsWith('<div style="font-size:smaller">Both Tokyo &amp; Moscow met.</div>')).toBe(true);
  });
});
