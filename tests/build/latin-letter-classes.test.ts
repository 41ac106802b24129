import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { LETTER_CLASSES, latinLetterClasses } from '../../scripts/latin-letter-classes.mjs';

const CLASSES = LETTER_CLASSES as Record<'L' | 'Lu' | 'Ll' | 'N', string>;
const member = (name: keyof typeof CLASSES) => new RegExp(`^[${CLASSES[name]}]$`, 'u');
const property = (name: string) => new RegExp(`^\\p{${name}}$`, 'u');
const span = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i));

describe('the letter classes the build writes out', () => {
  it('agree with Unicode on ASCII, Latin-1, Latin Extended-A, basic Greek and basic Cyrillic', () => {
    const exact = [...span(0, 0x17f), ...span(0x386, 0x3ce), ...span(0x400, 0x45f), ...'ȘșȚț'];
    for (const name of ['L', 'Lu', 'Ll', 'N'] as const) {
      const ours = member(name);
      const unicode = property(name);
      expect(exact.filter((c) => ours.test(c) !== unicode.test(c)), name).toEqual([]);
    }
    expect(member('Lu').test('Š') && member('Ll').test('š') && !member('Lu').test('š') && !member('Ll').test('Š')).toBe(true);
  });

  it('count the letters of Latin Extended-B and Additional as lower case (names there start with a plain capital)', () => {
    const lowerOnly = [...span(0x180, 0x24f), ...span(0x1e00, 0x1eff)].filter((c) => property('L').test(c) && !'ȘșȚț'.includes(c));
    expect(lowerOnly.length).toBeGreaterThan(300);
    expect(lowerOnly.filter((c) => !member('L').test(c) || !member('Ll').test(c) || member('Lu').test(c))).toEqual([]);
    expect(new RegExp(`^[${CLASSES.Lu}][${CLASSES.Ll}]+$`, 'u').test('Nguyễn')).toBe(true);
  });

  it('leave out letters of scripts an English article only quotes', () => {
    for (const c of ['न', '中', 'ب', 'א']) expect(member('L').test(c)).toBe(false);
  });
});

describe('latinLetterClasses (the rewrite)', () => {
  const L = CLASSES.L;
  const Lu = CLASSES.Lu;

  it('wraps a class standing alone in brackets and splices one inside a bracket into it', () => {
    expect(latinLetterClasses('const a = /^\\p{Lu}[\\p{L}.-]*$/u;')).toBe(`const a = /^[${Lu}][${L}.-]*$/u;`);
    expect(latinLetterClasses('const n = /[^\\p{L}\\p{N}]/gu;')).toBe(`const n = /[^${L}${CLASSES.N}]/gu;`);
  });

  it('leaves a regex without the u flag alone (there \\p is a letter p)', () => {
    expect(latinLetterClasses('const b = /\\p{Lu}/;')).toBe('const b = /\\p{Lu}/;');
  });

  it('reads the escapes of a regex written in a string: an escaped bracket opens no class', () => {
    const code = "new RegExp('x\\\\[\\\\p{Lu}\\\\]', 'u')";
    const out = latinLetterClasses(code);
    expect(out).toBe(`new RegExp('x\\\\[[${Lu.replaceAll('\\', '\\\\')}]\\\\]', 'u')`);
    // eslint-disable-next-line no-eval -- the rewritten code must still build the regex it meant
    const re = (0, eval)(out) as RegExp;
    expect(re.test('x[É]') && !re.test('xÉ')).toBe(true);
  });

  it('an escaped backslash before a bracket does open a class', () => {
    expect(latinLetterClasses('const g = /\\\\[\\p{L}]/u;')).toBe(`const g = /\\\\[${L}]/u;`);
  });

  it('rewrites String.raw and plain templates, interpolations with braces inside them included', () => {
    expect(latinLetterClasses('const e = String.raw`[\\p{Lu}\\d]`;')).toBe(`const e = String.raw\`[${Lu}\\d]\`;`);
    const code = "const d = new RegExp(`\\\\b${X.map((w) => { return w; }).join('|')}[\\\\p{Ll}-]+`, 'u');";
    expect(latinLetterClasses(code)).toBe(code.replace('\\\\p{Ll}', CLASSES.Ll.replaceAll('\\', '\\\\')));
  });

  it('changes nothing else: comments, other properties, code without classes', () => {
    const code = '// matches \\p{L}\nconst s = /\\p{Script=Latin}\\p{Letter}/u; const t = "p{";';
    expect(latinLetterClasses(code)).toBe(code);
  });

  it('builds regexes that match as the originals did on Latin text', () => {
    const original = /(?<![\p{L}])(\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{L}-]*)*/gu;
    // eslint-disable-next-line no-eval -- the rewritten literal, compiled
    const rewritten = (0, eval)(latinLetterClasses(`(${original.toString()})`)) as RegExp;
    const text = 'On Tuesday, Šefčovič met Narendra Modi, Łukasz Kowalski and Élisabeth Borne in São Paulo’s old town.';
    expect([...text.matchAll(rewritten)].map((m) => m[0])).toEqual([...text.matchAll(original)].map((m) => m[0]));
  });
});
