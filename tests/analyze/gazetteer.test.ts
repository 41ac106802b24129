import { describe, expect, it } from 'vitest';
import { allCountries, cityCountry, countryOf, isCity, isOrganisation } from '../../src/analyze/gazetteer.js';

describe('gazetteer', () => {
  it('finds countries by name, alias and demonym', () => {
    expect(countryOf('Japanese')?.name).toBe('Japan');
    expect(countryOf('U.S.')?.name).toBe('United States');
    expect(countryOf('US')?.name).toBe('United States');
    expect(countryOf('America')?.name).toBe('United States');
    expect(countryOf('Britain')?.name).toBe('United Kingdom');
    expect(countryOf('UK')?.name).toBe('United Kingdom');
    expect(countryOf('Russian Federation')?.name).toBe('Russia');
    expect(countryOf('French')?.name).toBe('France');
    expect(countryOf('Afghans')?.name).toBe('Afghanistan');
    expect(countryOf('Atlantis')).toBeNull();
  });

  it('gives region, subregion and capital', () => {
    expect(countryOf('Japan')).toEqual({ name: 'Japan', region: 'Asia', subregion: 'Eastern Asia', capital: 'Tokyo' });
  });

  it('lists every country once', () => {
    const names = allCountries().map((c) => c.name);
    expect(names.length).toBeGreaterThan(190);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Australia');
  });

  it('knows capitals and major cities and their countries', () => {
    expect(isCity('Tokyo')).toBe(true);
    expect(isCity('Kabul')).toBe(true);
    expect(isCity('Sydney')).toBe(true);
    expect(isCity('Japan')).toBe(false);
    expect(cityCountry('Moscow')).toBe('Russia');
    expect(cityCountry('Wellington')).toBe('New Zealand');
    expect(cityCountry('Nowhereville')).toBeNull();
  });

  it('knows international organisations and news agencies', () => {
    for (const name of ['UN', 'NATO', 'WHO', 'Xinhua', 'Reuters', 'AFP', 'PTI', 'IAEA', 'EU', 'ASEAN', 'BRICS']) {
      expect(isOrganisation(name), name).toBe(true);
    }
    expect(isOrganisation('Japan')).toBe(false);
  });
});
