import { describe, expect, it } from 'vitest';
import { conflict, givesItselfAway, setEntry, shows } from '../../src/generate/set-conflicts.js';
import { answerParts } from '../../src/generate/centrality.js';
import type { Item } from '../../src/types.js';

let n = 0;
const entry = (question: string, answer: string, answerType: Item['answerType'] = 'person', type: Item['type'] = 'short') =>
  setEntry({ id: `i${++n}`, articleId: 'a', factId: `f${n}`, type, question, answer, answerType, sentence: question, score: 0.5, tags: [] });

describe('one fact asked twice', () => {
  it('is a rank asked as an ordinal and as a bare figure ("111th" and "at _____ (out of 125)" → 111)', async () => {
    const { conflict } = await import('../../src/generate/set-conflicts.js');
    const rank = entry('What was India’s rank in the Global Hunger Index?', '111th', 'number');
    const figure = entry('Data released on Thursday put the country at _____ (out of 125).', '111', 'number', 'cloze');
    expect(conflict(rank, figure)).toBe(true);
    // (Another figure is another fact.)
    expect(conflict(rank, entry('The report gave India a score of _____.', '28.7', 'number', 'cloze'))).toBe(false);
  });
});

describe('a lead told twice in other words', () => {
  it('is one fact asked twice ("The Army Aviation Corps raised the first squadron …" and "The Indian Army on Friday raised its first squadron …")', () => {
    // (Each item with the sentence it was cut from, its answer in it.)
    const cut = (question: string, answer: string, answerType: Item['answerType']) => setEntry({ id: `i${++n}`, articleId: 'a', factId: `f${n}`, type: 'cloze', question, answer, answerType, sentence: question.replace('_____', answer), score: 0.5, tags: [] });
    const corps = cut('The _____ raised the first squadron of its Apache attack helicopters in Jodhpur to support ground operations near the Pakistan border.', 'Army Aviation Corps', 'organisation');
    const army = cut('The _____ on Friday raised its first squadron of Apache attack helicopters in Rajasthan’s Jodhpur with the aim of supporting ground operations near the Pakistan border.', 'Indian Army', 'organisation');
    expect(conflict(corps, army)).toBe(true);
    // (Sentences of one list, alike in their words, tell different facts.)
    const mp = cut('Justice Sanjeev Sachdeva was appointed the Chief Justice of the _____ High Court on Monday.', 'Madhya Pradesh', 'place');
    const kar = cut('Justice Vibhu Bakhru was appointed the Chief Justice of the _____ High Court on Monday.', 'Karnataka', 'place');
    expect(conflict(mp, kar)).toBe(false);
  });
});

describe('an acronym with a hyphen between its halves', () => {
  it('is shown where another item spells it out, a dash between the halves ("AB-PMJAY")', () => {
    const scheme = entry('The CAG found discrepancies in the database of the _____ scheme.', 'AB-PMJAY', 'term', 'cloze');
    expect(shows(scheme, entry('Over _____ beneficiaries of the Ayushman Bharat – Pradhan Mantri Jan Arogya Yojana are linked to invalid numbers.', '10 lakh', 'number', 'cloze'))).toBe(true);
  });
});

