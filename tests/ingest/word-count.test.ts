import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/ingest/text-shape.js';
import { corpusText } from '../generate/helpers.js';

/** The definition: runs that start with a letter or digit and go on through letters, digits and '’.&@#/-. */
const byRegex = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&@#/-]*/gu)?.length ?? 0;

describe('wordCount', () => {
  it('counts words as the definition does, in any script and with odd punctuation', () => {
    const samples = ['Hello world', '  -a b-c  d', 'x.y.z 3.5% of U.S. ', '日本語 テキスト', 'a’b c’ ’d', 'e-mail me@x.com #tag /path/ 12:30', '', '...', 'Ölçü über—naïve 😀 x', 'a\u0301b c', 'مرحبا بالعالم', "O'Neil's 2+2 talks"];
    for (const s of samples) expect(wordCount(s), s).toBe(byRegex(s));
    // "2+2" is two words: + neither starts nor continues one.
    expect(wordCount('Russia and Japan, the “2+2” talks')).toBe(7);
  });

  it('agrees with the definition on every line of real articles', () => {
    for (const file of ['wikinews/wikinews-flag.txt', 'wikinews/wikinews-stampede.txt', 'seed/russia-japan-2plus2.txt']) {
      for (const line of corpusText(file).split('\n')) expect(wordCount(line), line).toBe(byRegex(line));
    }
  });
});
