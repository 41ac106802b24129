import { describe, expect, it } from 'vitest';
import { buildCloze, clozeToQuestion } from '../../src/extract/build-cloze.js';
import { factsOf } from './facts-of.js';

const long =
  'The city lantern festival was off to a bright start on Saturday night as hundreds of thousands of people crowded onto the Chiang Kai Shek Memorial near downtown Taipei to watch the mayor and other dignitaries flip the switch to light hundreds of colourful lantern scenes in and around the memorial park.';

describe('cloze text', () => {
  it('never cuts a clause at the next figure of a list ("…, 1,800 chargers for e-buses, and 48,400 …")', () => {
    const s = 'It proposes 22,100 fast chargers for cars, 1,800 fast chargers for e-buses, and 48,400 fast chargers for E2Ws and has allotted Rs 2,000 crore for the same.';
    const clause = buildCloze(s, 'E2Ws', s.indexOf('E2Ws'), true);
    expect(clause === null || !/^48,400/.test(clause)).toBe(true);
  });

  it('never cuts a clause at the next count in words of a list ("… two airborne early warning aircraft, and four C-130 … aircraft")', () => {
    const s = 'Phase-2 to be held at Jodhpur will see participation of 27 fighters, two refuelling aircraft, two airborne early warning aircraft, and four C-130 Special Forces aircraft from foreign countries, the Director said.';
    const clause = buildCloze(s, 'C-130 Special Forces', s.indexOf('C-130 Special Forces'), true);
    expect(clause === null || !/^Four\b/.test(clause)).toBe(true);
  });

  it('never cuts off the last person of a list before the whole list\'s plural verb (", and former chief justice Sanjay Yadav are the new members")', () => {
    const s = 'Former Chief Justice Lingappa Narayana Swamy, former chief justice of Karnataka High Court and the current chairperson of the Law Commission Ritu Raj Awasthi, and former Allahabad High Court chief justice Sanjay Yadav are the new judicial members of Lokpal.';
    const clause = buildCloze(s, 'Sanjay Yadav', s.indexOf('Sanjay Yadav'), true);
    expect(clause === null || !/^Former Allahabad/.test(clause)).toBe(true);
    // (A clause of its own after ", and" is still cut: "…, and the officials were …".)
    const own = 'The bridge was opened to traffic on Monday after a delay of two years, and the residents of Kottayam were relieved at last.';
    expect(buildCloze(own, 'Kottayam', own.indexOf('Kottayam'), true)).toMatch(/^The residents of \{\{c1::Kottayam\}\}/);
  });

  it('never cuts off a clause that ends on a bare figure, its noun before the cut ("…, and the Western Ghats region has 11,934, which is …")', () => {
    const s = 'Karnataka houses the highest elephant population of 6,013 in India, and the Western Ghats region (Karnataka, Kerala and Tamil Nadu) has 11,934, which is nearly half of India’s elephant population.';
    const clause = buildCloze(s, 'Western Ghats', s.indexOf('Western Ghats'), true);
    expect(clause === null || !/has 11,934 …$/.test(clause)).toBe(true);
    // (A figure with its noun stands: "… has 11,934 elephants, which …".)
    const noun = 'Karnataka houses the highest elephant population of 6,013 in India, and the Western Ghats region in the south has 11,934 elephants, which is nearly half of the total.';
    expect(buildCloze(noun, 'Western Ghats', noun.indexOf('Western Ghats'), true)).toMatch(/11,934 elephants/);
  });

  it('never takes an opening subordinate clause cut before its main one ("While _____ with 92nd rank and Pakistan …")', () => {
    const s = 'While Nepal with 92nd rank (93 in 2024) and Pakistan, with 109th rank (108 in 2024) remained much ahead of India, Sri Lanka, with 133rd rank and Bangladesh lagged behind.';
    const clause = buildCloze(s, 'Nepal', s.indexOf('Nepal'), true);
    expect(clause === null || !/^While\b.*…$/.test(clause)).toBe(true);
    const after = 'After the Prime Minister arrived in Tokyo with a delegation, he met the Emperor and held talks with the leaders of the Japanese business community.';
    const held = buildCloze(after, 'Tokyo', after.indexOf('Tokyo'), true);
    expect(held === null || !/^After\b.*…$/.test(held)).toBe(true);
  });

  it('cuts off a clause a demonstrative opens after "and" ("… (JIMEX) and this edition marks the 11th anniversary …")', () => {
    const facts = factsOf(['The Indian Navy is hosting the fifth edition of the India-France Maritime Exercise (VARUNA) and this edition marks the 20th anniversary of the exercise since its inception in 2001.']);
    expect(facts.filter((f) => f.pattern === 'cloze').map((f) => f.cloze)).toContain('The Indian Navy is hosting the {{c1::fifth}} edition of the India-France Maritime Exercise (VARUNA) …');
  });

  it('never cuts off "…, and posthumously to Colonel X …" as a clause: it goes on with the verb before', () => {
    const s = 'Kirti Chakra was granted to Major Arun Rao from the Maratha Light Infantry, and posthumously to Colonel Manpreet Singh from the Sikh Light Infantry and with 19 Rashtriya Rifles in Jammu and Kashmir.';
    const clause = buildCloze(s, 'Rashtriya Rifles', s.indexOf('Rashtriya Rifles'), true);
    expect(clause === null || !/^Posthumously/.test(clause)).toBe(true);
  });

  it('never cuts a noun phrase after a dash off as a clause ("… a watershed moment – the first time …")', () => {
    const s = 'The mission marked a watershed moment – the first time an Indian astronaut travelled to the International Space Station.';
    const clause = buildCloze(s, 'International Space Station', s.indexOf('International Space Station'), true);
    expect(clause === null || !/^The first time/.test(clause)).toBe(true);
    // (A clause after a dash still stands alone.)
    const t = 'The Cabinet approved the scheme on Friday – the scheme will cost Rs 6,520 crore over five years.';
    expect(buildCloze(t, 'Rs 6,520 crore', t.indexOf('Rs 6,520 crore'), true)).toBe('The scheme will cost {{c1::Rs 6,520 crore}} over five years.');
  });

  it('never cuts a figure\'s gloss after a dash off as a clause ("– a massive _____ surge (year-on-year), the data … showed")', () => {
    const s = 'Transactions surged in July, reaching Rs 20.64 lakh crore against Rs 20.07 lakh crore in the previous month – a massive 35 per cent surge (year-on-year), the data released by the National Payments Corporation of India showed on Thursday.';
    const clause = buildCloze(s, '35 per cent', s.indexOf('35 per cent'), true);
    expect(clause === null || !/^A massive/.test(clause)).toBe(true);
  });

  it('never cuts off one more member of a list before its verb ("…, and apparels to the UAE and raise total trade …")', () => {
    const clozes = factsOf([
      'The council expects the pact to especially boost the export of tea and spices from the hill districts, and textiles to Oman and raise total trade up to $20 billion in the next five years.',
      'The Supreme Court collegium recommended the names of twelve judges for the high courts of Punjab, Haryana and Delhi on Monday, and the Union government set up 40 new benches in the districts of Bihar in March.',
    ]).map((f) => f.cloze);
    expect(clozes.some((c) => /^Textiles to/.test(c))).toBe(false);
    expect(clozes.some((c) => c.includes('{{c1::$20 billion}}'))).toBe(true);
    // (A clause with its own subject and verb still stands alone.)
    expect(clozes.some((c) => /^The Union government set up \{\{c1::40\}\} new benches/.test(c))).toBe(true);
  });

  it('never cuts off the last member of a list whose member before it is a short phrase set off by commas ("…, its manager, and event organisers after …")', () => {
    const clozes = factsOf(['Police registered a case against two owners of the Blue Lagoon restaurant in Kochi, its manager, and the event organisers after a gas leak killed six people on Friday night.', 'The committee summoned the chief engineer of the Pune Metro, his deputy, and three contractors after the girder collapsed on a busy road near Shivajinagar.']).map((f) => f.cloze);
    expect(clozes.some((c) => /^(?:The )?[Ee]vent organisers after/.test(c))).toBe(false);
    expect(clozes.some((c) => /^Three contractors after/.test(c))).toBe(false);
  });

  it('never cuts off "…, and then to X to make it …" as a clause: it goes on with the verb before', () => {
    const clozes = factsOf(['For nearly a decade now, activists have been seeking a tiger reserve linking these two sanctuaries, adjoining the Periyar Tiger Reserve in Kerala, and then to connect it with the Tirunelveli Wildlife Sanctuary, and then to Kalakkad Mundanthurai Tiger Reserve to make it a contiguous corridor where the big cats can thrive.']).map((f) => f.cloze);
    expect(clozes.some((c) => /^Then to/.test(c))).toBe(false);
  });

  it('blanks the answer where the pattern found it, not an earlier occurrence inside a name', () => {
    const s = 'The Taipei City Lantern Festival drew crowds to downtown Taipei on Saturday.';
    expect(buildCloze(s, 'Taipei', s.lastIndexOf('Taipei'))).toBe('The Taipei City Lantern Festival drew crowds to downtown {{c1::Taipei}} on Saturday.');
  });

  it('keeps the whole sentence when ", and X, will …" is the last member of a list before its verb', () => {
    const sentence = 'Three new criminal laws, replacing the Indian Penal Code (IPC) and the Indian Evidence Act from the British era, and the Code of Criminal Procedure (CrPC), will come into force from July 1, the government notified on Saturday.';
    expect(buildCloze(sentence, 'July 1')).toMatch(/^Three new criminal laws/);
  });

  it('cuts a long sentence at "as <clause>" and keeps the clause that holds the answer', () => {
    expect(buildCloze(long, 'Chiang Kai Shek Memorial')).toMatch(/^Hundreds of thousands of people crowded onto the \{\{c1::Chiang Kai Shek Memorial\}\} near downtown Taipei/);
  });

  it('keeps a clause that shares the subject before it in its sentence ("…, and was able to …")', () => {
    const guest = 'Mohamed was a VIP guest at the Google Science Fair this weekend, and was able to meet finalists at the event held at the company headquarters located in Mountain View, California, where dozens of young scientists showed their work.';
    expect(buildCloze(guest, 'California')).toMatch(/^Mohamed was a VIP guest .*\{\{c1::California\}\}/);
    const minister = 'The minister arrived in Delhi on a three-day visit to discuss trade and energy ties with his counterpart, but will also meet business leaders from the Indian state of Gujarat during the stay.';
    expect(buildCloze(minister, 'Gujarat')).toMatch(/^The minister arrived in Delhi .*\{\{c1::Gujarat\}\}/);
    expect(buildCloze(minister, 'Gujarat', undefined, true)).toBeNull();
    const role = 'Paris claims that after a long dispute with the church she was first sent to the ship aged eighteen for two weeks as a teenager but ended up spending twelve years there in the engine room.';
    expect(buildCloze(role, 'twelve years')).toMatch(/^Paris claims that .*\{\{c1::twelve years\}\} there/);
    // After "and", a past-tense verb shares the subject too: "…, and invited the President …".
    const invited = 'Prime Minister Narendra Modi announced the decision at the opening session of the two-day summit at Bharat Mandapam, and invited Comoros President Azali Assoumani, the current chairperson of the AU, to take his seat at the table.';
    expect(buildCloze(invited, 'AU')).toMatch(/^Prime Minister Narendra Modi announced .*\{\{c1::AU\}\}/);
    expect(buildCloze(invited, 'AU', undefined, true)).toBeNull();
    // (So does an irregular past with a prefix: "…, and upheld the validity of …".)
    const upheld = 'He also led the bench which upheld the exoneration of the accused in the 2002 riots case, and upheld the validity of the provisions of the Prevention of Money Laundering Act and FCRA amendments.';
    const act = buildCloze(upheld, 'Prevention of Money Laundering Act', undefined, true);
    expect(act === null || !/^Upheld\b/.test(act)).toBe(true);
    // So does a present-tense verb before its object: "…, but harbours about 7 percent …".
    const harbours = 'It may be mentioned that India has only 2.4 percent of the global land cover in the world today, but harbours about 7 percent of the species known from the world, with many animal species known from its land.';
    expect(buildCloze(harbours, 'about 7 percent')).toMatch(/^It may be mentioned that India has .*\{\{c1::about 7 percent\}\}/);
    expect(buildCloze(harbours, 'about 7 percent', undefined, true)).toBeNull();
    // A clause with its own subject is still cut out.
    const own = 'The minister arrived in Delhi on a three-day visit to discuss trade and energy ties with his counterpart and the cabinet, but officials said he will also meet business leaders from Gujarat in western India this week.';
    expect(buildCloze(own, 'Gujarat')).toBe('Officials said he will also meet business leaders from {{c1::Gujarat}} in western India this week.');
  });

  it('does not cut at "as a" or "as an": a role, no clause ("set up in 2009 as a group of …")', () => {
    const set = 'BRICS was set up in 2009 as a group of emerging market economies and has become one of the leading voices for more representation of the developing world and the Global South in world affairs.';
    expect(buildCloze(set, 'Global South')).toMatch(/^BRICS was set up in 2009 as a group/);
  });

  it('does not cut at a role "as" after a verb ("served as the Chief Justice …")', () => {
    const served = 'Before that, he served as the Chief Justice of the Allahabad High Court from October 2013 until he was elevated to the Supreme Court of India in May 2016 by the government.';
    expect(buildCloze(served, 'October 2013')).toMatch(/^Before that, he served as the Chief Justice .*\{\{c1::October 2013\}\}/);
    const sworn = 'The senior judge of the court was sworn in as the new Chief Justice of the Madras High Court at a ceremony held at the Raj Bhavan in Chennai on the morning of Monday.';
    expect(buildCloze(sworn, 'Chennai')).toMatch(/^The senior judge .*\{\{c1::Chennai\}\}/);
    // A day between the verb and its "as": "took charge on Tuesday as the Chief of Army Staff".
    const charge = 'General Manoj Mukund Naravane took charge on Tuesday as the Chief of Army Staff from General Bipin Rawat, who will take over as the first Chief of Defence Staff on New Year’s Day.';
    expect(buildCloze(charge, 'Manoj Mukund Naravane')).toMatch(/took charge on Tuesday as the Chief of Army Staff/);
    // The last member of a list before the sentence's verb is no clause of its own.
    const list = 'Three of the sites, Ankasamudra Bird Conservation Reserve, Aghanashini Estuary, and Magadi Kere Conservation Reserve, are located in Karnataka, while the remaining two are situated in Tamil Nadu.';
    expect(buildCloze(list, 'Karnataka')).not.toMatch(/^Magadi Kere/);
    // (Nor after a retirement, a year or "serving": "retirement in May last year as the Eastern Army
    // Commander, Gen Rao has been serving as the military adviser …".)
    const retired = 'Post his retirement in May last year as the Eastern Army Commander, Gen Arun Rao has been serving as the military adviser in the National Security Council Secretariat led by NSA Ajit Doval.';
    expect(buildCloze(retired, 'Eastern Army Commander')).toMatch(/^Post his retirement in May last year as the \{\{c1::Eastern Army Commander\}\}, Gen Arun Rao has been serving as the military adviser/);
    const resign = 'In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend Julie Couillard.';
    expect(buildCloze(resign, 'Julie Couillard')).toMatch(/^In May, Maxime Bernier was forced to resign as Foreign Affairs minister/);
  });

  it('never keeps a participle clause without its subject', () => {
    const verdict = 'In a landmark verdict, the court unanimously upheld the decision of the Centre to abrogate the provisions, while directing restoration of statehood at the earliest and holding of the assembly elections by September 30, 2024.';
    expect(buildCloze(verdict, 'September 30, 2024') ?? '').not.toMatch(/^Directing/);
  });

  it('does not cut at a role "as" after a noun of office ("a key role as", "his stint as")', () => {
    const role = 'Gyanesh Kumar also played a key role as the additional secretary after the abrogation of Article 370 in 2019 and the bifurcation of the State into two Union territories.';
    expect(buildCloze(role, 'Article 370')).toMatch(/^Gyanesh Kumar also played a key role as the additional secretary .*\{\{c1::Article 370\}\}/);
    const stint = 'During his stint as the Governor of the Reserve Bank of India, the economist oversaw the launch of the Unified Payments Interface in 2016 with the National Payments Corporation.';
    expect(buildCloze(stint, '2016')).toMatch(/^During his stint as the Governor .*\{\{c1::2016\}\}/);
  });

  it('marks a clause cut before the sentence ends, even one that ends on a closing quote', () => {
    const tbilisi = 'Tens of thousands of people marched through the centre of Tbilisi, the capital of Georgia, on Sunday to protest against a proposed law on "foreign agents", which critics say is modelled on a Russian law used to silence dissent.';
    expect(buildCloze(tbilisi, 'foreign agents')).toMatch(/"\{\{c1::foreign agents\}\}" …$/);
  });

  it('does not cut at "such as", "as well as" or "as part of"', () => {
    const s =
      'Dicot species such as soybean, cotton and peanut lose more yield from ozone than monocot species such as sorghum, field corn and winter wheat as well as rice, which researchers in India and Brazil measured as part of a study of crops across many regions and seasons.';
    expect(buildCloze(s, 'India')).toBe(s.replace('India', '{{c1::India}}'));
  });

  it('never cuts inside a quotation, and the prompt shows a blank', () => {
    const s =
      '“Boosting cooperation in the field of security, and not just in the field of economic and people exchanges, means that we are improving overall ties,” the Japanese Foreign Minister told a joint news conference in Tokyo with the Russian Ministers.';
    const cloze = buildCloze(s, 'Tokyo')!;
    expect(cloze.startsWith('“Boosting')).toBe(true);
    expect(clozeToQuestion(cloze)).toContain('news conference in _____ with');
  });
});

