import { describe, expect, it } from 'vitest';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import { mcqItem, mcqPrompt } from '../../src/generate/items/mcq.js';
import { clozeItem } from '../../src/generate/items/cloze.js';
import { fact, real } from './helpers.js';

const AFGHAN = 'wikinews/wikinews-afghan.txt';

describe('multiple choice from a fill-in-the-blank', () => {
  it('asks which option fills the blank, after the sentence', () => {
    expect(mcqPrompt('Then England opened the scoring, when _____ scored.')).toBe(
      'Then England opened the scoring, when _____ scored. Which of the following fills the blank?',
    );
    expect(mcqPrompt('Who scored?')).toBe('Who scored?');
  });

  it('makes no item when the answer shows in the stem in another spelling ("U.S." for "United States")', () => {
    const sentence = real(AFGHAN, "The six - member Afghan team, which consists entirely of girls, had been denied visas to enter the United States until last week, drawing notice from critics of U.S. President Donald Trump's policies regarding Muslims traveling to the U.S.");
    const f = fact({
      pattern: 'cloze',
      question: sentence.replace('United States', '_____'),
      answer: 'United States',
      answerType: 'country',
      sentence,
    });
    const others = ['Canada', 'Mexico', 'Sweden', 'Brazil'].map((c) => fact({ question: 'x', answer: c, answerType: 'country', sentence: 'x' }));
    expect(mcqItem(f, buildDistractorPool([f, ...others]), 1)).toBeNull();
    expect(clozeItem(f)).toBeNull();
  });
});

describe('a blank stands for its answer when a pronoun points back', () => {
  it('keeps a cloze whose "it" or "she" reads back through the blank, and drops one with nothing before it', () => {
    const doc = 'A sensitive Environment Canada document was found wet on an Ottawa street by someone who gave it to the CBC.';
    expect(clozeItem(fact({ pattern: 'cloze', question: doc.replace('Environment Canada', '_____'), answer: 'Environment Canada', answerType: 'organisation', sentence: doc }))).not.toBeNull();
    const said = 'Sehar Memon also said she believed the movement helped the boy from Irving.';
    expect(clozeItem(fact({ pattern: 'cloze', question: said.replace('Sehar Memon', '_____'), answer: 'Sehar Memon', answerType: 'person', sentence: said }))).not.toBeNull();
    const bare = 'She said the movement helped the boy from Irving in Texas.';
    expect(clozeItem(fact({ pattern: 'cloze', question: bare.replace('Irving', '_____'), answer: 'Irving', answerType: 'place', sentence: bare }))).toBeNull();
  });
});

