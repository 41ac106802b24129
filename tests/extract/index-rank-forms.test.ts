import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from './facts-of.js';

const ranks = (text: string) => byPattern(factsOf([text], { date: '2025-05-02' }), 'rank').map((f) => [f.question, f.answer]);

describe('rank: the edition year before the index, the index before the subject', () => {
  it('"secured the 151st position out of 180 countries in the 2025 World Press Freedom Index"', () => {
    expect(ranks('India has secured the 151st position out of 180 countries in the 2025 World Press Freedom Index released on Friday.')).toEqual([
      ['What was India’s rank out of 180 countries in the 2025 World Press Freedom Index?', '151st'],
    ]);
  });

  it('"According to the 2024 Global Innovation Index, India retained its 39th rank among 133 economies"', () => {
    expect(ranks('According to the 2024 Global Innovation Index released by WIPO, India retained its 39th rank among 133 economies.')).toEqual([
      ['What was India’s rank among 133 economies in the 2024 Global Innovation Index?', '39th'],
    ]);
  });

  it('asks nothing when the index is not what the sentence is ranked in', () => {
    expect(ranks('Unlike the Global Innovation Index, which covers patents, the survey found India ranked 40th among 50 cities.')).toEqual([]);
  });

  it('and the subject question that asks the same fact the other way round is not made', () => {
    const facts = factsOf(['India has secured the 151st position out of 180 countries in the 2025 World Press Freedom Index released on Friday.'], { date: '2025-05-02' });
    expect(byPattern(facts, 'subject').filter((f) => f.answer === 'India')).toEqual([]);
  });
});