describe('cloze from one clause of a sentence whose other clause leans outside', () => {
  it('asks from "IE\'s versions accounted for 70 percent …" and leaves out "; this has dropped …"', () => {
    const s = "IE's various versions accounted for 70 percent of the market in 2009; this has dropped to approximately 56 percent today.";
    expect(buildCloze(s, '2009', undefined, true)).toBe("IE's various versions accounted for 70 percent of the market in {{c1::2009}} …");
    // The clause that leans on the one before is not cut from it: the whole sentence or nothing.
    expect(buildCloze(s, 'approximately 56 percent', undefined, true)).toBeNull();
    expect(buildCloze(s, 'approximately 56 percent')).toBe("IE's various versions accounted for 70 percent of the market in 2009; this has dropped to {{c1::approximately 56 percent}} today.");
    // No clause break: the one clause is the sentence (the caller's dangling check then decides).
    expect(buildCloze('A short sentence about 2009 with no clause break at all here.', '2009', undefined, true)).toBe(
      'A short sentence about {{c1::2009}} with no clause break at all here.',
    );
  });
});

describe('an opening subordinate clause that leans outside', () => {
  it('is cut off at its comma when the clause alone is asked for; the main clause stands', () => {
    const s = 'While this marked an improvement from its 159th ranking in 2024, India continues to remain in the "very serious" category for press freedom.';
    expect(buildCloze(s, 'very serious', undefined, true)).toBe('India continues to remain in the "{{c1::very serious}}" category for press freedom.');
  });
});

