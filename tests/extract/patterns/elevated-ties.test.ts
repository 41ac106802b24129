import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[], date = '2024-12-22') => byPattern(factsOf(paragraphs, { date }), 'elevated-ties').map((f) => [f.question, f.answer]);

describe('elevated-ties: the level two countries raise their ties to', () => {
  it('asks the level, quoted or not, with the parties and the month', () => {
    expect(asked(["India and Kuwait on Sunday decided to elevate their bilateral relationship to a 'strategic partnership', under which both countries will explore ways to enhance cooperation."])).toEqual([
      ['To what level did India and Kuwait elevate their bilateral relationship in December 2024?', 'strategic partnership'],
    ]);
    expect(asked(['India and Malaysia elevated their ties to a Comprehensive Strategic Partnership during the visit of Prime Minister Anwar Ibrahim to New Delhi.'], '2024-08-20')).toEqual([
      ['To what level did India and Malaysia elevate their ties in August 2024?', 'Comprehensive Strategic Partnership'],
    ]);
  });

  it('asks it of the pair that opens the sentence where "they" raise their ties ("… as they elevated their relations to …")', () => {
    expect(asked(['India and the Philippines focused on enhancing cooperation in trade, defence and connectivity as they elevated their relations to a strategic partnership on Tuesday.'], '2025-08-05')).toEqual([
      ['To what level did India and Philippines elevate their relations in August 2025?', 'strategic partnership'],
    ]);
    expect(asked(['India and Cyprus signed six agreements on Monday, and they upgraded their ties to a Comprehensive Partnership.'], '2025-06-16')).toEqual([
      ['To what level did India and Cyprus upgrade their ties in June 2025?', 'Comprehensive Partnership'],
    ]);
    // (Not a "they" the sentence opens on no pair of countries for.)
    expect(asked(['Officials said they elevated their ties to a strategic partnership.'])).toEqual([]);
  });

  it('asks it of one party and the one its ties are with', () => {
    expect(asked(['Greece has upgraded its relations with India to a strategic partnership, Prime Minister Kyriakos Mitsotakis said in Athens.'], '2023-08-25')).toEqual([
      ['To what level did Greece upgrade its relations with India in August 2023?', 'strategic partnership'],
    ]);
  });

  it('asks nothing of ties raised to no named level, or by no named party', () => {
    expect(asked(['India and Kuwait decided to elevate their ties to a new partnership.'])).toEqual([]);
    expect(asked(['The two sides decided to elevate their ties to a strategic partnership.'])).toEqual([]);
    expect(asked(['The government raised the minimum support price to Rs 2,300 per quintal.'])).toEqual([]);
  });
});

describe('elevated ties: "the two countries" of the story', () => {
  it('asks the level where the pair is the story\'s two countries ("The two countries have resolved to elevate their ties …")', () => {
    const facts = factsOf(['During Prime Minister Narendra Modi\'s one-day visit to Greece, India and Greece decided to forge a stronger defence partnership.', 'The two countries have resolved to elevate their ties to a strategic partnership level.'], { title: 'India and Greece to boost defence cooperation', date: '2023-08-25' });
    const [f] = byPattern(facts, 'elevated-ties');
    expect(f.question).toMatch(/^To what level did (?:India and Greece|Greece and India) elevate their ties in August 2023\?$/);
    expect(f.answer).toBe('strategic partnership');
    // (A pair the story never names is no one's: nothing is asked.)
    expect(byPattern(factsOf(['The two countries have resolved to elevate their ties to a strategic partnership level.']), 'elevated-ties')).toEqual([]);
  });
});
