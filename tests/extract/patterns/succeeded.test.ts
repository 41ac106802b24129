import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs), 'succeeded');

describe('succeeded: whom a new office-holder succeeded, in the office the article says they took', () => {
  it('the one whose retirement the new holder took charge after ("after incumbent R Hari Kumar retired")', () => {
    expect(asked(['Admiral Dinesh Kumar Tripathi on Tuesday assumed charge as the 26th Navy chief after incumbent R Hari Kumar retired from service.'])).toEqual([
      ['Whom did Dinesh Kumar Tripathi succeed as Navy chief?', 'R Hari Kumar'],
    ]);
    expect(asked(['General Upendra Dwivedi took over as the Chief of the Army Staff on Sunday, following outgoing General Manoj Pande who superannuated after a 40-year career.']).map(([, a]) => a)).toEqual([]);
    expect(asked(['General Upendra Dwivedi took over as the Chief of the Army Staff on Sunday after outgoing General Manoj Pande retired.'])).toEqual([
      ['Whom did Upendra Dwivedi succeed as Chief of the Army Staff?', 'Manoj Pande'],
    ]);
  });

  it('an opening "He" carries on the one sworn in; the office loses its number', () => {
    expect(asked(['Justice Meera Anand was sworn in as the 27th Chief Justice of the Gauhati High Court on Friday. She has succeeded Justice P K Bora.'])).toEqual([
      ['Whom did Meera Anand succeed as Chief Justice of the Gauhati High Court?', 'P K Bora'],
    ]);
  });

  it('a named successor who "replaced" or "took over from" someone, the office from an earlier sentence', () => {
    expect(
      asked(['Vice Admiral Arun Sethi took charge as the Chief of the Naval Staff on Tuesday.', 'Sethi replaced Admiral Kiran Desai, who retired after 40 years of service.']),
    ).toEqual([['Whom did Arun Sethi succeed as Chief of the Naval Staff?', 'Kiran Desai']]);
    expect(asked(['Ravi Menon was appointed the Chairman of the Railway Board on Monday.', 'Ravi Menon took over from Alka Iyer on Wednesday.'])).toEqual([
      ['Whom did Ravi Menon succeed as Chairman of the Railway Board?', 'Alka Iyer'],
    ]);
  });

  it('a succession still to come, told in a relative clause', () => {
    expect(asked(['Neel Kapoor, who was appointed the Governor of the Reserve Bank of India on Monday, will succeed Farah Das on December 11.'])).toEqual([
      ['Whom will Neel Kapoor succeed as Governor of the Reserve Bank of India?', 'Farah Das'],
    ]);
  });

  it('asks nothing without the office, nor of a thing replaced', () => {
    expect(asked(['Anil Rao succeeded Vikram Shah, officials said on Monday.'])).toEqual([]);
    expect(asked(['The Bharatiya Nyaya Sanhita was passed by Parliament in December. It replaced the Indian Penal Code, which dated from 1860.'])).toEqual([]);
  });
});

describe('succeeded: "… as the 26th governor of … replacing governor X"', () => {
  it('asks whom the one appointed replaced, in the office the sentence gives', () => {
    const facts = factsOf(['The government on Monday announced the appointment of revenue secretary Sanjay Malhotra as the 26th governor of the Reserve Bank of India (RBI) replacing governor Shaktikanta Das.']);
    expect(ask(facts, 'succeeded')).toEqual([['Whom did Sanjay Malhotra succeed as governor of the Reserve Bank of India?', 'Shaktikanta Das']]);
    // (Not a thing replaced: "replacing the old building" names no one.)
    expect(ask(factsOf(['The ministry approved a new hospital in Pune replacing the old district hospital.']), 'succeeded')).toEqual([]);
  });
});

describe('succeeded: named with the office held before the name', () => {
  it('asks the office taken after "as", and the incumbent succeeded', () => {
    const facts = factsOf([
      'The Centre on Saturday named Finance Secretary T V Somanathan as the new cabinet secretary for a tenure of two years.',
      'He will succeed incumbent Rajeev Gauba, who completes his five-year term on the top bureaucratic post this month-end.',
    ], { title: 'Finance Secretary T V Somanathan named new cabinet secretary' });
    expect(ask(facts, 'succeeded')).toContainEqual(['Whom will T V Somanathan succeed as cabinet secretary?', 'Rajeev Gauba']);
    expect(ask(facts, 'succeeded').map(([q]) => q).join(' ')).not.toMatch(/as Finance Secretary/);
  });
});
describe('succeeded: the office the succession is in', () => {
  it('is the one taken nearest the succession, never an earlier post the article tells', () => {
    const facts = factsOf([
      'Parameswaran Iyer will take over as the Executive Director of the World Bank for three years. He will replace Rajesh Khullar, a 1988-batch IAS officer.',
      'A little over seven months after he was appointed the Niti Aayog’s chief executive officer, Parameswaran Iyer was on Monday moved out of the role.',
    ], { date: '2023-02-20' });
    const asked = ask(facts, 'succeeded');
    expect(asked).toContainEqual(['Whom will Parameswaran Iyer succeed as Executive Director of the World Bank?', 'Rajesh Khullar']);
    for (const [q] of asked) expect(q).not.toMatch(/Niti Aayog/);
  });
});


describe('succeeded: an office of a body in lower case, the successor called by an age', () => {
  it('asks whom "the 35-year-old will succeed" as chairman of the body the article says they were elected to', () => {
    const qs = asked([
      'Jay Shah has been elected as the new chairman of the International Cricket Council, becoming the youngest ever to reach this position.',
      'The 35-year-old will succeed New Zealander Greg Barclay as chairman of the cricket governing body after Barclay decided not to run for a third term.',
    ]);
    expect(qs).toContainEqual(['Whom will Jay Shah succeed as chairman of the International Cricket Council?', 'Greg Barclay']);
    const fifa = asked(['Maria Costa was elected president of the Asian Hockey Federation on Monday.', 'The 52-year-old succeeds Fumio Ogura, who served two terms.']);
    expect(fifa).toContainEqual(['Whom did Maria Costa succeed as president of the Asian Hockey Federation?', 'Fumio Ogura']);
    // ("He held additional charge as the Governor of Odisha … Malik succeeded S.C. Jamir in the role": the office held nearest.)
    expect(asked([
      'Satyapal Malik was appointed Governor of Jammu and Kashmir in August 2018.',
      'He held additional charge as the Governor of Odisha from March 21, 2018 to May 28, 2018 while serving as the Governor of Bihar.',
      'Malik succeeded S.C. Jamir in the role.',
    ])).toContainEqual(['Whom did Satyapal Malik succeed as Governor of Odisha?', 'S.C. Jamir']);
    // (An age and no office the article says was taken: nothing to ask.)
    expect(asked(['Maria Costa spoke at the meeting on Monday.', 'The 52-year-old succeeds Fumio Ogura, who served two terms.'])).toEqual([]);
  });
});
