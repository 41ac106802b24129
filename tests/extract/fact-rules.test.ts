import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('sentences that must give no item', () => {
  it('a question in the text gives no fact', () => {
    expect(factsOf(['Will India win the next World Cup in Australia?'])).toEqual([]);
  });

  it('every fact obeys the rules: answer not in question, no dangling pronoun, well formed', () => {
    const facts = factsOf([
      'He said they would visit it soon.',
      'This was the first time such an event happened in the city.',
      'Russia and Japan have agreed to conduct the first ever anti-terrorism exercises between their navies.',
    ]);
    for (const f of facts) {
      if (f.pattern === 'cloze') continue;
      expect(f.question).toMatch(/^[A-Z].*\?$/);
      expect(f.question.toLowerCase()).not.toContain(f.answer.toLowerCase());
      expect(f.question).not.toMatch(/\b(he|they|it|this)\b/i);
      // "their" only where the question itself names who ("Russia and Japan … their navies").
      if (/\btheir\b/.test(f.question)) expect(f.question).toMatch(/(^Which two|[A-Z]\w+ and [A-Z]\w+ ).*\btheir\b/);
    }
  });
});

describe('a list of countries the question names one of', () => {
  it('is no answer ("Which two countries … on US President Donald Trump’s visit?" → India and the United States)', () => {
    const facts = factsOf(['India and the United States inked three memorandums of understanding on Tuesday in New Delhi on US President Donald Trump’s second day of his visit to the country.']);
    expect(facts.filter((f) => f.pattern !== 'cloze' && f.answer === 'India and the United States')).toEqual([]);
  });

  it('still asks a pair the question does not name ("Which two countries signed …?" → Japan and Australia)', () => {
    const facts = factsOf(['Japan and Australia signed a reciprocal access agreement on Monday in Tokyo to deepen defence ties.']);
    expect(facts.some((f) => f.pattern !== 'cloze' && f.answer === 'Japan and Australia')).toBe(true);
  });
});

describe('a sentence that carries on an earlier year', () => {
  it('is not asked without it ("In the 2017 polls, Congress won 77 seats … On the other hand, AAP emerged …")', () => {
    const facts = factsOf(['In the 2017 Punjab Assembly polls, Congress won 77 seats in the 117-member House.', 'On the other hand, AAP emerged as the second-largest party with 20 seats.']);
    expect(facts.filter((f) => f.sentenceIndex === 1)).toEqual([]);
  });
});

