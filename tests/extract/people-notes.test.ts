import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('what an article says of its people, for options of one kind', () => {
  it('ties a person to a country by "of", an owner, a people, or as a teammate of the one the sentence before opens with', () => {
    const facts = factsOf([
      'Indian shooter Manu Bhaker won the bronze medal in the women\'s 10m air pistol final in Paris on Sunday.',
      'Oh Ye Jin of South Korea finished on top of the podium with 243.2 points.',
      'Her teammate Kim Ye-ji finished second with 241.3 points.',
      "China's Jiang Ranxin finished fourth in the final.", 'The silver went to Zhang Yufei of Hungary on Monday.',
      'His mother Parvathi Thangammal was a teacher in Kumbakonam.',
    ]);
    const people = facts.find((f) => f.answerType === 'person' && f.people)?.people;
    expect(people?.['Manu Bhaker']?.country).toBe('india');
    expect(people?.['Kim Ye-ji']?.country).toBe('south korea');
    expect(people?.['Jiang Ranxin']?.country).toBe('china');
    expect(people?.['Zhang Yufei']?.country).toBe('hungary');
    expect(people?.['Parvathi Thangammal']?.gender).toBe('f');
  });
});