describe('cloze clauses and dashes', () => {
  it('never cuts at either dash of an aside: each side would be half a sentence', () => {
    const s = "India on Thursday launched its own 'sharp eye' in the sky — the Hyper Spectral Imaging Satellite — into space along with 30 other foreign satellites on board the workhorse PSLV rocket on Thursday.";
    expect(buildCloze(s, '30')).toMatch(/^India on Thursday launched .* along with \{\{c1::30\}\} other foreign satellites/);
    const c53 = 'On Thursday, the four-stage, 44.4 metre tall PSLV-C53 blasted off from the second launch pad of Satish Dhawan Space Centre and placed the three customer satellites — DS-EO, NeuSAR and SCOOB-1 — in their intended orbit around the earth.';
    expect(buildCloze(c53, 'Satish Dhawan Space Centre')).toMatch(/^On Thursday, the four-stage/);
  });

  it('keeps the opening "While" of a sentence it cuts after: without it the clause is a comma splice', () => {
    const s = 'While USI is holding its exhibit, there are also three exhibits at the Tang Teaching Museum in Saratoga Springs, and an Edward Steichen exhibit at the Mary and Leigh Block Museum of Art at Northwestern University in Evanston, Illinois.';
    expect(buildCloze(s, 'Tang Teaching Museum')).toMatch(/^While USI is holding its exhibit, there are also three exhibits at the \{\{c1::Tang Teaching Museum\}\}/);
  });
});

