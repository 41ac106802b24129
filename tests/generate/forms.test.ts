import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../src/generate/number-forms.js';
import { parseDate, shiftDate } from '../../src/generate/date-forms.js';
import { nearValues, niceStep } from '../../src/generate/near-values.js';
import { seededRandom } from '../../src/util/random.js';
import { listedTogether, sameValue, mentions, spellings } from '../../src/generate/equivalence.js';
import { parseTypes } from '../../src/generate/parse-types.js';

describe('number forms', () => {
  it.each([
    ['four', 5, 'five'],
    ['Twelve', 13, 'Thirteen'],
    ['twenty-five', 31, 'thirty-one'],
    ['third', 4, 'fourth'],
    ['twenty-first', 22, 'twenty-second'],
    ['22nd', 23, '23rd'],
    ['11th', 12, '12th'],
    ['1,426', 1526, '1,526'],
    ['US$ 20,000', 25000, 'US$ 25,000'],
    ['70 percent', 60, '60 percent'],
    ['10%', 20, '20%'],
    ['131-page', 121, '121-page'],
    ['4 million', 5, '5 million'],
    ['1.5 billion', 2, '2.0 billion'],
    // Lakhs and crores group by two above the thousands, as Indian reports write them.
    ['Rs 95,000 crore', 115000, 'Rs 1,15,000 crore'],
    ['₹30,000-crore', 1250000, '₹12,50,000-crore'],
    ['US$ 95,000', 115000, 'US$ 115,000'],
    // (A figure written the Indian way with no unit after it keeps its grouping: "1,08,000 seats".)
    ['1,08,000', 128000, '1,28,000'],
    ['12,50,000 tonnes', 1450000, '14,50,000 tonnes'],
    // (A crore sum written by threes keeps its own grouping: "Rs 159,069 crore" beside "Rs 219,069 crore".)
    ['Rs 159,069 crore', 219069, 'Rs 219,069 crore'],
  ])('%s written as %s → %s', (answer, value, expected) => {
    const form = parseNumber(answer);
    expect(form).not.toBeNull();
    expect(formatNumber(form!, value)).toBe(expected);
  });

  it('refuses answers with no number or two numbers', () => {
    expect(parseNumber('1 – 0')).toBeNull();
    expect(parseNumber('2000 - 2050')).toBeNull();
    expect(parseNumber('water security')).toBeNull();
  });

  it('cannot spell what words cannot hold', () => {
    expect(formatNumber(parseNumber('four')!, 250)).toBeNull();
    expect(formatNumber(parseNumber('first')!, 0)).toBeNull();
  });

  it('steps by about a tenth, rounded', () => {
    expect(niceStep(107, 0)).toBe(10);
    expect(niceStep(4, 0)).toBe(1);
    expect(niceStep(1426, 0)).toBe(100);
    expect(niceStep(60000, 0)).toBe(5000);
    expect(niceStep(1.2, 1)).toBe(0.1);
  });
});

describe('date forms', () => {
  it.each([
    ['September 14', 1, 'September 21'],
    ['14 September 2013', -1, '7 September 2013'],
    ['January 30, 2014', 1, 'February 6, 2014'],
    ['2013-11-02', 1, '2013-11-09'],
    ['December', 1, 'January'],
    ['March 2011', -3, 'December 2010'],
    ['Saturday', 2, 'Monday'],
    ['1991', -2, '1989'],
    ['the 1990s', 1, 'the 2000s'],
    ['Sept. 5', 1, 'Sept. 12'],
  ])('%s shifted by %d → %s', (answer, steps, expected) => {
    const form = parseDate(answer);
    expect(form).not.toBeNull();
    expect(shiftDate(form!, steps)).toBe(expected);
  });

  it('reads no date in a vague phrase', () => {
    expect(parseDate('early next year')).toBeNull();
  });
});

