import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('quantity: how many', () => {
  it('asks "how many" from a passive count (stampede)', () => {
    const facts = factsOf(['Last week, at least 76 people were killed when a hotel near the Grand Mosque collapsed.'], { date: '2006-01-12' });
    const [f] = byPattern(facts, 'quantity');
    // The qualifier belongs to the question; the key is the figure.
    expect(f.question).toBe('At least how many people were killed when a hotel near the Grand Mosque collapsed?');
    expect(f.answer).toBe('76');
  });

  it('ends the question before a participle after "now" (", now ranking at 38")', () => {
    const facts = factsOf(['India improved three places in tracking and tracing in the Logistics Performance Index, now ranking at 38.']);
    expect(ask(facts, 'quantity').map(([q]) => q)).not.toContainEqual(expect.stringMatching(/now ranking/));
  });

  it('asks nothing of a count a noun before it owns ("last rites of 13 victims were performed")', () => {
    const facts = factsOf(['The police said last rites of 13 victims were performed near the disaster site.', 'Bodies of 20 people were recovered from the debris.']);
    expect(ask(facts, 'quantity').map(([q]) => q)).not.toContainEqual(expect.stringMatching(/^How many (?:victims|people) were (?:performed|recovered)/));
  });

  it('asks "how many" past an aside of who among them ("At least 40 people, including 12 children, were killed …")', () => {
    expect(ask(factsOf(['At least 40 people, including 12 children from a school in Nashik, were killed when the bus fell into a gorge near Igatpuri.']), 'quantity')).toContainEqual([
      'At least how many people were killed when the bus fell into a gorge near Igatpuri?',
      '40',
    ]);
    expect(ask(factsOf(['Nearly 300 workers, most of them migrants from Odisha, were rescued from the flooded mine in Meghalaya.']), 'quantity')).toContainEqual([
      'Nearly how many workers were rescued from the flooded mine in Meghalaya?',
      '300',
    ]);
    // (Not a count after a preposition: the nominations were examined, not the countries.)
    const asked = ask(factsOf(['A total of 54 nominations submitted by nearly 70 countries, including India’s Garba dance, were examined at the session in Paris.']), 'quantity');
    expect(asked.map(([, a]) => a)).not.toContain('70');
  });

  it('asks a part as a part ("Three of the four … were conferred posthumously" → three, never four)', () => {
    const asked = ask(factsOf(['Two of the five Bharat Ratna awards were conferred posthumously.', 'Nine of the 12 judges were elevated from the Bar.']), 'quantity');
    expect(asked).toContainEqual(['How many of the five Bharat Ratna awards were conferred posthumously?', 'Two']);
    expect(asked.map(([, a]) => a)).not.toContain('five');
    expect(asked.map(([, a]) => a)).not.toContain('12');
  });

  it('keeps the fronted year of a count\'s own clause after a semicolon ("…; in 2019, nine pilgrims had died in a bus accident here")', () => {
    const asked = ask(factsOf(['At the same spot, a jeep had fallen into the river in 2012, killing 14 workers; in 2019, nine pilgrims had died in a bus accident here.']), 'quantity');
    expect(asked).toContainEqual(['How many pilgrims had died in a bus accident in 2019?', 'nine']);
    expect(asked.map(([q]) => q)).not.toContain('How many pilgrims had died in a bus accident?');
  });

  it('ends the question at a second verb after a bare comma ("Seventeen countries have scored fewer than five, have ranked between one to 17")', () => {
    const asked = ask(factsOf(['Twelve countries have scored fewer than five, have ranked between one to 12.']), 'quantity');
    expect(asked).toContainEqual(['How many countries have scored fewer than five?', 'Twelve']);
  });

  it('asks what was counted without a phrase its determiner opens ("shared two pictures of the late actor")', () => {
    const asked = ask(factsOf(['Prime Minister Narendra Modi also shared three pictures of the late singer on X.']), 'quantity').map(([q]) => q);
    expect(asked).toContain('How many pictures did Narendra Modi share of the late singer on X?');
  });

  it('asks a bare count of the injured of the disaster the headline names ("… in the Rath Yatra stampede?")', () => {
    const asked = ask(factsOf(['Officials said that three pilgrims died on the spot.', 'The collector added that apart from those who died, nearly 50 persons were injured.'], { title: 'Odisha orders probe into Rath Yatra stampede' }), 'quantity');
    expect(asked).toContainEqual(['Nearly how many persons were injured in the Rath Yatra stampede?', '50']);
    // (Nor asked bare where no disaster is named.)
    expect(ask(factsOf(['The collector added that nearly 50 persons were injured.'], { title: 'Officials visit hospital in Puri' }), 'quantity')).toEqual([]);
  });

  it('ends the question before a clause with a count of its own ("… and hundreds are feared trapped")', () => {
    const facts = factsOf(['Officials said that 38 people have died and dozens are feared missing after the cloudburst in Kullu.']);
    expect(byPattern(facts, 'quantity').map((f) => f.question)).toContain('How many people have died in the cloudburst?');
  });

  it('ends the question before who told it (", news agency UNI quoted … as stating")', () => {
    const asked = ask(factsOf(['Five people have died in rain-related incidents in Nellore district, news agency UNI quoted Revenue Minister Anil Rao as stating.']), 'quantity');
    expect(asked).toContainEqual(['How many people have died in rain-related incidents in Nellore district?', 'Five']);
  });

  it('asks the count of a list of names of the whole list, never of its last name', () => {
    const asked = ask(factsOf(['Kerala, Karnataka and Tamil Nadu reported 312 new cases, officials said on Monday.']), 'quantity');
    expect(asked).toContainEqual(['How many new cases did Kerala, Karnataka and Tamil Nadu report?', '312']);
    expect(asked.some(([q]) => /did Tamil Nadu report/.test(q))).toBe(false);
  });

  it('asks "how many" from "the four Kuril Islands, claimed by Japan" (seed)', () => {
    const facts = factsOf(['Russia and Japan have never signed a peace treaty because of the dispute over the four Kuril Islands, claimed by Japan.']);
    expect(ask(facts, 'quantity')).toContainEqual(['How many Kuril Islands are claimed by Japan?', 'four']);
  });

  it('reads "over" after "handed" as the verb\'s particle, not "more than"', () => {
    const facts = factsOf(['After the talks, India also handed over 700 social housing units to the Maldives.']);
    expect(ask(facts, 'quantity')).toContainEqual(['How many social housing units did India hand over to the Maldives?', '700']);
    // (A count after another verb keeps its qualifier.)
    expect(ask(factsOf(['Tata Projects built over 700 houses in Kerala last year.']), 'quantity')[0]?.[0]).toMatch(/^More than how many houses/);
  });

  it('asks no small count spelt out in someone\'s speech, but a figure in it', () => {
    expect(ask(factsOf(['“From that humble beginning, we are now occupying a leadership role, and today two great countries have built an important satellite together,” Narayanan said.']), 'quantity')).toEqual([]);
    expect(ask(factsOf(['“India jumped 29 notches in Global Innovation Index rankings in 4 years, and makes it to 52nd rank,” said Piyush Goyal after releasing the report.']), 'quantity').map(([, a]) => a)).toContain('29');
  });

  it('ends a count\'s question with the "while …" clause it stands in', () => {
    const facts = factsOf(['Thus, while 11 candidates have been elected unopposed, the winner from the seat in Tripura will be decided by voting on September 3.']);
    expect(ask(facts, 'quantity')).toContainEqual(['How many candidates have been elected unopposed?', '11']);
  });

  it('asks with a capitalised qualifier at the start of a sentence', () => {
    const facts = factsOf(['More than 20,000 people have been evacuated from coastal districts of Odisha.']);
    expect(ask(facts, 'quantity')).toContainEqual(['More than how many people have been evacuated from coastal districts of Odisha?', '20,000']);
  });

  it('keeps what a measure counts with it ("tonnes of coffee")', () => {
    expect(ask(factsOf(['Kenya produced about 51,000 tonnes of coffee in 2023, down from 130,000 tonnes in the late 1980s.']), 'quantity')).toContainEqual([
      'About how many tonnes of coffee did Kenya produce in 2023, down from 130,000 tonnes in the late 1980s?', '51,000',
    ]);
  });

  it('takes a range as one answer, never its upper end alone', () => {
    expect(ask(factsOf(['Between 10 and 12 people were injured in the blast near the market in Kabul.']), 'quantity')).toEqual([
      ['How many people were injured in the blast near the market in Kabul?', 'Between 10 and 12'],
    ]);
    expect(ask(factsOf(['At least 40 to 50 people were killed in the flooding in Assam on Sunday.']), 'quantity')).toContainEqual([
      'At least how many people were killed in the flooding in Assam on Sunday?', '40 to 50',
    ]);
  });

  it('asks nothing without a number', () => {
    expect(byPattern(factsOf(['Many people were injured in the blast near the market in Kabul.']), 'quantity')).toEqual([]);
  });

  it('keeps a fronted span of years, without which another count answers too (wetlands, launches)', () => {
    expect(ask(factsOf(['From 1982 to 2013, a total of 26 sites were added to the list of Ramsar sites in the country.']), 'quantity')).toContainEqual([
      'How many sites were added to the list of Ramsar sites in the country from 1982 to 2013?', '26',
    ]);
    expect(ask(factsOf(['In 2023, ISRO launched seven satellites from Sriharikota for foreign customers.']), 'quantity')).toContainEqual([
      'How many satellites did ISRO launch from Sriharikota for foreign customers in 2023?', 'seven',
    ]);
    // (And a fronted "last year": this year's count is another.)
    // (Dated by the article where it has a date: "in 2014".)
    expect(ask(factsOf(['Last year, India had dropped five spots, but it has regained ground by adding two more destinations.']), 'quantity').map(([q]) => q)).toEqual([expect.stringMatching(/^How many spots did India drop (?:last year|in \d{4})\?$/)]);
  });

  it('ends the question before a clause of its own joined by "and" ("… and rapid construction is going on there")', () => {
    const qs = ask(factsOf(['Five semiconductor units have been approved so far and rapid construction is going on there, the minister said.']), 'quantity').map(([q]) => q);
    expect(qs).toContain('How many semiconductor units have been approved so far?');
  });

  it('ends the question before another count joined by "and" ("… and eight snake bites were reported")', () => {
    const qs = ask(factsOf(['As many as 141 trees were uprooted across the district and eight snake bites were reported on Tuesday.']), 'quantity').map(([q]) => q);
    expect(qs.some((q) => /snake bites/.test(q) && /trees/.test(q))).toBe(false);
  });

  it('ends the question at a double hyphen ("… across four categories -- Super League …")', () => {
    const qs = ask(factsOf(['As many as 62 awards were presented this year across four categories -- Super League Cities, Promising Cities and Special Category.']), 'quantity').map(([q]) => q);
    expect(qs.some((q) => /Super League/.test(q))).toBe(false);
  });

  it('keeps whom a fronted "Alongside …" says the count was with, by their full name', () => {
    expect(ask(factsOf(['Nayab Singh Saini was sworn in as Chief Minister on Thursday.', 'Alongside Saini, 13 ministers took oath at the ceremony in Panchkula.']), 'quantity')).toContainEqual([
      'How many ministers took oath at the ceremony in Panchkula alongside Nayab Singh Saini?', '13',
    ]);
  });

  it('asks nothing of a count whose only verb is a participle ("18 observer nations attending")', () => {
    expect(ask(factsOf(['This was the maiden multinational air exercise, with eight participating nations contributing air assets and 18 observer nations attending.']), 'quantity')).toEqual([]);
  });

  it('ends the question at a colon that opens what the count lists', () => {
    expect(ask(factsOf(['Two parachute deployments were seen: stabilizing chutes at 5.7 km and main chutes at 2 km altitude.']), 'quantity')).toContainEqual([
      'How many parachute deployments were seen?', 'Two',
    ]);
    expect(ask(factsOf(['Three states reported the most cases: Kerala, Karnataka and Maharashtra.']), 'quantity')).toContainEqual(['How many states reported the most cases?', 'Three']);
  });

  it('ends the question before a participle clause after a comma ("…, taking the number to 75")', () => {
    expect(ask(factsOf(['Eleven Indian sites have been added to the Ramsar list, taking the number of wetlands of international importance in the country to 75.']), 'quantity')).toContainEqual([
      'How many Indian sites have been added to the Ramsar list?', 'Eleven',
    ]);
    expect(ask(factsOf(['More than 3,000 people were evacuated from low-lying areas of Puri, prompting the state to open 400 shelters.']), 'quantity')).toContainEqual([
      'More than how many people were evacuated from low-lying areas of Puri?', '3,000',
    ]);
  });

  it('asks a count that is the subject of its clause, each of two in one sentence', () => {
    const q = ask(factsOf(['The treasurer said 500 institutions received the initial invitation and currently 190 universities have accepted one or more donations.']), 'quantity');
    expect(q).toEqual(expect.arrayContaining([
      ['How many institutions received the initial invitation?', '500'],
      ['How many universities have accepted one or more donations?', '190'],
    ]));
    expect(ask(factsOf(['Officials said 25 people drowned when the boat capsized in the Ganga near Patna.']), 'quantity')).toContainEqual(['How many people drowned when the boat capsized in the Ganga near Patna?', '25']);
    // (A people named by a demonym counts too; the examples after "such as" stay out.)
    expect(ask(factsOf(['Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera and Athena.']), 'quantity')).toContainEqual(['About how many Greeks worship the ancient gods?', '100,000']);
    expect(ask(factsOf(['About 3,000 Indians live in the conflict-hit region, the Ministry of External Affairs said.']), 'quantity')).toContainEqual(['About how many Indians live in the conflict-hit region?', '3,000']);
  });

  it('asks no count that a participle describes, nor an age read as one', () => {
    expect(byPattern(factsOf(['Over 450 people killed in the floods were buried in Kerala on Monday.']), 'quantity').map((f) => f.question)).not.toContainEqual(expect.stringMatching(/killed in the floods were/));
    expect(byPattern(factsOf(['The winner of the 2023 Nobel Prize in Literature, 64, has written about 40 plays as well as novels and essays.']), 'quantity')).toEqual([]);
  });

  it('asks what something has, dated by "as of" when the sentence gives it', () => {
    expect(ask(factsOf(['The security firm Secunia has said that as of March 4, 2011, IE6 has 277 vulnerabilities; 39 percent of these are rated highly critical.']), 'quantity')).toContainEqual([
      'How many vulnerabilities did IE6 have as of March 4, 2011?', '277',
    ]);
    expect(ask(factsOf(['With the new additions, India now has 85 Ramsar sites covering an area of 1.3 million hectares.']), 'quantity')).toContainEqual(['How many Ramsar sites does India have?', '85']);
    // An absolute "with" clause after the count is no part of what is had; "an estimated" is asked as "about".
    expect(ask(factsOf(['India has an estimated 718 snow leopards with Ladakh reporting the maximum number (477) of these cats, the ministry said.']), 'quantity')).toContainEqual([
      'About how many snow leopards does India have?', '718',
    ]);
    expect(ask(factsOf(['Kerala now has 1,200 public libraries with the district councils running most of them.']), 'quantity')).toContainEqual(['How many public libraries does Kerala have?', '1,200']);
  });

  it('ends the question where a clause with its own subject follows ("…, Thomas could get only …")', () => {
    expect(ask(factsOf(['While Chandy Oommen gathered 80,144 votes, Jaick Thomas could get only 42,425 votes in the bypoll.']), 'quantity')).toContainEqual(['How many votes did Chandy Oommen gather?', '80,144']);
  });

  it('ends the question where a count or a short form opens the next clause', () => {
    expect(ask(factsOf(['While 20 new offences have been added to the Bharatiya Nyaya Sanhita, 19 provisions that existed in IPC have been deleted.']), 'quantity')).toContainEqual([
      'How many new offences have been added to the Bharatiya Nyaya Sanhita?', '20',
    ]);
    expect(ask(factsOf(['While IPC had 511 sections, BNS has 358 sections under the new law.']), 'quantity')).toContainEqual(['How many sections did IPC have?', '511']);
  });
});

