import { describe, expect, it } from 'vitest';
import { allCountries, countryNamed, packCountryIndex } from '../../src/lexicon/countries.js';

describe('the country index as the build packs it', () => {
  it('holds every country and every name the built index knows, pointing at the same country', () => {
    const packed = JSON.parse(packCountryIndex()) as { all: { name: string }[]; byName: [string, number][] };
    expect(packed.all.map((c) => c.name)).toEqual(allCountries().map((c) => c.name));
    for (const [key, at] of packed.byName.slice(0, 400)) expect(countryNamed(key)?.name, key).toBe(packed.all[at].name);
  });
});
