import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('definition: what a term is, who a person is', () => {
  it('asks nothing whose answer is a kind word alone ("The Right to Health (RTH) Bill, a major flashpoint …" → Bill)', () => {
    const facts = factsOf(['The Right to Health (RTH) Bill, a major flashpoint between agitating doctors and the state government, was passed in the Rajasthan Assembly on Tuesday.', 'The portal, a digital platform for the registration of Waqf properties, was launched on Friday.']);
    expect(ask(facts, 'definition').map(([, a]) => a)).not.toContain('Bill');
    expect(ask(facts, 'definition').map(([, a]) => a)).not.toContain('portal');
  });

  it('asks no lower-case thing by the person an apposition beside it describes ("One of the petitioners in the case, an acid attack survivor who …")', () => {
    const court = factsOf(['The Supreme Court heard the case on Wednesday.', 'One of the petitioners in the case, an acid attack survivor who had suffered severe injuries, had approached a bank branch in July 2023.', 'The case will be heard again next month.']);
    expect(ask(court, 'definition').map(([, a]) => a)).not.toContain('case');
    const scam = factsOf(['Police are probing the scam in Pune.', 'The main accused in the scam, a retired bank officer from Pune, was arrested on Monday.', 'The scam ran for three years.']);
    expect(ask(scam, 'definition').map(([, a]) => a)).not.toContain('scam');
  });

  it('asks nothing of the last word of a longer lower-case phrase ("foreign currency assets, a major component of …")', () => {
    const facts = factsOf([
      "The nation's forex reserves rose by $210 million to $640.1 billion in the week ended May 9, the central bank said on Friday.",
      'The reserves have been falling of late due to revaluation and market interventions by the central bank.',
      'For the week ended May 9, foreign currency assets, a major component of the reserves, fell by $80 million to $551.2 billion, the data showed.',
      'Expressed in dollar terms, the foreign currency assets include the effect of changes in the euro, pound and yen held in the reserves.',
      'Gold reserves rose by $40 million to $70.1 billion in the week, the bank said.',
    ]);
    expect(byPattern(facts, 'definition').map((f) => f.answer)).not.toContain('assets');
  });

  it('asks nothing of the last of a list of lower-case words ("A novelist, poet, critic, a prominent figure on …")', () => {
    const facts = factsOf([
      'Gujarati writer Raghuveer Chaudhary was on Tuesday honoured with the 51st Jnanpith Award.',
      'A novelist, poet, critic, a prominent figure on the contemporary Gujarati literary scene and a Gandhian, his talent has been influenced by works of Suresh Joshi.',
      'The critic has written more than 80 books, and the critic was also a teacher for decades.',
    ]);
    expect(byPattern(facts, 'definition').map((f) => f.answer)).not.toContain('critic');
  });

  it('asks nobody by a role the story gives several people ("a partner in …" beside "… partners A, B and C")', () => {
    const facts = factsOf([
      'The police booked six persons including Raceway Enterprise partners Arun Das, Meena Rao, Vikram Shah and Ravi Menon, as per the FIR.',
      '"Ravi Menon, a partner in the Raceway Enterprise, has been arrested," the police said.',
    ]);
    expect(byPattern(facts, 'definition').map((f) => f.question)).not.toContain('Who is a partner in the Raceway Enterprise?');
  });

  it('asks what a recurring concept is, from "X is a …" (another article: homeopathy)', () => {
    const facts = factsOf([
      'Homeopathy is a form of alternative medicine which treats patients with diluted substances.',
      'Critics say homeopathy has no effect beyond placebo.',
    ]);
    expect(ask(facts, 'definition')).toContainEqual(['What is a form of alternative medicine which treats patients with diluted substances?', 'Homeopathy']);
  });

  it('asks what, not who, when the phrase says the subject is a body ("a Japanese organization of …")', () => {
    const facts = factsOf([
      "Japan's Nihon Hidankyo organization will be awarded the Nobel Peace Prize in 2024, the committee said.",
      'Nihon Hidankyo is a Japanese organization of survivors of the atomic bombings of Hiroshima and Nagasaki.',
    ]);
    expect(ask(facts, 'definition')).toContainEqual(['What is a Japanese organization of survivors of the atomic bombings of Hiroshima and Nagasaki?', 'Nihon Hidankyo']);
  });

  it('asks nothing of "X is one of the …": one of many has other right answers the article does not name', () => {
    const facts = factsOf(['India is one of the contracting parties to the Ramsar Convention, signed in Ramsar, Iran, in 1971.', 'India has 85 Ramsar sites.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
    expect(byPattern(factsOf(['Kochi is one of the busiest ports on the west coast of India.', 'Kochi handles tea exports.']), 'definition')).toEqual([]);
  });

  it('asks nothing of a thing by a bare kind with many members ("What is a BWF World Tour Super 300 tournament?")', () => {
    const facts = factsOf(['P V Sindhu clinched her first title in two years at the Syed Modi India International, a BWF World Tour Super 300 tournament, in Lucknow on Sunday.', 'The Syed Modi India International is held every year in Lucknow.']);
    expect(ask(facts, 'definition').map(([q]) => q)).not.toContain('What is a BWF World Tour Super 300 tournament?');
  });

  it('asks nothing of a verdict on the thing ("Growth was a national record …"), which names no kind', () => {
    const facts = factsOf(['Growth was a national record for the third quarter of a year.', 'Growth in exports slowed, and growth in imports rose.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
    expect(byPattern(factsOf(['Homeopathy is a major concern for regulators in the European Union.', 'Homeopathy is popular.']), 'definition')).toEqual([]);
  });

  it('asks who, not what, when a title stands before the person ("General Naravane is an alumnus of …")', () => {
    const facts = factsOf(['General Manoj Mukund Naravane took charge as Army chief on Tuesday.', 'General Naravane is an alumnus of the National Defence Academy and the Indian Military Academy.']);
    expect(ask(facts, 'definition')).toContainEqual(['Who is an alumnus of the National Defence Academy and the Indian Military Academy?', 'Manoj Mukund Naravane']);
  });

  it('asks who a named person is, from an appositive', () => {
    const facts = factsOf(['Valeska Paris, an Australian woman and former Scientologist, has claimed she was held on a ship.']);
    expect(ask(facts, 'definition')).toContainEqual(['Who is an Australian woman and former Scientologist?', 'Valeska Paris']);
  });

  it('asks an appositive with an age as of the article’s month: ages change', () => {
    // (A sentence whose news a subject question asks, "Who, a 14-year-old boy from Irving, was
    // arrested …?", asks the description there: subject.test.ts.)
    const facts = factsOf(['Ahmed Mohamed, a 14-year-old boy from Irving, said he had built the clock to impress a teacher.'], { date: '2015-09-22' });
    expect(ask(facts, 'definition')).toContainEqual(['Who was a 14-year-old boy from Irving in September 2015?', 'Ahmed Mohamed']);
    expect(byPattern(facts, 'definition')[0].statement).toBe('Ahmed Mohamed was a 14-year-old boy from Irving in September 2015.');
    const aged = factsOf(['Maria Lopez, a retired teacher aged 71, told reporters she would defend the regional chess title.'], { date: '2019-03-02' });
    expect(ask(aged, 'definition')).toContainEqual(['Who was a retired teacher aged 71 in March 2019?', 'Maria Lopez']);
  });

  it('asks nothing of a person the analyser could not name ("Mr. Kumar" with two Kumars)', () => {
    const facts = factsOf(['Gyanesh Kumar on Wednesday assumed charge as Chief Election Commissioner, succeeding Rajiv Kumar.', 'Mr. Kumar, a 1988-batch IAS officer of the Kerala cadre, is the first to be appointed under the new law.']);
    expect(byPattern(facts, 'definition').map((f) => f.answer)).not.toContain('Kumar');
    expect(facts.some((f) => f.answer === 'Kumar')).toBe(false);
  });

  it('does not read a clause as a definition ("… ago, a browser was born")', () => {
    const facts = factsOf(['Ten years ago, a browser was born in the offices of a large software company.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
  });

  it('does not define a word the article mentions only once', () => {
    const facts = factsOf(['Ozone is a gas that harms crops in hot summers.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
  });
});

describe('definition: a count and a comparison are no definition', () => {
  it('"2,967 tigers, a third more than in 2014" defines nothing', () => {
    const facts = factsOf(['India has 2,967 tigers, a third more than in 2014, according to the results of the tiger census released on Monday. The tigers were counted with camera traps.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
  });
});

describe('definition: a share of something is no kind', () => {
  it('"Kumar was a part of the poll panel as an election commissioner" defines nobody, nor describes him later', () => {
    const facts = factsOf(['Rajiv Kumar took charge as the 25th Chief Election Commissioner on Sunday.', 'Kumar was a part of the poll panel as an election commissioner.', 'He was a member of the poll panel since September 1, 2020.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
    for (const f of facts) expect(`${f.question} ${f.cloze}`).not.toMatch(/\bpart of the poll panel as\b.*\b(?:was a member|succeeds)\b|^The part of/i);
    const share = factsOf(['The Aravalli range, a portion of which lies in Haryana, is among the oldest fold mountains.', 'The Aravalli range spans four states.']);
    expect(byPattern(share, 'definition').map((f) => f.question).join(' ')).not.toMatch(/a portion of/);
  });
});

describe('definition: a name is not cut to its last common noun', () => {
  it('"the Lohit river, a tributary of the Brahmaputra" asks nothing of "river"', () => {
    const facts = factsOf([
      'The river bridge stands on the Lohit river, a tributary of the Brahmaputra in Assam.',
      'The river floods every monsoon and the river bridge was built to last.',
    ]);
    expect(ask(facts, 'definition').filter(([, a]) => a === 'river')).toEqual([]);
  });
});

describe('definition: the comma closing an opening clause is no appositive', () => {
  it('"Asserting that … over the administration, a five-judge bench … said" defines nothing', () => {
    const facts = factsOf([
      'Asserting that an elected government must control the administration, a five-judge constitution bench, headed by Chief Justice Rao, said the Delhi government has power over services.',
      'The administration of services had been disputed since 2015.',
    ]);
    expect(ask(facts, 'definition').filter(([, a]) => a === 'administration')).toEqual([]);
  });

  it('nor where the opening clause stands inside a quotation ("“While TB occurs in every part of the world, a major …”")', () => {
    const facts = factsOf([
      '“While TB occurs in every part of the world, a major proportion of the people who develop TB disease each year are in 30 high TB burden countries,” Tereza Kasaeva said in a statement.',
      '"When the monsoon reaches the coast, a large share of the rain falls in the hills," the IMD said. The world watched the coast.',
    ]);
    expect(ask(facts, 'definition').filter(([, a]) => a === 'world' || a === 'coast')).toEqual([]);
  });
});

describe('definition: who told it is no kind of thing', () => {
  it('"… coverage of the flight path, a release of the Ministry of Defence stated." defines nothing', () => {
    const facts = factsOf(['Sensors tracked the missile to ensure complete coverage of the flight path, a release of the Ministry of Defence stated.', 'The path was followed with way-point navigation.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
  });
});

describe('definition: a post many hold', () => {
  it('is kept to describe its person, never asked ("Who is a scientist at the BSI?")', () => {
    const facts = factsOf([
      'The species is named to honour Dr Sudhansu Sekhar Dash, a scientist at the BSI, for his contribution to plant research.',
      'Praveen Sood, a 1986-batch IPS officer of Karnataka cadre, was appointed CBI Director on Sunday.',
    ]);
    const defs = byPattern(facts, 'definition');
    expect(defs.length).toBeGreaterThan(0);
    for (const f of defs.filter((d) => d.answerType === 'person')) expect(f.describesOnly).toBe(true);
  });

  it('is asked with what the sentence tells of its subject ("Which Ottawa New Democrat MP said …?")', () => {
    const facts = factsOf([
      'Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions about the government.',
      'Ravi Menon, a Congress MLA from Thrissur, demanded the release of flood relief funds for the district.',
    ]);
    const asked = ask(facts, 'definition');
    expect(asked).toContainEqual(['Which Ottawa New Democrat MP said the combined security lapses raise serious questions about the government?', 'Paul Dewar']);
    expect(facts.some((f) => f.answer === 'Ravi Menon' && f.question.includes('Congress MLA from Thrissur'))).toBe(true);
    expect(byPattern(facts, 'definition').every((f) => !f.describesOnly)).toBe(true);
  });
});

describe('definition: a place said to be one of a kind many share', () => {
  it('is not asked ("What is a Ramsar site designated in 2022?" → Indore)', () => {
    const facts = factsOf(['The event was held at Sirpur Lake in Indore, a Ramsar site designated in 2022, on Friday.', 'Indore, a Ramsar site designated in 2022, hosted the national World Wetlands Day event this year.']);
    expect(byPattern(facts, 'definition').filter((f) => !f.describesOnly).map((f) => f.question).some((q) => /Ramsar site/.test(q))).toBe(false);
  });
});

describe('definition: a witness the story quotes', () => {
  it('is no one to learn ("Manohar Singh, a security man deployed at Kedarnath helipad, said …")', () => {
    const facts = factsOf(['Manohar Singh, a security man deployed at Kedarnath helipad, said the helicopter crashed into the hill two kilometres away.', 'Rekha Devi, a local resident, said she heard a loud noise.']);
    expect(byPattern(facts, 'definition')).toEqual([]);
  });
});

describe('definition: a quoted name', () => {
  it('keeps its closing quote out of the answer ("Kerala\'s \'Theyyam\', a ritual dance form …" → Theyyam)', () => {
    const facts = factsOf([
      "Kerala's 'Theyyam', a ritual dance form performed in village shrines, has been nominated for the Representative List of Intangible Cultural Heritage.",
      'Theyyam performances run from October to May every year, and Theyyam artists train for years.',
      "Odisha's 'Chhau', a martial dance form of the eastern states, was inscribed on the list in 2010.",
    ]);
    const answers = byPattern(facts, 'definition').map((f) => f.answer);
    expect(answers).toContain('Theyyam');
    expect(answers.some((a) => /['’]$/.test(a))).toBe(false);
  });
});

describe('definition: an owner\'s first or largest thing, then its name between commas', () => {
  it('asks what it is ("India’s maiden solar mission, Aditya-L1, reached …" → Aditya-L1)', () => {
    const facts = factsOf([
      "India's first indigenous aircraft carrier, INS Vikrant, was commissioned at Kochi by the Prime Minister on Friday, 13 years after it was laid down at the Cochin Shipyard.",
      "Asia's largest tulip garden, Indira Gandhi Memorial Tulip Garden, opened for visitors on Monday.",
      'The minister said the first phase, which began in May, had gone well.',
    ]);
    const asked = ask(facts, 'definition');
    expect(asked).toContainEqual(["What is India's first indigenous aircraft carrier?", 'INS Vikrant']);
    expect(asked).toContainEqual(["What is Asia's largest tulip garden?", 'Indira Gandhi Memorial Tulip Garden']);
  });
});

describe('definition: a town described by its district', () => {
  it('only describes it, asked of no one ("What is a coastal town in West Godavari district?")', async () => {
    const { byPattern, factsOf } = await import('../facts-of.js');
    const facts = byPattern(factsOf(['The intricate Narasapuram crochet craft has received the GI tag.', 'Narasapuram, a coastal town in West Godavari district, has long been renowned for its century-old tradition of crochet lace-making.', 'Artisans in Narasapuram welcomed the tag on Sunday.']), 'definition');
    expect(facts.filter((f) => !f.describesOnly).map((f) => f.question)).toEqual([]);
  });
});

describe('definition: an animal by its kind', () => {
  it('names none of the many ("What is a female cheetah from South Africa?" → Dheera)', () => {
    const facts = factsOf(['Dheera, a female cheetah from South Africa, was on Wednesday shifted from the Kuno National Park to the Gandhi Sagar Wildlife Sanctuary in Mandsaur.', 'Dheera was one of the 12 cheetahs brought to the KNP from South Africa in February 2023.', 'Officials said Dheera was released into a 64 sq km enclosure.'], { title: 'South African female cheetah Dheera shifted to Gandhi Sagar sanctuary' });
    // (Kept only to describe her in other items, never asked.)
    expect(byPattern(facts, 'definition').filter((f) => /^What is a female cheetah/.test(f.question) && !f.describesOnly)).toEqual([]);
  });
});

describe('definition: a vehicle by its flight', () => {
  it('asks nothing of a flight\'s number as the vehicle ("ISRO’s heaviest launch vehicle, LVM3-M6, …")', () => {
    const facts = factsOf(['In a landmark Christmas Eve mission, ISRO’s heaviest launch vehicle, LVM3-M6, on Wednesday successfully placed a US communication satellite BlueBird Block-2 into its intended Low Earth Orbit.']);
    expect(byPattern(facts, 'definition').filter((f) => f.answer === 'LVM3-M6')).toEqual([]);
  });
});
