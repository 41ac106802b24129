import { describe, expect, it } from 'vitest';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import { pickDistractors } from '../../src/generate/distractors.js';
import { mcqItem } from '../../src/generate/items/mcq.js';
import { nearValues } from '../../src/generate/near-values.js';
import { kindOf } from '../../src/generate/classify.js';
import { seededRandom } from '../../src/util/random.js';
import { fact } from './helpers.js';

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('options a student would believe', () => {
  it('asks no list of names as a multiple choice: a pair stands out among single names', () => {
    const f = fact({ question: 'Which two organisations bagged the third and fourth positions?', answer: 'Manipal Academy of Higher Education and Jamia Millia Islamia', answerType: 'organisation', sentence: 'The third and fourth positions have been bagged by Manipal Academy of Higher Education and Jamia Millia Islamia.' });
    const others = ['Indian Institute of Science', 'Jawaharlal Nehru University', 'Banaras Hindu University', 'University of Hyderabad'].map((a) => fact({ question: 'x', answer: a, answerType: 'organisation', sentence: 'x' }));
    expect(mcqItem(f, buildDistractorPool([f, ...others]), 1)).toBeNull();
    // (One name with an "and" in it is still one answer.)
    const jk = fact({ question: 'Which union territory did Omar Abdullah become chief minister of?', answer: 'Jammu and Kashmir', answerType: 'place', sentence: 'Omar Abdullah took oath as chief minister of Jammu and Kashmir.' });
    expect(mcqItem(jk, buildDistractorPool([jk]), 1)).not.toBeNull();
  });

  it('gives a city cities, never a cricket ground ("P Sara Oval") of the article', () => {
    const sentence = 'The six-team tournament started in New Delhi on November 11 and moved to Bengaluru afterwards.';
    const f = fact({ pattern: 'cloze', question: 'The six-team tournament started in New Delhi on November 11 and moved to _____ afterwards.', answer: 'Bengaluru', answerType: 'place', sentence });
    const others = ['P Sara Oval', 'Kennington Oval', 'Mysuru', 'Colombo', 'Chennai'].map((a) => fact({ question: 'x', answer: a, answerType: 'place', sentence: 'x' }));
    for (const s of SEEDS) expect((pickDistractors(f, buildDistractorPool([f, ...others]), seededRandom(s)) ?? []).filter((o) => /Oval/.test(o))).toEqual([]);
  });

  it('gives a President no athletes the article names by their sport in another sentence', () => {
    const sentence = 'President Droupadi Murmu recognised more than 25 exceptional Indian athletes at the National Sports Awards event on Wednesday.';
    const listed = 'Arjuna awards went to track and field athletes Eldhose Paul and Avinash Sable, shuttlers Lakshya Sen and HS Prannoy, and female boxer Nikhat Zareen.';
    const f = fact({ pattern: 'cloze', question: 'President _____ recognised more than 25 exceptional Indian athletes at the National Sports Awards event on Wednesday.', answer: 'Droupadi Murmu', answerType: 'person', sentence, related: ['Eldhose Paul', 'HS Prannoy', 'Nikhat Zareen', 'Lakshya Sen'] });
    const pool = buildDistractorPool([f]);
    for (const s of SEEDS) expect(pickDistractors(f, pool, seededRandom(s), 3, [sentence, listed]) ?? []).toEqual([]);
  });

  it('gives a party parties, never the venue of its event', () => {
    expect(kindOf('PDP', 'organisation')).toBe('org:party');
    expect(kindOf('DMK', 'organisation')).toBe('org:party');
    expect(kindOf('SKICC', 'organisation')).not.toBe('org:party');
    const sentence = 'PDP chief Mehbooba Mufti also attended the event at the SKICC.';
    const f = fact({ pattern: 'cloze', question: '_____ chief Mehbooba Mufti also attended the event.', answer: 'PDP', answerType: 'organisation', sentence, related: ['SKICC', 'DMK', 'NCP', 'Congress'] });
    const pool = buildDistractorPool([f, ...['SKICC', 'DMK', 'NCP'].map((a) => fact({ question: 'x', answer: a, answerType: 'organisation', sentence: 'x' }))]);
    for (const s of SEEDS) expect(pickDistractors(f, pool, seededRandom(s)) ?? []).not.toContain('SKICC');
  });

  it('gives a High Court High Courts and a ministry ministries, never the Supreme Court or a bench', () => {
    const sentence = 'He was the Delhi High Court Chief Justice prior to his elevation to the apex court.';
    const f = fact({ pattern: 'cloze', question: 'He was the _____ Chief Justice prior to his elevation to the apex court.', answer: 'Delhi High Court', answerType: 'organisation', sentence });
    const others = ['State High Court Bench', 'Supreme Court', 'Jharkhand High Court', 'Madras High Court', 'Bombay High Court'].map((a) => fact({ question: 'x', answer: a, answerType: 'organisation', sentence: 'x' }));
    for (const s of SEEDS) {
      const options = pickDistractors(f, buildDistractorPool([f, ...others]), seededRandom(s)) ?? [];
      expect(options.length).toBe(3);
      expect(options.every((o) => o.endsWith(' High Court'))).toBe(true);
    }
    const m = fact({ pattern: 'cloze', question: 'The _____ signed the agreement with Israel.', answer: 'Ministry of Drinking Water and Sanitation', answerType: 'organisation', sentence: 'The Ministry of Drinking Water and Sanitation signed the agreement with Israel.' });
    const bodies = ['Department of Science and Technology and Israel', 'Ministry of Housing and Urban Affairs', 'Ministry of Jal Shakti', 'Ministry of Power'].map((a) => fact({ question: 'x', answer: a, answerType: 'organisation', sentence: 'x' }));
    for (const s of SEEDS) expect(pickDistractors(m, buildDistractorPool([m, ...bodies]), seededRandom(s)) ?? []).not.toContain('Department of Science and Technology and Israel');
  });

  it('keeps a count within the whole its sentence names ("of the 294-member assembly", "out of 81")', () => {
    const f = fact({ question: 'In how many constituencies were elections held?', answer: '292', answerType: 'number', sentence: 'Elections were held in 292 constituencies of the 294-member assembly.' });
    for (const s of SEEDS) expect((pickDistractors(f, buildDistractorPool([f]), seededRandom(s)) ?? []).every((v) => Number(v.replace(/,/g, '')) <= 294)).toBe(true);
  });

  it('keeps a score out of 100 under 100, a count of 1000 a count, and an age a human one', () => {
    for (const s of SEEDS) {
      expect(nearValues('87.31', 'number', seededRandom(s)).every((v) => Number(v) <= 100)).toBe(true);
      // ("the present 1000 HP engine": not the year 1000, whose neighbours are 1001 and 1002.)
      expect(nearValues('1000', 'number', seededRandom(s)).every((v) => Math.abs(Number(v.replace(/,/g, '')) - 1000) >= 100)).toBe(true);
    }
    const age = fact({ question: 'At what age did the writer pass away?', answer: '86', answerType: 'number', sentence: 'He was 86.' });
    for (const s of SEEDS) expect((pickDistractors(age, buildDistractorPool([age]), seededRandom(s)) ?? []).every((v) => Number(v) < 105)).toBe(true);
  });
});