describe('a name\'s number in figures or Roman numerals, a name cut to its initials before its head', () => {
  it('"Agni-V" is "Agni-5"; "RDI Scheme" is "Research Development and Innovation Scheme"', () => {
    expect(sameValue('Agni-V', 'Agni-5', 'term')).toBe(true);
    expect(sameValue('Agni-V', 'Agni-4', 'term')).toBe(false);
    expect(sameValue('RDI Scheme', 'Research Development and Innovation Scheme', 'term')).toBe(true);
    expect(sameValue('RDI Scheme', 'Research Development and Innovation Mission', 'term')).toBe(false);
    expect(mentions('Unlike the other Agni missiles, the Agni-V is stored in a canister.', 'Agni-5', 'term')).toBe(true);
    expect(mentions('The RDI Scheme is expected to foster self-reliance.', 'Research Development and Innovation Scheme', 'number')).toBe(true);
  });
});

describe('an event with its sport said and without', () => {
  it('"World Championships" is "World Weightlifting Championships", not "World Para Championships"', () => {
    expect(sameValue('World Championships', 'World Weightlifting Championships', 'term')).toBe(true);
    expect(sameValue('Asian Athletics Championships', 'Asian Championships', 'organisation')).toBe(true);
    expect(sameValue('Asian Cup', 'Asian Hockey Cup', 'term')).toBe(true);
    expect(sameValue('World Championships', 'World Para Championships', 'term')).toBe(false);
    expect(sameValue('Asian Games', 'Asian Youth Games', 'term')).toBe(false);
    expect(sameValue('World Health Organization', 'World Organization', 'organisation')).toBe(false);
  });
});

