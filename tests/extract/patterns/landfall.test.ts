import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'landfall').map((f) => [f.question, f.answer]);

describe('landfall: where a storm struck', () => {
  it('asks the state the landfall phrase names last, before any time or manner', () => {
    expect(asked(['Severe cyclonic storm Dana made landfall near Bhitarkanika National Park in Odisha early on Friday, with wind speeds of up to 110 km per hour.'])).toEqual([
      ['In which state or region did severe cyclonic storm Dana make landfall?', 'Odisha'],
    ]);
    expect(asked(['Hurricane Milton made landfall near Siesta Key, Florida, on Wednesday night.'])).toEqual([['In which state or region did Hurricane Milton make landfall?', 'Florida']]);
  });

  it('reads a storm named between dashes ("the severe cyclonic storm – Cyclone Michaung – has begun making landfall near …")', () => {
    expect(asked(['After wreaking havoc in coastal towns of Tamil Nadu, the severe cyclonic storm – Cyclone Michaung – has begun making landfall near Bapatla in Andhra Pradesh.'])).toEqual([
      ['In which state or region did Cyclone Michaung make landfall?', 'Andhra Pradesh'],
    ]);
    expect(asked(['The very severe cyclonic storm — Cyclone Remal — made landfall near Sagar Island in West Bengal on Sunday night.'])).toEqual([
      ['In which state or region did Cyclone Remal make landfall?', 'West Bengal'],
    ]);
  });

  it('asks between which two places a storm made landfall, both as written', () => {
    expect(asked(['Coastal Odisha was hit by strong winds as Cyclone Dana made landfall between Bhitarkanika National Park and Dhamra after midnight on Thursday.'])).toEqual([
      ['Between which two places did Cyclone Dana make landfall?', 'Bhitarkanika National Park and Dhamra'],
    ]);
  });

  it('reads "the landfall process of … began … close to …", past the time', () => {
    expect(asked(['The landfall process of severe Cyclone Michaung began around 11 am on Tuesday close to Bapatla in Andhra Pradesh, the IMD said.'])).toEqual([
      ['In which state or region did severe Cyclone Michaung make landfall?', 'Andhra Pradesh'],
    ]);
  });

  it('reads "made its landfall very close to …" and "crossed the … coast near …", the state before the district', () => {
    expect(asked(["Cyclone Phailin made its landfall very close to Gopalpur town in Odisha's Ganjam district around 9 pm on Saturday."])).toEqual([
      ['In which state or region did Cyclone Phailin make landfall?', 'Odisha'],
    ]);
    expect(asked(['Cyclone Gulab crossed the north Andhra Pradesh coast near Kalingapatnam on Sunday evening.'])).toEqual([
      ['In which state or region did Cyclone Gulab make landfall?', 'Andhra Pradesh'],
    ]);
  });

  it('asks nothing without a storm or a place', () => {
    expect(asked(['The aircraft made landfall near the coast on Friday.'])).toEqual([]);
    expect(asked(['Cyclone Dana made landfall early on Friday morning.'])).toEqual([]);
  });
});

describe('landfall: a storm named before its kind', () => {
  it('is called as storms are named ("Amphan cyclone made landfall …" → Cyclone Amphan), a grade left as it is', () => {
    expect(asked(['Amphan cyclone made landfall at around 4 pm between Digha in West Bengal and Hatiya island in Bangladesh.']).map(([q]) => q).join(' ')).toContain('Cyclone Amphan');
    expect(asked(['Severe cyclone made landfall near Puri in Odisha on Friday morning.']).map(([q]) => q).join(' ')).not.toContain('Cyclone Severe');
  });
});

