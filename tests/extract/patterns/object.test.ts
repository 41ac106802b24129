import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('object: whom or what a named subject acted on', () => {
  it('asks the object of a verb in the simple past, after an opening time phrase too', () => {
    expect(ask(factsOf(['On Sunday, Carlos Alcaraz stunned Novak Djokovic in the final at Wimbledon.']), 'object')).toEqual([
      ['Who did Carlos Alcaraz stun in the final at Wimbledon?', 'Novak Djokovic'],
    ]);
    expect(ask(factsOf(['Narendra Modi met Joe Biden at the White House on Thursday.']), 'object')).toEqual([
      ['Who did Narendra Modi meet at the White House on Thursday?', 'Joe Biden'],
    ]);
  });

  it('asks nothing after an auxiliary, or when a second object follows the name', () => {
    expect(byPattern(factsOf(['Carlos Alcaraz has stunned Novak Djokovic in the final at Wimbledon.']), 'object')).toEqual([]);
    // "Who did Twitter give?" would be wrong: Ahmed Mohamed was given something.
    expect(byPattern(factsOf(['Twitter gave Ahmed Mohamed a job offer after the arrest.']), 'object')).toEqual([]);
  });
});

describe('object: one of two objects, and an opening year', () => {
  it('asks no half of "extradited A and B", and dates an object by the year it opens on', () => {
    expect(ask(factsOf(['In October 2005, Portugal extradited Abu Salem and Monica Bedi to face terror charges.']), 'object')).toEqual([]);
    expect(ask(factsOf(['In March 2019, Kenya defeated Uganda in the final in Nairobi.']), 'object')).toContainEqual(['Which country did Kenya defeat in the final in Nairobi in 2019?', 'Uganda']);
  });
});

describe('object: an aside between dashes after the place', () => {
  it('ends what is asked ("Who did Modi welcome at Mumbai’s Raj Bhavan?")', () => {
    const facts = factsOf(['Indian Prime Minister Narendra Modi and his British counterpart Keir Starmer began their meeting in Mumbai on Thursday.', 'Modi welcomed Starmer at Mumbai’s Raj Bhavan — the official residence of the Governor of Maharashtra — on Thursday.']);
    expect(ask(facts, 'object')).toContainEqual(['Who did Modi welcome at Mumbai’s Raj Bhavan?', 'Keir Starmer']);
  });
});

describe('object: what a win was for, past its score', () => {
  it('keeps the purpose and leaves the score out ("Jharkhand defeated Maharashtra 2-1 to bag the bronze medal")', () => {
    expect(ask(factsOf(['Jharkhand defeated Maharashtra 2-1 to bag the bronze medal.']), 'object')).toContainEqual(['Which state did Jharkhand defeat to bag the bronze medal?', 'Maharashtra']);
    expect(ask(factsOf(['Odisha defeated Punjab 3–0 in the final on Sunday.']), 'object').map(([q, a]) => [q.replace(/ on Sunday\?$/, '?'), a])).toContainEqual(['Which state did Odisha defeat in the final?', 'Punjab']);
  });
});

describe('object: the deed of a clause whose "they" (or "he") is the name the sentence opens on', () => {
  it('reads "India made history on Tuesday as they defeated Kuwait …" with India as the subject', () => {
    expect(ask(factsOf(['India made history on Tuesday as they defeated Kuwait on penalties to clinch the SAFF Championship 2023 in Bengaluru after the match ended 1-1.']), 'object')).toContainEqual(['Which country did India defeat on penalties to clinch the SAFF Championship 2023?', 'Kuwait']);
    expect(ask(factsOf(['Lakshya Sen made history on Sunday as he defeated Kenta Nishimoto in the final.']), 'object')).toContainEqual(['Who did Lakshya Sen defeat in the final?', 'Kenta Nishimoto']);
    // ("he" is no country, "they" no one person; nor is a name past a comma the opener's.)
    expect(ask(factsOf(['India made history on Tuesday as he defeated Kuwait in the final.']), 'object')).toEqual([]);
    expect(ask(factsOf(['Lakshya Sen, the fans cheering, made history as they defeated Kenta Nishimoto in the final.']), 'object')).toEqual([]);
  });
});

describe('object: what a deed was for, too long to carry', () => {
  it('asks nothing rather than "Which country did Belgium defeat?" with the rest cut away', () => {
    expect(ask(factsOf(['Belgium defeated Netherlands 4-3 in a tense shoot out to reach the semi-final of the tournament.']), 'object')).toEqual([]);
    expect(ask(factsOf(['Jharkhand defeated Maharashtra 2-1 to bag the bronze medal.']), 'object')).toContainEqual(['Which state did Jharkhand defeat to bag the bronze medal?', 'Maharashtra']);
  });
});