describe('same value in another spelling', () => {
  it('knows an amount rounded from another, and a code however hyphened', () => {
    expect(sameValue('Rs 1.68 lakh crore', 'Rs 1,68,337 crore', 'number')).toBe(true);
    expect(sameValue('Rs 1.68 lakh crore', 'Rs 1,74,000 crore', 'number')).toBe(false);
    expect(sameValue('Rs 2 lakh', 'Rs 1.6 lakh', 'number')).toBe(false);
    // (Or cut: "crossed USD 640 billion" for USD 640.72 billion; not 641.3, not 639.9.)
    expect(sameValue('USD 640 billion', 'USD 640.72 billion', 'number')).toBe(true);
    expect(sameValue('USD 640 billion', 'USD 641.3 billion', 'number')).toBe(false);
    expect(sameValue('USD 640 billion', 'USD 639.4 billion', 'number')).toBe(false);
    expect(parseNumber('Rs 1,68,337 crore')?.value).toBe(168337);
    expect(sameValue('Aditya-L1', 'Aditya L-1', 'term')).toBe(true);
    // (A law by its key words is the law: "Madrasa Act" for the "Board of Madrasa Education Act".)
    expect(sameValue('Madrasa Act', 'Assam Board of Madrasa Education Act', 'term')).toBe(true);
    expect(sameValue('UGC Act', 'Assam Board of Madrasa Education Act', 'term')).toBe(false);
    expect(sameValue('Education Act', 'Assam Board of Madrasa Education Bill', 'term')).toBe(false);
    expect(sameValue('PSLV-C57', 'PSLV-C58', 'term')).toBe(false);
  });

  it('knows country aliases and demonyms', () => {
    // Initials written together, apart or with dots are one person ("LK Advani" is "L K Advani").
    expect(sameValue('LK Advani', 'L K Advani', 'person')).toBe(true);
    expect(sameValue('D.Y. Chandrachud', 'D Y Chandrachud', 'person')).toBe(true);
    // An initial stands for a given name it begins, the surname written out in both.
    expect(sameValue('SS Sandhu', 'Sukhbir Singh Sandhu', 'person')).toBe(true);
    expect(sameValue('S Jaishankar', 'Subrahmanyam Jaishankar', 'person')).toBe(true);
    // (Either way round: the name written out first, its initials second.)
    expect(sameValue('Krishnaswamy Kasturirangan', 'K Kasturirangan', 'person')).toBe(true);
    expect(sameValue('R Kumar', 'Gyanesh Kumar', 'person')).toBe(false);
    expect(sameValue('U.S.', 'United States', 'country')).toBe(true);
    expect(sameValue('the United States', 'America', 'country')).toBe(true);
    expect(sameValue('Britain', 'United Kingdom', 'place')).toBe(true);
    expect(sameValue('Japanese', 'Japan', 'country')).toBe(true);
    expect(sameValue('Austria', 'Australia', 'country')).toBe(false);
  });

  it('knows a name written with its parts joined or apart for one person ("Suryakant" / "Justice Surya Kant")', () => {
    expect(sameValue('Suryakant', 'Surya Kant', 'person')).toBe(true);
    expect(sameValue('Justice Suryakant', 'Surya Kant', 'person')).toBe(true);
    expect(sameValue('Anil Kumar', 'Sunil Kumar', 'person')).toBe(false);
  });

  it('knows a hedged figure as the exact one rounded ("Nearly 97 crore" / "96.8 crore")', () => {
    expect(sameValue('Nearly 97 crore', '96.8 crore', 'number')).toBe(true);
    expect(sameValue('about 50', '49.6', 'number')).toBe(true);
    expect(sameValue('Nearly 97 crore', '90.8 crore', 'number')).toBe(false);
    expect(sameValue('97 crore', '96.8 crore', 'number')).toBe(false);
  });

  it('knows a programme with its kind word or without ("Gaganyaan Mission" / "Gaganyaan")', () => {
    expect(sameValue('Gaganyaan Mission', 'Gaganyaan', 'term')).toBe(true);
    expect(sameValue('Swachh Bharat', 'Swachh Bharat Abhiyan', 'term')).toBe(true);
    expect(sameValue('Gaganyaan Mission', 'Chandrayaan Mission', 'term')).toBe(false);
  });

  it('knows a tenure by the month it ended ("from May 13, 2016 to July 29, 2022" / "July 2022")', () => {
    expect(sameValue('from May 13, 2016 to July 29, 2022', 'July 2022', 'date')).toBe(true);
    expect(sameValue('July 2022', 'from May 13, 2016 to July 29, 2022', 'date')).toBe(true);
    expect(sameValue('from May 13, 2016 to July 29, 2022', 'June 2022', 'date')).toBe(false);
  });

  it('knows one name romanised with its long vowels doubled or not ("Astha Poonia" / "Aastha Poonia")', () => {
    expect(sameValue('Astha Poonia', 'Aastha Poonia', 'person')).toBe(true);
    expect(sameValue('Sreekanth Kidambi', 'Srekanth Kidambi', 'person')).toBe(true);
    // (Not two people of one surname, nor a doubled letter where the surname differs.)
    expect(sameValue('Astha Poonia', 'Asha Poonia', 'person')).toBe(false);
    expect(sameValue('Aastha Poonia', 'Astha Punia', 'person')).toBe(false);
    // (A long vowel written "ee" or "i", a glide "iy" or "y": "Rajeev" / "Rajiv", a reserve's name.)
    expect(sameValue('Rajiv Kumar', 'Rajeev Kumar', 'person')).toBe(true);
    // (A long name's "e" written "a": "Arif Mohammed Khan" / "Arif Mohammad Khan"; short ones differ.)
    expect(sameValue('Arif Mohammed Khan', 'Arif Mohammad Khan', 'person')).toBe(true);
    expect(sameValue('Ram Kumar', 'Rem Kumar', 'person')).toBe(false);
    expect(sameValue('Rajiv Kumar', 'Rajesh Kumar', 'person')).toBe(false);
    // (A given name's last letter mistyped, "Anurag" / "Anuraj Thakur", is one person; a letter
    // inside it, "Rajesh" / "Ramesh", another.)
    expect(sameValue('Anurag Thakur', 'Anuraj Thakur', 'person')).toBe(true);
    expect(sameValue('Rajesh Kumar', 'Ramesh Kumar', 'person')).toBe(false);
    expect(sameValue('Anurag Thakur', 'Anurag Thakar', 'person')).toBe(false);
    expect(sameValue('Agasthiyamalai Elephant Reserve', 'Agasthyamalai Elephant Reserve', 'term')).toBe(true);
    expect(sameValue('Anamalai Elephant Reserve', 'Agasthyamalai Elephant Reserve', 'term')).toBe(false);
    // (A reserve read as a place is one in two romanisations too.)
    expect(sameValue('Agasthiyamalai Elephant Reserve', 'Agasthyamalai Elephant Reserve', 'place')).toBe(true);
    expect(sameValue('Anamalai Elephant Reserve', 'Agasthyamalai Elephant Reserve', 'place')).toBe(false);
  });

  it('offers no count that would need the other number of its unit ("one months", "two month")', () => {
    const months = nearValues('two months', 'number', seededRandom(1));
    expect(months.length).toBeGreaterThanOrEqual(3);
    expect(months).not.toContain('one months');
    expect(nearValues('one month', 'number', seededRandom(1)).filter((v) => /month$/.test(v) && !/^one\b/.test(v))).toEqual([]);
  });

  it('offers a throw, a lift or a race time near its rivals ("86.16m" for "88.16m", never "58.16m")', () => {
    const near = (answer: string) => nearValues(answer, 'number', seededRandom(1)).slice(0, 3).map((v) => parseFloat(v));
    for (const v of near('88.16m')) expect(Math.abs(v - 88.16)).toBeLessThanOrEqual(3);
    for (const v of near('9.58 s')) expect(Math.abs(v - 9.58)).toBeLessThanOrEqual(0.31);
    for (const v of near('215.5 kg')) expect(Math.abs(v - 215.5)).toBeLessThanOrEqual(6.1);
    // (A count keeps its tenth: 5.7 billion people beside 5.2 billion.)
    expect(near('5.7 billion').some((v) => Math.abs(v - 5.7) >= 0.5)).toBe(true);
  });

  it('offers no month moved inside a range of months ("July-July 2024" for "July-September 2024")', () => {
    expect(nearValues('July-September 2024', 'date', seededRandom(1))).toEqual([]);
    expect(nearValues('September 2024', 'date', seededRandom(1)).length).toBeGreaterThanOrEqual(3);
  });

  it('knows a place by its name without the word of its kind ("the Pacific"), not another feature of that name', () => {
    expect(sameValue('Pacific Ocean', 'Pacific', 'place')).toBe(true);
    expect(sameValue('the Pacific', 'Pacific Ocean', 'place')).toBe(true);
    expect(sameValue('Thar', 'Thar Desert', 'place')).toBe(true);
    expect(sameValue('Red Sea', 'Red River', 'place')).toBe(false);
    expect(sameValue('Pacific Ocean', 'Atlantic', 'place')).toBe(false);
    // (A day with its year or without.)
    expect(sameValue('April 29', 'April 29, 2025', 'date')).toBe(true);
    expect(sameValue('29 April 2024', 'April 29, 2025', 'date')).toBe(false);
    expect(sameValue('April 28', 'April 29, 2025', 'date')).toBe(false);
    // (A park or a reserve by its own name: "Kuno" is Kuno National Park.)
    expect(sameValue('Similipal National Park', 'Similipal', 'place')).toBe(true);
    expect(sameValue('Debrigarh', 'Debrigarh Wildlife Sanctuary', 'place')).toBe(true);
    expect(sameValue('Similipal National Park', 'Debrigarh', 'place')).toBe(false);
  });

  it('prints a park by its own name too ("Kuno" in an item shows Kuno National Park)', () => {
    expect(spellings('Similipal National Park', 'place')).toContain('Similipal');
    expect(spellings('Gandhi Sagar Sanctuary', 'place')).toContain('Gandhi Sagar');
    // (Not a bare everyday word: "Great Lake" leaves no "Great" to look for.)
    expect(spellings('Great Lake', 'place')).not.toContain('Great');
  });

  it('prints a span as the adjective another item makes of it ("an eight-year high" shows "eight years")', () => {
    expect(spellings('eight years', 'number')).toContain('eight-year');
    expect(spellings('74 days', 'number')).toContain('74-day');
    expect(spellings('Rs 2,614 crore', 'number')).not.toContain('Rs-2,614');
  });

  it('finds a given name written as two words in its own text ("The Dada Sahab Phalke award" names Dadasaheb Phalke)', () => {
    expect(mentions('The Dada Sahab Phalke award was instituted in honour of the producer-director _____.', 'Dadasaheb Phalke', 'person')).toBe(true);
    // (Another person's given name before the surname is still theirs.)
    expect(mentions('Ramesh Kumar met _____ on Monday.', 'Rajiv Kumar', 'person')).toBe(false);
    expect(mentions('The Sunil Dutt Award went to _____.', 'Sanjay Dutt', 'person')).toBe(false);
  });

  it('finds a given name standing alone, as sports writing calls a player ("Rohit drew curtains …" names Rohit Sharma)', () => {
    expect(mentions('Rohit drew curtains on his Test career with 4,301 runs.', 'Rohit Sharma', 'person')).toBe(true);
    expect(mentions('The bench made it clear that had Uddhav refrained from resigning, it could have reinstated him.', 'Uddhav Thackeray', 'person')).toBe(true);
    // (Not within another name, nor a short given name that is a word of other names too.)
    expect(mentions('Rohit Kumar scored a fifty.', 'Rohit Sharma', 'person')).toBe(false);
    expect(mentions('Dr Rohit Sharma Hospital opened.', 'Rohit Verma', 'person')).toBe(false);
    expect(mentions('Ravi and his team won.', 'Ravi Kumar Dahiya', 'person')).toBe(false);
  });

  it('knows a surname alone in either romanisation ("Mishra" / "Manoj Misra")', () => {
    expect(sameValue('Mishra', 'Manoj Misra', 'person')).toBe(true);
    expect(sameValue('Misra', 'Manoj Mishra', 'person')).toBe(true);
    expect(sameValue('Mithal', 'Manoj Misra', 'person')).toBe(false);
  });

  it('knows the Padma Shri however it is spelled ("Padma Sri", "Padmashri")', () => {
    expect(sameValue('Padma Sri', 'Padma Shri', 'term')).toBe(true);
    expect(sameValue('Padmashri', 'Padma Shri', 'term')).toBe(true);
    expect(sameValue('Padma Bhushan', 'Padma Shri', 'term')).toBe(false);
  });

  it('knows one Games by either of its names', () => {
    expect(sameValue('Tokyo Olympics', 'Tokyo Games', 'term')).toBe(true);
    expect(sameValue('Paris Olympic Games', 'Paris Olympics', 'term')).toBe(true);
    expect(sameValue('Tokyo Olympics', 'Paris Games', 'term')).toBe(false);
  });

  it('knows one ship by its prefix or by the kind of ship before its name', () => {
    expect(sameValue('INS Imphal', 'Stealth Guided Missile Destroyer Imphal', 'term')).toBe(true);
    expect(sameValue('MV Chem Pluto', 'the tanker Chem Pluto', 'term')).toBe(true);
    expect(sameValue('INS Imphal', 'INS Surat', 'term')).toBe(false);
    // (A code name with the kind of thing before it: "New Generation Ballistic Missile Agni-Prime".)
    expect(sameValue('Agni-Prime', 'New Generation Ballistic Missile Agni-Prime', 'term')).toBe(true);
    expect(sameValue('PSLV-C16', 'Polar Satellite Launch Vehicle PSLV-C16', 'term')).toBe(true);
    expect(sameValue('Agni-Prime', 'Agni-V', 'term')).toBe(false);
    // (A model's code with its name after it: "C-17" / "C-17 Globemaster"; not another code.)
    expect(sameValue('C-17', 'C-17 Globemaster', 'term')).toBe(true);
    expect(sameValue('MQ-9B SeaGuardian', 'MQ-9B', 'term')).toBe(true);
    expect(sameValue('Su-30', 'Su-30 MKI', 'term')).toBe(false);
    expect(sameValue('P-8I Neptune', 'P-8I', 'term')).toBe(true);
    expect(sameValue('C-17', 'C-130 Hercules', 'term')).toBe(false);
    expect(mentions('The commissioning marks the inclusion of the Imphal, the third of its class.', 'INS Imphal', 'term')).toBe(true);
  });

  it('knows one bridge, tunnel or dam by its own name, whatever kind words go with it', () => {
    expect(sameValue('Chenab', 'Chenab Rail Bridge', 'term')).toBe(true);
    expect(sameValue('Pamban Bridge', 'New Pamban Railway Bridge', 'term')).toBe(true);
    expect(sameValue('Atal Tunnel', 'Atal tunnel', 'term')).toBe(true);
    expect(sameValue('Chenab Rail Bridge', 'Anji Khad Bridge', 'term')).toBe(false);
    expect(spellings('Sela Road Tunnel', 'place')).toEqual(expect.arrayContaining(['Sela', 'Sela Tunnel', 'Sela tunnel']));
    expect(mentions("Modi inaugurated Sela tunnel - the world's longest twin-lane tunnel at that altitude.", 'Sela Road Tunnel', 'place')).toBe(true);
    // (A bridge the analyser read as a place is that bridge still.)
    expect(sameValue('Chenab Rail Bridge', 'Chenab', 'place')).toBe(true);
    // (Neither a structure: no say.)
    expect(sameValue('New Delhi', 'Delhi', 'term')).toBe(false);
  });

  it('knows an exercise or an operation by its name without the kind before it', () => {
    expect(spellings('Exercise AUSTRAHIND', 'term')).toContain('AUSTRAHIND');
    expect(mentions('In which year was AUSTRAHIND started?', 'Exercise AUSTRAHIND', 'term')).toBe(true);
    expect(spellings('Operation Sindoor', 'term')).toContain('Sindoor');
    // (Nothing shorter than a name: "Operation X" keeps its "X".)
    expect(spellings('Exercise Ex', 'term')).not.toContain('Ex');
  });

  it('knows numbers, people and organisations', () => {
    expect(sameValue('four', '4', 'number')).toBe(true);
    expect(sameValue('50 percent', '50%', 'number')).toBe(true);
    expect(sameValue('50 percent', '50', 'number')).toBe(false);
    expect(sameValue('Lavrov', 'Sergei Lavrov', 'person')).toBe(true);
    expect(sameValue('President Vladimir Putin', 'Vladimir Putin', 'person')).toBe(true);
    expect(sameValue('Sergei Lavrov', 'Sergei Shoigu', 'person')).toBe(false);
    expect(sameValue('WHO', 'World Health Organization', 'organisation')).toBe(true);
  });

  it('finds mentions in any spelling but not inside words or lower-case lookalikes', () => {
    expect(mentions('the Japan-U.S. missile defence system', 'United States', 'country')).toBe(true);
    expect(mentions('the Russian Navy', 'Russia', 'country')).toBe(true);
    expect(mentions('Who is the head of the WHO?', 'World Health Organization', 'organisation')).toBe(true);
    expect(mentions('Who said it?', 'World Health Organization', 'organisation')).toBe(false);
    expect(mentions('Prussia was a state', 'Russia', 'country')).toBe(false);
  });
});

