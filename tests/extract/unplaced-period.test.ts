import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

const undated = (paragraphs: string[]) => factsOf(paragraphs, { date: '' });

describe('"this year" in an article without a date', () => {
  it('is said as the year the article states it means ("this year (2022)")', () => {
    const facts = undated([
      'India added 11 more wetlands to the list of Ramsar sites on Saturday.',
      'A total of 28 sites have been declared as Ramsar sites this year itself.',
      'Based on the dates of designation, the number is 19 for this year (2022) and 14 for the previous year, the ministry said.',
    ]);
    const asked = facts.filter((f) => f.sentenceIndex === 1);
    expect(asked.length).toBeGreaterThan(0);
    for (const f of asked) expect(`${f.question} ${f.cloze}`).not.toMatch(/this year/);
    expect(asked.some((f) => /in 2022/.test(f.question))).toBe(true);
  });

  it('asks nothing that leans on a period the article never places', () => {
    const facts = undated(["India's exports rose to a record $437 billion last year, the Commerce Ministry said in New Delhi on Monday.", 'Madhya Pradesh has 785 tigers, the census released in Bhopal found.']);
    expect(facts.filter((f) => f.sentenceIndex === 0)).toEqual([]);
    expect(facts.map((f) => f.answer)).toContain('785');
  });

  it('drops when a cited survey was conducted ("… conducted by the Gujarat government earlier this year"), and asks its figure', () => {
    const asses = undated(['The population of wild asses in Gujarat has been estimated at 7,672, as per the 10th Wild Ass Population Estimation conducted by the Gujarat government earlier this year.']);
    const asked = asses.filter((f) => f.answer === '7,672');
    expect(asked.length).toBeGreaterThan(0);
    for (const f of asked) expect(`${f.question} ${f.cloze}`).not.toMatch(/this year/);
  });

  it('drops a closing aside that compares with an unplaced period, and asks what the sentence states', () => {
    const tb = undated(['As per the report, India’s TB incidence rate now stands at 187 per one lakh population, an improvement from last year.']);
    const asked = tb.filter((f) => f.answer === '187');
    expect(asked.length).toBeGreaterThan(0);
    for (const f of asked) expect(`${f.question} ${f.cloze}`).not.toMatch(/last year/);
    const exports = undated(['Madhya Pradesh recorded 4,200 tiger sightings in the Ratapani reserve, up from 3,100 last year.']);
    expect(exports.some((f) => f.answer === '4,200' && !/last year/.test(f.cloze))).toBe(true);
    const ties = undated(['Both nations agreed to elevate bilateral relations to a Comprehensive Strategic Partnership ahead of the 60th anniversary of diplomatic relations, to be celebrated next year.']);
    expect(ties.some((f) => f.answer === 'Comprehensive Strategic Partnership' && !/next year/.test(f.cloze))).toBe(true);
    // (Not where the period is the sentence's own: its figure is the period's.)
    expect(undated(["India's exports rose to a record $437 billion last year, up 4 per cent, the ministry said."]).filter((f) => f.answer === '$437 billion')).toEqual([]);
  });

  it('says a dated article\'s periods as the years they mean', () => {
    const facts = factsOf(["India's exports rose to a record $437 billion last year, the Commerce Ministry said in New Delhi on Monday."], { date: '2024-03-01' });
    expect(facts.map((f) => f.answer)).toContain('$437 billion');
    expect(facts.every((f) => /in 2023/.test(f.cloze))).toBe(true);
  });
});

describe('"this year" beside the headline’s own figure', () => {
  it('keeps the figure the headline gives, asked as the article tells it', () => {
    const facts = factsOf(['The Republic Day parade this year will feature tableaux from 15 states and Union territories on Kartavya Path.'], { date: '', title: '15 states, 11 ministries gear up for RD tableaux at Kartavya Path' });
    expect(facts.some((f) => f.answer === '15')).toBe(true);
    // (A figure the headline does not give is still not asked.)
    const other = factsOf(['The Republic Day parade this year will feature tableaux from 15 states and Union territories on Kartavya Path.'], { date: '', title: 'Tableaux gear up for the parade' });
    expect(other.some((f) => f.answer === '15')).toBe(false);
  });

  it('keeps it where the headline spells it otherwise ("7.2 per cent" under "grows to 7.2%")', () => {
    const text = ['Brazil’s Gross Domestic Product (GDP) recorded the fastest quarterly growth this year at 5.4 per cent in October-December as against 4.1 per cent in the previous quarter.'];
    expect(factsOf(text, { date: '', title: 'Brazil’s GDP grows to 5.4% from 4.1%' }).some((f) => f.answer === '5.4 per cent')).toBe(true);
    expect(factsOf(text, { date: '', title: 'Brazil’s economy picks up' }).some((f) => f.answer === '5.4 per cent')).toBe(false);
  });
});

describe('"this year" beside the headline’s percentage of one digit', () => {
  it('keeps it ("grew 5 per cent in April this year" under "… production grows 5%"), not another figure', () => {
    const text = ['Factory output, as measured by the Index of Industrial Production (IIP) grew 5 per cent in April this year, the data released by the NSO showed.'];
    expect(factsOf(text, { date: '', title: 'India’s industrial production grows 5%' }).some((f) => f.answer === '5 per cent')).toBe(true);
    expect(factsOf(text, { date: '', title: 'India’s industrial production grows 6%' }).some((f) => f.answer === '5 per cent')).toBe(false);
  });
});

describe('a count made "this year" in an article without a date', () => {
  it('is asked as the count, the year it cannot place left out ("were counted this year", "in this year’s census")', () => {
    const facts = undated([
      'At least 1,757 salt-water crocodiles were counted this year along the water-bodies of the Mahanadi delta, the forest officer said.',
      'Lake Chilika recorded 11.3 lakh migratory birds in this year’s census, the forest department said.',
    ]);
    const answers = facts.map((f) => f.answer);
    expect(answers).toContain('1,757');
    expect(answers).toContain('11.3 lakh');
    for (const f of facts) expect(`${f.question} ${f.cloze}`).not.toMatch(/this year/);
    // (Not a change "this year" says happened: "prices rose this year" has no year to stand without.)
    expect(undated(['Onion prices rose 40 per cent this year, traders said.']).filter((f) => f.answer === '40 per cent')).toEqual([]);
  });
});

describe('"This year’s survey" opening a sentence of an undated article', () => {
  it('is "The survey", capitalised as the sentence opens', () => {
    const facts = undated(['This year’s survey reached 649,491 children across 17,997 villages in 605 rural districts, the report said.']);
    const survey = facts.find((f) => f.answer === '649,491');
    expect(survey?.question).toMatch(/^The survey reached _____ children/);
  });
});
