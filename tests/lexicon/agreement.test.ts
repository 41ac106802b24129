/**
 * Recognising a name (analyze) and choosing its options (generate) read one lexicon, so they
 * agree on what a name is and how it is written: checked over the lexicon's own names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { kindOf } from '../../src/generate/classify.js';
import { placeClass } from '../../src/generate/data/places.js';
import { allCountries, citiesOf, countryNamed, organisationNamed, organisations, statesOf } from '../../src/lexicon/index.js';
import type { Entity } from '../../src/types.js';
import { articleOf } from '../analyze/fixtures.js';
import { AMBIGUOUS_NAMES } from '../../src/lexicon/data/organisations.js';

/** What the analyser makes of a name in a plain sentence: the entity that spans it (a leading "the" aside). */
function analysed(name: string): Entity | undefined {
  const text = `Officials from ${name} met on Monday.`;
  const bare = name.replace(/^the\s+/i, '');
  const at = text.indexOf(bare);
  return analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).find((e) => e.start <= at && e.end >= at + bare.length);
}

describe('analyze and generate agree on a name', () => {
  it('countries: a country to both, under the lexicon name', () => {
    const names = allCountries().filter((c) => c.independent).map((c) => c.name).concat(['U.S.', 'UK', 'NZ', 'ROK', 'PRC', 'UAE', 'Britain']);
    for (const name of names) {
      const e = analysed(name);
      const country = countryNamed(name)!;
      expect(e && [e.cls, e.placeKind, e.canonical], name).toEqual(['place', 'country', country.name]);
      expect(kindOf(name, 'country'), name).toBe('country');
      expect(placeClass(name), name).toBe('country');
    }
  });

  it('organisations: an organisation to both, of the lexicon kind, under the lexicon name', () => {
    const bad: string[] = [];
    let unread = 0;
    for (const org of organisations()) {
      for (const alias of org.aliases.filter((a) => a.length > 1)) {
          const e = analysed(alias);
        // Long names with small words ("Group of 20", "Food and Agriculture Organization") the
        // analyser reads in parts, its own limit; every name it reads whole must agree.
        if (!e) unread++;
        else if (e.cls !== 'organisation' || e.canonical !== org.name) bad.push(`${alias}: ${e.cls} ${e.canonical}`);
        // (A name that alone says no kind, "Congress", is of no kind alone.)
        expect(kindOf(alias, 'organisation'), alias).toBe(AMBIGUOUS_NAMES.includes(alias) ? 'org:unknown' : `org:${org.kind}`);
        expect(organisationNamed(alias)?.name).toBe(org.name);
      }
    }
    expect(bad).toEqual([]);
    expect(unread).toBeLessThan(organisations().length / 5);
  });

  it("states and cities: places to both, a state a region to the analyser and a state's option kind", () => {
    for (const state of statesOf('India', true).concat(statesOf('Canada'))) {
      const e = analysed(state);
      expect(e && [e.cls, e.placeKind, e.canonical], state).toEqual(['place', 'region', state]);
      expect(placeClass(state), state).toBe('state');
    }
    for (const city of citiesOf('India').concat(citiesOf('Japan'))) {
      const e = analysed(city);
      expect(e && [e.cls, e.placeKind, e.canonical], city).toEqual(['place', 'city', city]);
      expect(placeClass(city), city).toBe('city');
    }
  });
});