describe('no option names the one the stem names', () => {
  it('offers not the man whose first name the stem gives ("Dharmendra\'s performance as _____")', () => {
    const sentence = 'Dharmendra’s performance as Satyapriya Acharya in Satyakam is widely regarded as his finest.';
    const f = fact({ pattern: 'cloze', question: 'Dharmendra’s performance as _____ in Satyakam is widely regarded as his finest.', answer: 'Satyapriya Acharya', answerType: 'person', sentence });
    const others = ['Dharmendra Kewal Krishan Deol', 'Shahid Kapoor', 'Kriti Sanon', 'Parimal Tripathi', 'Vijay Verma'].map((a) => fact({ question: 'x', answer: a, answerType: 'person', sentence: 'x' }));
    for (const s of SEEDS) expect(pickDistractors(f, buildDistractorPool([f, ...others]), seededRandom(s)) ?? []).not.toContain('Dharmendra Kewal Krishan Deol');
    // (A given name before another surname is someone else: "Rajiv Gandhi" leaves Rajiv Mehta an option.)
    const g = fact({ pattern: 'cloze', question: 'Rajiv Gandhi Bhawan was opened by _____.', answer: 'Gyanesh Kumar', answerType: 'person', sentence: 'Rajiv Gandhi Bhawan was opened by Gyanesh Kumar.' });
    const pool = buildDistractorPool([g, ...['Rajiv Mehta', 'Sukhbir Sandhu', 'Vivek Joshi'].map((a) => fact({ question: 'x', answer: a, answerType: 'person', sentence: 'x' }))]);
    expect(SEEDS.some((s) => (pickDistractors(g, pool, seededRandom(s)) ?? []).includes('Rajiv Mehta'))).toBe(true);
  });
});

