import { describe, expect, it } from 'vitest';
import { boundTokens, boundUnits, MAX_TOKEN_CHARS, MAX_UNIT_CHARS } from '../../src/ingest/bound-text.js';
import { ingest } from '../../src/ingest/index.js';

const PROSE = 'The minister said on Saturday that the plan would be sent to parliament next week. ';

describe('bound-text', () => {
  it('drops a token longer than a word can be and keeps the words around it', () => {
    expect(boundTokens(`was ${'123,'.repeat(500)}123 dollars`)).toBe('was  dollars');
  });

  it('keeps the short parts of a long token: link text, image alt, HTML tags', () => {
    const uri = `data:image/png;base64,${'A'.repeat(5000)}`;
    expect(boundTokens(`see ![chart](${uri}) here`)).toBe('see ![chart]() here');
    expect(boundTokens(`<img src="${uri}">`)).toBe('<img src="">');
    expect(boundTokens(`[Reuters](https://example.com/${'x'.repeat(300)})`)).toBe('[Reuters]()');
  });

  it('leaves ordinary text as it is and collapses only very long runs of spaces', () => {
    expect(boundTokens(PROSE)).toBe(PROSE);
    expect(boundTokens(`a${' '.repeat(MAX_TOKEN_CHARS + 1)}b`)).toBe('a b');
    expect(boundTokens(`a${' \n'.repeat(MAX_TOKEN_CHARS)}b`)).toBe('a\n\nb');
  });

  it('cuts a huge paragraph after sentence ends', () => {
    const units = boundUnits([{ text: PROSE.repeat(400).trim(), bullet: false }]);
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      expect(u.text.length).toBeLessThanOrEqual(MAX_UNIT_CHARS);
      expect(u.text.endsWith('next week.')).toBe(true);
    }
  });

  it('no token of an ingested article is longer than the bound', () => {
    const text = `Budget\n\n${PROSE}${'a'.repeat(50_000)} ${PROSE}`;
    const article = ingest(text, { source: 'x.txt', kind: 'text' });
    for (const p of article.paragraphs) for (const w of p.split(/\s+/)) expect(w.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
  });
});

describe('bound-text in an HTML page', () => {
  it('drops a data URI and a giant word but keeps the page readable', () => {
    const page = `<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>
<p><img src="data:image/png;base64,${'A'.repeat(20_000)}"> ${PROSE}</p><p>${PROSE}${'b'.repeat(20_000)} ${PROSE}</p></article></body></html>`;
    const article = ingest(page, { source: 'x.html', kind: 'html' });
    expect(article.paragraphs.join(' ')).toContain('The minister said on Saturday');
    expect(article.paragraphs.join(' ')).not.toMatch(/AAAA|bbbb/);
  });
});