describe('quantity: another\'s count with its verb left out', () => {
  it('ends the question before a second verb of the subject ("… and held the seat for 53 years")', () => {
    const qs = ask(factsOf(['Ravi Menon represented Kottayam East from 1980. He won nine consecutive elections and held the seat for 44 years.']), 'quantity');
    expect(qs.map(([q]) => q).filter((q) => /and held/.test(q))).toEqual([]);
    expect(qs).toContainEqual(['How many consecutive elections did Ravi Menon win?', 'nine']);
  });

  it('ends the question before "and Karnataka 106", and keeps ", up from …" next to the noun', () => {
    expect(ask(factsOf(['Kerala recorded 125 vultures and Karnataka 106.']), 'quantity')).toContainEqual(['How many vultures did Kerala record?', '125']);
    expect(ask(factsOf(['Tamil Nadu recorded 157 vultures, up from 100 in 2022-23 and 152 in 2023-24.']), 'quantity')).toContainEqual(['How many vultures did Tamil Nadu record, up from 100 in 2022-23?', '157']);
  });
});

describe('quantity: a name after a preposition', () => {
  it('is where the subject is, never the subject ("sea winds around Tamil Nadu and Puducherry have reached …")', () => {
    const qs = ask(factsOf(['Due to its impact, sea winds around Tamil Nadu and Puducherry have reached 70 to 80 kilometres per hour, the IMD said.']), 'quantity').map(([q]) => q);
    for (const q of qs) expect(q).not.toMatch(/did Tamil Nadu/);
    const farmers = ask(factsOf(['Farmers in Punjab harvested 180 lakh tonnes of wheat this season.']), 'quantity').map(([q]) => q);
    for (const q of farmers) expect(q).not.toMatch(/did Punjab/);
  });
});

