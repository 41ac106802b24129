import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const admitted = (text: string, title?: string) => ask(factsOf([text], title ? { title } : {}), 'admitted');

describe('admitted: the countries or bodies a grouping took in as members', () => {
  it('asks the members listed, by their count, of the grouping named before them ("of the bloc")', () => {
    expect(admitted('Leaders of the BRICS group of nations have unanimously decided to accept Argentina, Egypt, Iran, Saudi Arabia, Ethiopia and the United Arab Emirates (UAE) as six new members of the bloc, said Prime Minister Narendra Modi on Thursday.')).toEqual([
      ['Which six countries were accepted as new members of BRICS?', 'Argentina, Egypt, Iran, Saudi Arabia, Ethiopia and the United Arab Emirates'],
    ]);
  });

  it('asks them told in the passive, of the grouping after "of"', () => {
    expect(admitted('Iran and Belarus were admitted as full members of the Shanghai Cooperation Organisation (SCO) at the summit in Astana.')).toEqual([
      ['Which two countries were accepted as full members of the Shanghai Cooperation Organisation?', 'Iran and Belarus'],
    ]);
    expect(admitted('The summit also welcomed the African Union as a permanent member of the G20, Prime Minister Modi announced.')).toEqual([
      ['Which organisation was accepted as a permanent member of the G20?', 'the African Union'],
    ]);
  });

  it('asks nothing where the count said is not the names listed, nor of people, nor with no grouping named', () => {
    expect(admitted('The grouping decided to accept Argentina, Egypt and Iran as six new members of BRICS.')).toEqual([]);
    expect(admitted('The club inducted Rahul Dravid and Anil Kumble as new members of its board.')).toEqual([]);
    expect(admitted('The leaders decided to accept Argentina and Egypt as new members.')).toEqual([]);
  });
});
