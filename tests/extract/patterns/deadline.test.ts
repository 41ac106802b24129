import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs), 'deadline');

describe('deadline: what deadline a court or government set, or how much time it gave', () => {
  it('a court\'s deadline written as "a three-month deadline for …", its body named whole ("the Supreme Court of India")', () => {
    expect(asked(['The Supreme Court of India has set a three-month deadline for the President to decide on Bills reserved for consideration by the Governor.'])).toEqual([
      ['What deadline did the Supreme Court of India set for the President to decide on Bills reserved for consideration by a Governor?', 'three months'],
    ]);
    expect(asked(['The National Green Tribunal has fixed a 90-day time limit for the Delhi Jal Board to clear the Bhalswa landfill.'])).toEqual([
      ['What deadline did the National Green Tribunal fix for the Delhi Jal Board to clear the Bhalswa landfill?', '90 days'],
    ]);
  });

  it('how much time a court gave someone to act', () => {
    expect(asked(['The Supreme Court on Monday gave the Centre four weeks to respond to the petitions against the Forest Amendment Act.'])).toEqual([
      ['How much time did the Supreme Court give the Centre to respond to the petitions against the Forest Amendment Act?', 'four weeks'],
    ]);
  });

  it('asks nothing of a deadline no court or government set, or of one that points back', () => {
    expect(asked(['Ravi Kapoor has set a two-week deadline for his team to finish the film in Goa.'])).toEqual([]);
    expect(asked(['The High Court has set a one-month deadline for it to be completed.'])).toEqual([]);
  });
});
