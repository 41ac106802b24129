import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('agent: who did what a passive sentence says was done', () => {
  it('asks who founded or led a named thing, from "… was <verb>ed by <person>"', () => {
    expect(ask(factsOf(['The FIRST Global competition was founded by Dean Kamen to inspire young people in science.']), 'agent')).toEqual([
      ['Who founded the FIRST Global competition?', 'Dean Kamen'],
    ]);
    expect(ask(factsOf(['The Dandi March was led by Mahatma Gandhi in 1930 to protest against the salt tax.']), 'agent')).toEqual([['Who led the Dandi March?', 'Mahatma Gandhi']]);
  });

  it('asks "Which organisation" when a body did it', () => {
    const launch = factsOf(['The Chandrayaan-3 mission was launched by the Indian Space Research Organisation from Sriharikota in July 2023.']);
    expect(ask(launch, 'agent')).toEqual([['Which organisation launched the Chandrayaan-3 mission?', 'ISRO']]);
  });

  it('asks nothing when the doer is not named', () => {
    expect(byPattern(factsOf(['The bridge was built by workers over three years.']), 'agent')).toEqual([]);
  });
});
