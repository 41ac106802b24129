import { describe, expect, it } from 'vitest';
import { isArticleFileName, kindFromFileName, sniffKind } from '../../src/ingest/input-kind.js';

describe('kindFromFileName', () => {
  it.each([
    ['a.txt', 'text'], ['dir/b.MD', 'markdown'], ['c.markdown', 'markdown'], ['d.html', 'html'], ['e.htm', 'html'],
    ['f.pdf', null], ['noext', null], ['.hidden', null],
  ])('%s → %s', (name, kind) => {
    expect(kindFromFileName(name)).toBe(kind);
  });

  it('isArticleFileName accepts only article extensions', () => {
    expect(['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.HTM'].every(isArticleFileName)).toBe(true);
    expect(['a.json', 'b.pdf', 'c'].some(isArticleFileName)).toBe(false);
  });
});

describe('sniffKind', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <html lang="en"><head></head>', 'html'],
    ['<div><p>One.</p><p>Two <a href="#">link</a>.</p></div>', 'html'],
    ['---\ntitle: Budget\n---\n\nText.', 'markdown'],
    ['# Budget passes\n\nThe [council](http://x) met.', 'markdown'],
    ['Budget passes\nNovember 2, 2013\n\nThe council met on Tuesday.', 'text'],
    ['Prices rose 3 < 4 percent, and 5 > 2.', 'text'],
  ])('%s → %s', (text, kind) => {
    expect(sniffKind(text)).toBe(kind);
  });
});