describe('an answer printed in another item', () => {
  it('is a person\'s surname alone, but not the surname of another name or the start of a body\'s', () => {
    const jrd = entry('Whom did Ratan Tata succeed as chairman?', 'JRD Tata');
    expect(shows(jrd, entry('In an official statement, N Chandrasekaran, Chairman of Tata Sons, bid farewell to Ratan Naval Tata.', 'N Chandrasekaran', 'person', 'cloze'))).toBe(false);
    expect(shows(jrd, entry('Ratan Tata led the group from _____.', 'March 1991', 'date', 'cloze'))).toBe(false);
    expect(shows(jrd, entry('Tata said the company would grow.', 'company', 'term', 'cloze'))).toBe(true);
    // (So is the name in another romanisation: "Rajeev Kumar" prints Rajiv Kumar; "Rajesh Kumar" does not.)
    const cec = entry('Who was appointed the chief election commissioner?', 'Rajiv Kumar');
    expect(shows(cec, entry('Rajeev Kumar will be replacing Sushil Chandra from _____.', 'May 15', 'date', 'cloze'))).toBe(true);
    expect(shows(cec, entry('Rajesh Kumar will be replacing Sushil Chandra from _____.', 'May 15', 'date', 'cloze'))).toBe(false);
    // (A day before the surname is no given name: "Yesterday Mohamed received …".)
    const ahmed = entry('Who was a 14-year-old boy from Irving?', 'Ahmed Mohamed');
    expect(shows(ahmed, entry('Yesterday Mohamed received VIP attention at Google headquarters in _____.', 'California', 'place', 'cloze'))).toBe(true);
    expect(shows(ahmed, entry('On Monday Mohamed met officials in _____.', 'Dallas', 'place', 'cloze'))).toBe(true);
    // (Nor a sentence's opening function word: "Both Rao and Iyer will …".)
    const rao = entry('Who was the first Director to serve three terms?', 'Sunil Rao');
    expect(shows(rao, entry('Both Rao and Iyer will be given the rank of _____.', 'Secretary', 'term', 'cloze'))).toBe(true);
    expect(shows(rao, entry('Neither Rao nor Iyer attended the meeting in _____.', 'Pune', 'place', 'cloze'))).toBe(true);
  });

  it('is a surname after the name\'s own initials, however they are written ("DY", "D.Y.", "D Y"), after a title too', () => {
    const cji = entry('Chief Justice of India (CJI) _____ authored the majority opinion.', 'D.Y. Chandrachud', 'person', 'mcq');
    expect(shows(cji, entry('The ruling was by the CJI DY Chandrachud-led _____.', 'Constitution Bench', 'term', 'cloze'))).toBe(true);
    expect(shows(cji, entry('Former CJI D Y Chandrachud attended the ceremony at _____.', 'Rashtrapati Bhavan', 'place', 'cloze'))).toBe(true);
    const gavai = entry('Who was sworn in as the 52nd Chief Justice of India?', 'Bhushan Ramkrishna Gavai');
    expect(shows(gavai, entry('CJI B.R. Gavai paid floral tributes at _____.', 'Rajghat', 'place', 'cloze'))).toBe(true);
    // (Another's initials are another person: "Justice K Chandrachud" is not D.Y. Chandrachud.)
    expect(shows(cji, entry('Justice YV Chandrachud led the bench in _____.', '1985', 'year', 'cloze'))).toBe(false);
  });

  it('is a name written with its possessive or without ("Women\'s Reservation Bill", "Women Reservation Bill")', () => {
    const bill = entry('In a historic development, the _____, 2023 was cleared by Rajya Sabha on Thursday.', "Women's Reservation Bill", 'term', 'cloze');
    expect(shows(bill, entry("The Women Reservation Bill, 2023, or the '_____' is set to become a law.", 'Nari Shakti Vandan Adhiniyam', 'term', 'cloze'))).toBe(true);
  });

  it('is a name with "and" in it, by its short form too ("RDI Scheme"), whatever type its cloze gave it', () => {
    const scheme = entry('The Union Cabinet approved the _____ with a corpus of Rs 1 lakh crore.', 'Research Development and Innovation Scheme', 'number', 'cloze');
    expect(shows(scheme, entry('The RDI Scheme is expected to foster self-reliance by _____.', '2047', 'year', 'cloze'))).toBe(true);
    expect(shows(scheme, entry('The Anusandhan National Research Foundation will guide it from _____.', 'New Delhi', 'place', 'cloze'))).toBe(false);
  });

  it('is a name ending on a short form ("JNU VC") printed with it spelt out, in its own item too', () => {
    const vc = entry('Who was appointed the new JNU VC?', 'Rekha Rao', 'person');
    expect(shows(entry('The appointment was made for five years.', 'JNU VC', 'term', 'cloze'), entry('The JNU Vice Chancellor met students in _____.', 'Delhi', 'place', 'cloze'))).toBe(true);
    expect(shows(entry('x', 'JNU VC', 'term', 'cloze'), entry('The JNU Visiting Committee met in _____.', 'Delhi', 'place', 'cloze'))).toBe(true);
    expect(shows(entry('x', 'JNU VC', 'term', 'cloze'), entry('The JNU campus reopened in _____.', 'Delhi', 'place', 'cloze'))).toBe(false);
    const own = setEntry({ id: 'own', articleId: 'a', factId: 'own', type: 'cloze', question: 'The JNU Vice Chancellor, professor at the _____, has been appointed as the new _____.', answer: 'Pune University', answers: ['Pune University', 'JNU VC'], answerType: 'term', sentence: 'x', score: 0.5, tags: [] });
    expect(givesItselfAway(own)).toBe(true);
    expect(givesItselfAway(vc)).toBe(false);
  });

  it('is a figure of one digit too ("7"), wherever another item prints it', () => {
    expect(answerParts('7')).toEqual(['7']);
    const toll = entry('At least how many people have died?', '7', 'number', 'mcq');
    expect(shows(toll, entry('Meanwhile, at least 7 people have died in the landslides in _____.', 'West Bengal', 'place', 'cloze'))).toBe(true);
  });

  it('keeps a name with "and" in it whole ("Jammu and Kashmir"), and a list in its parts', () => {
    expect(answerParts('Jammu and Kashmir')).toEqual(['Jammu and Kashmir']);
    expect(answerParts('Ministry of Information and Broadcasting')).toEqual(['Ministry of Information and Broadcasting']);
    expect(answerParts('Ministry of Environment, Forest and Climate Change')).toEqual(['Ministry of Environment, Forest and Climate Change']);
    expect(answerParts('Manipal Academy of Higher Education and Jamia Millia Islamia')).toEqual(['Manipal Academy of Higher Education', 'Jamia Millia Islamia']);
    expect(answerParts('Bihar and Telangana')).toEqual(['Bihar', 'Telangana']);
    // (A law named after two subjects is one law; two laws joined stay two.)
    expect(answerParts('Immigration and Foreigners Bill')).toEqual(['Immigration and Foreigners Bill']);
    expect(answerParts('Promotion and Regulation of Online Gaming Bill')).toEqual(['Promotion and Regulation of Online Gaming Bill']);
    expect(answerParts('Waqf Bill and Mussalman Wakf Bill')).toEqual(['Waqf Bill', 'Mussalman Wakf Bill']);
    // (A bracket glued on is part of the name, "Section 33(1)"; one set off by a space, a short form.)
    expect(answerParts('Section 33(1)')).toEqual(['Section 33(1)']);
    expect(answerParts('GSAT-7R (CMS-03)')).toEqual(['GSAT-7R']);
    // So one set asks Jammu and Kashmir once: the answer a set compares is the whole name.
    const lead = entry('Omar Abdullah took oath as the first chief minister of the union territory of _____.', 'Jammu and Kashmir', 'place', 'cloze');
    expect(lead.answers.map((a) => a.value)).toEqual(['Jammu and Kashmir']);
  });
});

