/**
 * Issue 18: an article's own `{{c2::…}}`, `}}` and `::` are text. They never make a Cloze note
 * card of their own, an extra blank in a question, or a hint in a cloze deletion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakClozeSyntax } from '../../src/ingest/cloze-syntax.js';
import { buildDocument, DEFAULT_TYPES, studyText } from '../../src/index.js';
import { clozeFields, clozeNumbers, isClozeNote } from '../../src/render/anki-fields.js';
import { SEED } from '../cli/run-cli.js';

/** The seed article with cloze markup dropped into every paragraph. */
function articleWithClozeMarkup(): string {
  const [title, ...rest] = readFileSync(SEED, 'utf8').split('\n\n');
  const marked = rest.map((p, i) => (i === 0 ? p : `${p.replace(/\.$/, '')} ({{c${i + 1}::note ${i}::hint}} and {{x}}).`));
  return [title, ...marked].join('\n\n');
}

describe('cloze syntax in an article', () => {
  const doc = buildDocument([studyText(articleWithClozeMarkup(), { source: 'marked.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 60 });

  it('reads the same but no longer parses as cloze syntax', () => {
    const broken = breakClozeSyntax('{{c2::x::y}}');
    expect(broken.replace(/\u2060/g, '')).toBe('{{c2::x::y}}');
    expect(broken).not.toMatch(/\{\{|\}\}|::/);
  });

  it('a Cloze note has only the one deletion quizwire made', () => {
    const clozes = doc.items.filter(isClozeNote);
    expect(clozes.length).toBeGreaterThan(3);
    // Some of them are made from a sentence with the markup in it.
    expect(clozes.some((i) => /c\d+:\u2060?:note/.test(i.cloze!))).toBe(true);
    for (const item of clozes) {
      expect(clozeNumbers(item.cloze!)).toEqual([1]);
      expect(clozeFields(item, undefined).text.match(/\{\{c\d+::/g)).toHaveLength(1);
      // The deletion's own text has no `::` that Anki would read as a hint.
      expect(/\{\{c1::((?:(?!\}\}).)*)\}\}/.exec(item.cloze!)![1]).not.toContain('::');
    }
  });

  it('no question gets a blank from the article text', () => {
    for (const item of doc.items) {
      const blanks = item.question.match(/_____/g)?.length ?? 0;
      expect(blanks, item.question).toBeLessThanOrEqual(1);
      expect(item.question).not.toMatch(/\{\{|\}\}/);
    }
  });
});