describe('listed together', () => {
  it('sees lists but not clause commas', () => {
    const worship = 'Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.';
    expect(listedTogether([worship], 'Hera', 'Zeus', 'person')).toBe(true);
    expect(listedTogether([worship], 'Athena', 'Aphrodite', 'person')).toBe(true);
    expect(listedTogether(['Russia and Japan have agreed to conduct exercises.'], 'Japan', 'Russia', 'country')).toBe(true);
    expect(listedTogether(['According to Wilkins, Warhol was able to reproduce the Polaroid photograph.'], 'Warhol', 'Wilkins', 'person')).toBe(false);
    expect(listedTogether(['Sweden faced South Korea at the stadium.'], 'Sweden', 'South Korea', 'country')).toBe(false);
  });

  it('counts any two members of one longer list as listed together, not only neighbours', () => {
    const headline = 'FIFA World Cup 2018 day five: Sweden, Belgium, England win three points';
    expect(listedTogether([headline], 'England', 'Sweden', 'country')).toBe(true);
    expect(listedTogether(['Delegates from India, the United Kingdom, Kenya and Peru signed.'], 'Peru', 'India', 'country')).toBe(true);
    // Two clauses are no list: a comma, then a sentence goes on about someone else.
    expect(listedTogether(['In Tokyo, officials of Japan met Russia.'], 'Russia', 'Japan', 'country')).toBe(false);
    expect(listedTogether(['Sweden beat Korea, and England beat Tunisia.'], 'England', 'Sweden', 'country')).toBe(false);
  });
});