describe('a figure with thousands separators is one answer', () => {
  it('is not split at its commas ("22,446", "Rs 13,000 crore"), while a list still is', () => {
    expect(answerParts('22,446')).toEqual(['22,446']);
    expect(answerParts('Rs 13,000 crore')).toEqual(['Rs 13,000 crore']);
    expect(answerParts('one nation, one election')).toEqual(['one nation', 'one election']);
  });
});

describe('a figure printed rounded or in full', () => {
  it('shows an amount asked in the other form ("Rs 1.68 lakh crore" and "Rs 1,68,337 crore")', () => {
    const asked = entry('GST collections rose 12.5% to _____ in February.', 'Rs 1.68 lakh crore', 'number', 'cloze');
    const other = entry('In absolute terms, the collection came at Rs 1,68,337 crore, compared with _____ a year earlier.', 'Rs 1,49,577 crore', 'number', 'cloze');
    expect(shows(asked, other)).toBe(true);
    // (Another amount, or one of too few digits to say it was rounded, is not shown.)
    expect(shows(asked, entry('The figure fell from Rs 1.74 lakh crore in January to _____.', 'x', 'number', 'cloze'))).toBe(false);
    expect(shows(entry('Each family gets _____.', 'Rs 2 lakh', 'number', 'cloze'), entry('The state paid Rs 1.6 lakh to _____ families.', '40', 'number', 'cloze'))).toBe(false);
  });
});

