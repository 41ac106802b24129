import { describe, expect, it } from 'vitest';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import { fact } from './helpers.js';

describe('distractor pool: a person\'s role', () => {
  it('is the one any fact of the article gives them, not only the first that names them', () => {
    const first = fact({ question: 'Who?', answer: 'Manika Batra', answerType: 'person', sentence: 'He is the second player to win it in table tennis, after Manika Batra.', related: ['HS Prannoy'] });
    const second = fact({ question: 'Who?', answer: 'Lakshya Sen', answerType: 'person', sentence: 'The awards went to shuttlers Lakshya Sen and HS Prannoy on Wednesday.', related: ['HS Prannoy'] });
    const pool = buildDistractorPool([first, second]);
    expect(pool.values.find((v) => v.value === 'HS Prannoy')?.role).toBe('shuttler');
  });
});