describe('parseTypes', () => {
  it('reads a comma list, forgiving case, spaces and repeats', () => {
    expect(parseTypes('short, MCQ,short')).toEqual(['short', 'mcq']);
    expect(parseTypes('statements')).toEqual(['statements']);
  });

  it('throws a clear message on an unknown or empty list', () => {
    expect(() => parseTypes('short,essay')).toThrow(/unknown item type "essay".*short, cloze, mcq, truefalse, statements/);
    expect(() => parseTypes(' , ')).toThrow(/no item types/);
  });
});

describe('a person named by their surname', () => {
  it('is not named by another person of that surname written in full ("Anil Nair" is no mention of Suresh Nair)', () => {
    expect(mentions('Suresh Nair will succeed Anil Nair as the 27th Chief Election Commissioner.', 'Suresh Nair', 'person')).toBe(true);
    expect(mentions('_____ will succeed Anil Nair as the 27th Chief Election Commissioner.', 'Suresh Nair', 'person')).toBe(false);
    expect(mentions('The bench of Justices S K Kaul and others heard the case.', 'Sanjay Kishan Kaul', 'person')).toBe(true);
    expect(mentions('The bench of Justices B R Gavai and Sanjay Kaul heard the case.', 'Rajiv Gavai', 'person')).toBe(false);
  });

  it('is named by the surname alone or after a title ("Kumar said", "PM Modi", "Justice Kumar")', () => {
    expect(mentions('Nair said the rolls would be revised.', 'Suresh Nair', 'person')).toBe(true);
    expect(mentions('PM Modi thanked the President for his support.', 'Narendra Modi', 'person')).toBe(true);
    expect(mentions('The bench led by Justice Nair reserved its order.', 'Suresh Nair', 'person')).toBe(true);
    expect(mentions('The Nair family was present.', 'Suresh Nair', 'person')).toBe(true);
  });
});

