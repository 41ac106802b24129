import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs, { date: '2025-09-30' }), 'signed-on').map((f) => [f.question, f.answer]);

describe('signed-on: what an agreement is about', () => {
  it('asks the field of an MoU on cooperation, the signatories named', () => {
    expect(asked(['India and Saudi Arabia on Monday signed a memorandum of understanding on cooperation in renewable energy and green hydrogen in Riyadh.'])).toEqual([
      ['In which field did India and Saudi Arabia sign a memorandum of understanding on cooperation in September 2025?', 'renewable energy and green hydrogen'],
    ]);
  });

  it('asks the subject of an agreement signed by one or two parties', () => {
    // (Its field ends before "after talks between …".)
    expect(asked(['India and Mauritius on Tuesday signed a memorandum of understanding on maritime security after talks between the two leaders in Port Louis.'])).toContainEqual([
      'In which field did India and Mauritius sign a memorandum of understanding in September 2025?',
      'maritime security',
    ]);
    expect(asked(['India and Japan signed an agreement on defence equipment and technology transfer.'])).toEqual([
      ['In which field did India and Japan sign an agreement in September 2025?', 'defence equipment and technology transfer'],
    ]);
  });

  it('asks nothing without a field or without named parties', () => {
    expect(asked(['The two sides also signed an agreement on Monday in New Delhi.'])).toEqual([]);
    expect(asked(['They signed a memorandum of understanding on cooperation in agriculture.'])).toEqual([]);
  });
});

describe('signed-on: with which country an agreement named for two countries was concluded', () => {
  it('asks India\'s partner, by what was done ("announced the conclusion of", "signed")', () => {
    // (Neither country named most: the one the agreement's name writes first is the story's.)
    expect(asked(['Prime Minister Narendra Modi and Chilean President Rosa Vidal on Tuesday announced the conclusion of a landmark India-Chile Comprehensive Economic Partnership Agreement (CEPA).', 'India\'s exports to Chile rose to Rs 9,000 crore in 2024, India\'s commerce ministry said.'])).toContainEqual([
      'With which country did India conclude a Comprehensive Economic Partnership Agreement in September 2025?',
      'Chile',
    ]);
    expect(asked(['Ministers of the two countries signed the India-Oman Free Trade Agreement in Muscat on Monday, officials said.'])).toContainEqual([
      'With which country did India sign a Free Trade Agreement in September 2025?',
      'Oman',
    ]);
  });

  it('asks nothing of an agreement only talked about', () => {
    expect(asked(['Officials said talks on the India-Chile Comprehensive Economic Partnership Agreement would resume in May.']).filter(([q]) => q.startsWith('With'))).toEqual([]);
  });
});

describe('signed-on: an agreement by its name and short form', () => {
  it('asks which agreement the two signed, whatever its capitals ("inked the comprehensive economic and trade agreement (CETA)")', () => {
    const facts = factsOf([
      'India and Britain formally inked the comprehensive economic and trade agreement (CETA), known more popularly as the free trade agreement, on Thursday in London.',
      'India and the UAE signed the Bilateral Investment Treaty (BIT) in Abu Dhabi.',
      'India signed the agreement (CETA) with Britain later.',
    ]);
    const asked = ask(facts, 'signed-on');
    expect(asked).toContainEqual([expect.stringMatching(/^Which agreement did India and Britain sign/), 'Comprehensive Economic and Trade Agreement (CETA)']);
    expect(asked).toContainEqual([expect.stringMatching(/^Which agreement did India and the UAE sign/), 'Bilateral Investment Treaty (BIT)']);
    expect(asked.filter(([q]) => /^Which agreement did India sign/.test(q))).toEqual([]);
  });
});
