import { describe, expect, it } from 'vitest';
import { isWellFormed } from '../../src/extract/check-draft.js';

describe('isWellFormed: a count asked of a verb that wants what they were to do', () => {
  it('is cut before it ("How many entities did Sebi ask?"), while a whole question stands', () => {
    expect(isWellFormed('How many entities did Sebi ask?')).toBe(false);
    expect(isWellFormed('How many companies did the court order?')).toBe(false);
    expect(isWellFormed('How many entities did Sebi ask to refund the money?')).toBe(true);
    expect(isWellFormed('How many wickets did Ashwin take?')).toBe(true);
    // (A body or a person asked of such a verb too.)
    expect(isWellFormed('Which organisation did Court direct?')).toBe(false);
    expect(isWellFormed('Which organisation did the Supreme Court direct to disclose the details?')).toBe(true);
  });
});

describe('isWellFormed: a verb of saying with nothing said', () => {
  it('is a question cut before its quote ("Which Chief Minister … posted on X said?")', () => {
    expect(isWellFormed('Which Chief Minister of Gujarat posted on X (formerly Twitter) said?')).toBe(false);
    expect(isWellFormed('Which minister of Kerala in a statement added?')).toBe(false);
    expect(isWellFormed('Who said that the orbit insertion was carried out as intended?')).toBe(true);
  });
});

describe('a figure in brackets', () => {
  it('is never an answer ("Sachin Baby’s (98) efforts" → "(98)")', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(['In response, Rohan Kunnummal (61) and Sachin Baby’s (98) efforts were not enough to help Kerala past the first innings total of Vidarbha.']);
    expect(facts.some((f) => /^\(/.test(f.answer))).toBe(false);
  });
});

describe('isWellFormed: a possessive ending the question', () => {
  it('owns nothing ("… to attend India’s?")', () => {
    expect(isWellFormed('Who was the fourth Indonesian president to attend India’s?')).toBe(false);
    expect(isWellFormed("Which was the first state to adopt the country's?")).toBe(false);
    expect(isWellFormed('Who heads the Ministry of External Affairs?')).toBe(true);
    expect(isWellFormed('What is the strategy of Japan called ‘active pacifism’?')).toBe(true);
  });
});

describe('isWellFormed: a list whose verb the question took', () => {
  it('asks one of its members and prints the others ("Who won the Tri Nagar seat by 15,896 votes, Umang Bajaj from Rajinder Nagar by 1,231 votes?")', () => {
    expect(isWellFormed('Who won the Tri Nagar seat by 15,896 votes, Umang Bajaj from Rajinder Nagar by 1,231 votes, and Chandan Kumar Choudhary from Sangam Vihar by 344 votes?')).toBe(false);
    expect(isWellFormed('Who won the Tri Nagar seat by 15,896 votes?')).toBe(true);
    expect(isWellFormed('Who won from New Delhi, defeating Arvind Kejriwal by 4,089 votes?')).toBe(true);
  });
});

describe('a question with "today" before the day the text names', () => {
  it('asks of that day ("came into effect today, July 1, …" → "came into effect on July 1 …")', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(["Three new criminal laws came into effect today, July 1, in a move that will completely overhaul the country's criminal justice system."]);
    const questions = facts.filter((f) => f.pattern !== 'cloze').map((f) => f.question);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((q) => /\btoday\b/.test(q))).toBe(false);
    expect(questions.some((q) => /\bon July 1\b/.test(q))).toBe(true);
  });
});

describe('a question with a hedge set off by one comma', () => {
  it('reads without the stray comma ("… has, reportedly found …" → "… has reportedly found …")', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(['The CAG has, reportedly found serious breaches by KIIFB, particularly with its market borrowings, including a masala bond issue.']);
    const questions = facts.filter((f) => f.pattern !== 'cloze').map((f) => f.question);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((q) => /has, reportedly/.test(q))).toBe(false);
  });
});

describe('an answer that lists many names', () => {
  it('is too long to recall whole (eight ministers sworn in), while a pair or four stand', async () => {
    const { checkDraft } = await import('../../src/extract/check-draft.js');
    const draft = (answer: string) => ({ pattern: 'appointed', question: 'Who took oath as Cabinet ministers?', answer, answerType: 'person', sentenceIndex: 0, confidence: 0.9 }) as Parameters<typeof checkDraft>[0];
    const eight = 'Suresh Pujari, Rabinarayan Naik, Nityananda Gond, Krushna Chandra Patra, Prithiviraj Harichandan, Mukesh Mahaling, Bibhuti Bhusan Jena and Krushna Chandra Mohapatra';
    const key = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    expect(checkDraft(draft(eight), key(eight))).toBe('too long');
    const four = 'Suresh Pujari, Rabinarayan Naik, Nityananda Gond and Mukesh Mahaling';
    expect(checkDraft(draft(four), key(four))).toBeNull();
  });
});