describe('an Indian name written with v or w', () => {
  it('is one name ("Deepawali" is mentioned by "Deepavali"), and no other word', () => {
    expect(mentions('the festival of lights, Deepavali, was added to the list', 'Deepawali', 'term')).toBe(true);
    expect(mentions('Minister Ashwini Vaishnav said on Monday', 'Vaishnaw', 'organisation')).toBe(true);
    expect(mentions('the festival of Diwali was celebrated', 'Deepawali', 'term')).toBe(false);
  });
});

describe('a name that opens with an office, the office written out or short', () => {
  it('"PM Vishwakarma Yojana" is the "Prime Minister Vishwakarma Yojana"', () => {
    expect(sameValue('Prime Minister Vishwakarma Yojana', 'PM Vishwakarma Yojana', 'term')).toBe(true);
    expect(mentions('the minister said PM Vishwakarma Yojana will help artisans', 'Prime Minister Vishwakarma Yojana', 'term')).toBe(true);
    expect(sameValue('Prime Minister Vishwakarma Yojana', 'PM Awas Yojana', 'term')).toBe(false);
  });
});

describe('a short form of a law or scheme named with its kind word', () => {
  it('is the same answer ("UCC" and the "Uniform Civil Code Bill"), and another short form is not', () => {
    expect(sameValue('UCC', 'Uniform Civil Code Bill', 'term')).toBe(true);
    expect(sameValue('Uniform Civil Code Bill', 'UCC', 'term')).toBe(true);
    expect(sameValue('NQM', 'National Quantum Mission', 'term')).toBe(true);
    expect(sameValue('UCB', 'Uniform Civil Code Bill', 'term')).toBe(false);
  });
});

