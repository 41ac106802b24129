import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[], date = '2024-08-14') => ask(factsOf(paragraphs, { date }), 'tally');

describe('tally: a running total the news moves', () => {
  it('asks the total a participle clause gives, the country read from the article (wetlands)', () => {
    expect(asked([
      'Eleven Indian sites have been added to the Ramsar list, taking the number of wetlands of international importance in the country to 75, the Union Environment Ministry said. India has the largest network of such sites in South Asia.',
    ])).toEqual([['What was the total number of wetlands of international importance in India in August 2024?', '75']]);
  });

  it('reads "such sites" from the kind the sentence before named (Ramsar sites)', () => {
    expect(asked([
      "The Environment Ministry said that three more wetlands in India have been designated 'Ramsar sites'. This brings the total number of such sites in India to 85.",
    ])).toEqual([['What was the total number of Ramsar sites in India in August 2024?', '85']]);
  });

  it('asks a tally raised by a named addition (tiger reserves)', () => {
    expect(asked(['The Centre notified Madhav National Park in Madhya Pradesh as a tiger reserve, raising the tally of tiger reserves in India to 58.'], '2025-03-09')).toEqual([
      ['What was the total number of tiger reserves in India in March 2025?', '58'],
    ]);
  });

  it('reads whose tally "its" is, and leaves a gloss in brackets out', () => {
    expect(asked(['Union Minister Bhupender Yadav said India has increased its tally of Ramsar sites (Wetlands of International Importance) to 85 from 82 by designating three more wetlands.'])).toEqual([
      ['What was the total number of Ramsar sites in India in August 2024?', '85'],
    ]);
  });

  it('asks nothing when "such" or "the country" cannot be read, or nothing is brought to a total', () => {
    expect(asked(['Officials met on Monday. This brings the total number of such sites in India to 85.'])).toEqual([]);
    expect(asked(['Three teams joined, taking the number of teams in the country to 12, while France and Spain sent two each.'])).toEqual([]);
    expect(asked(['The number of cases in Kerala rose to 75 on Monday, health officials said.'])).toEqual([]);
  });

  it('asks a total said as the clause\'s subject, not a day\'s count of cases', () => {
    expect(asked(['With the addition of these 12 members, the count of cheetahs at the Kuno National Park has gone up to 20.'])).toEqual([
      ['What was the total number of cheetahs at the Kuno National Park in August 2024?', '20'],
    ]);
    expect(asked(['The total number of Ramsar sites in India now stands at 85 after the latest additions.']).map(([, a]) => a)).toEqual(['85']);
    expect(asked(['The number of fresh cases in Kerala has risen to 75, health officials said.'])).toEqual([]);
  });
});

describe('tally: whose total, when a name owns it', () => {
  it('"bringing India\'s number of World Heritage sites to 40", "taking Odisha\'s tally of Ramsar sites to six"', () => {
    expect(asked(['Dholavira was inscribed on the World Heritage List on Tuesday, bringing India’s number of World Heritage sites to 40, Unesco said.'], '2021-07-27')).toEqual([
      ['What was the total number of World Heritage sites in India in July 2021?', '40'],
    ]);
    expect(asked(['The Tampara lake was designated a wetland of international importance, taking Odisha’s tally of Ramsar sites to six.'])).toEqual([
      ['What was the total number of Ramsar sites in Odisha in August 2024?', 'six'],
    ]);
  });
});
