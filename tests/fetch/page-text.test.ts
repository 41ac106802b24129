import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../src/fetch/cache-dir.js';
import { bodyText, htmlPageText, parseContentType } from '../../src/fetch/page-text.js';

describe('page text', () => {
  it('reads the content type and its charset', () => {
    expect(parseContentType('text/html; charset="ISO-8859-1"')).toEqual({ type: 'text/html', charset: 'iso-8859-1' });
    expect(parseContentType(null)).toEqual({ type: null, charset: null });
  });

  it('decodes the charset the server names, else as files are read', () => {
    expect(bodyText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1')).toBe('café');
    expect(bodyText(Buffer.from('café', 'utf8'), 'text/html')).toBe('café');
  });

  it('takes HTML (also untyped markup) and refuses the rest', () => {
    expect(htmlPageText(Buffer.from('<p>x</p>'), 'application/xhtml+xml')).toBe('<p>x</p>');
    expect(htmlPageText(Buffer.from('<!doctype html><p>x</p>'), null)).toBe('<!doctype html><p>x</p>');
    expect(() => htmlPageText(Buffer.from('{"a":1}'), 'application/json')).toThrow('not an HTML page (application/json)');
    expect(() => htmlPageText(Buffer.from('just words'), null)).toThrow(/^not an HTML page/);
    expect(() => htmlPageText(Buffer.alloc(0), 'text/html')).toThrow('empty page');
  });
});

describe('defaultCacheDir', () => {
  it('is under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/me')).toBe('/var/cache/me/quizwire');
    expect(defaultCacheDir({}, '/home/me')).toBe('/home/me/.cache/quizwire');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/me')).toBe('/home/me/.cache/quizwire');
  });
});