describe('"as" after a verb that gives its object a post', () => {
  it('is no clause break: the post is not cut from the verb ("appointed him as the officer …")', () => {
    const cases: [string, string][] = [
      ['The government on October 19, 2022 appointed him as the officer on special duty (OSD) in the revenue department to take over the position from incumbent Tarun Bajaj who was scheduled to retire on November 30.', 'Tarun Bajaj'],
      ['The party on Sunday elected Meera Nair as the president of its women’s wing in the state for a term of three years, replacing veteran leader Asha Pillai who had held the post since 2015.', 'Asha Pillai'],
      ['The board last week picked the former banker as the chairman of the new development finance institution that the Union Budget announced in February for infrastructure lending.', 'February'],
    ];
    for (const [s, answer] of cases) {
      const cloze = buildCloze(s, answer);
      // The whole sentence, or a clause that keeps its verb: never one that opens at the post.
      expect(cloze === null || !/^(?:The |the )?(?:officer|president|chairman)\b/.test(cloze)).toBe(true);
    }
  });
});

describe('", as" and a post after an appointment', () => {
  it('is no clause break: "approved the appointment of Shri Mehra, IAS (Retired), as Adviser-2 to Prime Minister …"', () => {
    const s = 'The Appointments Committee of the Cabinet has approved the appointment of Shri Arun Mehra, IAS (Retired), as Adviser-2 to Prime Minister with effect from the date he assumes charge.';
    const cloze = buildCloze(s, 'Adviser-2', undefined, true);
    expect(cloze === null || !/^\{\{c1::Adviser-2\}\} to Prime Minister/.test(cloze)).toBe(true);
  });

  it('is no clause break after an aside between dashes: "… of Justice X -- the senior-most Judge of … -- as the next Chief Justice …"', () => {
    const s = 'The Centre on Monday notified the appointment of Justice Meera Rao -- the senior-most Judge of the Bombay High Court -- as the next Chief Justice of the Gauhati High Court.';
    expect(buildCloze(s, 'Monday', undefined, true)).toBe('The Centre on {{c1::Monday}} notified the appointment of Justice Meera Rao -- the senior-most Judge of the Bombay High Court -- as the next Chief Justice of the Gauhati High Court.');
  });
});

