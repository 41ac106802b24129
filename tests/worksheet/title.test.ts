import { describe, expect, it } from 'vitest';
import { articleDateRange, defaultQuizTitle } from '../../src/render/shared/quiz-title.js';

const dated = (...dates: (string | null)[]) => dates.map((date) => ({ date }));

describe('defaultQuizTitle', () => {
  it('names the single date of the articles', () => {
    expect(defaultQuizTitle(dated('2013-11-02', '2013-11-02'))).toBe('Current affairs quiz — 2 November 2013');
  });
  it('gives a range across months, writing the shared year once', () => {
    expect(defaultQuizTitle(dated('2013-11-02', '2013-10-28', null))).toBe('Current affairs quiz — 28 October – 2 November 2013');
  });
  it('has no date when no article is dated', () => {
    expect(defaultQuizTitle(dated(null, null))).toBe('Current affairs quiz');
    expect(defaultQuizTitle([])).toBe('Current affairs quiz');
  });
});

describe('articleDateRange', () => {
  it('shortens a range within one month', () => {
    expect(articleDateRange(dated('2013-10-30', '2013-10-28'))).toBe('28–30 October 2013');
  });
  it('keeps both years across a new year', () => {
    expect(articleDateRange(dated('2014-01-02', '2013-12-30'))).toBe('30 December 2013 – 2 January 2014');
  });
  it('ignores partial or malformed dates rather than guessing', () => {
    expect(articleDateRange(dated('2013-11', 'yesterday', '2013-13-01'))).toBeNull();
  });
});
