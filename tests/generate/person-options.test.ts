import { describe, expect, it } from 'vitest';
import { poolEntries } from '../../src/generate/distractor-pool.js';
import type { Fact } from '../../src/types.js';

const fact = (over: Partial<Fact>): Fact => ({
  id: 'f', articleId: 'a', pattern: 'office', question: 'Who was the President of the United States?', answer: 'Barack Obama',
  answerType: 'person', sentence: 'President Barack Obama tweeted on Wednesday.', sentenceIndex: 0, cloze: '', score: 0.9, ...over,
});

describe('a person option is a person', () => {
  it('a name the analyser ran into a body\'s ("Islamic Relations Alia Salem") lends no option', () => {
    const values = poolEntries(fact({ related: ['Islamic Relations Alia Salem', 'Sergey Brin'] })).map((e) => e.value);
    expect(values).toContain('Sergey Brin');
    expect(values).not.toContain('Islamic Relations Alia Salem');
  });
});