describe('a subordinate clause that runs on into the main one', () => {
  it('is not cut from its "when" ("But when the security is at stake, India knows …")', () => {
    const s = 'But when the security is at stake, India knows how to give an appropriate response, Defence Minister Rajnath Singh emphasised.';
    const cloze = buildCloze(s, 'Rajnath Singh', undefined, true);
    expect(cloze === null || !/^The security is at stake/.test(cloze)).toBe(true);
  });
});

describe('the second of two subjects, a comma before their past-tense verb', () => {
  it('is no clause: "…, and Sultan Hassanal Bolkiah, agreed to …" (nor "…, and Speaker Rahul Narwekar, met …")', () => {
    const visit = 'Modi, the first Indian premier to make a bilateral visit to Brunei, and Sultan Hassanal Bolkiah, agreed to elevate four-decade-old diplomatic ties to an enhanced partnership and discussed collaboration in emerging areas such as fintech.';
    expect(buildCloze(visit, 'Hassanal Bolkiah')).toMatch(/^Modi, the first Indian premier/);
    const house = 'The Chief Minister, who had walked out of the House earlier in the afternoon over the remarks, and Speaker Rahul Narwekar, met in the chamber late on Tuesday to settle the dispute over the motion.';
    expect(buildCloze(house, 'Rahul Narwekar')).toMatch(/^The Chief Minister, who had walked out/);
  });
});

describe('the last member of a list closed by a dash', () => {
  it('is no clause: "…, and Rashtriya Lok Morcha (four seats) - rounded up …"', () => {
    const s = 'The other parties in the alliance - Janata Party (Secular) (19 seats), Lok Morcha (Democratic) (five seats), and Rashtriya Samaj Party (four seats) - rounded up an incredible total that dwarfed all their rivals.';
    const cloze = buildCloze(s, 'Rashtriya Samaj Party', undefined, true);
    expect(cloze === null || !/^\{\{c1::Rashtriya Samaj Party\}\} \(four seats\)/.test(cloze)).toBe(true);
  });
});

