import { describe, expect, it } from 'vitest';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import { mcqItem, mcqPrompt } from '../../src/generate/items/mcq.js';
import { clozeItem } from '../../src/generate/items/cloze.js';
import { fact, real } from './helpers.js';

const AFGHAN = 'wikinews/wikinews-afghan.txt';

describe('multiple choice from a fill-in-the-blank', () => {
  it('asks which option fills the blank, after the sentence', () => {
    expect(mcqPrompt('Then England opened the scoring, when _____ scored.')).toBe(
      'Then England opened the scoring, when _____ scored. Which of the following fills the blank?',
    );
    expect(mcqPrompt('Who scored?')).toBe('Who scored?');
  });

  it('makes no item when the answer shows in the stem in another spelling ("U.S." for "United States")', () => {
    const sentence = real(AFGHAN, "The six - member Afghan team, which consists entirely of girls, had been denied visas to enter the United States until last week, drawing notice from critics of U.S. President Donald Trump's policies regarding Muslims traveling to the U.S.");
    const f = fact({
      pattern: 'cloze',
      question: sentence.replace('United States', '_____'),
      answer: 'United States',
      answerType: 'country',
      sentence,
    });
    const others = ['Canada', 'Mexico', 'Sweden', 'Brazil'].map((c) => fact({ question: 'x', answer: c, answerType: 'country', sentence: 'x' }));
    expect(mcqItem(f, buildDistractorPool([f, ...others]), 1)).toBeNull();
    expect(clozeItem(f)).toBeNull();
  });
});

describe('acronyms are the same value as their expansion', async () => {
  const { isAcronymOf, sameValue } = await import('../../src/generate/equivalence.js');
  it('matches initials of the capitalised words', () => {
    expect(isAcronymOf('MPC', 'Monetary Policy Committee')).toBe(true);
    expect(isAcronymOf('RBI', 'Reserve Bank of India')).toBe(true);
    expect(isAcronymOf('RBI', 'Monetary Policy Committee')).toBe(false);
    expect(sameValue('Monetary Policy Committee', 'MPC', 'organisation')).toBe(true);
  });
});

describe('selection', async () => {
  const { nearDuplicate } = await import('../../src/generate/select.js');
  it('treats two clozes of one sentence with overlapping answers as one', () => {
    const base = { id: 'a', articleId: 'x', factId: 'f1', type: 'cloze' as const, question: 'q', sentence: 'On Tuesday, the New Zealand government announced a process.', answerType: 'place' as const, score: 0.5, tags: ['cloze'] };
    expect(nearDuplicate({ ...base, answer: 'New Zealand' }, { ...base, id: 'b', factId: 'f2', answer: 'the New Zealand government' })).toBe(true);
    expect(nearDuplicate({ ...base, answer: 'New Zealand' }, { ...base, id: 'b', factId: 'f2', answer: 'Tuesday' })).toBe(false);
  });
});