describe('a mission named by some of its words', () => {
  it('is the same mission ("Green Hydrogen Mission" / "National Green Hydrogen Mission"), but "National Mission" is none', () => {
    expect(sameValue('Green Hydrogen Mission', 'National Green Hydrogen Mission', 'term')).toBe(true);
    expect(sameValue('National Hydrogen Mission', 'National Green Hydrogen Mission', 'term')).toBe(true);
    expect(sameValue('National Mission', 'National Green Hydrogen Mission', 'term')).toBe(false);
    expect(sameValue('Clean Ganga Mission', 'National Green Hydrogen Mission', 'term')).toBe(false);
  });
});

describe('an award by some of its words', () => {
  it('is the same award ("Dadasaheb Phalke Award" / "Dadasaheb Phalke Lifetime Achievement Award"), not another of its kind', () => {
    expect(sameValue('Dadasaheb Phalke Award', 'Dadasaheb Phalke Lifetime Achievement Award', 'term')).toBe(true);
    expect(sameValue('Booker Prize', 'International Booker Prize', 'term')).toBe(true);
    expect(sameValue('National Award', 'National Film Award', 'term')).toBe(false);
    expect(sameValue('Dadasaheb Phalke Award', 'Sangeet Natak Akademi Award', 'term')).toBe(false);
  });
});

