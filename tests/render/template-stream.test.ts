import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TYPES } from '../../src/generate/index.js';
import { buildDocument, studyText } from '../../src/pipeline.js';
import { renderAnkiCsv } from '../../src/render/anki/csv.js';
import { renderMarkdown } from '../../src/render/markdown/markdown.js';
import { createTemplateEnv, TemplateError } from '../../src/render/template/env.js';
import { renderWorksheet } from '../../src/render/worksheet/html.js';
import type { OutputFile, QuizDocument, TextChunks } from '../../src/types.js';

const corpus = join(import.meta.dirname, '../fixtures/corpus');
const base = buildDocument(
  ['seed/russia-japan-2plus2.txt', 'wikinews/wikinews-soccer.txt', 'wikinews/wikinews-stampede.txt', 'wikinews/wikinews-flag.txt'].map((f) =>
    studyText(readFileSync(join(corpus, f), 'utf8'), { source: f, kind: 'text' }),
  ),
  { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 },
);
// Enough items that every type's list and the key pass the length at which `each` defers.
const doc: QuizDocument = { ...base, items: Array.from({ length: 1500 }, (_, i) => ({ ...base.items[i % base.items.length], id: `item-${i}` })) };
const env = createTemplateEnv();
const text = (c: OutputFile['content']) => (typeof c === 'string' ? c : [...(c as TextChunks).chunks()].join(''));
const pairs = (render: (stream: boolean) => OutputFile[]) => {
  const [whole, streamed] = [render(false), render(true)];
  expect(streamed.map((f) => f.name)).toEqual(whole.map((f) => f.name));
  return whole.map((f, i) => [f.content, streamed[i].content] as const);
};

describe('streamed templates', () => {
  it('write what the whole render writes, for the CSV, Markdown and worksheet templates', () => {
    const all = [
      ...pairs((stream) => renderAnkiCsv(doc, { deck: 'Deck', timestamp: 1, stream }, env)),
      ...pairs((stream) => renderMarkdown(doc, { name: 'quiz', stream }, env)),
      ...pairs((stream) => renderWorksheet(doc, { paper: 'a4', columns: 1, versions: 2, key: 'separate', seed: 1, name: 'quiz', stream }, env)),
    ];
    expect(all.length).toBe(2 + 1 + 4);
    for (const [whole, streamed] of all) {
      expect(typeof whole).toBe('string');
      expect(typeof streamed).toBe('object');
      expect(text(streamed)).toBe(whole);
    }
    // The long lists were really deferred: the first piece is short, and there are many.
    const [, csv] = pairs((stream) => renderAnkiCsv(doc, { deck: 'Deck', timestamp: 1, stream }, env))[0];
    const pieces = [...(csv as TextChunks).chunks()];
    expect(pieces[0].length).toBeLessThan(500);
    expect(pieces.length).toBeGreaterThan(1);
  });

  describe('in a template of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-tpl-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'list.txt.hbs'),
      'head\n{{#each rows as |row i|}}{{@index}}/{{i}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}} {{row.name}} [{{#each row.tags}}{{this}}{{#unless @last}},{{/unless}}{{/each}}] {{@root.title}}\n{{else}}none\n{{/each}}tail {{rows.length}}\n',
    );
    writeFileSync(join(dir, 'broken.txt.hbs'), '{{#each rows}}{{name}}{{/each}}');
    const local = createTemplateEnv(dir);
    local.render('list.txt.hbs', { rows: [] });
    const rows = Array.from({ length: 450 }, (_, i) => ({ name: `n${i}`, tags: ['a', 'b'] }));

    it('keeps @index, @first, @last, block parameters, @root and nested lists', () => {
      const ctx = { title: 'T', rows };
      const whole = local.render('list.txt.hbs', ctx);
      expect(whole).toContain('0/0 first n0 [a,b] T');
      expect(whole).toContain('449/449 last n449 [a,b] T');
      expect([...local.renderStream('list.txt.hbs', ctx).chunks()].join('')).toBe(whole);
      // Short and empty lists render in place, as always.
      for (const short of [[], rows.slice(0, 3)]) expect([...local.renderStream('list.txt.hbs', { title: 'T', rows: short }).chunks()].join('')).toBe(local.render('list.txt.hbs', { title: 'T', rows: short }));
    });

    it('reports an error inside a deferred block as a template error naming the file', () => {
      // The 300th row fails only when its turn comes, as the file is written.
      const failing = rows.map((r, i) => (i === 300 ? Object.defineProperty({}, 'name', { get: () => { throw new Error('boom'); }, enumerable: true }) : r));
      const stream = local.renderStream('broken.txt.hbs', { rows: failing });
      expect(() => [...stream.chunks()]).toThrow(TemplateError);
      expect(() => [...stream.chunks()]).toThrow(/broken\.txt\.hbs/);
    });
  });
});