describe('quantity: a subject with "The"', () => {
  it('lower-cases the article of a subject moved inside the question', () => {
    expect(ask(factsOf(['The passengers included 169 Indian nationals, 53 British nationals and one Canadian national.']), 'quantity')).toContainEqual(['How many Indian nationals did the passengers include?', '169']);
  });
});

describe('quantity: the state after a passive verb, and a "while" with its own subject', () => {
  it('asks "are feared dead", not "are feared", and ends before "while Sunitha secured …"', () => {
    expect(ask(factsOf(['At least 10 persons are feared dead in a massive cloudburst that struck a remote village en route to the Machail Mata yatra in Kishtwar district of Jammu and Kashmir on Thursday, officials said.']), 'quantity').map(([q]) => q)).toContain('At least how many persons are feared dead?');
    expect(ask(factsOf(['Naveen Yadav polled 98,988 votes while Sunitha secured 74,259 votes.']), 'quantity')).toContainEqual(['How many votes did Naveen Yadav poll?', '98,988']);
  });
});

describe('quantity: a count of things spelt out, then shortened', () => {
  it('asks "How many MoUs …?" of "8 Memorandum of Understandings (MoUs)"', () => {
    expect(ask(factsOf(['India has signed 8 Memorandum of Understandings (MoUs) with the Mauritius government, Foreign Secretary Vikram Misri said during a press briefing.']), 'quantity')).toContainEqual(['How many MoUs did India sign with the Mauritius government?', '8']);
  });
});

