import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('reported-by: who reported a claim', () => {
  it('never asks which paper or agency carried a report (the rubric: "not the outlet that was told")', () => {
    const facts = factsOf([
      'A Xinhua report from Tokyo said Russia and Japan remained “at variance” over the missile defence system, in addition to its cost.',
    ]);
    expect(ask(facts, 'reported-by')).toEqual([]);
  });

  it('reads "According to the <ministry>" without a comma (stampede)', () => {
    const facts = factsOf(['According to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede near Mecca.']);
    expect(ask(facts, 'reported-by')).toContainEqual(['Which ministry reported that over 345 pilgrims have been killed in a stampede near Mecca?', 'Saudi Interior Ministry']);
  });

  it('asks nothing of a body\'s own statement, which tells its news like a tweet; a study\'s finding still', () => {
    expect(byPattern(factsOf(['An Indian Defence Ministry statement said that the 20th edition of exercise Yudh Abhyas began in Rajasthan.']), 'reported-by')).toEqual([]);
    expect(byPattern(factsOf(['The Army statement said the seventh edition of Exercise Shakti would be held in Meghalaya.']), 'reported-by')).toEqual([]);
    expect(ask(factsOf(['A World Bank report said that India would remain the fastest-growing major economy in 2025.']), 'reported-by')).toEqual([
      ['Which organisation reported that India would remain the fastest-growing major economy in 2025?', 'World Bank'],
    ]);
  });

  it('asks nothing of the body the story keeps naming, telling its own news ("According to ISRO, …" in a story about ISRO)', () => {
    const facts = factsOf([
      'ISRO said its Aditya-L1 spacecraft completed its first halo orbit on Tuesday.',
      'ISRO had launched the spacecraft in September.',
      'According to ISRO, the spacecraft takes 178 days to complete a revolution around the L1 point.',
    ]);
    expect(byPattern(facts, 'reported-by')).toEqual([]);
  });

  it('reads "According to <newspaper>, …" but asks nothing of it', () => {
    const facts = factsOf(['According to the New York Times, the carmaker had cut 2,000 jobs across Europe.']);
    expect(byPattern(facts, 'reported-by')).toEqual([]);
  });

  it('reads a trailing ", according to <body>"', () => {
    const facts = factsOf(['At least 12 people were killed in the landslide, according to the National Disaster Response Force.']);
    expect(ask(facts, 'reported-by')).toEqual([['Which organisation reported that at least 12 people were killed in the landslide?', 'National Disaster Response Force']]);
  });

  it('asks nothing when the source is a pronoun', () => {
    expect(byPattern(factsOf(['According to him, the talks in Dhaka went well.']), 'reported-by')).toEqual([]);
  });
});

describe('reported-by: a source with its short form in brackets', () => {
  it('never asks with the bracket left in the claim', () => {
    const facts = factsOf(['According to the India Meteorological Department (IMD), Cyclone Titli made landfall near Palasa in Srikakulam district on Thursday.']);
    for (const f of byPattern(facts, 'reported-by')) expect(f.question).not.toMatch(/\(IMD\)/);
  });
});

describe('reported-by: "According to the <body> data, …"', () => {
  it('never leaves "data," at the head of the claim', () => {
    const facts = factsOf(['According to the National Statistical Office data, the agriculture sector growth decelerated to 1.2 per cent in the September quarter.']);
    for (const f of byPattern(facts, 'reported-by')) expect(f.question).not.toMatch(/reported that data\b/);
  });

  it('never leaves the short form and "data," at the head of the claim, nor asks who read out a roll of figures', () => {
    const facts = factsOf(['According to the Election Commission of India (ECI) data, voter turnout was 79.4% in Nuapada, 50% in Budgam and 75.1% in Nagrota.']);
    expect(byPattern(facts, 'reported-by')).toEqual([]);
    const figures = factsOf(['Turnout was 79.4% in Nuapada, 50% in Budgam and 75.1% in Nagrota, according to the Election Commission of India.']);
    expect(byPattern(figures, 'reported-by')).toEqual([]);
  });

  it('never leaves a forecast\'s noun at the head of the claim ("According to ABC projections, …")', () => {
    const facts = factsOf(['According to ABC projections, coalition leader, Peter Dutton, has lost his seat in northern Brisbane, amid widespread losses.', 'According to CNN exit polls, the Democrats are set to keep the Senate in the midterm elections.']);
    for (const f of byPattern(facts, 'reported-by')) expect(f.question).not.toMatch(/reported that (?:projections|exit polls)\b/);
  });

  it('never leaves the source\'s possessive at the head of the claim ("According to the Election Commission\'s final count, …")', () => {
    const facts = factsOf(['According to the Election Commission’s final count, the Congress secured 40 out of 68 seats in the hill state.', "According to the Reserve Bank of India's annual report, currency in circulation rose by 7.8 per cent in the year."]);
    for (const f of byPattern(facts, 'reported-by')) expect(f.question).not.toMatch(/reported that ['’]?s\b/);
  });

  it('asks "Who said …?" of a person only where the article gives them a public office', () => {
    const by = (text: string) => ask(factsOf([text]), 'reported-by');
    expect(by('Hussain was admitted to the ICU of a hospital in San Francisco after experiencing heart problems, according to his friend Rakesh Chaurasia.')).toEqual([]);
    expect(by('Madiguda, a village 25 kilometres from Kalingapatnam, will be the site of the landfall, according to Special Relief Commissioner Pradeep Kr Jena.')).toEqual([]);
    expect(by('The launch parameters indicate that everything went as planned, according to ISRO Chairman S Somanath.')).toHaveLength(1);
  });
});

describe('reported-by: a roll of places', () => {
  it('is no claim to pin on its source ("According to the SDMA, cloudbursts were reported in Rakchham (Kinnaur), Thunag (Mandi), …")', () => {
    const roll = factsOf(['According to the State Disaster Management Authority, cloudbursts were reported in Rakchham (Kinnaur), Thunag (Mandi), Kutti Bypass and Old Market (Karsog), Rikki (Karsog), and Syathi (Dharampur).']);
    expect(byPattern(roll, 'reported-by')).toEqual([]);
    const list = factsOf(['According to the Election Commission, polling was held in Bihar, Jharkhand, Odisha, Assam, Punjab and Kerala on Monday.']);
    expect(byPattern(list, 'reported-by')).toEqual([]);
    const fix = factsOf(['According to the India Meteorological Department, the cyclone lay centred about 25 km north-northeast of Nellore, 20 km east of Kavali and 110 km south-southwest of Bapatla at 5.30 am.']);
    expect(byPattern(fix, 'reported-by')).toEqual([]);
    // (A claim of its own is still asked.)
    const claim = factsOf(['According to the Saudi Interior Ministry, over 345 pilgrims were killed in a stampede near Mecca on Thursday.']);
    expect(byPattern(claim, 'reported-by').length).toBe(1);
  });
});

describe('reported-by: a minister describing what the Cabinet approved', () => {
  it('is the telling of the decision ("According to … Minister Ashwini Vaishnaw, the BioE3 policy seeks to …")', () => {
    const facts = factsOf(['The Union Cabinet on Saturday approved the BioE3 policy for fostering biomanufacturing.', 'According to Information and Broadcasting Minister Ashwini Vaishnaw, the BioE3 policy seeks to include innovation-driven support for research and development across thematic sectors.'], { title: 'BioE3 policy for innovation-driven support to R&D given Cabinet nod' });
    expect(byPattern(facts, 'reported-by')).toEqual([]);
  });
});
