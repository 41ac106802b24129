import { describe, expect, it } from 'vitest';
import { allCountries, cityNamed, districtsOf, countryOf, countryNamed, countryOfDemonym, organisationNamed, regionNamed, riverNamed, stateNamed, statesOf } from '../../src/lexicon/index.js';

describe('lexicon: countries', () => {
  it('finds countries by name, alias and demonym', () => {
    expect(countryOf('Japanese')?.name).toBe('Japan');
    expect(countryOf("Japan's")?.name).toBe('Japan');
    expect(countryOf('U.S.')?.name).toBe('United States');
    expect(countryOf('US')?.name).toBe('United States');
    expect(countryOf('the U.S.')?.name).toBe('United States');
    expect(countryOf('America')?.name).toBe('United States');
    expect(countryOf('Britain')?.name).toBe('United Kingdom');
    expect(countryOf('UK')?.name).toBe('United Kingdom');
    expect(countryOf('Russian Federation')?.name).toBe('Russia');
    expect(countryOf('French')?.name).toBe('France');
    expect(countryOf('Afghans')?.name).toBe('Afghanistan');
    expect(countryOf('NZ')?.name).toBe('New Zealand');
    expect(countryOf('ROK')?.name).toBe('South Korea');
    expect(countryOf('PRC')?.name).toBe('China');
    expect(countryOf('Atlantis')).toBeNull();
    // (Indian papers' "the Lankan President", "the Lankan Navy".)
    expect(countryOf('Lankan')?.name).toBe('Sri Lanka');
  });

  it('keeps names and demonyms apart, and "the States" whole', () => {
    expect(countryNamed('Japanese')).toBeNull();
    expect(countryOfDemonym('Japan')).toBeNull();
    expect(countryNamed('the States')?.name).toBe('United States');
    expect(countryNamed('States')).toBeNull();
  });

  it('gives region, subregion, capitals and neighbours', () => {
    const japan = countryNamed('Japan')!;
    expect([japan.region, japan.subregion, japan.capitals[0]]).toEqual(['Asia', 'Eastern Asia', 'Tokyo']);
    expect(countryNamed('India')!.neighbours).toEqual(expect.arrayContaining(['Pakistan', 'Bangladesh', 'Nepal', 'China']));
  });

  it('lists every country once, and the home nations as part of the UK', () => {
    const names = allCountries().map((c) => c.name);
    expect(names.length).toBeGreaterThan(190);
    expect(new Set(names).size).toBe(names.length);
    expect(countryNamed('Scotland')?.partOf).toBe('United Kingdom');
  });
});

describe('lexicon: places', () => {
  it('knows capitals and major cities and their countries', () => {
    expect(cityNamed('Tokyo')?.country).toBe('Japan');
    expect(cityNamed('Kabul')).not.toBeNull();
    expect(cityNamed('Sydney')?.country).toBe('Australia');
    expect(cityNamed('Japan')).toBeNull();
    expect(cityNamed('Moscow')?.country).toBe('Russia');
    expect(cityNamed('Wellington')?.country).toBe('New Zealand');
    expect(cityNamed('Washington DC')?.name).toBe('Washington, D.C.');
    expect(cityNamed('Nowhereville')).toBeNull();
  });

  it("knows India's states and union territories", () => {
    expect(stateNamed('Kerala')).toMatchObject({ kind: 'state', country: 'India' });
    expect(stateNamed('Ladakh')).toMatchObject({ country: 'India', territory: true });
    expect(statesOf('India')).toHaveLength(28);
    expect(statesOf('India', true)).toContain('Puducherry');
  });

  it('recognises a state by name alone only where the name means nothing else', () => {
    expect(regionNamed('Texas')?.kind).toBe('state');
    expect(stateNamed('Georgia')?.country).toBe('United States');
    expect(regionNamed('Georgia')).toBeNull();
    expect(regionNamed('the Balkans')?.name).toBe('Balkans');
    expect(regionNamed('Africa')?.kind).toBe('continent');
  });

  it('knows rivers, bare only where the name means nothing else', () => {
    expect(riverNamed('Yamuna')?.country).toBe('India');
    expect(riverNamed('the Ganges')?.name).toBe('Ganga');
    expect(riverNamed('Teesta River')?.name).toBe('Teesta');
    expect(riverNamed('Jordan')).toBeNull();
    expect(riverNamed('River Jordan')?.name).toBe('Jordan');
  });
});

describe('lexicon: organisations', () => {
  it('knows international bodies and news agencies by name and short form', () => {
    for (const name of ['UN', 'NATO', 'WHO', 'Xinhua', 'Reuters', 'AFP', 'PTI', 'IAEA', 'EU', 'ASEAN', 'BRICS']) {
      expect(organisationNamed(name), name).not.toBeNull();
    }
    expect(organisationNamed('the Guardian')?.name).toBe('The Guardian');
    expect(organisationNamed('MEA')).toMatchObject({ name: 'Ministry of External Affairs', kind: 'ministry' });
    expect(organisationNamed('Japan')).toBeNull();
    expect(organisationNamed('X')).toBeNull();
  });
});

describe('lexicon: India\'s districts', () => {
  it('knows a district with its state, and a city already listed gains its state', () => {
    expect(cityNamed('Wayanad')).toMatchObject({ name: 'Wayanad', country: 'India', state: 'Kerala' });
    expect(cityNamed('Malappuram')?.state).toBe('Kerala');
    expect(cityNamed('Nashik')?.state).toBe('Maharashtra');
    // (A district of two states' name gains neither.)
    expect(cityNamed('Aurangabad')?.state).toBeUndefined();
    expect(districtsOf('Kerala')).toContain('Thrissur');
    // (Names that are everyday words or people's are left out.)
    expect(cityNamed('Puri')).toBeNull();
    expect(cityNamed('Anand')).toBeNull();
  });
});
