import { describe, expect, it } from 'vitest';
import { splitParagraph } from '../../src/analyze/paragraph-segments.js';

describe('a paragraph cut into segments', () => {
  it('takes a run-in heading marked ":-" off the sentence after it', () => {
    const text = '1. Primary Articles (Weight 22.62%):- The annual rate of inflation for Primary Articles stood at 3.08 per cent in July.';
    const segments = splitParagraph(text);
    expect(segments.map((s) => s.text)).toEqual(['1. Primary Articles (Weight 22.62%)', 'The annual rate of inflation for Primary Articles stood at 3.08 per cent in July.']);
    for (const s of segments) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });

  it('leaves a sentence with a dash after a colon in its middle alone', () => {
    const text = 'The minister said the figures were clear: - growth was 7.8 per cent. Exports rose.';
    expect(splitParagraph(text).map((s) => s.text)).toEqual([text]);
  });
});
