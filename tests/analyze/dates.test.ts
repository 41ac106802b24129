import { describe, expect, it } from 'vitest';
import { resolveDate, parseIsoDay } from '../../src/analyze/date-resolve.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf, entities } from './fixtures.js';

const nov2013 = parseIsoDay('2013-11-02'); // a Saturday
const may2015 = parseIsoDay('2015-05-07'); // a Thursday

describe('resolveDate', () => {
  it('reads "on <weekday>" as the latest such day on or before the article date', () => {
    expect(resolveDate('Saturday', nov2013)).toBe('2013-11-02');
    expect(resolveDate('on Tuesday', nov2013)).toBe('2013-10-29');
    expect(resolveDate('next Tuesday', nov2013)).toBe('2013-11-05');
    expect(resolveDate('last Saturday', nov2013)).toBe('2013-10-26');
  });

  it('gives bare and modified months a year the way news means them', () => {
    expect(resolveDate('last December', nov2013)).toBe('2012-12');
    expect(resolveDate('April this year', nov2013)).toBe('2013-04');
    expect(resolveDate('September', nov2013)).toBe('2013-09');
    expect(resolveDate('December', nov2013)).toBe('2012-12');
    expect(resolveDate('March', nov2013, 'the talks will resume in')).toBe('2014-03');
    expect(resolveDate('next March', nov2013)).toBe('2014-03');
  });

  it('resolves relative years and days', () => {
    expect(resolveDate('early next year', nov2013)).toBe('2014');
    expect(resolveDate('last year', nov2013)).toBe('2012');
    expect(resolveDate('yesterday', nov2013)).toBe('2013-11-01');
    expect(resolveDate('last month', nov2013)).toBe('2013-10');
  });

  it('picks the nearest year for a month and day, or the next one when the sentence looks ahead', () => {
    expect(resolveDate('May 16', may2015)).toBe('2015-05-16');
    expect(resolveDate('December 20', may2015)).toBe('2014-12-20');
    expect(resolveDate('December 20', may2015, 'the vote will be held on')).toBe('2015-12-20');
  });

  it('keeps explicit dates and years as written', () => {
    expect(resolveDate('5 March 2013', nov2013)).toBe('2013-03-05');
    expect(resolveDate('Friday, July 21, 2017', nov2013)).toBe('2017-07-21');
    expect(resolveDate('June 2010', nov2013)).toBe('2010-06');
    expect(resolveDate('in 2012', nov2013)).toBe('2012');
  });

  it('resolves no decade, in figures or in words, and still reads a date beside one', () => {
    const ref = { y: 2013, m: 11, d: 2 };
    for (const t of ['the 1960s', 'sixties', 'the early seventies', 'the mid-nineties', 'Nineteen Eighties']) expect(resolveDate(t, ref)).toBeUndefined();
    expect(resolveDate('March of the sixties', ref)).toBe('2013-03');
  });

  it('resolves only explicit dates when the article has no date', () => {
    expect(resolveDate('Saturday', null)).toBeUndefined();
    expect(resolveDate('last December', null)).toBeUndefined();
    // chrono reads "today" and "yesterday" against a day of its own: no date without the article's.
    expect(resolveDate('today', null)).toBeUndefined();
    expect(resolveDate('yesterday', null)).toBeUndefined();
    expect(resolveDate('5 March 2013', null)).toBe('2013-03-05');
    expect(resolveDate('2012', null)).toBe('2012');
  });
});

describe('date entities in articles', () => {
  it('merges "April" and "this year", and treats "in 10 years" as a duration, not a date', () => {
    const a = analyzeArticle(articleOf(['He visited Russia in April this year, the first visit in 10 years.']));
    const dates = entities(a, 'date');
    expect(dates.map((d) => [d.text, d.resolved])).toEqual([['April this year', '2013-04']]);
    const duration = entities(a, 'number').find((e) => e.text.includes('10'));
    expect(duration?.value).toBe(10);
  });

  it('leaves the part of the month to the sentence ("From the beginning of September 2024", "by the end of March")', () => {
    const a = analyzeArticle(articleOf(['From the beginning of September 2024, a bench was hearing the petitions.', 'The work will be completed by the end of March 2025.', 'Sowing starts at the start of June.']));
    expect(entities(a, 'date').map((d) => d.text)).toEqual(['September 2024', 'March 2025', 'June']);
  });

  it('reads a month and a span of its days as one date ("from October 18-21")', () => {
    const a = analyzeArticle(articleOf(['The court allowed green crackers only from October 18-21 for the festival.', 'The summit is being held in Belem from November 10-21 this year.']));
    expect(entities(a, 'date').map((d) => d.text)).toEqual(expect.arrayContaining(['October 18-21', 'November 10-21']));
    expect(entities(a, 'number').map((d) => d.text)).not.toContain('18-21');
  });

  it('leaves relative dates unresolved in an undated article', () => {
    const a = analyzeArticle(articleOf(['The meeting was held on Saturday and the treaty was signed on 5 March 2013.'], null));
    const byText = Object.fromEntries(entities(a, 'date').map((d) => [d.text, d.resolved]));
    expect(byText.Saturday).toBeUndefined();
    expect(byText['5 March 2013']).toBe('2013-03-05');
  });
});
