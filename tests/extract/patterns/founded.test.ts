import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('founded: when a body or scheme began', () => {
  it('reads the subject before a relative clause, not the name the clause ends on ("…, which is … at point L1, was launched")', () => {
    const facts = factsOf(['The Aditya-L1 mission, which is an Indian solar observatory at Lagrangian point L1, was launched on September 2, 2023.']);
    expect(byPattern(facts, 'founded').map((f) => f.question)).toEqual(['When was the Aditya-L1 launched?']);
  });

  it('asks when a body or scheme began, by the year or the month', () => {
    expect(ask(factsOf(['The National Green Tribunal (NGT) was established in 2010 under the National Green Tribunal Act to handle environmental cases.']), 'founded')).toEqual([
      ['In which year was the National Green Tribunal established?', '2010'],
    ]);
    expect(ask(factsOf(['The Pradhan Mantri Jan Dhan Yojana, launched in August 2014, aims to provide universal access to banking.']), 'founded')).toEqual([
      ['When was the Pradhan Mantri Jan Dhan Yojana launched?', 'August 2014'],
    ]);
    expect(ask(factsOf(['The Indian Space Research Organisation was founded in 1969 by Vikram Sarabhai.']), 'founded')).toEqual([
      ['In which year was the Indian Space Research Organisation founded?', '1969'],
    ]);
    expect(ask(factsOf(['Bangladesh was created in 1971 after a war of independence.']), 'founded')).toEqual([['In which year was Bangladesh created?', '1971']]);
    expect(ask(factsOf(['The National Green Tribunal (NGT), established in 2010, had earlier directed the government to curb illegal mining.']), 'founded')).toEqual([
      ['In which year was the National Green Tribunal established?', '2010'],
    ]);
    expect(ask(factsOf(["Project Tiger, one of the world's most successful conservation programmes, was launched in 1973 at the Jim Corbett National Park."]), 'founded')).toEqual([
      ['In which year was Project Tiger launched?', '1973'],
    ]);
    // The ordinal says which one: "the 7th", never all of them.
    expect(ask(factsOf(['The 7th Pay Commission was set up in 2016, and its term will end in 2026.']), 'founded')).toEqual([
      ['In which year was the 7th Pay Commission set up?', '2016'],
    ]);
    expect(ask(factsOf(['The 15th Finance Commission was constituted in November 2017 under the chairmanship of N K Singh.']), 'founded')).toEqual([
      ['When was the 15th Finance Commission constituted?', 'November 2017'],
    ]);
    // No name, no question: "the stadium" could be any.
    expect(byPattern(factsOf(['The stadium was built in 1982 for the Asian Games in New Delhi.']), 'founded')).toEqual([]);
  });
});

describe('founded: the year a body began, told in passing by "since its inception in"', () => {
  it('asks it of the body "its" stands for, the nearest name before', () => {
    expect(ask(factsOf(['LK Advani has served as the president of the Bharatiya Janata Party for the longest period since its inception in 1980.']), 'founded')).toContainEqual([
      'In which year was the Bharatiya Janata Party founded?',
      '1980',
    ]);
    expect(ask(factsOf(['Kalpana Rao is the first woman to head the Indian Space Research Organisation since its formation in 1969.']), 'founded').map(([, a]) => a)).toContain('1969');
    // (No body before "its": nothing to ask of.)
    expect(ask(factsOf(['Since its inception in 2015, the scheme has reached 50 crore people.']), 'founded')).toEqual([]);
  });
});
