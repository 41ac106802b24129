import { describe, expect, it } from 'vitest';
import { checkMcq } from '../../src/generate/check-mcq.js';
import type { Item } from '../../src/types.js';
import { corpusText, SEED, S_THIRD } from './helpers.js';

const base: Item = {
  id: 'i1',
  articleId: 'seed',
  factId: 'f1',
  type: 'mcq',
  question: 'Which country has become only the third country to have a two-plus-two mechanism with Japan?',
  answer: 'Russia',
  options: ['China', 'Russia', 'Ukraine', 'Belarus'],
  answerIndex: 1,
  sentence: S_THIRD,
  answerType: 'country',
  score: 0.9,
  tags: [],
};
const text = corpusText(SEED);

describe('checkMcq', () => {
  it('passes a good item', () => {
    expect(checkMcq(base, text)).toEqual({ distinct: true, sameClass: true, noAlias: true, notTrueInArticle: true });
  });

  it('flags repeated options and a wrong answer index', () => {
    expect(checkMcq({ ...base, options: ['China', 'Russia', 'china', 'Belarus'] }, text).distinct).toBe(false);
    expect(checkMcq({ ...base, answerIndex: 0 }, text).distinct).toBe(false);
  });

  it('flags an option of another class', () => {
    expect(checkMcq({ ...base, options: ['China', 'Russia', 'Tokyo', 'Belarus'] }, text).sameClass).toBe(false);
  });

  it('flags the answer in another spelling', () => {
    const us = { ...base, answer: 'United States', options: ['United States', 'U.S.', 'Canada', 'Mexico'], answerIndex: 0 };
    expect(checkMcq(us, text).noAlias).toBe(false);
  });

  it('flags a distractor that is true in the article', () => {
    // In the source sentence.
    expect(checkMcq({ ...base, options: ['China', 'Russia', 'Australia', 'Belarus'] }, text).notTrueInArticle).toBe(false);
    // Listed together with the answer elsewhere in the article ("Russia and Japan").
    const elsewhere = { ...base, sentence: 'The two countries have also agreed to step up their cooperation.', options: ['Japan', 'Russia', 'Ukraine', 'Belarus'] };
    expect(checkMcq(elsewhere, text).notTrueInArticle).toBe(false);
    // Given as also true by the fact.
    const fact = { alsoTrue: ['Ukraine'] } as never;
    expect(checkMcq({ ...base, sentence: 'x' }, text, fact).notTrueInArticle).toBe(false);
  });
});
