import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { spellIgnoreCase, spellOutIgnoreCase } from '../../scripts/caseless-regexes.mjs';

const spell = spellIgnoreCase as (pattern: string) => string | null;
const rewrite = (code: string) => (spellOutIgnoreCase as (code: string) => { code: string; count: number }).call(null, code).code;

// Letters whose cases fold oddly (long s, Kelvin and Ångström signs, dotless and dotted i, micro
// sign, ß and its capital), beside plain text in both cases.
const ODD = 'ſSsKkKÅÅåıİiIµΜμÿŸßẞ';
const SAMPLES = [
  'Briefed the MEDIA on Monday; the Prime Minister BRIEFED reporters',
  'Kelvin ſtreet ıstanbul İzmir µ-law ẞ straße ÅNGSTRÖM',
  ...Array.from({ length: 400 }, (_, i) => Array.from({ length: 12 }, (_, j) => ODD[(i * 7 + j * 13) % ODD.length] + 'aZ -'[(i + j) % 4]).join('')),
];

function sameMatches(pattern: string, flags: string) {
  const spelled = spell(pattern);
  expect(spelled, pattern).not.toBeNull();
  const before = new RegExp(pattern, flags);
  const after = new RegExp(spelled!, flags.replace('i', ''));
  for (const s of SAMPLES) {
    const all = (re: RegExp) => JSON.stringify(flags.includes('g') ? [...s.matchAll(re)].map((m) => [m.index, ...m]) : re.exec(s));
    expect(all(after), `${pattern} on ${s}`).toBe(all(before));
  }
}

describe('spellIgnoreCase (a case-insensitive pattern spelled without the flag)', () => {
  it('spells each letter in both cases and leaves other characters as they are', () => {
    expect(spell(String.raw`\bbriefed\s+(?:the\s+)?media\b`)).toBe(String.raw`\b[Bb][Rr][Ii][Ee][Ff][Ee][Dd]\s+(?:[Tt][Hh][Ee]\s+)?[Mm][Ee][Dd][Ii][Aa]\b`);
    expect(spell(String.raw`^\d+(?:\.\d+)?\s?kg$`)).toBe(String.raw`^\d+(?:\.\d+)?\s?[Kk][Gg]$`);
  });

  it('closes a class over case as the engine does, the long s and the Kelvin sign apart', () => {
    expect(spell('[a-z]+')).toBe('[A-Za-z]+');
    expect(spell('[^a-c]')).toBe('[^A-Ca-c]');
    expect(spell('µ')).toBe('[\\u00B5\\u039C\\u03BC]');
  });

  it('matches what the flag matched', () => {
    for (const [p, f] of [
      [String.raw`\b(?:briefed|graced)\s+the\s+(?:media|occasion)\b`, 'i'],
      [String.raw`[a-z][^a-z0-9]*(s|k)\b`, 'gi'],
      [String.raw`^(?:[\w-]+\s+){0,2}(?:ıi|İI|µ|ÿ|ß|å)`, 'i'],
      [String.raw`(?<=\bin\s)[^\s,]+`, 'gi'],
    ] as const) {
      sameMatches(p, f);
    }
  });

  it('keeps the flag where a backreference compares text case-insensitively', () => {
    expect(spell(String.raw`<(style|script)[^>]*>[\s\S]*?</\1>`)).toBeNull();
  });
});

describe('spellOutIgnoreCase (the bundle rewrite)', () => {
  it('rewrites a literal matched with at once', () => {
    expect(rewrite('f(/ab/i.test(x), s.replace(/c/gi, ""));')).toBe('f(/[Aa][Bb]/.test(x), s.replace(/[Cc]/g, ""));');
  });

  it('rewrites a variable assigned once and only matched with', () => {
    expect(rewrite('var X; X = /ab/i; X.test(a); a.split(X); X.lastIndex = 0; o.X = 1;')).toBe('var X; X = /[Aa][Bb]/; X.test(a); a.split(X); X.lastIndex = 0; o.X = 1;');
  });

  it('leaves a regex whose object is seen elsewhere: its source read, passed on, kept in a list, or reassigned', () => {
    for (const code of [
      'var X = /ab/i; new RegExp(X.source, "g");',
      'var X = /ab/i; f(X);',
      'var L = [/ab/i];',
      'var X = /ab/i; X = /cd/i; X.test(s);',
      'var X = /ab/i; const o = { X };',
      'var X = /ab/iu; X.test(s);',
    ]) {
      expect(rewrite(code), code).toBe(code);
    }
  });
});
