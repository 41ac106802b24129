import { describe, expect, it } from 'vitest';
import { factsOf } from '../extract/facts-of.js';

describe('a named drill or operation after its description', () => {
  it('is its head word and its name ("Joint Special Forces Exercise Khanjar" → Exercise Khanjar), blanked whole', () => {
    const facts = factsOf(['The 12th edition of the India-Kyrgyzstan Joint Special Forces Exercise Khanjar is set to take place in the Central Asian nation from March 10 to March 23.']);
    expect(facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer)).toContain('Exercise Khanjar');
    const op = factsOf(['The Indian Army launched the counter-terror Operation Sarvashakti in the Pir Panjal range on Monday.']);
    expect(op.map((f) => f.answer)).not.toContain('Sarvashakti');
  });
});