describe('quantity: others, and a second count', () => {
  it('asks no "How many others …?", and ends before "and more than 100 others" and "while three others"', () => {
    const asked = ask(factsOf(['Meanwhile, at least 7 people have died and more than 100 others have been rescued following heavy rains.', 'Fifteen people died on the spot while three others succumbed to their injuries on way to hospital.']), 'quantity').map(([q]) => q);
    expect(asked.some((q) => /\bothers\b/.test(q))).toBe(false);
    expect(asked).toContain('At least how many people have died in the rains?');
    expect(asked).toContain('How many people died on the spot?');
  });
});

describe('quantity: vote counts in a by-election report', () => {
  it('ends before another candidate\'s count and leaves out a share in brackets', () => {
    const asked = ask(factsOf(["The BJP bagged 37,476 votes and the Congress' Chiranjib Bhowmick secured 18,060 votes, the District Magistrate said.", 'Gita Rani Bhunia secured 1,06,179 votes, Rita Mandal of the CPI(M), bagged 41,987 votes.', 'Ajit Singh Pal secured 73,284 votes (44.86 percent) in the constituency.']), 'quantity').map(([q]) => q);
    expect(asked).toContain('How many votes did the BJP bag?');
    expect(asked).toContain('How many votes did Gita Rani Bhunia secure?');
    expect(asked.some((q) => /percent|Rita Mandal|Bhowmick/.test(q))).toBe(false);
  });
});
describe('quantity: a share is no count', () => {
  it('asks no "how many" of "nearly half", "a third", "the majority"', () => {
    expect(ask(factsOf(['Nearly half of countries have been stagnant on the index for almost a decade.']), 'quantity')).toEqual([]);
    expect(ask(factsOf(['Two-thirds of the districts have reported deficient rainfall this year.']), 'quantity')).toEqual([]);
    expect(ask(factsOf(['At least 35 people were killed when the suspension bridge collapsed on Sunday.']), 'quantity').length).toBe(1);
  });
});

describe('quantity: a plural count before a singular verb', () => {
  it('asks nothing of "more than 50 legislators has been formed" (the government was formed)', () => {
    expect(ask(factsOf(['This is the first time that a government having the support of more than 50 legislators has been formed in the state.']), 'quantity')).toEqual([]);
  });
});

describe('quantity: seats without their state', () => {
  it('asks no "How many seats did the BJP win …?" in a story that counts seats in several states', () => {
    const paras = ['In Chhattisgarh, the Congress won 65 of the 90 seats.', 'The MNF won 26 seats in Mizoram.', 'The Congress has won 65 out of 90 seats while the BJP won 17 seats emerging as the next largest party.'];
    expect(ask(factsOf(paras, { title: 'Results of assembly elections of five states declared' }), 'quantity').filter(([q]) => /BJP/.test(q))).toEqual([]);
  });

  it('nor "How many MLAs voted for the BJP?" in a story of Rajya Sabha polls in several states', () => {
    const paras = ['The BJP won both seats in Himachal Pradesh after six Congress MLAs cross-voted.', 'Four candidates were in the fray for the three seats in Karnataka.', 'Nine MLAs voted in favour of the BJP nominee in the polls.'];
    expect(ask(factsOf(paras, { title: 'Rajya Sabha polls: BJP wins in Himachal after cross-voting' }), 'quantity').filter(([q]) => /MLAs voted/.test(q))).toEqual([]);
  });
});

describe('quantity: a score is no count', () => {
  it('asks nothing of "equalised 8-all with six points in a row"', () => {
    const facts = factsOf(['Srikanth held an 8-2 lead in the first game but Jonatan Christie equalised 8-all with six points in a row.']);
    expect(ask(facts, 'quantity').filter(([q]) => /How many with\b/.test(q))).toEqual([]);
  });
});

describe('quantity: no stub when the rest is too long, and a spaced hyphen ends the clause', () => {
  it('asks nothing of "5 blocks pertain to gold and other blocks pertain to …" (a long list)', () => {
    const facts = factsOf(['Out of these 51 mineral blocks, 5 blocks pertain to gold and other blocks pertain to commodities like potash, molybdenum and base metals spread across 11 states of Andhra Pradesh, Chhattisgarh, Gujarat, Jharkhand, Karnataka, Madhya Pradesh, Odisha and Rajasthan.']);
    expect(ask(facts, 'quantity').filter(([q]) => /^How many blocks pertain\?$/.test(q))).toEqual([]);
  });

  it('"two types of incentives will be given - incentives will be given on …" → "How many types of incentives will be given?"', () => {
    const facts = factsOf(['To encourage manufacturing, two types of incentives will be given - incentives will be given on electrolyser manufacturing and on production of green hydrogen.']);
    expect(ask(facts, 'quantity')).toContainEqual(['How many types of incentives will be given?', 'two']);
  });
});

