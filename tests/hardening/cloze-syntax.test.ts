/**
 * Issue 18: an article's own `{{c2::…}}`, `}}` and `::` are text. They never make a Cloze note
 * card of their own, an extra blank in a question, or a hint in a cloze deletion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakClozeSyntax } from '../../src/ingest/cloze-syntax.js';
import { buildDocument, studyText } from '../../src/index.js';
import { clozeFields, isClozeNote } from '../../src/render/anki/fields.js';
import { SEED } from '../cli/run-cli.js';

/** The seed article with cloze markup dropped into every paragraph. */
function articleWithClozeMarkup(): string {
  const [title, ...rest] = readFileSync(SEED, 'utf8').split('\n\n');
  const marked = rest.map((p, i) => (i === 0 ? p : `${p.replace(/\.$/, '')} ({{c${i + 1}::note ${i}::hint}} and {{x}}).`));
  return [title, ...marked].join('\n\n');
}

/** The text of each `{{cN::text}}` (or `{{cN::text::hint}}`) in a cloze, as Anki would read it. */
const deletions = (cloze: string) => [...cloze.matchAll(/\{\{c\d+::((?:(?!\}\}).)*)\}\}/g)].map((m) => m[1]);

describe('cloze syntax in an article', () => {
  // (Clozes only: the article's quiz of every type may hold none.)
  const doc = buildDocument([studyText(articleWithClozeMarkup(), { source: 'marked.txt', kind: 'text' })], { types: ['cloze'], seed: 1, maxPerArticle: 60 });

  it('reads the same but no longer parses as cloze syntax', () => {
    const broken = breakClozeSyntax('{{c2::x::y}}');
    expect(broken.replace(/\u2060/g, '')).toBe('{{c2::x::y}}');
    expect(broken).not.toMatch(/\{\{|\}\}|::/);
  });

  it('a Cloze note has only the deletions quizwire made, none from the article', () => {
    const clozes = doc.items.filter(isClozeNote);
    expect(clozes.length).toBeGreaterThan(0);
    // Some of them are made from a sentence with the markup in it, kept as text.
    expect(clozes.some((i) => /\{\u2060\{c\d+:\u2060:note/.test(i.cloze!))).toBe(true);
    for (const item of clozes) {
      const fieldDeletions = clozeFields(item, undefined).text.match(/\{\{c\d+::/g) ?? [];
      expect(fieldDeletions).toHaveLength(deletions(item.cloze!).length);
      // No deletion is the article's markup, nor has a `::` that Anki would read as a hint.
      for (const text of deletions(item.cloze!)) expect(text).not.toMatch(/note|::/);
    }
  });

  it('no question gets a blank from the article text', () => {
    for (const item of doc.items) {
      const blanks = item.question.match(/_____/g)?.length ?? 0;
      expect(blanks, item.question).toBeLessThanOrEqual(Math.max(1, deletions(item.cloze ?? '').filter((d) => !d.includes('note')).length));
      expect(item.question).not.toMatch(/\{\{|\}\}/);
    }
  });
});
