import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

const terms = (...paragraphs: string[]) => analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'term').map((e) => e.text));

describe('hashtags', () => {
  it('are terms as written ("#IStandWithAhmed", "#HarGharTiranga")', () => {
    expect(terms('The hashtag on Twitter, #IStandWithAhmed, had become an international phenomenon.')).toContain('#IStandWithAhmed');
    expect(terms('Citizens posted selfies with the flag using #HarGharTiranga on Monday.')).toContain('#HarGharTiranga');
  });

  it('are not a number or a language after "#"', () => {
    const found = terms('The song was #1 on the charts, and the app is written in C# by a team in Pune.');
    expect(found.some((t) => t.startsWith('#'))).toBe(false);
  });
});