describe('quantity: a toll in an absolute "with" clause', () => {
  it('"… led to tragedy in Chennai on Friday -- with seven people dying and 30 being injured in a stampede"', () => {
    const facts = factsOf(['A rush at the temple gate led to tragedy in Chennai on Friday -- with seven people dying and 30 being injured in a stampede.']);
    expect(ask(facts, 'quantity')).toContainEqual(['How many people died in the stampede in Chennai?', 'seven']);
  });

  it('asks nothing where no disaster is named ("with 40 people dead" alone says of what)', () => {
    expect(ask(factsOf(['The village was cut off for a week, with 40 people dead, officials said on Monday.']), 'quantity').filter(([q]) => /died/.test(q))).toEqual([]);
  });
});

describe('quantity: a list of places after the count', () => {
  it('keeps its last member after ", and" in the question', () => {
    const found = byPattern(factsOf(['Goyal announced that four semiconductor manufacturing units will be established in Odisha, Punjab, and Andhra Pradesh.']), 'quantity').map((f) => [f.question, f.answer]);
    expect(found).toContainEqual(['How many semiconductor manufacturing units will be established in Odisha, Punjab, and Andhra Pradesh?', 'four']);
    // (A clause after ", and" still ends the question.)
    const clause = byPattern(factsOf(['Twelve people were killed in the blast in Quetta, and the police have arrested two suspects.']), 'quantity').map((f) => f.question);
    expect(clause.every((q) => !/police/.test(q))).toBe(true);
  });

  it('keeps it where a kind of place ends the list ("in Gohar, Karsog, and Dharampur areas of Mandi"): cut, the toll would be two places\'', () => {
    const found = byPattern(factsOf(['Four people lost their lives in Gohar, Karsog, and Dharampur areas of Mandi.']), 'quantity').map((f) => [f.question, f.answer]);
    expect(found.some(([q]) => /Gohar, Karsog\?$/.test(q))).toBe(false);
    expect(found.some(([q, a]) => /Gohar, Karsog, and Dharampur areas of Mandi\?$/.test(q) && a === 'Four')).toBe(true);
  });
});

describe('quantity: a bare headcount', () => {
  it('is not asked: "How many people remain stranded?" has several answers in a disaster report', () => {
    const found = byPattern(factsOf(['The worst-hit district is Mandi, where all five deaths were reported. Eleven people remain stranded, and several more have been evacuated.']), 'quantity').map((f) => f.question);
    expect(found).not.toContain('How many people remain stranded?');
    // (Named where, it is asked.)
    const placed = byPattern(factsOf(['Eleven people remain stranded in Mandi district after the cloudburst on Monday.']), 'quantity').map((f) => f.question);
    expect(placed.some((q) => /Mandi/.test(q))).toBe(true);
  });
});

describe('quantity: a ", however," clause after the count', () => {
  it('ends the question', () => {
    const found = byPattern(factsOf(['During 1982 to 2013, a total of 26 sites were added to the list of Ramsar sites, however, during 2014 to 2024, the country has added 59 new wetlands.']), 'quantity').map((f) => f.question);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((q) => !/however/.test(q))).toBe(true);
  });
});

describe('quantity: a toll with no noun, and a multiplier after the count', () => {
  it('asks how many died of what the sentence says caused it', () => {
    const asked = ask(factsOf(['At least nine died and 40 passengers were hurt after the bus travelling from Shimla to Manali fell into a gorge near Mandi, close to the Beas river.']), 'quantity');
    expect(asked).toContainEqual(['At least how many people died after the bus travelling from Shimla to Manali fell into a gorge near Mandi, close to the Beas river?', 'nine']);
    const fire = ask(factsOf(['Eleven people were rescued, and 14 died in a fire that broke out at a hotel in central Kolkata on Tuesday night.']), 'quantity');
    expect(fire).toContainEqual(['How many people died in a fire that broke out at a hotel in central Kolkata on Tuesday night?', '14']);
    // (No cause, no question: "How many people died?" has many answers in a disaster report.)
    expect(ask(factsOf(['At least nine died, officials said on Monday.']), 'quantity')).toEqual([]);
  });

  it('keeps "dozen" or "hundred" with the count', () => {
    const asked = ask(factsOf(['Two dozen passengers suffered injuries in the collision near Rangapani station.']), 'quantity');
    expect(asked.map(([, a]) => a)).toContain('Two dozen');
    expect(asked.map(([q]) => q).join(' ')).not.toMatch(/How many dozen/);
  });
});

describe('quantity: a toll with nothing after its verb', () => {
  it('is asked of the disaster the sentence or the headline names, or not at all', () => {
    const text = 'Eight workers died while 46 of them are receiving treatment for their injuries.';
    expect(ask(factsOf([text], { title: 'Himachal avalanche: last worker’s body found, toll rises to 8' }), 'quantity')).toContainEqual(['How many workers died in the Himachal avalanche?', 'Eight']);
    expect(ask(factsOf(['A landslide hit the village at dawn, and eleven people died.']), 'quantity').map(([q]) => q).join(' ')).not.toMatch(/died\?$/);
    expect(ask(factsOf([text], { title: 'Rescue operation ends in Chamoli' }), 'quantity').map(([q]) => q)).not.toContain('How many workers died?');
  });
  it('counts "lost their lives" as a toll too', () => {
    const text = 'At least 9 people lost their lives, and 40 are missing after a landslide hit two villages in Wayanad.';
    const asked = ask(factsOf([text]), 'quantity').map(([q]) => q);
    expect(asked).not.toContain('At least how many people lost their lives?');
    expect(asked).toContain('At least how many people lost their lives in the landslide?');
    const bare = ask(factsOf(['At least 9 people lost their lives, and 40 are missing, officials said.'], { title: 'Rescue operation ends in Wayanad' }), 'quantity').map(([q]) => q);
    expect(bare.filter((q) => /lost their lives\?$/.test(q))).toEqual([]);
  });
});

