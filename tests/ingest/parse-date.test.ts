import { describe, expect, it } from 'vitest';
import { findDate, isoFromParts, parseDate } from '../../src/ingest/parse-date.js';

describe('parseDate', () => {
  it.each([
    ['November 02, 2013 04:44 pm', '2013-11-02'],
    ['Friday, August 21, 2015', '2015-08-21'],
    ['Updated: Nov 2, 2013 16:44 IST', '2013-11-02'],
    ['2 November 2013', '2013-11-02'],
    ['2nd of November, 2013', '2013-11-02'],
    ['Sept. 30 2019', '2019-09-30'],
    ['2013-11-02', '2013-11-02'],
    ['2015-09-22T09:30:00+05:30', '2015-09-22'],
    ['Tue, 22 Sep 2015 04:00:00 GMT', '2015-09-22'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('rejects impossible days and partial dates', () => {
    expect(parseDate('February 30, 2013')).toBeNull();
    expect(parseDate('2013-13-01')).toBeNull();
    expect(parseDate('November 2013')).toBeNull();
    expect(parseDate('last week')).toBeNull();
    expect(parseDate('May the force be with you, 2013')).toBeNull();
  });

  it('accepts a leap day only in a leap year', () => {
    expect(isoFromParts(2012, 2, 29)).toBe('2012-02-29');
    expect(isoFromParts(2013, 2, 29)).toBeNull();
  });

  it('takes a day and month without a year only when a year is supplied', () => {
    expect(findDate('NEW DELHI, Nov 2 (Reuters)')).toBeNull();
    expect(findDate('NEW DELHI, Nov 2 (Reuters)', 2013)?.iso).toBe('2013-11-02');
  });

  it('returns the earliest date and where it stands', () => {
    const found = findDate('Published 3 March 2020, updated 4 March 2020');
    expect(found).toMatchObject({ iso: '2020-03-03', index: 10 });
  });
});