describe('acronyms are the same value as their expansion', async () => {
  const { isAcronymOf, sameValue } = await import('../../src/generate/equivalence.js');
  it('matches initials of the capitalised words', () => {
    expect(isAcronymOf('MPC', 'Monetary Policy Committee')).toBe(true);
    expect(isAcronymOf('RBI', 'Reserve Bank of India')).toBe(true);
    expect(isAcronymOf('RBI', 'Monetary Policy Committee')).toBe(false);
    expect(sameValue('Monetary Policy Committee', 'MPC', 'organisation')).toBe(true);
    // (A small word's letter in lower case among the capitals.)
    expect(isAcronymOf('MoHFW', 'Ministry of Health and Family Welfare')).toBe(true);
    expect(isAcronymOf('MoES', 'Ministry of Earth Sciences')).toBe(true);
    expect(isAcronymOf('MoES', 'Ministry of External Affairs')).toBe(false);
    // (An edition's year goes with either form.)
    expect(isAcronymOf('GHI 2023', 'Global Hunger Index')).toBe(true);
    expect(isAcronymOf('GHI 2023', 'Global Hunger Index 2023')).toBe(true);
    expect(isAcronymOf('GHI 2023', 'Global Peace Index')).toBe(false);
    // (A phase's number both forms end on.)
    expect(isAcronymOf('VVP II', 'Vibrant Villages Programme II')).toBe(true);
    expect(isAcronymOf('VVP II', 'Vibrant Villages Programme III')).toBe(false);
    expect(isAcronymOf('VVP II', 'Vibrant Villages Programme')).toBe(false);
  });

  it('matches a long given name by its short form alone ("Satwik" / "Satwiksairaj Rankireddy"), not any prefix', () => {
    expect(sameValue('Satwik', 'Satwiksairaj Rankireddy', 'person')).toBe(true);
    expect(sameValue('Satwiksairaj Rankireddy', 'Satwik', 'person')).toBe(true);
    expect(sameValue('Rahul', 'Rahul Gandhi', 'person')).toBe(true);
    expect(sameValue('Sam', 'Samuel Paty', 'person')).toBe(false);
  });

  it('matches a short form ending on the last word\'s second letter ("IISc"), and a name written with its short form', () => {
    expect(isAcronymOf('IISc', 'Indian Institute of Science')).toBe(true);
    expect(isAcronymOf('IISc', 'Indian Institute of Statistics')).toBe(false);
    expect(sameValue('Indian Institute of Science (IISc) Bengaluru', 'IISc Bengaluru', 'organisation')).toBe(true);
    expect(sameValue('Jawaharlal Nehru University (JNU)', 'Jawaharlal Nehru University', 'organisation')).toBe(true);
    expect(sameValue('Indian Institute of Science (IISc) Bengaluru', 'IIT Bombay', 'organisation')).toBe(false);
  });
});

describe('selection', async () => {
  const { conflict, setEntry } = await import('../../src/generate/set-conflicts.js');
  const base = { id: 'a', articleId: 'x', factId: 'f1', type: 'cloze' as const, sentence: 'On Tuesday, the New Zealand government announced a process.', answerType: 'place' as const, score: 0.5, tags: ['cloze'] };
  it('treats two items of one sentence with overlapping answers as one fact asked twice', () => {
    const a = setEntry({ ...base, question: 'On Tuesday, the _____ government announced a process.', answer: 'New Zealand' });
    const b = setEntry({ ...base, id: 'b', factId: 'f2', type: 'short', question: 'Which government announced a process?', answer: 'the New Zealand government' });
    const c = setEntry({ ...base, id: 'c', factId: 'f3', question: 'On _____, the New Zealand government announced a process.', answer: 'Tuesday' });
    expect(conflict(a, b)).toBe(true);
    // Different answers, but each prints the other's: one gives the other away.
    expect(conflict(a, c)).toBe(true);
  });
  it('sees an acronym answer spelled out in another item, and a name in its acronym', () => {
    const short = setEntry({ ...base, id: 'p', factId: 'p1', type: 'short', question: 'Which scheme got ₹6,520 crore?', answer: 'PMKSY', answerType: 'term', sentence: 's7' });
    const spelled = setEntry({ ...base, id: 'q', factId: 'q1', question: 'The Cabinet approved ₹6,520 crore for the Pradhan Mantri Kisan Sampada Yojana on _____.', answer: 'Friday', sentence: 's8' });
    const named = setEntry({ ...base, id: 'r', factId: 'r1', question: 'The outlay for the _____ is ₹6,520 crore.', answer: 'Pradhan Mantri Kisan Sampada Yojana', answerType: 'term', sentence: 's9' });
    const acronym = setEntry({ ...base, id: 's', factId: 's1', question: 'PMKSY covers _____ food testing labs.', answer: '100', answerType: 'number', sentence: 's10' });
    const unrelated = setEntry({ ...base, id: 't', factId: 't1', question: 'The Pradhan Mantri Awas Yojana built _____ houses.', answer: '2 crore', answerType: 'number', sentence: 's11' });
    expect(conflict(short, spelled)).toBe(true);
    expect(conflict(named, acronym)).toBe(true);
    expect(conflict(short, unrelated)).toBe(false);
  });

  it('sees a name printed with its short form in brackets inside it ("the Employment Linked Incentive (ELI) Scheme")', () => {
    const named = setEntry({ ...base, id: 'e', factId: 'e1', question: 'The _____ will be implemented with an outlay of Rs 1.07 lakh crore.', answer: 'Employment Linked Incentive Scheme', answerType: 'term', sentence: 's12' });
    const listed = setEntry({ ...base, id: 'l', factId: 'l1', question: 'The approvals include the Employment Linked Incentive (ELI) Scheme and a project in _____.', answer: 'Tamil Nadu', sentence: 's13' });
    const other = setEntry({ ...base, id: 'o', factId: 'o1', question: 'The approvals include the Research Development and Innovation (RDI) Scheme and a project in _____.', answer: 'Tamil Nadu', sentence: 's14' });
    expect(conflict(named, listed)).toBe(true);
    expect(conflict(named, other)).toBe(false);
  });

  it('sees an answer in another item’s options, in any spelling', () => {
    const mcq = setEntry({ ...base, type: 'mcq', question: 'Which country …?', answer: 'Japan', options: ['Japan', 'China', 'U.S.', 'India'], sentence: 's1' });
    const short = setEntry({ ...base, id: 'b', factId: 'f2', type: 'short', question: 'Who is the President?', answer: 'United States', sentence: 's2' });
    const other = setEntry({ ...base, id: 'c', factId: 'f3', type: 'short', question: 'Who is the President?', answer: 'Brazil', sentence: 's3' });
    expect(conflict(mcq, short)).toBe(true);
    expect(conflict(mcq, other)).toBe(false);
  });
  it('sees a person in another item called by the given name alone, but not a namesake’s full name', () => {
    const who = setEntry({ ...base, type: 'short', question: 'Who won the title?', answer: 'Divya Deshmukh', answerType: 'person', sentence: 's1' });
    const alone = setEntry({ ...base, id: 'b', factId: 'f2', question: 'Divya, who hails from Nagpur in _____, won the tie-breaks.', answer: 'Maharashtra', sentence: 's2' });
    const namesake = setEntry({ ...base, id: 'c', factId: 'f3', question: 'Divya Kakran won the bronze in _____.', answer: 'Budapest', sentence: 's3' });
    expect(conflict(who, alone)).toBe(true);
    expect(conflict(who, namesake)).toBe(false);
  });
});

