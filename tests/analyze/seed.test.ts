import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import type { AnalyzedArticle, Entity } from '../../src/types.js';
import { canonicals, entities, seedArticle } from './fixtures.js';

let a: AnalyzedArticle;
beforeAll(() => {
  a = analyzeArticle(seedArticle());
});

function first(pred: (e: Entity) => boolean): Entity | undefined {
  return entities(a).find(pred);
}

describe('seed article (The Hindu, 2 Nov 2013)', () => {
  it('finds all four people with the title split off', () => {
    const people = canonicals(a, 'person');
    for (const name of ['Sergei Lavrov', 'Fumio Kishida', 'Shinzo Abe', 'Vladimir Putin']) expect(people).toContain(name);
    expect(first((e) => e.canonical === 'Sergei Lavrov')?.role).toBe('Foreign Minister of Russia');
    expect(first((e) => e.canonical === 'Fumio Kishida')?.role).toBe('Foreign Minister of Japan');
    expect(first((e) => e.canonical === 'Vladimir Putin')?.role).toBe('President of Russia');
    const lavrov = first((e) => e.canonical === 'Sergei Lavrov')!;
    expect(lavrov.text).toBe('Sergei Lavrov');
  });

  it('finds and classes the places', () => {
    const kinds = new Map(entities(a, 'place').map((e) => [e.canonical, e.placeKind]));
    expect(kinds.get('Tokyo')).toBe('city');
    expect(kinds.get('Kuril Islands')).toBe('islands');
    expect(kinds.get('United States')).toBe('country');
    expect(kinds.get('Australia')).toBe('country');
    expect(kinds.get('China')).toBe('country');
    expect(kinds.get('Asia')).toBe('continent');
  });

  it('maps demonyms and hyphenated pairs to countries', () => {
    const sentence = a.sentences.find((s) => s.text.includes('Russian-Japanese'))!;
    const places = sentence.entities.filter((e) => e.cls === 'place').map((e) => [e.text, e.canonical]);
    expect(places).toContainEqual(['Russian', 'Russia']);
    expect(places).toContainEqual(['Japanese', 'Japan']);
    const usPair = a.sentences.find((s) => s.text.includes('Japan-U.S.'))!;
    expect(usPair.entities.map((e) => e.canonical)).toContain('United States');
  });

  it('classes Xinhua as an organisation, World War II and quoted phrases as terms', () => {
    expect(canonicals(a, 'organisation')).toContain('Xinhua');
    expect(canonicals(a, 'term')).toContain('World War II');
    const pacifism = first((e) => e.cls === 'term' && e.text === 'active pacifism');
    expect(pacifism).toBeDefined();
  });

  it('resolves the dates against the article date', () => {
    const byText = Object.fromEntries(entities(a, 'date').map((e) => [e.text, e.resolved]));
    expect(byText.Saturday).toBe('2013-11-02');
    expect(byText['last December']).toBe('2012-12');
    expect(byText['April this year']).toBe('2013-04');
    expect(byText.September).toBe('2013-09');
    expect(byText['early next year']).toBe('2014');
  });

  it('gives ordinals and numbers their values', () => {
    expect(first((e) => e.cls === 'ordinal' && e.text === 'third')?.value).toBe(3);
    expect(first((e) => e.cls === 'number' && e.text === 'four')?.value).toBe(4);
  });

  it('keeps entity offsets on the entity text', () => {
    for (const s of a.sentences) for (const e of s.entities) expect(s.text.slice(e.start, e.end)).toBe(e.text);
  });
});