describe('quantity: a count of things done to, with nothing to say which', () => {
  it('asks no "How many flights were cancelled?"', () => {
    expect(ask(factsOf(['As many as 18 flights were cancelled.']), 'quantity').map(([q]) => q)).not.toContain('How many flights were cancelled?');
    expect(ask(factsOf(['As many as 18 flights were cancelled at Chennai airport on Tuesday.']), 'quantity').length).toBe(1);
    // (Nor with a qualifier before it: "More than how many trees were uprooted?")
    expect(ask(factsOf(['Over 2,140 trees were uprooted, and nearly 1,700 electric poles were knocked down.']), 'quantity').map(([q]) => q)).toEqual([]);
    expect(ask(factsOf(['At least 40 houses were destroyed.']), 'quantity').map(([q]) => q)).toEqual([]);
  });
  it('asks it of the noun an "in which" stands for', () => {
    const asked = ask(factsOf(['Stampedes have struck the fair before, with the deadliest stampede during the 1954 Kumbh Mela, in which 800 pilgrims were trampled.']), 'quantity').map(([q]) => q);
    expect(asked).toContain('How many pilgrims were trampled in the deadliest stampede during the 1954 Kumbh Mela?');
  });
});

describe('quantity: a mark passed for the Nth time', () => {
  it('is no count to ask ("only the second time India have won more than 100 medals")', () => {
    const asked = ask(factsOf(['This is also only the second time Kenya have won more than 30 medals at the Commonwealth Games, after 2002 in Manchester.']), 'quantity').map(([q]) => q);
    expect(asked.filter((q) => /how many medals/i.test(q))).toEqual([]);
    // (A count won is one still.)
    expect(ask(factsOf(['Kenya won more than 30 medals at the Commonwealth Games in Birmingham.']), 'quantity').map(([q]) => q).filter((q) => /how many medals/i.test(q)).length).toBe(1);
  });
});

describe('quantity: a list cut before its noun', () => {
  it('leaves out the phrase that holds it ("… persist across central, eastern" of "central, eastern, and northern India")', () => {
    const asked = ask(factsOf(['At least 41 people have died as severe heatwave conditions persist across central, eastern, and northern India, according to a report.']), 'quantity').map(([q]) => q);
    expect(asked).toContain('At least how many people have died as severe heatwave conditions persist?');
  });
});

describe('quantity: a count before a preposition', () => {
  it('counts no noun after "off" ("needed 10 off six balls")', () => {
    const asked = ask(factsOf(['Chasing 160, India needed 10 off six balls against Haris Rauf in the final over.']), 'quantity').map(([q]) => q);
    expect(asked.join(' ')).not.toMatch(/How many off/);
  });
});

describe('quantity: a clause of its own after "and the …"', () => {
  it('ends the question ("… evacuated in Andhra Pradesh and the Navy, Air Force and Army are ready …")', () => {
    const asked = ask(factsOf(['About 9,000 people have been evacuated in Andhra Pradesh and the Navy, Air Force and Army are ready for any rescue operations if needed.']), 'quantity');
    expect(asked).toContainEqual(['About how many people have been evacuated in Andhra Pradesh?', '9,000']);
  });
});

describe('quantity: a figure closing its clause', () => {
  it('counts nothing after its comma ("was batting on 29, when bails were drawn")', () => {
    const asked = ask(factsOf(['Harsh Dubey lent solid support to Rathod and was batting on 29, when bails were drawn.']), 'quantity');
    expect(asked.some(([q]) => /when bails/.test(q))).toBe(false);
  });
});

describe('quantity: a count after "during which"', () => {
  it('is not asked where "which" stands for a clause ("visited Portugal in June 2017 during which 11 agreements were signed")', () => {
    const asked = ask(factsOf(['India and Peru signed seven agreements on Friday.', 'Prime Minister Modi visited Peru in June 2017 during which 11 agreements were signed covering space and higher education.']), 'quantity');
    expect(asked.some(([, a]) => a === '11')).toBe(false);
  });

  it('is not asked of an "in which" with no noun set off before it: another event\'s toll ("… in June 1998 in which over 3000 people were killed")', () => {
    const cyclone = ask(factsOf(['Cyclone Biparjoy made landfall near Jakhau Port on Thursday.', 'In Kutch, people recalled the devastation caused by a massive cyclone 25 years ago in June 1998 in which over 3000 people were killed in Kutch and Saurashtra.']), 'quantity');
    expect(cyclone.some(([, a]) => a === '3000')).toBe(false);
    const quake = ask(factsOf(['A 5.2 earthquake shook Nepal on Monday.', 'Residents remembered the 2015 earthquake in which nearly 9,000 people died across the country.']), 'quantity');
    expect(quake.some(([, a]) => /9,000/.test(a))).toBe(false);
  });
});

describe('quantity: a toll told on the way', () => {
  it('is not asked alone ("Earlier on Saturday, eight bodies were fished out.")', () => {
    const asked = ask(factsOf(['A total of twelve bodies have been recovered so far in the boat capsize incident, police said.', 'Earlier on Saturday, eight bodies were fished out.']), 'quantity');
    expect(asked.some(([, a]) => a === 'eight')).toBe(false);
  });
});

describe('quantity: a subject capitalised only as the sentence’s first word', () => {
  it('is written in lower case in the question ("did lightning strikes kill"), a people’s name kept ("Indian nationals")', () => {
    const storm = ask(factsOf(['Lightning strikes killed at least 12 people in Bihar on Sunday.']), 'quantity');
    expect(storm.map(([q]) => q)).toContain('At least how many people did lightning strikes kill in Bihar on Sunday?');
    const rains = ask(factsOf(['Heavy rains damaged 340 houses in Kozhikode on Monday.']), 'quantity');
    expect(rains.some(([q]) => q.includes('did heavy rains damage'))).toBe(true);
    const nationals = ask(factsOf(['Indian nationals boarded 12 flights from Tel Aviv under Operation Ajay on Friday.']), 'quantity');
    for (const [q] of nationals) expect(q).not.toContain('indian nationals');
  });
});

describe('quantity: a span of days after the count', () => {
  it('is kept whole ("between March 1 and September 8"), never cut at its "and"', () => {
    const asked = ask(factsOf(['The National Seismological Network recorded 413 earthquakes in the country between March 1 and September 8, the Ministry of Earth Sciences said on Tuesday.']), 'quantity');
    expect(asked).toContainEqual(['How many earthquakes did the National Seismological Network record in the country between March 1 and September 8?', '413']);
  });
});