describe('a relative is asked as a short answer', () => {
  it('makes no multiple choice of "Who is the singer’s brother?"', async () => {
    const { mcqItem } = await import('../../src/generate/items/mcq.js');
    const { buildDistractorPool } = await import('../../src/generate/distractor-pool.js');
    const fact = { id: 'f', articleId: 'a', pattern: 'relation' as const, question: 'Who is the legendary singer’s brother?', answer: 'Hridaynath Mangeshkar', answerType: 'person' as const, sentence: "Lata Mangeshkar's brother Hridaynath Mangeshkar lit the funeral pyre.", sentenceIndex: 0, cloze: '', score: 0.5, related: ['Narendra Modi', 'Shah Rukh Khan', 'Ajit Pawar', 'Sachin Tendulkar'] };
    expect(mcqItem(fact, buildDistractorPool([fact]), 1)).toBeNull();
  });
});

describe('a long sentence as a cloze', () => {
  // 53 words: over the length of a recall card, but a newspaper's lead runs that long.
  const lead = 'A five-judge Constitution Bench of the Supreme Court headed by Chief Justice Ravi Menon, in a unanimous judgment on Friday, held that States have the power to levy a cess on mineral rights under Entry 50 of the State List in order to fund the welfare of their own mining districts and villages.';
  const card = (sentenceIndex: number) => clozeItem(fact({ pattern: 'cloze', question: '', answer: 'Entry 50', answerType: 'term', sentence: lead, sentenceIndex }));

  it('is made from the lead, where the news is, and not from a later sentence', () => {
    expect(lead.split(/\s+/).length).toBeGreaterThan(50);
    expect(card(0)).not.toBeNull();
    expect(card(4)).toBeNull();
  });
});
