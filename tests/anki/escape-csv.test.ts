import { describe, expect, it } from 'vitest';
import { csvField, csvQuoted } from '../../src/render/template/escape-csv.js';

describe('csvQuoted', () => {
  it('always quotes and doubles inner quotes, leaving the value otherwise alone', () => {
    expect(csvQuoted('a')).toBe('"a"');
    expect(csvQuoted('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvQuoted('=x')).toBe('"=x"');
    expect(csvQuoted('#1')).toBe('"#1"');
  });
});

describe('csvField (HTML fields)', () => {
  it.each([
    ['=SUM(A1)', '"&#61;SUM(A1)"'],
    ['+5', '"&#43;5"'],
    ['-40 degrees', '"&#45;40 degrees"'],
    ['@handle', '"&#64;handle"'],
    ['\tx', '"&#9;x"'],
  ])('defuses a formula start in %j with an HTML character reference', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves other starts, and formula characters later in the text, unchanged', () => {
    expect(csvField('#hashtag')).toBe('"#hashtag"');
    expect(csvField('a=b, c-d')).toBe('"a=b, c-d"');
    expect(csvField('')).toBe('""');
  });
});
