import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs, { date: '2025-08-21' }), 'law-passed');

describe('law-passed: which bill or Act a legislature passed', () => {
  it('asks which bill a house passed, the whole name with its "and"', () => {
    expect(asked(['The Rajya Sabha on Thursday passed the Promotion and Regulation of Online Gaming Bill amid protests by opposition leaders.'])).toEqual([
      ['Which bill did the Rajya Sabha pass in August 2025?', 'Promotion and Regulation of Online Gaming Bill'],
    ]);
    expect(asked(['The Lok Sabha cleared the Merchant Shipping Bill after a 12-hour debate on Wednesday.']).map(([, a]) => a)).toEqual(['Merchant Shipping Bill']);
    expect(asked(['The Kerala Legislative Assembly passed the Kerala Public Health Bill unanimously on Tuesday.'])).toEqual([
      ['Which bill did the Kerala Legislative Assembly pass in August 2025?', 'Kerala Public Health Bill'],
    ]);
  });

  it('asks which bill a state\'s government passed, a right\'s name whole ("the Right to Health Bill")', () => {
    expect(asked(['The Rajasthan government passed the Right to Health Bill on Tuesday even as doctors protested in Jaipur.'])).toContainEqual(['Which bill did the Rajasthan government pass in August 2025?', 'Right to Health Bill']);
    // (Not a government that is no state's: "the Modi government".)
    expect(asked(['The Modi government passed the Right to Health Bill on Tuesday.'])).toEqual([]);
  });

  it('asks nothing where no house passes it, or what it passes is no law', () => {
    expect(asked(['The Union Cabinet approved the National Cooperative Policy on Wednesday.'])).toEqual([]);
    expect(asked(['The Lok Sabha passed the motion of thanks on the President’s address on Monday.'])).toEqual([]);
  });

  it('asks nothing of one law of several passed together, and reads an edition in brackets as part of the name', () => {
    expect(asked(['The Parliament passed the Bharatiya Vyapar (Second) Sanhita, Bharatiya Krishi (Second) Sanhita and the Bharatiya Van (Second) Bills on Thursday.'])).toEqual([]);
    expect(asked(['The Lok Sabha passed the Coastal Shipping (Amendment) Bill on Tuesday after a six-hour debate.'])).toEqual([
      ['Which bill did the Lok Sabha pass in August 2025?', 'Coastal Shipping (Amendment) Bill'],
    ]);
  });

  it('asks which bill a House passed where the bill is the subject of a passive ("… Bill, 2025 was passed in Lok Sabha on March 27")', () => {
    expect(asked(['The Immigration and Foreigners Bill, 2025 was passed in Lok Sabha on March 27, 2025.'])).toEqual([['Which bill did the Lok Sabha pass in March 2025?', 'Immigration and Foreigners Bill']]);
    expect(asked(['The Waqf (Amendment) Bill was passed by the Rajya Sabha on Friday after a 13-hour debate.'])).toEqual([['Which bill did the Rajya Sabha pass in August 2025?', 'Waqf (Amendment) Bill']]);
    // (Not by a body that is no House.)
    expect(asked(['The Digital Personal Data Protection Bill was approved by the Union Cabinet on Wednesday.'])).toEqual([]);
  });
});
