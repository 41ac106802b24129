import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('agreed-kind: what kind of thing named parties agreed to', () => {
  it('asks the kind before a generic head noun (seed)', () => {
    const facts = factsOf(['Russia and Japan have agreed to conduct the first ever anti-terrorism and anti-piracy exercises between their navies.']);
    expect(ask(facts, 'agreed-kind')).toEqual([['What kind of exercises have Russia and Japan agreed to conduct between their navies?', 'anti-terrorism and anti-piracy']]);
  });

  it('works with "pledged" and "had agreed", and with other heads', () => {
    expect(ask(factsOf(['India and Australia have pledged to deepen defence and space cooperation.']), 'agreed-kind')).toEqual([
      ['What kind of cooperation have India and Australia pledged to deepen?', 'defence and space'],
    ]);
    expect(ask(factsOf(['India and Nepal had agreed to start joint hydropower projects on the Koshi river.']), 'agreed-kind')).toEqual([
      ['What kind of projects had India and Nepal agreed to start on the Koshi river?', 'hydropower'],
    ]);
  });

  it('asks nothing without a kind before the head, or without named parties', () => {
    expect(byPattern(factsOf(['The two countries agreed to hold talks next month.']), 'agreed-kind')).toEqual([]);
    expect(byPattern(factsOf(['They have agreed to conduct joint naval exercises next year.']), 'agreed-kind')).toEqual([]);
  });
});