describe('quantity: a clause of another subject after "and"', () => {
  it('ends the question ("… won two gold medals each and Vijayveer Sidhu defended his title …")', () => {
    const asked = ask(factsOf(['Samrat Rana also won two gold medals at the junior worlds and Vijayveer Sidhu defended his 25m standard pistol title while also picking up a bronze medal.']), 'quantity').map(([q]) => q);
    for (const q of asked) expect(q).not.toContain('Vijayveer');
  });
});

describe('quantity: an age set off after a name', () => {
  it('is no toll ("Paswan, 74, died on October 8 in a Delhi hospital …"), a toll still is', () => {
    const asked = ask(factsOf(['The Union Cabinet on Friday condoled the demise of Ram Vilas Paswan.', 'Paswan, 74, died on October 8, in a Delhi hospital following cardiac ailments and kidney failure.']), 'quantity');
    expect(asked.some(([q]) => /How many people died/.test(q))).toBe(false);
    const toll = ask(factsOf(['At least five died and two dozen passengers suffered injuries after the express train derailed near Balasore on Friday.']), 'quantity');
    expect(toll.map(([, a]) => a)).toContain('five');
  });
});


describe('quantity: a count that says of what only by "so far"', () => {
  it('is not asked ("How many locals have been evacuated so far?")', () => {
    const bare = (text: string) => ask(factsOf([text]), 'quantity').filter(([q]) => /so far|till now|already\?/.test(q));
    expect(bare('The Border Roads Organisation has launched rescue operations and 80 locals have been evacuated so far, defence officials said.')).toEqual([]);
    expect(bare('Rescue teams are working through the night and 140 tourists have been rescued till now, officials said.')).toEqual([]);
  });
});

describe('quantity: a count of the state the news ended', () => {
  it('is not asked without its opening ("Before Deepavali’s inclusion, India had 15 elements …")', () => {
    const before = (text: string) => ask(factsOf([text]), 'quantity');
    expect(before('Before Deepavali’s inclusion, India had 15 elements on UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity.')).toEqual([]);
    expect(before('Until the latest additions, the country had 75 Ramsar sites covering 13 lakh hectares.')).toEqual([]);
    // (Nor the count "at present" that the news is about to change.)
    expect(before('At present, Ladakh has two districts – Leh and Kargil.')).toEqual([]);
    expect(before('Currently, the state has 14 medical colleges run by the government.')).toEqual([]);
  });
});

describe('quantity: a gapped count of another side', () => {
  it('leaves it out of the question ("Congress has six members and the BJP four")', () => {
    const asked = ask(factsOf(['After the results, Congress has six members and the BJP four.']), 'quantity').map(([q]) => q);
    expect(asked.some((q) => /BJP four/.test(q))).toBe(false);
  });
});

describe('quantity: a part of the count the headline gives', () => {
  it('is not asked as if the whole ("How many personnel have been conferred the Kirti Chakra?" → Three, under "… confers 10 Kirti Chakras")', () => {
    const facts = factsOf(['President Droupadi Murmu on Friday conferred 10 Kirti Chakras, including seven posthumously.', 'Three personnel, including two of major-rank and one naib subedar, have been conferred the Kirti Chakra, the ministry said.'], { title: 'President Droupadi Murmu confers 10 Kirti Chakras, 26 Shaurya Chakras' });
    expect(ask(facts, 'quantity').filter(([q]) => /Kirti Chakra/.test(q)).map(([, a]) => a)).not.toContain('Three');
    // (The headline's own count is asked.)
    const whole = factsOf(['Three personnel have been conferred the Kirti Chakra, the ministry said.'], { title: 'Three soldiers get Kirti Chakra' });
    expect(ask(whole, 'quantity').map(([, a]) => a)).toContain('Three');
  });
});

describe('quantity: how many came to a gathering the question does not name', () => {
  it('is not asked ("About how many MLAs attended the meeting?")', () => {
    const asked = ask(factsOf(['Before his trip, Singh held a meeting with BJP-led ruling alliance MLAs at the CM Secretariat. Around 20 MLAs attended the meeting.']), 'quantity').map(([q]) => q);
    for (const q of asked) expect(q).not.toMatch(/attended the meeting\?$/);
    const rally = ask(factsOf(['Nearly 5,000 supporters joined the rally on Sunday.']), 'quantity').map(([q]) => q);
    for (const q of rally) expect(q).not.toMatch(/joined the rally/);
  });
});

describe('quantity: a death toll that rose to a figure', () => {
  it('asks the toll of the disaster the headline or the sentence names', () => {
    const karur = factsOf(['A judicial commission has begun probing the stampede. The death toll rose to 41 after a 65-year-old woman succumbed to her injuries late Sunday.'], { title: 'Karur stampede: Judicial commission begins probe; death toll climbs to 41' });
    expect(ask(karur, 'quantity')).toContainEqual(['How many people died in the Karur stampede?', '41']);
    const cloudburst = factsOf(['Rescue teams worked through the night. The toll in the Kishtwar cloudburst has climbed to 60, officials said.'], { title: 'Rescue work goes on in Jammu and Kashmir' });
    expect(ask(cloudburst, 'quantity')).toContainEqual(['How many people died in the Kishtwar cloudburst?', '60']);
  });

  it('asks nothing where no disaster is named, nor of a toll only expected to rise', () => {
    expect(byPattern(factsOf(['The death toll rose to 12 on Monday, officials said.'], { title: 'Officials brief the press' }), 'quantity')).toEqual([]);
    expect(byPattern(factsOf(['The death toll in the landslide is expected to rise further.'], { title: 'Landslide hits the hills' }), 'quantity')).toEqual([]);
  });
});

