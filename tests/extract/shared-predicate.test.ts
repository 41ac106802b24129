import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

const asked = (paragraphs: string[]) => factsOf(paragraphs).filter((f) => f.pattern !== 'cloze').map((f) => `${f.question} → ${f.answer}`);

describe('a question the article answers of two people is not asked', () => {
  it('an award several players won ("Who won the Player of the Match award?")', () => {
    const qs = asked([
      'In the first match, Rohit Sharma scored a century against Australia. Rohit Sharma won the Player of the Match award.',
      'In the second match, Indian spinner Ravindra Jadeja took five wickets. Ravindra Jadeja won the Player of the Match award.',
    ]);
    expect(qs.filter((q) => q.startsWith('Who won the Player of the Match award'))).toEqual([]);
  });

  it('one booked for a foul and another booked for his foul', () => {
    const qs = asked([
      'Brazil faced Serbia at the Lusail Stadium on Thursday. Nikola Milenkovic was booked for a late tackle.',
      'In the second half, Brazilian midfielder Casemiro was booked for his late tackle on Dusan Tadic.',
    ]);
    expect(qs.filter((q) => /^Who was booked/.test(q))).toEqual([]);
  });

  it('still asks what only one person did, and what a pronoun repeats of the same person', () => {
    const qs = asked([
      'Neeraj Chopra won the gold medal in the javelin throw at the World Athletics Championships in Budapest.',
      'He won the gold medal in the javelin throw at the Olympics two years earlier.',
    ]);
    expect(qs.some((q) => q.startsWith('Who won the gold medal in the javelin throw') && q.endsWith('Neeraj Chopra'))).toBe(true);
  });
});