describe('a provision printed in a plural list', () => {
  it('is shown there ("Article 105" in "Articles 105 and 194"), not another article', () => {
    const article = entry('The bench stated that bribery does not enjoy immunity under _____ or 194.', 'Article 105', 'term', 'cloze');
    expect(shows(article, entry('The court held that the ruling contradicts Articles 105 and 194 of the Constitution.', 'True', 'term', 'truefalse'))).toBe(true);
    expect(shows(article, entry('The court held that the ruling contradicts Articles 14 and 21 of the Constitution.', 'True', 'term', 'truefalse'))).toBe(false);
  });
});

describe('a scheme printed by some of its words', () => {
  it('shows the scheme ("Green Hydrogen Mission" beside the blank of "National Green Hydrogen Mission")', () => {
    const asked = entry('The Cabinet approved an outlay of Rs 19,744 crore for the _____.', 'National Green Hydrogen Mission', 'term', 'cloze');
    expect(shows(asked, entry('Cabinet approves Green Hydrogen Mission under which 50 lakh tonnes of green hydrogen will be produced by _____.', '2030', 'year', 'cloze'))).toBe(true);
    // (Nor its key words alone: "Online Gaming Bill" leaves "Promotion and Regulation of …" to ask.)
    const bill = entry('Which bill did the Rajya Sabha pass?', 'Promotion and Regulation of Online Gaming Bill', 'term');
    expect(shows(bill, entry('Which House had passed the Online Gaming Bill a day earlier?', 'Lok Sabha', 'organisation'))).toBe(false);
    // (Another mission is no giveaway.)
    expect(shows(asked, entry('The National Solar Mission aims at _____ of capacity.', '100 GW', 'number', 'cloze'))).toBe(false);
  });
});

describe('a slashed answer', () => {
  it('is shown by its part, and asked once with it ("SSLV-D1/EOS-02" and "EOS-02")', () => {
    const mission = entry('The _____ mission can place satellites into low Earth orbit.', 'SSLV-D1/EOS-02', 'term', 'cloze');
    expect(shows(mission, entry('EOS-02 is an earth observation satellite designed by ISRO.', 'True', 'term', 'truefalse'))).toBe(true);
    expect(conflict(mission, entry('_____ is an earth observation satellite designed by ISRO.', 'EOS-02', 'term', 'cloze'))).toBe(true);
    expect(shows(mission, entry('The 34-metre-long SSLV was launched from _____.', 'Sriharikota', 'place', 'cloze'))).toBe(false);
  });
});

describe('a name written closed up', () => {
  it('shows the name written as two words, and the other way round ("SevaNidhi", "Seva Nidhi")', () => {
    const twoWords = entry('_____ will help Agniveers pursue their future dreams without financial pressure.', 'Seva Nidhi', 'term', 'cloze');
    const closedUp = entry('Agniveers will be paid a one-time _____ package of about Rs 11.71 lakh.', 'SevaNidhi', 'term', 'cloze');
    expect(shows(twoWords, entry('Agniveers will be paid a one-time SevaNidhi package of about _____.', 'Rs 11.71 lakh', 'number', 'cloze'))).toBe(true);
    expect(shows(closedUp, entry('Seva Nidhi will help Agniveers pursue their future _____.', 'dreams', 'term', 'cloze'))).toBe(true);
    // (Two other words are another name.)
    expect(shows(twoWords, entry('The Agnipath scheme was announced on _____.', 'June 14', 'date', 'cloze'))).toBe(false);
  });
});