describe('quantity: deaths someone reported', () => {
  it('asks the toll of the disaster the headline names, not deaths of another cause', () => {
    const title = 'Cyclone Remal weakens into depression, Bengal counts the cost';
    expect(ask(factsOf(['Officials report at least six deaths - one in Kolkata, two women in South 24 Parganas district.'], { title }), 'quantity')).toContainEqual(['At least how many people died in the cyclone?', 'six']);
    expect(ask(factsOf(['Authorities have confirmed 12 deaths so far in the landslide.'], { title: 'Rain batters Wayanad' }), 'quantity')).toContainEqual(['How many people died in the landslide?', '12']);
    expect(ask(factsOf(['The hospital reported 40 deaths from dengue this year.'], { title }), 'quantity')).toEqual([]);
  });
});

describe('quantity: a count that opens a quotation', () => {
  it('is the count, without the quotation mark ("“Seven deaths have been reported …”")', () => {
    const asked = ask(factsOf(['"Seven deaths have been reported due to a major landslide in Darjeeling subdivision. The rescue work is on," the SDO told PTI.'], { title: 'Landslides in Darjeeling' }), 'quantity');
    expect(asked.map(([, a]) => a)).toContain('Seven');
    expect(asked.map(([, a]) => a).join('|')).not.toMatch(/["“]/);
  });
});

describe('quantity: a time of the report\'s own day at the question\'s end', () => {
  it('goes ("… triggered by heavy rainfall since last night?")', () => {
    const asked = ask(factsOf(['"Seven deaths have been reported due to a major landslide in Darjeeling subdivision triggered by heavy rainfall since last night. The rescue work is on," the SDO told PTI.'], { title: 'Landslides in Darjeeling' }), 'quantity');
    expect(asked).toContainEqual(['How many deaths have been reported due to a major landslide in Darjeeling subdivision triggered by heavy rainfall?', 'Seven']);
  });
});

describe('quantity: who among the dead, between dashes', () => {
  it('stands between the count and its verb ("121 people - 113 women, seven children and a man - were killed …")', () => {
    const asked = ask(factsOf(['In one of the worst tragedies in recent years, 121 people - 113 women, seven children and a man - were killed in a stampede at a religious congregation on Tuesday.'], { title: 'Hathras stampede' }), 'quantity');
    expect(asked.some(([q, a]) => a === '121' && /^How many people were killed in a stampede/.test(q))).toBe(true);
  });
});

describe('quantity: a question never ends on who confirmed it', () => {
  it('drops ", officials confirmed" ("How many back-to-back earthquakes did Manipur experience …?")', async () => {
    const { byPattern, factsOf } = await import('../facts-of.js');
    const asked = byPattern(factsOf(['Manipur experienced two back-to-back earthquakes on Wednesday morning, with tremors felt across several northeastern states, officials confirmed.']), 'quantity').map((f) => f.question);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q).not.toMatch(/confirmed\?$/);
  });
});

describe('quantity: a norm', () => {
  it('is asked as one ("Usually, three Bharat Ratna awards are given in a year" → "… are usually given …")', () => {
    const asked = ask(factsOf(['Usually, three Bharat Ratna awards are given in a year. However, this year, the government has named five people for Bharat Ratna.']), 'quantity');
    expect(asked).toContainEqual(['How many Bharat Ratna awards are usually given in a year?', 'three']);
    expect(asked.some(([q]) => q === 'How many Bharat Ratna awards are given in a year?')).toBe(false);
    const leave = ask(factsOf(['Normally, 30 days of leave are granted to each employee in a year.']), 'quantity');
    expect(leave.every(([q]) => !/^How many days of leave are granted/.test(q))).toBe(true);
  });
});

describe('quantity: a count for each of several', () => {
  it('is no total ("Bathinda and Mansa districts reported three deaths each")', () => {
    const asked = ask(factsOf(['With 37 dead, Punjab has been declared disaster-hit as the worst floods in 40 years continue.', 'Bathinda and Mansa districts reported three deaths each, while one death each has been recorded in Gurdaspur and Patiala districts.'], { title: 'Struck by worst flood in 40 yrs, Punjab declared disaster-hit' }), 'quantity');
    expect(asked.some(([, a]) => a === 'three' || a === 'one')).toBe(false);
    const medals = ask(factsOf(['The two shooters won two gold medals each at the Asian Games in Hangzhou.']), 'quantity');
    expect(medals.some(([, a]) => a === 'two')).toBe(false);
  });
});

describe('quantity: an age', () => {
  it('is no count ("Yuvraj Singh hailed 18-year-old Indian armless archery wonder, Sheetal Devi")', () => {
    const asked = ask(factsOf(['Indian legendary cricketer Yuvraj Singh hailed 18-year-old Indian armless archery wonder, Sheetal Devi, who made history by bagging the gold medal.']), 'quantity');
    expect(asked.some(([, a]) => /year-old|^18$/.test(a))).toBe(false);
  });
});

describe('quantity: a count told by someone of a lower-case office', () => {
  it('keeps where, the telling cut off ("… carved out in Ladakh, Union home minister Amit Shah announced on Monday, a move that …")', () => {
    const ladakh = ask(factsOf(['Five new districts will be carved out in Ladakh, Union home minister Amit Shah announced on Monday, a move that will take the total number of districts to seven in the Union territory.']), 'quantity');
    expect(ladakh).toContainEqual(['How many new districts will be carved out in Ladakh?', 'Five']);
    const assam = ask(factsOf(['Twelve new medical colleges will be opened in Assam, state health minister Ashok Singhal told reporters on Friday, a step that doubles the seats.']), 'quantity');
    expect(assam.map(([q]) => q)).toContainEqual(expect.stringMatching(/^How many new medical colleges will be opened in Assam\b/));
  });
});

describe('a count set beside another\'s, its verb left out', () => {
  it('is half a comparison, not asked ("The BJP has 115 members and the Congress 70 in the 200-member assembly")', () => {
    const asked = ask(factsOf(['The BJP has 115 members and the Congress 70 in the 200-member assembly.', 'After the results, Congress has six members and the BJP four.']), 'quantity');
    expect(asked.map(([, a]) => a)).not.toContain('115');
    expect(asked.map(([, a]) => a)).not.toContain('six');
    // (A count alone is asked.)
    expect(ask(factsOf(['The BJP has 115 members in the 200-member Rajasthan assembly.']), 'quantity').map(([, a]) => a)).toContain('115');
  });
});