describe('a region\'s adjective is no place', () => {
  it('gives a city no "European" option', () => {
    expect(kindOf('European', 'place')).toBeNull();
    expect(kindOf('Central Asia', 'place')).not.toBeNull();
    const f = fact({ pattern: 'cloze', question: 'He served at the Indian embassy in _____ from 2003 to 2006.', answer: 'Beijing', answerType: 'place', sentence: 'He served at the Indian embassy in Beijing from 2003 to 2006.' });
    const pool = buildDistractorPool([f, ...['European', 'Geneva', 'Tokyo', 'Moscow'].map((a) => fact({ question: 'x', answer: a, answerType: 'place', sentence: 'x' }))]);
    for (const s of SEEDS) expect(pickDistractors(f, pool, seededRandom(s)) ?? []).not.toContain('European');
  });
});

describe('continents as options', () => {
  it('never offers Antarctica, where no one lives to be from', () => {
    const f = fact({ question: 'From which continent will the experts come?', answer: 'Africa', answerType: 'place', sentence: 'Experts from Africa arrived in Delhi on Monday.' });
    for (const s of SEEDS) expect(pickDistractors(f, buildDistractorPool([f]), seededRandom(s)) ?? []).not.toContain('Antarctica');
  });
});

describe('an airport among options', () => {
  it('is a facility, never offered beside charities ("Greenfield International Airport Mopa")', () => {
    const f = fact({ question: 'Which airport was renamed?', answer: 'Greenfield International Airport Mopa', answerType: 'organisation', sentence: 'The Cabinet approved naming Greenfield International Airport Mopa after Manohar Parrikar.' });
    for (const s of SEEDS) expect(pickDistractors(f, buildDistractorPool([f]), seededRandom(s)) ?? []).not.toEqual(expect.arrayContaining(['Amnesty International']));
    for (const s of SEEDS) expect((pickDistractors(f, buildDistractorPool([f]), seededRandom(s)) ?? []).some((o) => /Red Cross|Red Crescent|Amnesty/.test(o))).toBe(false);
  });
});

describe('options: no one the question names by a shortened given name', () => {
  it('never offers Satwiksairaj Rankireddy for his own opponent ("the duo of Satwik and Chirag … beat unseeded _____")', async () => {
    const { mentions } = await import('../../src/generate/equivalence.js');
    expect(mentions('the Commonwealth Games gold medallist duo of Satwik and Chirag, seeded seventh, beat unseeded _____ and Seung Jae Seo of Korea', 'Satwiksairaj Rankireddy', 'person')).toBe(true);
    expect(mentions('Kumar said the talks went well.', 'Anil Kumble', 'person')).toBe(false);
  });
});

describe('a count in round hundreds that looks like a year', () => {
  it('gets counts as rivals, never years ("more than _____ delegates" → 2000)', () => {
    for (let s = 1; s <= 5; s++) {
      const near = nearValues('2000', 'number', seededRandom(s));
      expect(near.length).toBeGreaterThanOrEqual(3);
      expect(near.every((v) => Number(v.replace(/,/g, '')) % 100 === 0)).toBe(true);
    }
    // (A year asked as one still gets years.)
    expect(nearValues('2000', 'year', seededRandom(1)).some((v) => Number(v) % 100 !== 0)).toBe(true);
  });
});