describe('landfall: told by an "it" after the storm opens the sentence', () => {
  it('asks where ("Severe cyclone Dana was expected to weaken … after it made landfall in Odisha")', () => {
    const facts = factsOf([
      'Severe cyclone Dana was expected to weaken into a cyclonic storm by forenoon after it made landfall in Odisha around midnight with wind speeds of 100-110 kmph.',
      'Cyclone Michaung is likely to weaken further as it made landfall near Bapatla in Andhra Pradesh on Tuesday.',
    ]);
    const asked = ask(facts, 'landfall');
    expect(asked).toContainEqual([expect.stringMatching(/^In which state or region did (?:severe )?[Cc]yclone Dana make landfall/), 'Odisha']);
    expect(asked).toContainEqual([expect.stringMatching(/^In which state or region did [Cc]yclone Michaung make landfall/), 'Andhra Pradesh']);
  });
});

describe('landfall: a landfall begun', () => {
  it('is asked where ("Cyclonic storm Fengal has commenced making landfall close to Puducherry …")', async () => {
    const { ask, factsOf } = await import('../facts-of.js');
    const fengal = factsOf(['Cyclonic storm Fengal has commenced making landfall close to Puducherry and it may take 4 hours to cross the coast completely, an IMD official said here Saturday.']);
    expect(ask(fengal, 'landfall')).toContainEqual(['In which state or region did cyclonic storm Fengal make landfall?', 'Puducherry']);
    const michaung = factsOf(['Severe cyclonic storm Michaung began making landfall near Bapatla in Andhra Pradesh on Tuesday afternoon.']);
    expect(ask(michaung, 'landfall').map(([, a]) => a)).toContain('Andhra Pradesh');
  });
});

describe('landfall: told by "after making landfall"', () => {
  it('is asked of the named storm ("… that severe cyclonic storm Montha had weakened … after making landfall along the Andhra Pradesh coast")', async () => {
    const { ask, factsOf } = await import('../facts-of.js');
    const montha = factsOf(['The India Meteorological Department (IMD) announced early Wednesday that severe cyclonic storm Montha had weakened into a cyclonic storm after making landfall along the Andhra Pradesh coast, bringing heavy rainfall.']);
    expect(ask(montha, 'landfall')).toContainEqual(['In which state or region did severe cyclonic storm Montha make landfall?', 'Andhra Pradesh']);
    // (A storm with no name of its own asks nothing.)
    const unnamed = factsOf(['Officials said the storm had weakened after making landfall near Puri in Odisha.']);
    expect(ask(unnamed, 'landfall')).toEqual([]);
  });
});

describe('landfall: told as coming', () => {
  it('asks where the storm was expected to make landfall ("is poised to make a landfall near Bapatla on the Andhra Pradesh coast")', () => {
    const facts = factsOf(['Cyclone Michaung, currently swirling over the Bay of Bengal, is poised to make a landfall near Bapatla on the Andhra Pradesh coast after wreaking havoc in Tamil Nadu.'], { date: '2023-12-05' });
    expect(ask(facts, 'landfall')).toContainEqual(['Where was Cyclone Michaung expected to make landfall?', 'Bapatla']);
    const odisha = factsOf(['Cyclone Dana is expected to make landfall in Odisha between Bhitarkanika and Dhamra on Friday morning.'], { date: '2024-10-24' });
    expect(ask(odisha, 'landfall')).toContainEqual(['In which state or region was Cyclone Dana expected to make landfall?', 'Odisha']);
  });
});

describe('landfall: between two places, each with where it lies', () => {
  it('asks both ("between Sagar Island in West Bengal and Bangladesh’s Khepupara"), the storm by its IMD name', () => {
    const facts = factsOf(['Severe Cyclonic Storm Remal made landfall between Sagar Island in West Bengal and Bangladesh’s Khepupara late on Sunday and crossed the coast, the India Meteorological Department said.'], { date: '2024-05-27' });
    expect(ask(facts, 'landfall')).toContainEqual(['Between which two places did Severe Cyclonic Storm Remal make landfall?', 'Sagar Island in West Bengal and Bangladesh’s Khepupara']);
  });
});