describe('a short form in mixed case', () => {
  it('is the name whose words start with its letters ("HysIS", "MoSPI", "NaBFID"), not another name', () => {
    expect(sameValue('HysIS', 'Hyper Spectral Imaging Satellite', 'term')).toBe(true);
    expect(sameValue('MoSPI', 'Ministry of Statistics and Programme Implementation', 'organisation')).toBe(true);
    expect(sameValue('NaBFID', 'National Bank for Financing Infrastructure and Development', 'organisation')).toBe(true);
    expect(sameValue('HysIS', 'Indian Space Research Organisation', 'organisation')).toBe(false);
    expect(sameValue('MoSPI', 'Ministry of Power', 'organisation')).toBe(false);
  });
});

describe('a code whose zero is typed as the letter O', () => {
  it('is the same value ("SR-0 DEMOSAT", "SR-O DEMOSAT"); a name with an O is not a code', () => {
    expect(sameValue('SR-0 DEMOSAT', 'SR-O DEMOSAT', 'term')).toBe(true);
    expect(sameValue('GSAT-20', 'GSAT-2O', 'term')).toBe(true);
    expect(sameValue('GSAT-20', 'GSAT-21', 'term')).toBe(false);
    expect(sameValue('Oman', '0man', 'country')).toBe(false);
  });
});

describe('one name closed up or in words', () => {
  it('is the same answer ("SevaNidhi", "Seva Nidhi"; "Ken Betwa", "Ken-Betwa"), while other words are not', () => {
    expect(sameValue('SevaNidhi', 'Seva Nidhi', 'term')).toBe(true);
    expect(sameValue('Ken Betwa', 'Ken-Betwa', 'term')).toBe(true);
    expect(sameValue('Seva Nidhi', 'Seva Mitra', 'term')).toBe(false);
    expect(sameValue('Agni Veer', 'Agnipath', 'term')).toBe(false);
  });
});

describe('a South Indian name with its family name first as an initial', () => {
  it('is the name with the family name written out last ("D Gukesh" is "Gukesh Dommaraju"), never another family\'s', () => {
    expect(sameValue('D Gukesh', 'Gukesh Dommaraju', 'person')).toBe(true);
    expect(sameValue('Praggnanandhaa Rameshbabu', 'R Praggnanandhaa', 'person')).toBe(true);
    expect(sameValue('D Gukesh', 'Gukesh Rao', 'person')).toBe(false);
    expect(sameValue('K Kumar', 'Kumar Mangalam Birla', 'person')).toBe(false);
  });
});

describe('a route by its ends, with its kind or without', () => {
  it('"Delhi-Ghaziabad-Meerut" is the "Delhi-Ghaziabad-Meerut RRTS Corridor", not another route', () => {
    expect(sameValue('Delhi-Ghaziabad-Meerut', 'Delhi-Ghaziabad-Meerut RRTS Corridor', 'term')).toBe(true);
    expect(sameValue('Mumbai-Ahmedabad Corridor', 'Mumbai-Ahmedabad', 'term')).toBe(true);
    expect(sameValue('Delhi-Ghaziabad-Meerut', 'Delhi-Alwar RRTS Corridor', 'term')).toBe(false);
  });
});

describe('a name with its last words written short', () => {
  it('"Phase-II BMD" is "Phase-II Ballistic Missile Defence", not "Phase-III Ballistic Missile Defence"', () => {
    expect(sameValue('Phase-II BMD', 'Phase-II Ballistic Missile Defence', 'term')).toBe(true);
    expect(sameValue('Phase-II Ballistic Missile Defence', 'Phase-II BMD', 'term')).toBe(true);
    expect(sameValue('Phase-III BMD', 'Phase-II Ballistic Missile Defence', 'term')).toBe(false);
    expect(sameValue('Phase-II BMD', 'Phase-II Air Defence', 'term')).toBe(false);
  });
});

describe('a House of Parliament by its name and by its place', () => {
  it('"the Upper House of Parliament" is the Rajya Sabha, never the Lok Sabha', () => {
    expect(sameValue('Rajya Sabha', 'Upper House of Parliament', 'organisation')).toBe(true);
    expect(sameValue('Lower House', 'Lok Sabha', 'organisation')).toBe(true);
    expect(sameValue('Lok Sabha', 'Upper House of Parliament', 'organisation')).toBe(false);
  });
});
