import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { canonicals, entities, wikinewsArticle } from './fixtures.js';

describe('Wikinews articles', () => {
  it('flag: people with roles, surname mentions, cities, quoted term, a future date', () => {
    const a = analyzeArticle(wikinewsArticle('flag'));
    const people = entities(a, 'person');
    expect(people.find((p) => p.canonical === 'John Key')?.role).toBe('Prime Minister of New Zealand');
    expect(people.find((p) => p.canonical === 'John Burrows')?.role).toBe('Emeritus Professor');
    expect(people.filter((p) => p.text === 'Key').every((p) => p.canonical === 'John Key')).toBe(true);
    const places = new Map(entities(a, 'place').map((e) => [e.canonical, e.placeKind]));
    expect(places.get('Wellington')).toBe('city');
    expect(places.get('Christchurch')).toBe('city');
    expect(places.get('New Zealand')).toBe('country');
    expect(canonicals(a, 'term')).toContain('strong rationale');
    expect(entities(a, 'date').find((d) => d.text === 'May 16')?.resolved).toBe('2015-05-16');
    expect(entities(a, 'percent').find((p) => p.text === 'forty percent')?.value).toBe(40);
  });

  it('afghan: a president, an ambassador named by title and surname, cities, an organisation', () => {
    const a = analyzeArticle(wikinewsArticle('afghan'));
    const people = entities(a, 'person');
    expect(people.find((p) => p.canonical === 'Donald Trump')?.role).toBe('President of the United States');
    expect(people.find((p) => p.canonical === 'Hamdullah Mohib')?.role).toBe('Afghan Ambassador to the United States');
    expect(people.find((p) => p.text === 'Mohib')?.canonical).toBe('Hamdullah Mohib');
    const places = new Map(entities(a, 'place').map((e) => [e.canonical, e.placeKind]));
    expect(places.get('Kabul')).toBe('city');
    expect(places.get('Afghanistan')).toBe('country');
    expect(canonicals(a, 'organisation')).toContain('Taliban');
    expect(entities(a, 'date').find((d) => d.text === 'Tuesday')?.resolved).toBe('2017-07-18');
  });

  it('soccer: players found as people without titles, countries as places', () => {
    const a = analyzeArticle(wikinewsArticle('soccer'));
    const people = canonicals(a, 'person');
    for (const name of ['Harry Kane', 'Romelu Lukaku', 'Eden Hazard', 'Kevin De Bruyne']) expect(people).toContain(name);
    const places = canonicals(a, 'place');
    for (const name of ['Sweden', 'Belgium', 'Panama', 'Tunisia', 'South Korea']) expect(places).toContain(name);
    expect(people).not.toContain('Sweden');
  });

  it('warming: universities and agencies are organisations, not people', () => {
    const a = analyzeArticle(wikinewsArticle('warming'));
    const orgs = canonicals(a, 'organisation');
    expect(orgs).toContain('Massachusetts Institute of Technology');
    expect(orgs).toContain('U.S. Department of Agriculture');
    const people = canonicals(a, 'person');
    for (const org of orgs) expect(people.has(org)).toBe(false);
    expect(people).toContain('Colette Heald');
  });

  it('every article: offsets hold, sentences are verbatim parts of their paragraph', () => {
    for (const name of ['clock', 'defector', 'homeopathic', 'lanterns', 'stampede', 'worship']) {
      const article = wikinewsArticle(name);
      const a = analyzeArticle(article);
      expect(a.sentences.length).toBeGreaterThan(3);
      for (const s of a.sentences) {
        expect(article.paragraphs[s.paragraph]).toContain(s.text);
        for (const e of s.entities) expect(s.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });
});
