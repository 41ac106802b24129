import { describe, expect, it } from 'vitest';
import { groupDocument } from '../../src/batch/group-articles.js';
import { inRange, isIsoDay } from '../../src/batch/date-range.js';
import { isoWeek, periodOf } from '../../src/batch/periods.js';
import type { QuizDocument, TopicId } from '../../src/types.js';

describe('isoWeek', () => {
  it.each([
    ['2013-11-02', '2013-W44'],
    ['2013-10-28', '2013-W44'], // Monday
    ['2013-11-03', '2013-W44'], // Sunday
    ['2013-11-04', '2013-W45'],
    ['2015-01-01', '2015-W01'], // Thursday
    ['2014-12-29', '2015-W01'], // Monday of the week holding 1 Jan 2015
    ['2016-01-03', '2015-W53'], // Sunday: still 2015's last week
    ['2021-01-04', '2021-W01'],
  ])('%s → %s', (date, week) => expect(isoWeek(date)).toBe(week));
});

describe('periodOf', () => {
  it('day, week, month; undated for null', () => {
    expect(periodOf('2013-11-02', 'day')).toBe('2013-11-02');
    expect(periodOf('2013-11-02', 'month')).toBe('2013-11');
    expect(periodOf('2013-11-02', 'week')).toBe('2013-W44');
    expect(periodOf(null, 'week')).toBe('undated');
  });
});

describe('date range', () => {
  it('is inclusive; undated articles are out when a range is given', () => {
    const r = { since: '2013-11-01', until: '2013-11-30' };
    expect(inRange('2013-11-01', r)).toBe('in');
    expect(inRange('2013-11-30', r)).toBe('in');
    expect(inRange('2013-12-01', r)).toBe('out');
    expect(inRange(null, r)).toBe('undated');
    expect(inRange(null, {})).toBe('in');
    expect(isIsoDay('2013-02-29')).toBe(false);
    expect(isIsoDay('2012-02-29')).toBe(true);
  });
});

describe('groupDocument', () => {
  const meta = (id: string, date: string | null) => ({ id, title: id, date, place: null, site: null, source: id });
  const item = (articleId: string) => ({ id: `i-${articleId}`, articleId, factId: 'f', type: 'short' as const, question: 'q', answer: 'a', sentence: 's', answerType: 'term' as const, score: 1, tags: [] });
  const doc: QuizDocument = {
    generator: { name: 'quizwire', version: '0' },
    articles: [meta('a', '2013-11-04'), meta('b', null), meta('c', '2013-11-02'), meta('d', '2013-11-05')],
    items: [item('a'), item('b'), item('c'), item('d')],
  };

  it('splits articles and their items by period, in time order, undated last', () => {
    const groups = groupDocument(doc, 'week');
    expect(groups.map((g) => g.period)).toEqual(['2013-W44', '2013-W45', 'undated']);
    expect(groups[1].doc.articles.map((a) => a.id)).toEqual(['a', 'd']);
    expect(groups[1].doc.items.map((i) => i.articleId)).toEqual(['a', 'd']);
    expect(groups.reduce((n, g) => n + g.doc.items.length, 0)).toBe(doc.items.length);
  });

  it('none gives no groups', () => expect(groupDocument(doc, 'none')).toEqual([]));

  it('by topic: the syllabus order, an article of two topics in both, unsorted last', () => {
    const filed = (id: string, ...topics: TopicId[]) => ({ ...meta(id, null), topics: topics.map((topic) => ({ topic, score: 10, reason: [] })) });
    const byTopic: QuizDocument = {
      ...doc,
      articles: [filed('a', 'sports-awards'), filed('b'), filed('c', 'economy', 'environment'), filed('d', 'economy')],
    };
    const groups = groupDocument(byTopic, 'topic');
    expect(groups.map((g) => g.period)).toEqual(['economy', 'environment', 'sports-awards', 'unsorted']);
    expect(groups[0].doc.articles.map((a) => a.id)).toEqual(['c', 'd']);
    expect(groups[0].doc.items.map((i) => i.articleId)).toEqual(['c', 'd']);
    expect(groups[1].doc.items.map((i) => i.articleId)).toEqual(['c']);
    expect(groups[3].doc.articles.map((a) => a.id)).toEqual(['b']);
  });
});