describe('the second "as" of "as early as" (a time follows, no clause)', () => {
  it('is no clause break: "may be held as early as Friday at the Gandhi Maidan"', () => {
    const s = 'Officials said the oath ceremony of the new cabinet may be held as early as Friday at the Gandhi Maidan in central Patna, where the leader took oath five years ago.';
    const cloze = buildCloze(s, 'Gandhi Maidan', undefined, true);
    expect(cloze === null || !/^Friday at/.test(cloze)).toBe(true);
  });
});

describe('"as" that names', () => {
  it('is no clause break: "referred to the database as National …"', () => {
    const s = 'However, on the document, it referred to the database as National Enforcement and Emergency Management Information System and Intelligence System, adding the words "and Emergency" to the name.';
    const cloze = buildCloze(s, 'Intelligence System');
    expect(cloze === null || !/^National Enforcement/.test(cloze)).toBe(true);
  });
});

describe('a list of names and a relative clause are no clauses of their own', () => {
  it('never cuts at the ", and" before the last name of a list', () => {
    const s = 'The seven-judge bench of Chief Justice Rajan Mehta and Justices Asha Rao, Vikram Sethi, Kavita Menon, Imran Qureshi, and Dev Anand held that the Members of Parliament cannot claim immunity for receiving bribes.';
    expect(buildCloze(s, 'Members of Parliament')).not.toMatch(/^Dev Anand held/);
    const cities = 'India also secured fourth place in the Science and Technology Cluster Ranking, with major cities like Mumbai, Delhi, Bengaluru, and Chennai featuring in the world\'s top 100 science and technology clusters this year.';
    expect(buildCloze(cities, '100')).not.toMatch(/^Chennai featuring/);
    // (Nor before the last of people listed with their trades: "…, boxer Amit Panghal, and the shuttler Sen, all of whom …".)
    const winners = 'While Sharath garnered the most attention, the winners who stole the show were the triple jumper Eldhose Paul, world champion boxer Zareen, boxer Amit Panghal, and the shuttler Sen, all of whom won gold at the Birmingham Games.';
    expect(buildCloze(winners, 'Birmingham Games')).not.toMatch(/^The shuttler Sen/);
  });

  it('never cuts at the "as" of "as many as"', () => {
    const s = 'The total number recently crossed the 600-mark with as many as 60 registrations being issued by the Intellectual Property Office on a single day in the last week of March this year across the whole country.';
    expect(buildCloze(s, 'Intellectual Property Office')).toMatch(/^The total number recently crossed/);
  });

  it('leaves out a relative clause between a subject and its verb rather than cut the subject off', () => {
    const s = 'The judgement in the PV Narasimha Rao case, which granted immunity from prosecution to a member of a legislature who had allegedly engaged in bribery for casting a vote or making a speech in the House, was overruled.';
    expect(buildCloze(s, 'PV Narasimha Rao')).toBe('The judgement in the {{c1::PV Narasimha Rao}} case was overruled.');
  });
});

describe('clauses inside an opening phrase, and a time\'s "when"', () => {
  it('cuts no clause at an "as" inside the opening subordinate phrase', () => {
    const s = "As a part of celebrating 2025 as the 'Year of Reforms' in the Ministry of Defence, DAC also approved the guidelines for reducing the timelines of the Capital Acquisition Process.";
    expect(buildCloze(s, 'Year of Reforms')).toMatch(/^As a part of celebrating 2025 as the '\{\{c1::Year of Reforms\}\}'/);
    expect(buildCloze('While announcing the results as the returning officer of the poll, Mody said 767 MPs out of 781 voted in the election.', 'Mody')).toMatch(/^While announcing/);
  });

  it('keeps a "when" after a time with the time it tells ("from 2009 to 2014 when …")', () => {
    const s = 'His first term as chief minister of the erstwhile state with its own constitution and flag was from 2009 to 2014 when Jammu and Kashmir was a full-fledged state with two capitals, Srinagar and Jammu.';
    expect(buildCloze(s, 'Jammu and Kashmir')).toMatch(/^His first term .* from 2009 to 2014 when \{\{c1::Jammu and Kashmir\}\} was a full-fledged state/);
    // (A "when" after an event still opens a clause that stands alone.)
    const bridge = 'The old suspension bridge over the Machchhu river collapsed on Sunday evening when hundreds of tourists who had come for the Diwali holidays crowded onto it in Morbi town of Gujarat, officials of the district administration said.';
    expect(buildCloze(bridge, 'Morbi')).toMatch(/^Hundreds of tourists .* \{\{c1::Morbi\}\} town of Gujarat/);
  });
});

