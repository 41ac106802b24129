import { describe, expect, it } from 'vitest';
import { ask, factsOf } from './facts-of.js';

describe('"the state\'s" in a story of one state', () => {
  it('is written as the state\'s own ("highlights Gujarat’s commitment to wildlife conservation")', () => {
    const facts = factsOf(['The 16th census of the lion population in Gujarat has concluded, officials said on Wednesday.', 'The latest count shows a total of 891 lions, a noteworthy achievement that highlights the state\'s commitment to wildlife conservation.'], { title: 'Census counts 891 Asiatic lions in Gujarat' });
    const lions = facts.find((f) => f.answer === '891');
    expect(lions?.question).toMatch(/highlights Gujarat’s commitment/);
  });
});

describe('"the state" in a report about one state', () => {
  it('is written as the state the article keeps naming, and two deputies are asked together', () => {
    const facts = factsOf([
      'Mohan Charan Majhi was sworn in as the first BJP chief minister of Odisha on Wednesday.',
      'This marks the end of 24 years of rule by Naveen Patnaik in Odisha.',
      'Along with Majhi, BJP leader Kanak Vardhan Singh Deo and Pravati Parida took oath as deputy chief ministers of the state.',
    ]);
    expect(ask(facts, 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who took oath as deputy chief ministers of Odisha?', 'Kanak Vardhan Singh Deo and Pravati Parida']);
  });

  it('asks two deputies together where an adverb of time follows their office ("… as Deputy Chief Ministers immediately after …")', () => {
    const facts = factsOf(['Bhajan Lal Sharma took oath as the Chief Minister of Rajasthan on Friday.', 'Diya Kumari and Prem Chand Bairwa were sworn-in as Deputy Chief Ministers immediately after Bhajan Lal Sharma took the oath.']);
    const asked = ask(facts, 'appointed');
    expect(asked.map(([, a]) => a)).not.toContain('Prem Chand Bairwa');
    expect(asked.map(([q]) => q).join(' ')).not.toMatch(/Ministers immediately/);
    expect(asked).toContainEqual([expect.stringMatching(/^Who were sworn in as Deputy Chief Ministers/), 'Diya Kumari and Prem Chand Bairwa']);
    // (Nor the second of a pair read with an office in the singular.)
    const one = ask(factsOf(['Arun Sao and Vijay Sharma were appointed Deputy Chief Minister of Chhattisgarh on Wednesday.']), 'appointed');
    expect(one.map(([, a]) => a)).not.toContain('Vijay Sharma');
  });

  it('names "the state cabinet" and "the state government" after the one state the headline names', () => {
    const facts = factsOf(
      ['The state cabinet on Friday approved the Gram Jal Yojana with an outlay of Rs 812 crore.', 'The state government will bear 60 per cent of the cost of each connection in Dumka.'],
      { title: 'Jharkhand cabinet clears water scheme' },
    );
    const clozes = facts.filter((f) => f.pattern === 'cloze').map((f) => f.question);
    expect(clozes.some((q) => q.startsWith('The Jharkhand cabinet on'))).toBe(true);
    expect(clozes.some((q) => q.startsWith('The Jharkhand government will bear'))).toBe(true);
  });

  it('names them capitalised too ("The state Cabinet, which met here on Friday, …"), also after "in"', () => {
    const facts = factsOf(
      ['The state Cabinet, which met here on Friday, decided to waive crop loans to the tune of Rs 31,000 crore.', 'Officials said the proposal was cleared in the state Cabinet without debate after 12 hours.'],
      { title: 'Telangana government waives Rs 31,000 crore in crop loans' },
    );
    expect(facts.find((f) => f.answer === 'Rs 31,000 crore')?.question).toMatch(/^The Telangana Cabinet, which met on Friday, decided/);
    for (const f of facts) expect(f.question).not.toMatch(/in Telangana Cabinet/);
  });

  it('is left alone when the headline names two states', () => {
    const facts = factsOf(['The state cabinet on Friday approved the Gram Jal Yojana with an outlay of Rs 812 crore.'], { title: 'Jharkhand and Bihar clear water schemes' });
    for (const f of facts) expect(f.question).not.toMatch(/Jharkhand cabinet|Bihar cabinet/);
  });

  it('is left alone when the article names no state twice', () => {
    const facts = factsOf(['Kanak Vardhan Singh Deo and Pravati Parida took oath as deputy chief ministers of the state on Wednesday in Bhubaneswar.']);
    for (const [q] of ask(facts, 'appointed')) expect(q).toContain('of the state');
  });
});

describe('"the state" where the body names other states once each, in passing', () => {
  it('is the state the headline names ("Hemant Soren takes oath as Jharkhand chief minister")', () => {
    const facts = factsOf([
      'Jharkhand Mukti Morcha leader Hemant Soren on Thursday took oath as the 14th chief minister of the state.',
      'Bihar’s Leader of Opposition Tejashwi Yadav and West Bengal Chief Minister Mamata Banerjee were also present at the ceremony.',
    ], { title: 'Hemant Soren takes oath as Jharkhand chief minister' });
    const lead = facts.filter((f) => f.sentenceIndex === 0).map((f) => (f.pattern === 'cloze' ? f.cloze : f.question));
    expect(lead.length).toBeGreaterThan(0);
    for (const t of lead) expect(t).toMatch(/chief minister of Jharkhand/);
    // (A state the body names twice is the story's, whatever the headline says.)
    const body = factsOf([
      'Naveen Patnaik on Thursday took oath as the chief minister of the state for a fifth term.',
      'Odisha voted in four phases, and Odisha’s BJD won 112 seats.',
    ], { title: 'Patnaik sworn in again' });
    for (const f of body.filter((x) => x.sentenceIndex === 0)) expect(f.pattern === 'cloze' ? f.cloze : f.question).toMatch(/of Odisha/);
  });
});

describe('"the state" of a report its dateline files from a city of one state', () => {
  it('is that state where the body names no other twice ("Bhopal" → Madhya Pradesh; the site by a name only its common noun marks)', () => {
    const paragraphs = [
      'The state government has notified Ratapani forest in Raisen district as a tiger reserve, officials said on Tuesday.',
      'Following directives of the Chief Minister, the Ratapani forest has been declared as the eighth tiger reserve of the state, the release said.',
    ];
    expect(ask(factsOf(paragraphs, { place: 'Bhopal' }), 'ordinal')).toContainEqual(['Which was declared as Madhya Pradesh’s eighth tiger reserve?', 'Ratapani']);
    // (Filed from Pune, the same words are Maharashtra's.)
    expect(ask(factsOf(paragraphs, { place: 'Pune' }), 'ordinal')).toContainEqual(['Which was declared as Maharashtra’s eighth tiger reserve?', 'Ratapani']);
    // (No dateline, no state named: nothing to say whose eighth it was.)
    expect(ask(factsOf(paragraphs), 'ordinal')).toEqual([]);
  });
});