describe('a clause cut from a list', () => {
  it('keeps a finite verb ("the coalition of … led by SS Dhindsa" is no clause)', () => {
    const facts = factsOf(["Karnataka saw a three-cornered fight with key players being Congress, Janata Dal (Secular), and the alliance of former chief minister Captain Arjun Rao's Karnataka Lok Party and JD (United) led by KS Patil."]);
    expect(facts.filter((f) => /^The alliance of/.test(f.cloze))).toEqual([]);
  });

  it('takes no bare participle for a verb (", and data-based disclosures …, including the grant of …")', () => {
    const facts = factsOf(['The bench had asked the Ministry of External Affairs for figures on visas issued since 2015, and data-based answers on many questions, including the grant of visas to students and workings of the Passport Seva Kendras.']);
    expect(facts.filter((f) => /^\{?\{?(?:c1::)?Data-based/i.test(f.cloze))).toEqual([]);
  });
});

describe('a count while counting goes on', () => {
  it('is no result ("Congress has won 48 seats, and is leading in 16 more constituencies")', () => {
    const facts = factsOf([
      'The Congress tasted success in Telangana by securing 64 seats in the 119-seat Assembly.',
      'According to the Election Commission, Congress has won 48 seats, and is leading in 16 more constituencies, while the BRS won 26 seats.',
      'The BJP bagged 7 seats and is leading in one more constituency.',
    ]);
    expect(facts.filter((f) => f.sentenceIndex > 0)).toEqual([]);
    expect(facts.some((f) => f.answer === '64')).toBe(true);
  });
});

describe('a question cut before its clause', () => {
  it('never ends on "when?"', () => {
    const facts = factsOf(['Nishi Vasudeva was the first woman to head an oil company when, in 2014, she took over the reins of Hindustan Petroleum Corporation Ltd.']);
    expect(facts.filter((f) => /\bwhen\?$/.test(f.question))).toEqual([]);
  });
});

describe('a count more than another', () => {
  it('is no figure of its own ("At least 90 more families have to be evacuated", "22 more deaths were reported")', () => {
    const facts = factsOf(['Over 60 families in the sinking town have been evacuated to relief centres, a senior official said on Sunday.', 'At least 90 more families have to be evacuated.', 'The death toll in Kerala touched 357 as 22 more deaths were reported on Saturday.']);
    expect(facts.filter((f) => f.answer === '90' || f.answer === '22')).toEqual([]);
    expect(facts.some((f) => f.answer === '357')).toBe(true);
  });
});

describe('a local officer', () => {
  it('holds no office to learn ("Who was the Commissioner of Garhwal?"), while a Chief Minister does', () => {
    const facts = factsOf(['The local administration has set up relief centres at five places in the town, Garhwal Commissioner Sushil Kumar said.', 'Uttarakhand Chief Minister Pushkar Singh Dhami visited the town on Saturday.']);
    const offices = facts.filter((f) => f.pattern === 'office').map((f) => f.answer);
    expect(offices).not.toContain('Sushil Kumar');
    expect(offices).toContain('Pushkar Singh Dhami');
  });
});

describe('a count more than another, given by the headline', () => {
  it('is the news ("Four more wetlands designated Ramsar sites")', () => {
    const facts = factsOf(['The Union Environment Ministry on Sunday said that four more wetlands in the country have been designated Ramsar sites.'], { title: 'Four more wetlands get Ramsar tag' });
    expect(facts.some((f) => f.answer === 'four')).toBe(true);
  });
});

describe('an item of a list cut at its semicolon is no clause', () => {
  it('"…; Ravi Rao (BRS leader) in the excise policy-related irregularities; …" gives no cloze of that item', () => {
    const facts = factsOf(['The agency has made several high-profile arrests under the PMLA, including those of AAP leaders Arvind Kejriwal and Sanjay Singh; Ravi Rao (BRS leader) in the excise policy-related irregularities; and Hemant Soren in a land case.']);
    expect(facts.some((f) => /^\{\{c1::Ravi Rao\}\} \(BRS leader\)/.test(f.cloze))).toBe(false);
  });
});

describe('a question told against the report’s own day', () => {
  it('is not asked ("How many bodies were recovered since the morning?")', () => {
    const facts = factsOf(['The toll in the Godavari boat capsize rose to 37 on Wednesday.', 'Ten bodies were recovered since the morning, officials said.']);
    expect(facts.some((f) => f.pattern !== 'cloze' && /since the morning/.test(f.question))).toBe(false);
  });
});


describe('a count\'s snapshot on result day', () => {
  it('is no fact: the final result replaces it ("Jagan Reddy is currently leading in his Pulivendula seat")', () => {
    const facts = factsOf([
      'The Telugu Desam Party is set to make a comeback to power in Andhra Pradesh with a landslide victory.',
      'However, Jagan Reddy is currently leading in his Pulivendula seat.',
      'The YSRCP is leading on four while the BJP is leading on three.',
    ]);
    expect(facts.filter((f) => f.sentenceIndex > 0)).toEqual([]);
    expect(facts.length).toBeGreaterThan(0);
  });
});

describe('how a release\'s figures were gathered', () => {
  it('is its method, no fact ("The price data … are collected from 1114 urban markets …")', () => {
    const facts = factsOf([
      'CPI inflation for May 2025 declined to 2.82 per cent, the lowest since February 2019.',
      'The price data for collating the CPI figures are collected from 1114 urban markets and 1181 villages through personal visits by field staff of the Field Operations Division of NSO on a weekly roster.',
      'During the month, NSO collected prices from 100 per cent of villages and 98.6 per cent of urban markets.',
    ], { title: 'CPI inflation down to 2.82% in May 2025' });
    expect(facts.filter((f) => f.sentenceIndex > 0)).toEqual([]);
    expect(facts.some((f) => f.answer === '2.82 per cent')).toBe(true);
  });
});

describe('praise of someone\'s progress', () => {
  it('gives no item ("Aditi has taken some rapid strides in her promising career already")', () => {
    const facts = factsOf(['The 17-year-old Aditi Swami has taken some rapid strides in her promising career already in Berlin.', 'Jyothi Surekha Vennam has come a long way since her debut at the 2011 Asian Championships in Tehran.']);
    expect(facts).toEqual([]);
  });
});

describe('the names related to an untitled person', () => {
  it('leave out the office-holders the article names ("Prime Minister Narendra Modi" beside the temple\'s deity)', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf([
      'Prime Minister Narendra Modi congratulated the nation on the announcement on Sunday.',
      'The temple was built during the reign of Recharla Rudra, a general of Ganapati Deva.',
      'Ramalingeswara Swamy is the presiding deity of the temple.',
    ]);
    const deity = facts.find((f) => f.answer === 'Ramalingeswara Swamy');
    expect(deity?.related ?? []).not.toContain('Narendra Modi');
    // (A person with an office keeps the other office-holders.)
    const cm = factsOf(['Mohan Yadav was sworn in as the Chief Minister of Madhya Pradesh on Wednesday.', 'Prime Minister Narendra Modi attended the ceremony in Bhopal.']).find((f) => f.answer === 'Mohan Yadav');
    expect(cm?.related ?? []).toContain('Narendra Modi');
  });
});

describe('a launch asked by its kind alone beside the record of the thing launched', () => {
  it('gives way to the record ("Which system did the Centre launch?" beside "Which is the world’s highest-resolution … model?")', () => {
    const facts = factsOf(['The Centre launched the Bharat Forecast System (BFS) on Monday, the world’s highest-resolution numerical weather prediction model with a spatial resolution of 6 kilometers.'], { date: null });
    expect(facts.filter((f) => f.pattern === 'launched').map((f) => f.question)).toEqual([]);
    expect(facts.filter((f) => f.pattern === 'superlative').map((f) => f.answer)).toEqual(['Bharat Forecast System']);
    const bridge = factsOf(['The Chief Minister inaugurated the Zojila Tunnel on Sunday, Asia’s longest bi-directional tunnel, in Ladakh.'], { date: null });
    expect(bridge.filter((f) => f.pattern === 'launched' && /^Which tunnel did .+ inaugurate\?$/.test(f.question))).toEqual([]);
  });
});

describe('a turn against the sentence before', () => {
  it('goes from the card ("Nonetheless, the _____ received two orders …" → "The _____ received …")', () => {
    const facts = factsOf(['The Supreme Court on Friday rejected all petitions seeking full verification of EVM votes.', 'Nonetheless, the Election Commission received two orders from the Supreme Court.']);
    const ec = facts.find((f) => f.answer === 'Election Commission' && f.pattern === 'cloze');
    expect(ec?.question).toBe('The _____ received two orders from the Supreme Court.');
  });
});