describe('an "as" after appointments', () => {
  it('cuts no clause at "staff appointments as Air Defence Commander"', () => {
    const s = 'During his career spanning four decades, the officer has tenanted staff appointments as Air Defence Commander at HQ South Western Air Command and Senior Air Staff Officer at Eastern Air Command.';
    // (Asked for the answer's clause alone, as when "his career" leans outside the sentence.)
    expect(buildCloze(s, 'Eastern Air Command', undefined, true)).not.toMatch(/^Air Defence Commander/);
  });
});
describe('a long sentence is not cut at a phrase that only compares', () => {
  it('keeps ", as against …" and ", as compared to …" with their clause', () => {
    const s = 'The GDP at Constant (2011-12) Prices in Q2 of 2020-21 is estimated at Rs 33.14 lakh crore, as against Rs 35.84 lakh crore in Q2 of 2019-20, showing a contraction of 7.5% as compared to 4.4% growth in Q2 2019-20.';
    expect(buildCloze(s, '7.5%')).toBe(s.replace('7.5%', '{{c1::7.5%}}'));
    // (", as hundreds crowded …" still starts a clause of its own.)
    const crowd = 'The temple gates were opened before dawn on the first day of the annual festival in the old town, as hundreds crowded the narrow lanes leading to the river ghats to take a holy dip at 4 am.';
    expect(buildCloze(crowd, '4 am')).toMatch(/^Hundreds crowded/);
  });

  it('keeps ", as envisioned by …, " with the subject it describes', () => {
    const s = 'The Minister of State, joining online from Bhopal, stated that the women entrepreneurs of the mission, as envisioned by the Prime Minister, are going to be driving the rural economy in the Amrit Kaal.';
    expect(buildCloze(s, 'Amrit Kaal')).not.toMatch(/^Envisioned/);
    const food = 'The data showed that food inflation, as measured by the Consumer Food Price Index, declined steeply to -5.02% in October, down from -2.33% in September, the lowest level in the series.';
    expect(buildCloze(food, '-5.02%')).not.toMatch(/^Measured/);
  });
});

describe('a long sentence is not cut inside a bracket', () => {
  it('keeps "(after Suma Shirur, who qualified …)" whole', () => {
    const s = 'She became the first woman shooter from the country to reach the finals (after Suma Shirur, who qualified for the 10m air rifle finals at the 2004 Athens Olympics in Greece) and subsequently win the medal.';
    const cloze = buildCloze(s, 'Suma Shirur')!;
    expect(cloze.split('(').length).toBe(cloze.split(')').length);
  });
});

describe('an opening "To …" of several aims', () => {
  it('is cut at none of its aims: its last one is no clause of its own', () => {
    // (Asked for the answer's clause alone, as when "this" in the opening leans outside the sentence.)
    const s = 'To cut this import bill, meet rising demand, and raise farm incomes, a six-year National Oilseeds Mission was announced in the Union Budget.';
    expect(buildCloze(s, 'Union Budget', undefined, true) ?? '').not.toMatch(/^Raise farm incomes/i);
    const t = 'To boost exports, create jobs in small towns, and support women entrepreneurs, the Centre launched the PM Udyam scheme with an outlay of Rs 5,000 crore.';
    expect(buildCloze(t, 'Rs 5,000 crore', undefined, true) ?? '').not.toMatch(/^Support women/i);
    expect(buildCloze(t, 'Rs 5,000 crore')).toMatch(/^To boost exports/);
  });
});

describe('"not only …, but also …"', () => {
  it('is cut at no "but": the clause before it needs it', () => {
    const s = 'The victory not only marked a memorable send-off for the legendary goalkeeper PR Sreejesh at his fourth Olympics, but also saw India retain the bronze medal it had won at the Tokyo Games.';
    expect(buildCloze(s, 'PR Sreejesh')).toMatch(/but also saw India retain/);
  });
});

describe('a comparison after "though"', () => {
  it('is no clause of its own: "Still below the 65.1 per cent recorded in 2018." has no verb to say it', () => {
    const s = 'Private schools saw smaller gains, with this proportion rising to 59.3 per cent in 2024 from 56.8 per cent in 2022, though still below the 65.1 per cent recorded in 2018.';
    expect(buildCloze(s, '2018', s.lastIndexOf('2018'), true)).toBeNull();
  });
});

describe('cloze text: a part before "; and" with no verb of its own', () => {
  it('is one subject of the verb after, never cut away ("Setting up of a rail link …; and a hospital … were approved")', async () => {
    const { byPattern, factsOf } = await import('./facts-of.js');
    const facts = byPattern(factsOf(['Setting up of a metro link at a cost of ₹3,210 crore over next five years; and a cancer hospital at a cost of ₹960 crore over next four years were approved by the Cabinet on Wednesday.']), 'cloze');
    const hospital = facts.find((f) => f.answer === '₹960 crore');
    expect(hospital?.cloze).toMatch(/^Setting up of a metro link/);
  });
});

describe('cloze text: "as" after a part someone played', () => {
  it('starts no clause ("His performance as Arya Sumanta in _____’s iconic TV show …")', () => {
    const s = 'His performance as Arya Sumanta in Ramanand Sagar’s iconic TV show Ramayan is also memorable to many of his fans across the country even today.';
    const clause = buildCloze(s, 'Ramanand Sagar', s.indexOf('Ramanand Sagar'), true);
    expect(clause === null || clause.startsWith('His performance as')).toBe(true);
  });
});

