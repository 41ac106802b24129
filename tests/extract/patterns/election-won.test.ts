import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from '../facts-of.js';

const won = (paragraphs: string[], date = '2021-05-02') => byPattern(factsOf(paragraphs, { date }), 'election-won').map((f) => [f.question, f.answer]);

describe('election-won: who won an election', () => {
  it('"won a convincing victory over archrival X in Tamil Nadu": the assembly election the story reports', () => {
    expect(won(['After a decade in Opposition, the DMK won a convincing victory over archrival AIADMK in Tamil Nadu.', 'Counting of votes in the April 6 assembly election went on till late on Sunday.'])).toEqual([
      ['Which party won the assembly election in Tamil Nadu in May 2021?', 'Dravida Munnetra Kazhagam'],
    ]);
  });

  it('"registered a resounding victory in the Bihar Assembly elections": the election as named; an alliance is asked as one', () => {
    expect(won(['The ruling National Democratic Alliance (NDA) registered a resounding victory in the Bihar Assembly elections, winning 202 of the 243 seats.'], '2025-11-14')).toEqual([
      ['Which alliance won the Bihar Assembly elections in November 2025?', 'National Democratic Alliance'],
    ]);
  });

  it('"has returned to power in Himachal Pradesh", "retained power in Kerala"', () => {
    expect(won(['The Congress party has returned to power in Himachal Pradesh after securing 40 seats in the 68-member Legislative Assembly.'], '2022-12-08')).toEqual([
      ['Which party returned to power in Himachal Pradesh in December 2022?', 'Congress'],
    ]);
    expect(won(['In a historic victory, the Left Democratic Front (LDF) retained power in Kerala by winning 99 seats in the Assembly polls.'])).toEqual([
      ['Which alliance retained power in Kerala in May 2021?', 'Left Democratic Front'],
    ]);
  });

  it('"The BJP-led Mahayuti alliance on Saturday retained power": the alliance named in its own tongue, the day between', () => {
    expect(won(['The BJP-led Mahayuti alliance on Saturday retained power in Maharashtra, winning a clear majority in the assembly polls.', 'The Congress-led Maha Vikas Aghadi trailed far behind.'], '2024-11-23')).toEqual([
      ['Which alliance retained power in Maharashtra in November 2024?', 'Mahayuti'],
    ]);
  });

  it('asks nothing of an earlier election, a seat rather than a state, or a win outside an election story', () => {
    expect(won(['In 2016, the AIADMK had won a narrow victory in Tamil Nadu in the assembly polls.'])).toEqual([]);
    expect(won(['In the Karnataka by-elections the Congress claimed victory on the Hangal seat.'])).toEqual([]);
    expect(won(['The company won a legal victory in Maharashtra when the tribunal set aside the order.'])).toEqual([]);
  });
});

describe('election-won: an alliance a party leads, while the counting goes on', () => {
  it('"Hemant Soren\'s JMM-led alliance stormed back to power …, winning 52 seats and leading in four others"', () => {
    const text = ['Ravi Kumar’s JMM-led alliance stormed back to power in Jharkhand on Saturday, winning 52 seats and leading in four others in the 81-member assembly.'];
    expect(won(text, '2024-11-23')).toEqual([['Which party led the alliance that stormed back to power in Jharkhand in November 2024?', 'Jharkhand Mukti Morcha']]);
    // (The count is the counting's, not the result: no seats asked, least of all of the man.)
    expect(byPattern(factsOf(text, { date: '2024-11-23' }), 'seats')).toEqual([]);
  });
});
