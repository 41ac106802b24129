import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';
import { impliedActor } from '../../src/lexicon/index.js';

const answers = (text: string) => factsOf([text], { date: '2023-05-11' }).map((f) => f.answer);

describe('a body its own sentence gives away is not asked', () => {
  it('the Supreme Court of a verdict, a bench, a plea; a High Court stays the news', () => {
    expect(answers('In a 4:1 verdict the Supreme Court lifted a century-old ban on the entry of women into the Sabarimala temple.')).not.toContain('Supreme Court');
    expect(answers('The Supreme Court on Thursday dismissed a plea for a re-test of the NEET-UG 2024 examination.')).not.toContain('Supreme Court');
    expect(impliedActor('Supreme Court', 'The survey was stayed by the Supreme Court till July 26 after the committee moved the top court.')).toBe(true);
    expect(answers('In a verdict on Thursday, the Bombay High Court acquitted all 12 accused in the 2006 train blasts case.')).toContain('Bombay High Court');
  });

  it('the Election Commission of results and polls, the Union Cabinet of an approval, Parliament of a bill', () => {
    expect(answers('The Election Commission is yet to declare the results of all 234 constituencies in Tamil Nadu.')).not.toContain('Election Commission');
    expect(answers('The Union Cabinet on Wednesday approved the PM-eBus Sewa scheme with an outlay of Rs 57,613 crore.')).not.toContain('Union Cabinet');
    expect(answers('Parliament passed the Waqf (Amendment) Bill after a 12-hour debate in the Rajya Sabha on Friday.')).not.toContain('Parliament');
    expect(answers('The slowdown comes at a time when Parliament has been holding day-long discussions on the economy in New Delhi.')).not.toContain('Parliament');
  });

  it('the Government of India of an approval or a scheme it implements', () => {
    expect(answers('The Government of India has approved the Pradhan Mantri Awaas Yojana for 2024-29 to build 2 crore additional houses in rural areas.')).not.toContain('Government of India');
  });

  it('"the _____ pandemic" is COVID-19 to every reader', () => {
    expect(answers('The Chief Justice steered the Supreme Court through months of the COVID-19 pandemic before retiring in Delhi.')).not.toContain('COVID-19');
  });

  it('the same bodies stay askable where the sentence does not say what they do', () => {
    expect(impliedActor('Supreme Court', 'Justice Khanna was elevated to the Supreme Court in January 2019.')).toBe(false);
    expect(impliedActor('Reserve Bank of India', 'Sanjay Malhotra will head the Reserve Bank of India for three years.')).toBe(false);
    expect(impliedActor('Reserve Bank of India', 'The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent.')).toBe(true);
    expect(impliedActor('ISRO', 'Separate MoUs were signed between ISRO and ISA for cooperation in electric propulsion for small satellites.')).toBe(false);
    expect(impliedActor('ISRO', 'Come August end, ISRO will launch its weather satellite INSAT-3DR.')).toBe(true);
  });
});