describe('a dash between a scheme and its variant', () => {
  it('is no place to cut ("built under Pradhan Mantri Awas Yojna – Gramin and …")', () => {
    const facts = factsOf(['Around 2.2 lakh houses built under Pradhan Mantri Awas Yojna – Gramin and more than 1355 houses constructed under Pradhan Mantri Awas Yojna-Urban at a cost of around 140 crores rupees were also dedicated by Mr Modi on Monday in Gwalior.']);
    expect(facts.some((f) => /^Gramin and/.test(f.cloze) || /^\{\{c1::[^}]*\}\} houses built under Pradhan Mantri Awas Yojna …$/.test(f.cloze))).toBe(false);
  });
});

describe('cloze text: "and not …" after a condition', () => {
  it('adds to the condition before the cut, never opens a clause ("…, and not eligible for any other scholarship, _____ …")', () => {
    const s = 'In addition, for farmers having an annual income of up to Rs 3 lakh, and not eligible for benefits under any other subsidy scheme, 4 per cent interest subvention for loans up to Rs 2 lakh will also be provided during the sowing season.';
    const clause = buildCloze(s, '4 per cent', s.indexOf('4 per cent'), false);
    expect(clause).not.toMatch(/^Not eligible/);
    const s2 = 'Under the scheme, women who run a registered self-help group, and eligible for a bank loan under the earlier rules, will get a top-up grant of Rs 50,000 from the State government in this financial year.';
    expect(buildCloze(s2, 'Rs 50,000', s2.indexOf('Rs 50,000'), true)).toBeNull();
  });
});

describe('a figure after a dash', () => {
  it('is the dash\'s aside, even when it is the answer ("… its best showing till date — 127 seats in 2002, but also …")', () => {
    const s = 'The BJP not only improved its best showing till date — 127 seats in 2002, but also surpassed the record set by the Congress party in 1985, when it won 149 seats.';
    const clause = buildCloze(s, '127', s.indexOf('127'), true);
    expect(clause === null || !/^\{\{c1::127\}\}/.test(clause)).toBe(true);
    const other = 'Retail inflation eased to a five-year low — 3.5 per cent in September, data released on Monday showed.';
    const c = buildCloze(other, '3.5 per cent', other.indexOf('3.5 per cent'), true);
    expect(c === null || !/^\{\{c1::3\.5 per cent\}\}/.test(c)).toBe(true);
  });
});

describe('a cut inside an aside set off by dashes', () => {
  it('is never made: one dash of two would be left, and the verb is the whole aside\'s', () => {
    const sentence = 'Two ancient Indian texts — the Shrimad Bhagavad Gita, dated to the 1st century, and Bharat Muni’s Natyashastra, a 5th-century treatise on performing arts — have been inscribed in UNESCO’s Memory of the World Register.';
    for (const how of [true, false] as const) {
      const c = buildCloze(sentence, 'Natyashastra', sentence.indexOf('Natyashastra'), how);
      if (c) expect((c.match(/\s—\s/g) ?? []).length % 2).toBe(0);
    }
  });
});

describe('buildCloze: no clause without a subject of its own', () => {
  it('never cuts "…, and is 120 meters long" off its subject, nor "…, as a result of …" off its clause', () => {
    const nistar = 'He highlighted that the Nistar that was decommissioned in 1989 was weighing 800 tonnes, is now revived with a weight of 10,500 tonnes, and is 120 meters long, reflecting Viksit Bharat’s (Developed India) technological transformation.';
    expect(buildCloze(nistar, 'Viksit Bharat')).not.toMatch(/^Is 120/i);
    const mars = 'It was also discussed that despite being designed for a life-span of six months as a technology demonstrator, the MOM has lived for about eight years in the Martian orbit with a gamut of significant scientific results on Mars as well as on the Solar corona, before losing communication with the ground station, as a result of a long eclipse in April 2022, the national space agency said.';
    expect(buildCloze(mars, 'April 2022')).not.toMatch(/^(?:as )?a result/i);
    // (Nor a participle after an adverb: "…, while also unveiling the company’s first orbital rocket".)
    const sky = 'Prime Minister Narendra Modi on Thursday inaugurated the Infinity Campus of private space start-up Skyroot in Hyderabad via video conferencing, while also unveiling the company’s first orbital rocket, Vikram-I, designed to launch satellites into orbit.';
    expect(buildCloze(sky, 'Vikram-I')).not.toMatch(/^Also unveiling/i);
    const dam = 'The Chief Minister dedicated the Polavaram spillway to the nation on Monday, thereby opening the canal to 7.2 lakh acres of farmland in the Godavari delta.';
    expect(buildCloze(dam, '7.2 lakh')).not.toMatch(/^Thereby opening/i);
  });
});

describe('a blank of the section a police case is booked under', () => {
  it('is not made ("registered a case under Section 194 (Unnatural death) of the BNSS")', () => {
    const facts = factsOf(['Koothattukulam police have registered a case under Section 194 (Unnatural death) of the Bharatiya Nagarik Suraksha Sanhita (BNSS).']);
    expect(facts.filter((f) => f.answer.startsWith('Section'))).toEqual([]);
    // (A provision a court struck down is the news.)
    const court = factsOf(['The Supreme Court on Thursday struck down Section 377 of the Indian Penal Code, decriminalising homosexuality.']);
    expect(court.some((f) => f.answer === 'Section 377')).toBe(true);
  });
});
