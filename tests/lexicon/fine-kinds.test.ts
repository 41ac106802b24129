import { describe, expect, it } from 'vitest';
import { countryOfPlace, knownPlaceKind, looksLikeRiver, organisationKind, organisationsLike, riversLike, statesLike } from '../../src/lexicon/index.js';

describe('lexicon: fine kinds', () => {
  it('tells a known place’s kind', () => {
    expect(knownPlaceKind('Marshall Islands')).toBe('country');
    expect(knownPlaceKind('Kerala')).toBe('state');
    expect(knownPlaceKind('Andaman and Nicobar Islands')).toBe('state');
    expect(knownPlaceKind('Mumbai')).toBe('city');
    expect(knownPlaceKind('the Yamuna')).toBe('river');
    expect(knownPlaceKind('Middle East')).toBe('region');
    expect(knownPlaceKind('Asia')).toBe('continent');
    expect(knownPlaceKind('Rangpur')).toBeNull();
  });

  it('knows a river by its name’s shape too', () => {
    expect(looksLikeRiver('Jaldhaka River')).toBe(true);
    expect(looksLikeRiver('River Severn')).toBe(true);
    expect(looksLikeRiver('Rangpur')).toBe(false);
  });

  it('finds the country of a city, state or river', () => {
    expect(countryOfPlace('Lucknow')?.name).toBe('India');
    expect(countryOfPlace('Ontario')?.name).toBe('Canada');
    expect(countryOfPlace('Nile')?.name).toBe('Egypt');
  });

  it('offers states of the same country, territories first for a territory', () => {
    expect(statesLike('Kerala')).toContain('Tamil Nadu');
    expect(statesLike('Kerala')).not.toContain('Texas');
    expect(statesLike('Ladakh').slice(0, 2)).toEqual(['Jammu and Kashmir', 'Ladakh']);
  });

  it('offers rivers written as the answer writes its river', () => {
    expect(riversLike('Teesta River', 'India')).toContain('Yamuna River');
    expect(riversLike('River Thames', 'United Kingdom')[0]).toBe('River Thames');
    expect(riversLike('Godavari', 'India')).not.toContain('Krishna');
  });

  it('kinds an organisation by name words, a ministry apart from a commission or an agency', () => {
    expect(organisationKind('Ministry of Cooperation')).toBe('ministry');
    expect(organisationKind('Department of Defense')).toBe('ministry');
    // ("the Press Council of India" oversees the press: a statutory body, no news outlet.)
    expect(organisationKind('Press Council of India')).toBe('government-body');
    expect(organisationKind('Press Trust of India')).toBe('news-media');
    // (A postal service is no newspaper for its "Post".)
    expect(organisationKind('Saudi Post Corporation')).toBe('agency');
    expect(organisationKind('India Post')).toBe('agency');
    expect(organisationKind('Washington Post')).toBe('news-media');
    // (A gathering is no body of any kind: no NGOs beside the International Labour Conference.)
    expect(organisationKind('International Labour Conference')).toBeNull();
    expect(organisationKind('International Labour Organisation')).not.toBeNull();
    expect(organisationKind('India Meteorological Department')).toBe('agency');
    // (An international alliance of countries is no party among parties.)
    expect(organisationKind('International Solar Alliance')).toBe('intergovernmental');
    expect(organisationKind('Global Biofuels Alliance')).toBe('intergovernmental');
    expect(organisationKind('National Democratic Alliance')).toBe('party');
    // India's civil services are chosen among one another, never beside agencies: "Police" or not.
    expect(organisationKind('Indian Police Service')).toBe('civil-service');
    expect(organisationKind('IAS')).toBe('civil-service');
    expect(organisationKind('Indian Trade Service')).toBe('civil-service');
    expect(organisationKind('Indian Coast Guard')).toBe('military');
    // A state's government is no commission or board, nor an unknown body beside acronyms.
    expect(organisationKind('the Sikkim government')).toBe('government');
    expect(organisationKind('the Union Public Service Commission')).toBe('government-body');
    expect(organisationKind('Election Commission')).toBe('government-body');
    // A research body is one whatever other body word its name carries.
    expect(organisationKind('National Research Council')).toBe('research');
    expect(organisationKind('Anusandhan National Research Foundation')).toBe('research');
    expect(organisationsLike('Anusandhan National Research Foundation', 'India')).toContain('Council of Scientific and Industrial Research');
    expect(organisationKind('Indian Navy')).toBe('military');
    expect(organisationKind('Samajwadi Party')).toBe('party');
    // Parties and alliances by their last word; a state's Assembly is a legislature, no party.
    expect(organisationKind("Bodoland People's Front")).toBe('party');
    expect(organisationKind('National Democratic Alliance')).toBe('party');
    expect(organisationKind('Assam Assembly')).toBe('legislature');
    // A bare "Congress" may be India's party or America's legislature: no kind.
    expect(organisationKind('Congress')).toBeNull();
    expect(organisationKind('US Congress')).toBe('legislature');
  });

  it("offers a country's own bodies only where the article names that country", () => {
    expect(organisationsLike('Ministry of Digital Affairs', 'The Indian government said …')).toContain('Ministry of Finance');
    expect(organisationsLike('Ministry of Digital Affairs', 'The government said …')).toEqual([]);
    expect(organisationsLike('Ministry of Railways', 'The government said …')).toContain('Ministry of Finance');
    expect(organisationsLike('NASA', '')).toEqual(expect.arrayContaining(['European Space Agency', 'ISRO']));
  });
});

describe('lexicon: what is no country', () => {
  it('takes Antarctica for the continent it is, not a country of the package', () => {
    expect(knownPlaceKind('Antarctica')).toBe('continent');
    expect(countryOfPlace('Antarctica')).toBeNull();
  });
});

describe('a body of students, workers or farmers', () => {
  it('is civil society, never a sports federation nor a legislature ("Students’ Federation of India", "All India Kisan Sabha")', () => {
    expect(organisationKind("Students' Federation of India")).toBe('ngo');
    expect(organisationKind('All India Kisan Sabha')).toBe('ngo');
    expect(organisationKind('Asian Football Federation')).toBe('sports');
    expect(organisationKind('Lok Sabha')).toBe('legislature');
  });
});

describe('the Gazette of India', () => {
  it('is the government’s record, never a newspaper among the options', () => {
    expect(organisationKind('Gazette of India')).toBe('government-body');
    expect(organisationKind('Official Gazette')).toBe('government-body');
    expect(organisationKind('Montreal Gazette')).toBe('news-media');
  });
});
