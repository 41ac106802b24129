import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('ordinal: the Nth (first, third, oldest …) to do something', () => {
  it('asks which was the Nth country, keeping the "after …" list out of the options', () => {
    const facts = factsOf([
      'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism of bilateral interaction at the ministerial level with Japan.',
    ], { date: '2013-11-02' });
    const [f] = byPattern(facts, 'ordinal');
    expect(f.question).toMatch(/^Which was the third country, after the United States and Australia, to have established the two-plus-two mechanism .* with Japan\?$/);
    expect(f.answer).toBe('Russia');
    expect(f.answerType).toBe('country');
    expect(f.alsoTrue).toEqual(expect.arrayContaining(['United States', 'Australia']));
  });

  it('keeps the field the sentence names as whose first ("in Indian athletics becoming the first track and field player …")', () => {
    const facts = factsOf(['Neeraj Chopra continued his golden run in Indian athletics becoming the first track and field player to win a gold at the World Championships.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the first Indian track and field player to win a gold at the World Championships?', 'Neeraj Chopra']);
  });

  it('never ends the question at a figure\'s thousands ("in front of 86,824 fans")', () => {
    const facts = factsOf(['Fast bowler Jasprit Bumrah picked 4-15 as India became the first team to retain the title after beating New Zealand by 96 runs in front of 86,824 fans at the stadium.']);
    const q = byPattern(facts, 'ordinal').map((f) => f.question);
    expect(q.some((x) => /in front of 86\?$/.test(x))).toBe(false);
    expect(q).toContainEqual(expect.stringMatching(/86,824 fans/));
  });

  it('asks of the person a "he" after an opening phrase stands for, named in the sentence before', () => {
    const facts = factsOf([
      'Group Captain Shubhanshu Shukla has completed an 18-day mission aboard the International Space Station. With this historic feat, he becomes the first Indian to visit the station.',
      'Gita Rao retired from the Navy in 2019. After a long wait, she became the first woman to command a submarine base.',
    ]);
    const shukla = byPattern(facts, 'ordinal').find((f) => f.answer === 'Shubhanshu Shukla');
    expect(shukla?.question).toBe('Who was the first Indian to visit the station?');
    expect(shukla?.cloze).toContain('With this historic feat, {{c1::Shubhanshu Shukla}} becomes the first Indian');
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the first woman to command a submarine base?', 'Gita Rao']);
  });

  it('finds the subject before a relative clause and a time: "X, who …, on Sunday assumed charge as the 30th …"', () => {
    const facts = factsOf(['Gen Upendra Dwivedi, who has vast operational experience along the frontiers with China and Pakistan, on Sunday assumed charge as the 30th Chief of the Army Staff at a time of challenges.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the 30th Chief of the Army Staff?', 'Upendra Dwivedi']);
  });

  it('reads the earlier ones after the verb phrase, when their list ends the sentence', () => {
    const facts = factsOf(['India became the fourth country to master the technology of soft-landing on the Moon after the US, China and the erstwhile Soviet Union.']);
    const [f] = byPattern(facts, 'ordinal');
    expect(f.question).toBe('Which was the fourth country, after the US, China and the erstwhile Soviet Union, to master the technology of soft-landing on the Moon?');
    expect(f.answer).toBe('India');
    expect(f.alsoTrue).toEqual(expect.arrayContaining(['US', 'China']));
  });

  it('keeps the scope a superlative holds in ("Among EFTA countries, which …?")', () => {
    const facts = factsOf(['Among EFTA countries, Switzerland is the largest trading partner of India followed by Norway.']);
    const asked = ask(facts, 'ordinal');
    expect(asked.length).toBeGreaterThan(0);
    for (const [q] of asked) expect(q).toMatch(/^Among EFTA countries, which /);
  });

  it('asks which was let in as the Nth member, by the noun of the letting or its passive, "the group" being the grouping named before', () => {
    expect(ask(factsOf(['The leaders welcomed the Pacific Islands Forum at the BRICS summit in Kazan on Tuesday with the inclusion of the Pacific Islands Forum as the 12th member of the group.']), 'ordinal')).toContainEqual([
      'Which was admitted as the 12th member of BRICS?',
      'Pacific Islands Forum',
    ]);
    expect(ask(factsOf(['Timor-Leste was formally admitted as the 11th member of ASEAN at the summit in Kuala Lumpur.']), 'ordinal')).toContainEqual(['Which was admitted as the 11th member of ASEAN?', 'Timor-Leste']);
    expect(ask(factsOf(['The ministers cleared the admission of Sweden as the 32nd member of the North Atlantic Treaty Organization in Brussels.']), 'ordinal')).toContainEqual([
      'Which was admitted as the 32nd member of the North Atlantic Treaty Organization?',
      'Sweden',
    ]);
  });

  it('works on another article and another ordinal', () => {
    const facts = factsOf(['India became the first country to land a spacecraft near the lunar south pole.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was the first country to land a spacecraft near the lunar south pole?', 'India']);
  });

  it('asks who was sworn in as the Nth holder, from a headline\'s clause without "was" and from "administered the oath to X as …"', () => {
    expect(ask(factsOf(['Succeeding Justice N V Ramana, who retired on August 26, Justice Uday Umesh Lalit sworn in as the 49th Chief Justice of India.']), 'ordinal')).toContainEqual([
      'Who was sworn in as the 49th Chief Justice of India?',
      'Uday Umesh Lalit',
    ]);
    expect(ask(factsOf(['President Droupadi Murmu on Monday administered the oath of office to Justice Surya Kant as the 53rd Chief Justice of India at Rashtrapati Bhavan.']), 'ordinal')).toContainEqual([
      'Who was sworn in as the 53rd Chief Justice of India?',
      'Surya Kant',
    ]);
  });

  it('asks no first that is only hoped for ("India will be the only country to land …"), but an office announced so', () => {
    expect(ask(factsOf(['India will be the only country in the world to land on the lunar South Pole, ISRO said on Monday.']), 'ordinal')).toEqual([]);
    expect(ask(factsOf(['General Anil Chauhan will be the second Chief of Defence Staff to take office in New Delhi on Friday.']), 'ordinal').map(([, a]) => a)).toContain('Anil Chauhan');
  });

  it('asks nothing of "as he became …" after a person the sentence names past its verb', () => {
    const facts = factsOf([
      'Arjun Rao won the Candidates tournament in Madrid on Monday.',
      'The Indian grandmaster is now set to challenge world champion Li Wei of China as he became the first teenager to reach the title match.',
    ]);
    expect(ask(facts, 'ordinal').filter(([q]) => /first teenager/.test(q))).not.toContainEqual(expect.arrayContaining(['Li Wei']));
  });

  it('resolves "as he became …" to the person the sentence opens on', () => {
    const facts = factsOf(['Ace shuttler Pullela Gopichand made history on Sunday as he became the first Indian to win the All England Championship in two decades.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the first Indian to win the All England Championship in two decades?', 'Pullela Gopichand']);
  });

  it('resolves "She" to the person named just before, and asks "Who"', () => {
    const facts = factsOf([
      'Kamala Harris took the oath of office in Washington on Wednesday.',
      'She became the first woman to serve as Vice President of the United States.',
    ], { date: '2021-01-20' });
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the first woman to serve as Vice President of the United States?', 'Kamala Harris']);
  });

  it('finds a second ordinal clause in the same sentence and resolves "this arrangement"', () => {
    const facts = factsOf([
      'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism with Japan, while Japan is the first country in Asia to have this arrangement with Russia.',
    ]);
    const second = byPattern(facts, 'ordinal').find((f) => f.answer === 'Japan');
    expect(second?.question).toBe('Which was the first country in Asia to have the two-plus-two mechanism with Russia?');
  });

  it('asks after which ones, the noun in the plural before its complement ("countries in Latin America")', () => {
    const facts = factsOf(['Peru is the fourth country in Latin America, after Brazil, Mexico and Argentina, to sign a critical minerals pact with India.']);
    expect(ask(facts, 'ordinal').map(([q]) => q)).toContain('After which three countries in Latin America was Peru the fourth country in Latin America to sign a critical minerals pact with India?');
  });

  it('keeps a list with commas after "after", and drops a trailing ", officials said"', () => {
    const facts = factsOf(['India became the fourth space agency after the United States, the European Space Agency and Japan to send a mission to study the Sun, officials said.']);
    expect(ask(facts, 'ordinal')).toContainEqual([
      'Which was the fourth space agency, after the United States, the European Space Agency and Japan, to send a mission to study the Sun?',
      'India',
    ]);
  });

  it('reads the list of earlier ones between commas, and a time phrase between subject and verb', () => {
    const moon = factsOf(['India on Wednesday became the fourth country, after the United States, the former Soviet Union and China, to achieve a soft landing on the Moon, and the first to land near the lunar south pole.'], { date: '2023-08-23' });
    const [f] = byPattern(moon, 'ordinal');
    expect([f?.question, f?.answer]).toEqual(['Which was the fourth country, after the United States, the former Soviet Union and China, to achieve a soft landing on the Moon?', 'India']);
    // The value lent to the options is the state, not "former …".
    expect(f.alsoTrue).toEqual(['United States', 'Soviet Union', 'China']);
    expect(ask(factsOf(['Japan last year became the first country in Asia to host the games.']), 'ordinal')).toContainEqual(['Which was the first country in Asia to host the games?', 'Japan']);
    expect(ask(factsOf(['Norway, on Monday, became the first nation to ban the sale of petrol cars.']), 'ordinal')).toContainEqual(['Which was the first nation to ban the sale of petrol cars?', 'Norway']);
  });

  it('gives "…, making it the Nth …" the subject of its sentence, with "the" where a body takes it', () => {
    const au = factsOf(['The African Union (AU) was on Saturday admitted as a permanent member of the G20, making it the second regional bloc after the European Union to get full membership.'], { date: '2023-09-09' });
    const [f] = byPattern(au, 'ordinal');
    expect([f?.question, f?.answer]).toEqual(['Which was the second regional bloc, after the European Union, to get full membership?', 'African Union']);
    expect(f.statement).toBe('The African Union was the second regional bloc, after the European Union, to get full membership.');
    const serena = factsOf(['Serena Williams won the title on Saturday, making her the oldest woman to win a Grand Slam singles title.']);
    expect(ask(serena, 'ordinal')).toContainEqual(['Who was the oldest woman to win a Grand Slam singles title?', 'Serena Williams']);
    const mbappe = factsOf(['Lionel Messi scored twice for Argentina, while Kylian Mbappé scored a hat-trick for France, becoming only the second player to score three goals in a World Cup final.']);
    expect(ask(mbappe, 'ordinal')).toContainEqual(['Who was the second player to score three goals in a World Cup final?', 'Kylian Mbappé']);
    // The object of the clause is not its subject.
    expect(ask(factsOf(['Argentina beat France on penalties, becoming the third country to win the title three times.']), 'ordinal')).toEqual([['Which was the third country to win the title three times?', 'Argentina']]);
    // "him" is the man arrested, not a name the sentence opens with.
    expect(byPattern(factsOf(['Police arrested the man on Friday, making him the third suspect to be charged in the case.']), 'ordinal')).toEqual([]);
  });

  it('gives "… conferred X on Y, making him the first …" the one given to, not the giver, and names the honour', () => {
    const bhutan = factsOf(["Bhutan's King Jigme Khesar Namgyel Wangchuck conferred the Order of the Druk Gyalpo on Prime Minister Narendra Modi at a public ceremony on Friday, making him the first foreign Head of Government to receive the honour."]);
    expect(ask(bhutan, 'ordinal')).toEqual([['Who was the first foreign Head of Government to receive the Order of the Druk Gyalpo?', 'Narendra Modi']]);
    const nigeria = factsOf(['Nigeria on Sunday conferred its second-highest national award, the Grand Commander of the Order of the Niger, on Prime Minister Narendra Modi, making him the second foreign dignitary to receive the distinction.']);
    expect(ask(nigeria, 'ordinal')).toEqual([['Who was the second foreign dignitary to receive the Grand Commander of the Order of the Niger?', 'Narendra Modi']]);
    const medal = factsOf(['President Joe Biden presented the Presidential Medal of Freedom to Simone Biles on Thursday, making her the youngest person to receive the medal.']);
    expect(ask(medal, 'ordinal').map(([, a]) => a)).toEqual(['Simone Biles']);
    // (Where the headline names the one honoured, the honour is the news, asked by `awarded`, not who.)
    const headlined = factsOf(["Bhutan's King Jigme Khesar Namgyel Wangchuck conferred the Order of the Druk Gyalpo on Prime Minister Narendra Modi on Friday, making him the first foreign Head of Government to receive the honour."], { title: 'PM Modi receives Bhutan’s highest civilian award' });
    expect(byPattern(headlined, 'ordinal')).toEqual([]);
    expect(ask(headlined, 'awarded').map(([, a]) => a)).toEqual(['Order of the Druk Gyalpo']);
  });

  it('asks the deed "this milestone" stands for, and a country for its government', () => {
    const trachoma = factsOf(['The WHO has declared that Government of India has eliminated Trachoma as a public health problem, becoming the third country in the South-East Asia Region to achieve this milestone.']);
    expect(ask(trachoma, 'ordinal')).toContainEqual(['Which was the third country in the South-East Asia Region to eliminate Trachoma as a public health problem?', 'India']);
    const banned = factsOf(['Norway has banned the sale of petrol cars, becoming the first nation to achieve the feat.']);
    expect(ask(banned, 'ordinal')).toContainEqual(['Which was the first nation to ban the sale of petrol cars?', 'Norway']);
    // (No plain deed before it: nothing, rather than "this milestone".)
    const none = factsOf(['Kerala, in a landmark move, becoming the first state to achieve this milestone, drew praise.']);
    expect(ask(none, 'ordinal').filter(([q]) => /milestone/.test(q))).toEqual([]);
  });

  it('asks which site became, or will become, the Nth of its kind ("… will soon become the ninth tiger reserve of Madhya Pradesh")', () => {
    const madhav = factsOf(['Madhav National Park (MNP) in Shivpuri district will soon become the ninth tiger reserve of Madhya Pradesh, Chief Minister Mohan Yadav said on Thursday.']);
    expect(ask(madhav, 'ordinal')).toContainEqual(['Which will become Madhya Pradesh’s ninth tiger reserve?', 'Madhav National Park']);
    const sirpur = factsOf(['Sirpur Lake became India’s 76th Ramsar site on Monday.']);
    expect(ask(sirpur, 'ordinal')).toContainEqual(['Which was India’s 76th Ramsar site?', 'Sirpur Lake']);
  });

  it('asks who did something "to become India\'s first …", never who hopes to', () => {
    const archer = factsOf(['Eighteen-year-old archer Sheetal Devi won gold at the World Para Archery Championship on Saturday.', 'Born without arms, Sheetal has defied all odds to become India\'s first woman Para World Archery Champion.']);
    expect(ask(archer, 'ordinal')).toContainEqual(["Who was India's first woman Para World Archery Champion?", 'Sheetal Devi']);
    const went = factsOf(['Anjali Rao went on to become India\'s first woman fighter pilot.']);
    expect(ask(went, 'ordinal').map(([, a]) => a)).toContain('Anjali Rao');
    expect(ask(factsOf(['Anjali Rao has the potential to become India\'s first woman fighter pilot.']), 'ordinal')).toEqual([]);
  });

  it('asks who "served as the last (or first) governor of" a place', () => {
    const malik = factsOf(['Satya Pal Malik, former Jammu and Kashmir governor, passed away on Tuesday.', 'Malik served as the last governor of Jammu and Kashmir from August 2018 to October 2019.']);
    expect(ask(malik, 'ordinal')).toContainEqual(['Who was the last Governor of Jammu and Kashmir?', 'Satya Pal Malik']);
    const first = factsOf(['Veteran leader Ramesh Sharma served as the first chief minister of Jharkhand from 2000 to 2003.']);
    expect(ask(first, 'ordinal')).toContainEqual(['Who was the first Chief Minister of Jharkhand?', 'Ramesh Sharma']);
    // (A post that is no office: nothing.)
    expect(ask(factsOf(['Ramesh Sharma served as the first stop of the tour of Jharkhand.']), 'ordinal')).toEqual([]);
  });

  it('asks the deed "to do so" stands for, never "to do so" itself', () => {
    const mpox = factsOf(['The advisory was issued after India reported the first case of the clade Ib strain of mpox infection, making it the third non-African country to do so.']);
    expect(ask(mpox, 'ordinal')).toContainEqual(['Which was the third non-African country to report a case of the clade Ib strain of mpox infection?', 'India']);
    const ban = factsOf(['Australia banned social media for children under 16, becoming the first country to do so.']);
    expect(ask(ban, 'ordinal')).toContainEqual(['Which was the first country to ban social media for children under 16?', 'Australia']);
    const none = factsOf(['Kerala, after a long campaign, became the first state to do so.']);
    expect(ask(none, 'ordinal').filter(([q]) => /do so/.test(q))).toEqual([]);
  });

  it('makes nothing from a pronoun with no person before it', () => {
    const facts = factsOf(['He became the first player to score twice in the final of the tournament.']);
    expect(byPattern(facts, 'ordinal')).toEqual([]);
  });

  it('reads "the former" before a name as an adjective, and alone as a reference', () => {
    const moon = factsOf(['Japan on Friday became the fifth country, after the former Soviet Union, the United States, China and India, to land on the Moon.']);
    expect(byPattern(moon, 'ordinal').map((f) => f.answer)).toEqual(['Japan']);
    const latter = factsOf(['Sweden and Norway met in the final in Oslo, and the former became the first country to win the cup three times.']);
    expect(byPattern(latter, 'ordinal')).toEqual([]);
  });
});

describe('ordinal: the Nth holder of an office', () => {
  it('asks who was sworn in, elected or appointed as the Nth holder', () => {
    const cji = factsOf(['Justice Dhananjaya Chandrachud was on Wednesday sworn in as the 50th Chief Justice of India (CJI) by President Droupadi Murmu at a ceremony.'], { date: '2022-11-09' });
    expect(ask(cji, 'ordinal')).toContainEqual(['Who was sworn in as the 50th Chief Justice of India?', 'Dhananjaya Chandrachud']);
    const president = factsOf(['Droupadi Murmu was elected as the 15th President of India in July 2022.']);
    expect(ask(president, 'ordinal')).toContainEqual(['Who was elected as the 15th President of India?', 'Droupadi Murmu']);
    // Whose office it is ("the country's first"), after a name set off as the description's apposition.
    const cds = factsOf(['The outgoing Army chief, Gen. Bipin Rawat, was on Monday appointed as the country’s first Chief of Defence Staff (CDS), a day before he retired.']);
    expect(ask(cds, 'ordinal')).toContainEqual(['Who was appointed as the country’s first Chief of Defence Staff?', 'Bipin Rawat']);
    const murmu = factsOf(['Droupadi Murmu was elected as India’s 15th President in July 2022.']);
    expect(ask(murmu, 'ordinal')).toContainEqual(['Who was elected as India’s 15th President?', 'Droupadi Murmu']);
  });

  it('asks the Nth holder of an office said without a verb of appointment, a pronoun resolved', () => {
    const pande = factsOf(['Lt Gen Manoj Pande will assume the appointment of Chief of the Army Staff on 01 May 2022.', 'He will be the 29th Chief of the Army Staff.']);
    expect(ask(pande, 'ordinal')).toContainEqual(['Who was the 29th Chief of the Army Staff?', 'Manoj Pande']);
    const murmu = factsOf(['Droupadi Murmu became India’s 15th President.']);
    expect(ask(murmu, 'ordinal')).toContainEqual(['Who was India’s 15th President?', 'Droupadi Murmu']);
    // Not a record without an office: "the 5th largest economy" is no one's post.
    expect(ask(factsOf(['Narendra Modi said India was the 5th Largest Economy.']), 'ordinal')).toEqual([]);
  });

  it('asks who took over as the Nth holder, from a relative clause too ("X, who will take over as the first CDS")', () => {
    const rawat = factsOf(['General Manoj Mukund Naravane took charge as Army chief from General Bipin Rawat, who will take over as the first Chief of Defence Staff (CDS) on New Year\'s Day.']);
    expect(ask(rawat, 'ordinal')).toContainEqual(['Who was the first Chief of Defence Staff?', 'Bipin Rawat']);
    const dhanoa = factsOf(['Air Marshal Birender Singh Dhanoa took over as the 25th Chief of the Air Staff on Saturday.']);
    expect(ask(dhanoa, 'ordinal')).toContainEqual(['Who was the 25th Chief of the Air Staff?', 'Birender Singh Dhanoa']);
    // Not a first that is no office.
    expect(ask(factsOf(['Kavita Rao, who will take over as the first woman to lead the club, spoke on Monday.']), 'ordinal')).toEqual([]);
  });

  it('finds the subject across an age in apposition', () => {
    const fosse = factsOf(['Norwegian author Jon Fosse was awarded the 2023 Nobel Prize in Literature on Thursday.', 'Fosse, 64, is the fourth Norwegian to win the literature prize, after Knut Hamsun in 1920 and Sigrid Undset in 1928.']);
    expect(ask(fosse, 'ordinal')).toContainEqual(['Who was the fourth Norwegian, after Knut Hamsun in 1920 and Sigrid Undset in 1928, to win the literature prize?', 'Jon Fosse']);
    // (Those before are the names, not the years they did it in.)
    expect(byPattern(fosse, 'ordinal')[0].alsoTrue).toEqual(['Knut Hamsun', 'Sigrid Undset']);
  });
});

describe('ordinal: the Nth member of a body', () => {
  it('"Iran became the ninth full member of the Shanghai Cooperation Organisation (SCO)"', () => {
    const facts = factsOf(['Iran on Tuesday became the ninth full member of the Shanghai Cooperation Organisation (SCO) at the annual summit hosted by India.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was the ninth full member of the Shanghai Cooperation Organisation?', 'Iran']);
  });
  it('"… became the 32nd member of NATO" keeps the body as written', () => {
    const facts = factsOf(['Sweden formally became the 32nd member of NATO on Thursday after Hungary ratified its accession.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was the 32nd member of NATO?', 'Sweden']);
  });
});

describe('ordinal: "the only … after X" means since X', () => {
  it('asks no "After which …" list of predecessors, and keeps a title off the name', () => {
    const facts = factsOf(['Om Birla is the only Lok Sabha Speaker after Balram Jakhar in 1985 to get two full terms.']);
    expect(ask(facts, 'ordinal').filter(([q]) => q.startsWith('After'))).toEqual([]);
  });
});

describe('ordinal: the Nth of a named series, class or project', () => {
  it('asks which was the Nth, said to the end of the sentence', () => {
    expect(ask(factsOf(['INS Mormugao is the second stealth-guided missile destroyer under Project 15B.']), 'ordinal')).toContainEqual([
      'Which was the second stealth-guided missile destroyer under Project 15B?', 'INS Mormugao',
    ]);
    expect(ask(factsOf(['Aditya-L1 is the first solar observatory mission of the Indian Space Research Organisation.']), 'ordinal')).toContainEqual([
      'Which was the first solar observatory mission of the Indian Space Research Organisation?', 'Aditya-L1',
    ]);
  });

  it('asks nothing of a rank whose noun needs what was first done', () => {
    expect(ask(factsOf(['Bengaluru is the third largest city in India after Mumbai and Delhi by population.']), 'ordinal').map(([q]) => q)).not.toContainEqual(expect.stringMatching(/third largest city/));
    expect(ask(factsOf(['Kenya was the second country in Africa.']), 'ordinal').map(([q]) => q)).not.toContainEqual(expect.stringMatching(/second country in Africa/));
  });
});

describe('ordinal: a subject with an age and a description before the verb', () => {
  it('asks who, past ", 64, the first Buddhist CJI … after K G Balakrishnan,"', () => {
    const facts = factsOf(['Justice Bhushan Ramkrishna Gavai, 64, the first Buddhist CJI and second Dalit head of the judiciary after K G Balakrishnan, was sworn in as the 52nd Chief Justice of India by President Droupadi Murmu.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was sworn in as the 52nd Chief Justice of India?', 'Bhushan Ramkrishna Gavai']);
  });
});

describe('ordinal: two subjects', () => {
  it('asks no "Which was the only …?" for the second of two names ("Israel and New Zealand were the only two countries …")', () => {
    const facts = factsOf(['Israel and New Zealand were the only two countries from outside Europe to feature among the top ten.']);
    expect(ask(facts, 'ordinal')).toEqual([]);
  });
});

describe('ordinal: an adverb between the subject and its verb', () => {
  it('"Nikhat Zareen thus becomes only the fifth Indian boxer after …"', () => {
    const facts = factsOf(['Nikhat Zareen thus becomes only the fifth Indian boxer after Mary Kom, Sarita Devi, Jenny RL and Lekha KC to win a gold at the World Championships.']);
    expect(ask(facts, 'ordinal')).toEqual([['Who was the fifth Indian boxer, after Mary Kom, Sarita Devi, Jenny RL and Lekha KC, to win a gold at the World Championships?', 'Nikhat Zareen']]);
  });
});

describe('ordinal: a year that opens an event\'s name, and a closing "when" clause', () => {
  it('keeps "at the 2000 Sydney Games" and drops "when …"', () => {
    const facts = factsOf(['With this silver medal, Mirabai Chanu has become the second Indian weightlifter to win an Olympic medal after Karnam Malleswari bagged bronze at the 2000 Sydney Games when the weightlifting arena was opened to women for the first time.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the second Indian weightlifter to win an Olympic medal after Karnam Malleswari bagged bronze at the 2000 Sydney Games?', 'Mirabai Chanu']);
  });
});

describe('ordinal: history made as the first, by a name it is known by', () => {
  it('"The Trust to Teach Rural Children, widely known as \'Teach Rural,\' has made history as the first Indian organisation to …"', () => {
    const facts = factsOf([
      "The Trust to Teach Rural Children, widely known as 'Teach Rural,' has made history as the first Indian organisation to receive the Asia Service Prize, a statement said.",
      'Teach Rural was founded in 2009 by Meera Kapoor.',
    ]);
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was the first Indian organisation to receive the Asia Service Prize?', 'Teach Rural']);
    // (The name it is known by is that name unquoted too: no "Rural" founded in 2009.)
    expect(facts.filter((f) => /\bwas Rural\b|^Rural$/.test(f.question) || f.answer === 'Rural')).toEqual([]);
    expect(facts.flatMap((f) => [f.question, f.answer]).filter((t) => /Teach Rural/.test(t)).length).toBeGreaterThan(1);
  });
});

describe('ordinal: the first from his country', () => {
  it('is asked by the people of the country the sentence gives the subject, an adverb before the verb', () => {
    const asked = ask(factsOf(["Kenya's world champion and Olympic gold medallist runner David Rudisha finally became the first from his country to break the 1:40 mark during the Doha Diamond League on Friday."], { date: '2025-05-17' }), 'ordinal');
    expect(asked.map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who was the first Kenyan to break the 1:40 mark during the Doha Diamond League?', 'David Rudisha']);
    // (An event the sentence opens on says at what: "During the … Championships 2022, he became the first …".)
    const opened = factsOf(['David Rudisha won the race in Nairobi.', 'During the World Athletics Championships 2011 in Daegu, South Korea, he became the first Kenyan male to win a medal in the 800 m.']);
    expect(ask(opened, 'ordinal').map(([q]) => q)).toContain('Who was the first Kenyan male to win a medal in the 800 m at the World Athletics Championships 2011?');
    // (No country given: nothing asked of "his country".)
    expect(ask(factsOf(['David Rudisha finally became the first from his country to break the 1:40 mark.']), 'ordinal').map(([q]) => q).join(' ')).not.toMatch(/his country/);
  });
});

describe('ordinal: a name inside the subject’s phrase', () => {
  it('is not the subject ("President Ruto’s first visit to Japan is also the first visit by …")', () => {
    const facts = factsOf(['President William Ruto’s first visit to Japan is also the first visit by a Kenyan leader to the country in over 20 years.']);
    expect(ask(facts, 'ordinal').map(([, a]) => a)).not.toContain('Japan');
  });
});

describe('ordinal: "by becoming the first …" after an adverb', () => {
  it('is asked of the clause’s subject ("Sindhu also scripted history by becoming the first Indian ever to …")', () => {
    const facts = factsOf(['Kavita Rao won the final on Sunday in Basel.', 'With the win, Kavita Rao also scripted history by becoming the first Indian ever to grab a gold medal at the World Squash Championships.']);
    expect(ask(facts, 'ordinal').map(([, a]) => a)).toContain('Kavita Rao');
  });

  it('asks of a subject the sentence describes between commas as the Nth to do something', () => {
    const visit = factsOf([
      'Argentine President Mauricio Macri held talks with Prime Minister Narendra Modi in New Delhi on Monday.',
      'Macri, the first foreign leader to visit India after the February 14 suicide attack in Pulwama, said he was pleased to fight terrorism together.',
    ], { date: '2019-02-18' });
    expect(ask(visit, 'ordinal')).toContainEqual(['Who was the first foreign leader to visit India after the February 14 suicide attack in Pulwama?', 'Mauricio Macri']);
    const mission = factsOf([
      'Chandrayaan-3, the first mission to land near the lunar south pole, completed its experiments on Saturday, ISRO said.',
    ], { date: '2023-09-02' });
    expect(ask(mission, 'ordinal').map(([q]) => q)).toContain('Which was the first mission to land near the lunar south pole?');
    // (Not of a name in the object: "… met Macri, the first …" describes whom he met.)
    const object = factsOf(['Modi on Monday met Mauricio Macri, the first Argentine president to visit India in ten years, at Hyderabad House.'], { date: '2019-02-18' });
    expect(ask(object, 'ordinal').map(([q]) => q).filter((q) => q.startsWith('Who was the first Argentine'))).toEqual([]);
  });
});

describe('ordinal: who gave the oath between the verb and the office', () => {
  it('asks who was sworn in as the Nth holder ("was sworn in by President Droupadi Murmu as the 52nd Chief Justice of India")', () => {
    const facts = ask(factsOf(['Justice Bhushan Ramkrishna Gavai was sworn in by President Droupadi Murmu as the 52nd Chief Justice of India at Rashtrapati Bhavan on Wednesday.']), 'ordinal');
    expect(facts).toContainEqual(['Who was sworn in as the 52nd Chief Justice of India?', 'Bhushan Ramkrishna Gavai']);
    const gov = ask(factsOf(['Arif Mohammed Khan was sworn in by Patna High Court Chief Justice K Vinod Chandran as the 42nd Governor of Bihar.']), 'ordinal');
    expect(gov.map(([, a]) => a)).toContain('Arif Mohammed Khan');
  });
});

describe('ordinal: a subject given by age alone', () => {
  it('reads "The 20-year-old became the first …" as the story\'s person, the clause ending before "and, …"', () => {
    const facts = factsOf([
      'Young Indian shooter Samrat Rana clinched the men\'s 10m air pistol gold at the ISSF World Championships in Cairo on Monday. The 20-year-old became the first Indian pistol shooter in an Olympic discipline to be crowned world champion and, in the process, also helped India secure the team gold.',
    ]);
    const bhaker = factsOf(['Ace shooter Manu Bhaker won bronze in the mixed team event on Tuesday. The 22-year-old thus became the first Indian to win two medals at a single Olympics.']);
    expect(ask(facts, 'ordinal')).toContainEqual(['Who was the first Indian pistol shooter in an Olympic discipline to be crowned world champion?', 'Samrat Rana']);
    expect(byPattern(facts, 'ordinal').find((f) => f.answer === 'Samrat Rana')?.cloze).toMatch(/^\{\{c1::Samrat Rana\}\} became the first Indian/);
    expect(ask(bhaker, 'ordinal')).toContainEqual(['Who was the first Indian to win two medals at a single Olympics?', 'Manu Bhaker']);
    // (Not someone named further back, past a sentence that names another: the age says too little.)
    const far = factsOf(['Samrat Rana won the gold. Veteran mountaineer Lakpa Sherpa reached the summit again on Sunday. The 51-year-old became the first woman to climb Everest ten times.']);
    expect(byPattern(far, 'ordinal').filter((f) => f.answer === 'Samrat Rana')).toEqual([]);
  });

  it('leaves an age before a noun alone: "The 20-year-old record was the first …" is no person', () => {
    const facts = factsOf(['Samrat Rana won on Monday. The 20-year-old record was the first to fall at the range this season.']);
    expect(byPattern(facts, 'ordinal').filter((f) => f.answer === 'Samrat Rana')).toEqual([]);
  });
});

describe('ordinal: a site a government makes the Nth of its kind', () => {
  it('asks where the country\'s first of a kind is, or will be, set up ("India\'s first Dugong conservation reserve shall be made in Tamil Nadu")', () => {
    expect(ask(factsOf(["The government has announced that India's first Dugong conservation reserve shall be made in Tamil Nadu."]), 'ordinal')).toContainEqual(['Where will India’s first Dugong conservation reserve be made?', 'Tamil Nadu']);
    expect(ask(factsOf(['The country’s first 3D-printed post office was inaugurated in Bengaluru on Friday by the Union Minister.']), 'ordinal')).toContainEqual(['Where was India’s first 3D-printed post office inaugurated?', 'Bengaluru']);
    // (A first that is no one's place: "India's first medal was won in the 1900 Games".)
    expect(ask(factsOf(["India's first medal was won in the 1900 Games by Norman Pritchard."]), 'ordinal').filter(([q]) => /^Where/.test(q))).toEqual([]);
  });

  it('asks which where "This is the seventh tiger reserve of the state" follows the sentence that named it', () => {
    const sentences = ['By merging two sanctuaries, a new tiger reserve namely Veerangana Durgavati Tiger Reserve has been formed in Madhya Pradesh.', 'This is the seventh tiger reserve of the state.', 'The reserve will spread over Sagar and Damoh districts of Madhya Pradesh.'];
    expect(ask(factsOf(sentences), 'ordinal')).toContainEqual(['Which was Madhya Pradesh’s seventh tiger reserve?', 'Veerangana Durgavati Tiger Reserve']);
    // (Where the sentence before names two of the kind, which one is meant the text leaves open.)
    const two = ['The Nauradehi Tiger Reserve and the Durgavati Tiger Reserve were notified in Madhya Pradesh.', 'This is the seventh tiger reserve of the state.', 'Both lie in Madhya Pradesh.'];
    expect(ask(factsOf(two), 'ordinal')).toEqual([]);
  });

  it('asks which ("designated Ratapani as the state\'s eighth Tiger Reserve"), the state named', () => {
    const facts = factsOf(['Madhya Pradesh Chief Minister Mohan Yadav inaugurated a tiger reserve in Madhya Pradesh\'s Raisen district on Friday.', 'The event came nearly 10 days after the Centre designated Ratapani as the state\'s eighth Tiger Reserve.'], { title: 'Madhya Pradesh CM inaugurates tiger reserve in Raisen' });
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was designated as Madhya Pradesh’s eighth tiger reserve?', 'Ratapani']);
    // (Whose "state" the story does not say: no question.)
    const unsaid = factsOf(['The Centre designated Ratapani as the state\'s eighth Tiger Reserve.'], { title: 'New tiger reserve' });
    expect(ask(unsaid, 'ordinal').filter(([q]) => /tiger reserve/.test(q))).toEqual([]);
  });

  it('asks the one before by their name, without "late" and the title ("the second CJI after late Justice S M Sikri")', () => {
    const facts = factsOf(['Justice Uday Lalit was sworn in as the 49th Chief Justice of India on Saturday.', 'He is the second CJI after late Justice S M Sikri to be appointed directly from the Bar to the Supreme Court as a judge.']);
    const answers = byPattern(facts, 'ordinal').filter((f) => /^After which/.test(f.question)).map((f) => f.answer);
    expect(answers).toContain('S M Sikri');
  });

  it('asks which, in the passive too ("The Ramgarh Vishdhari Sanctuary in Rajasthan was notified as India\'s 52nd tiger reserve")', () => {
    const facts = factsOf(["The Ramgarh Vishdhari Sanctuary in Rajasthan was notified as India's 52nd tiger reserve on Monday, Union Environment Minister Bhupender Yadav said."]);
    expect(ask(facts, 'ordinal')).toContainEqual(['Which was notified as India’s 52nd tiger reserve?', 'Ramgarh Vishdhari Sanctuary']);
  });

  it('asks which state, district or village was declared the first of a kind a campaign names', () => {
    const kerala = factsOf(["Kerala Chief Minister Pinarayi Vijayan officially declared Kerala as the nation's first Extreme Poverty-Free State at a packed ceremony."]);
    expect(ask(kerala, 'ordinal')).toContainEqual(['Which was declared as India’s first extreme poverty-free state?', 'Kerala']);
    const district = factsOf(["The Chief Minister declared Kottayam as the country's first Fully Digitally Literate District on Monday."]);
    expect(ask(district, 'ordinal')).toContainEqual(['Which was declared as India’s first fully digitally literate district?', 'Kottayam']);
  });
});

describe('ordinal: a day an owner names', () => {
  it('stays in the question ("to attend India’s Republic Day celebrations"), never cut to "India’s?"', () => {
    const facts = factsOf(['Prabowo Subianto, a former defence minister, is the fourth Indonesian president to attend India’s Republic Day celebrations.']);
    const asked = ask(facts, 'ordinal');
    expect(asked).toContainEqual(['Who was the fourth Indonesian president to attend India’s Republic Day celebrations?', 'Prabowo Subianto']);
  });
});

describe('ordinal: "making him the first …" after a deed of his', () => {
  it('asks the one whose deed opens the clause ("Chopra’s performance, …, was celebrated … — making him the first Indian …"; "Chopra threw 90.23m, making him …")', async () => {
    const { ask, factsOf } = await import('../facts-of.js');
    const owned = factsOf(['Neeraj Chopra threw 90.23m at Doha on Friday.', 'Chopra’s performance, while falling just short of victory, was widely celebrated as a historic milestone — making him the first Indian ever to breach the 90m barrier in the sport.']);
    expect(ask(owned, 'ordinal')).toContainEqual(['Who was the first Indian ever to breach the 90m barrier in the sport?', 'Neeraj Chopra']);
    const threw = factsOf(['Annu Rani threw 63.82m in the final, making her the first Indian woman to reach the podium at the event.']);
    expect(ask(threw, 'ordinal').map(([, a]) => a)).toContain('Annu Rani');
  });
});

describe('ordinal: the Nth site of a kind, by its name', () => {
  it('asks which site it was ("Madhav Tiger Reserve is the 9th such reserve in the state"; "India has added the 58th Tiger Reserve to its tally, with the latest entrant being …")', async () => {
    const { ask, factsOf } = await import('../facts-of.js');
    const facts = factsOf([
      'India has added the 58th Tiger Reserve to its tally, with the latest entrant being Madhav Tiger Reserve in Madhya Pradesh’s Shivpuri.',
      'Union Environment Minister Bhupender Yadav said that Madhav Tiger Reserve is the 9th such reserve in the state.',
    ], { title: 'India gets 58th tiger reserve in Madhya Pradesh' });
    const asked = ask(facts, 'ordinal');
    expect(asked).toContainEqual(['Which was India’s 58th tiger reserve?', 'Madhav Tiger Reserve']);
    expect(asked).toContainEqual(['Which was Madhya Pradesh’s 9th tiger reserve?', 'Madhav Tiger Reserve']);
    const ramsar = factsOf(['Officials said the Sultanpur National Park is now India’s 91st Ramsar site.'], { title: 'Haryana park gets Ramsar tag' });
    expect(ask(ramsar, 'ordinal').map(([, a]) => a)).toContain('Sultanpur National Park');
    // (Not the place a site is in: "The Khichan wetland in Rajasthan is …" asks no Rajasthan.)
    const within = factsOf(['The Khichan wetland in Rajasthan is now India’s 91st Ramsar site, the ministry said.'], { title: 'Two Rajasthan wetlands get Ramsar tag' });
    expect(ask(within, 'ordinal').map(([, a]) => a)).not.toContain('Rajasthan');
  });

  it('asks it past where the site lies, set off by commas, and keeps the capital of "Ramsar"', () => {
    const lake = factsOf(['Siliserh Lake, located in the Alwar district of Rajasthan, is India’s 96th Ramsar site.']);
    expect(ask(lake, 'ordinal')).toContainEqual(['Which was India’s 96th Ramsar site?', 'Siliserh Lake']);
    const reserve = factsOf(['Madhav Tiger Reserve, spread over 1,751 sq km in Shivpuri, is India’s 58th tiger reserve.']);
    expect(ask(reserve, 'ordinal')).toContainEqual(['Which was India’s 58th tiger reserve?', 'Madhav Tiger Reserve']);
  });
});

describe('ordinal: one of a people is someone, never a place', () => {
  it('asks no place for "the fourth Indian" ("The shooter hailing from … Kolhapur, Maharashtra, became the fourth Indian to …")', () => {
    const asked = (text: string) => ask(factsOf(['Swapnil Kusale has finally made it on the biggest stage.', text]), 'ordinal');
    expect(asked('The shooter hailing from wrestling-dominated city of Kolhapur, Maharashtra, became the fourth Indian to bring home a bronze medal in the Paris Olympics.').filter(([, a]) => a === 'Maharashtra')).toEqual([]);
    expect(asked('The boxer from Bhiwani, Haryana, became the first Indian woman to win the title twice.').filter(([, a]) => a === 'Haryana')).toEqual([]);
    // (A place the Nth of places still is: "Kerala became the first state …".)
    expect(asked('Kerala became the first state to achieve total literacy in 1991.')).toContainEqual([expect.stringMatching(/first state to achieve total literacy/), 'Kerala']);
  });
});

describe('ordinal: the one praised for becoming the Nth, the one declared so', () => {
  it('asks the one praised, never who praised ("PM Modi lauded Goa for becoming the first certified state …")', () => {
    const asked = ask(factsOf(["Prime Minister Narendra Modi on Friday lauded Goa for becoming the first certified state in the country to have achieved the goal of the central government's 'Har Ghar Jal' initiative."]), 'ordinal');
    expect(asked).toEqual([[expect.stringMatching(/^Which was the first certified state in the country to have achieved the goal/), 'Goa']]);
  });

  it('asks the one declared so, by what it was declared ("declared Kerala free of extreme poverty — making it the first state … to achieve the status")', () => {
    const asked = ask(factsOf(['Chief Minister Pinarayi Vijayan on Saturday declared Kerala free of extreme poverty — making it the first state in the country to achieve the status.']), 'ordinal');
    expect(asked).toEqual([['Which was the first state in the country to be declared free of extreme poverty?', 'Kerala']]);
  });
});

describe('ordinal: the one a deed made the Nth ("made India only the fourth country after …")', () => {
  it('asks it with the earlier ones, as the seed asks Russia ("The triumph also made India only the fourth country after Australia, England and Egypt to win …")', () => {
    const asked = ask(factsOf(['The triumph also made India only the fourth country after Australia, England and Egypt to win the Squash World Cup title.']), 'ordinal');
    expect(asked).toContainEqual(['Which was the fourth country, after Australia, England and Egypt, to win the Squash World Cup title?', 'India']);
    const second = ask(factsOf(['The launch made Japan the fifth country to land a spacecraft on the Moon.']), 'ordinal');
    expect(second).toContainEqual(['Which was the fifth country to land a spacecraft on the Moon?', 'Japan']);
  });

  it('asks who "it made" the Nth of a noun with its "of", keeping the time a first is since', () => {
    const asked = ask(factsOf(['Anthony Albanese addressed supporters in Sydney on Saturday night.', 'It made Albanese the first leader of either major party to win consecutive elections since 2004.']), 'ordinal');
    expect(asked).toContainEqual(['Who was the first leader of either major party to win consecutive elections since 2004?', 'Anthony Albanese']);
    const second = ask(factsOf(['Peter Dutton conceded defeat in Brisbane.', 'It made Dutton the first opposition leader to lose his seat at a federal election in Australian history.']), 'ordinal');
    expect(second).toContainEqual(['Who was the first opposition leader to lose his seat at a federal election in Australian history?', 'Peter Dutton']);
  });

  it('asks whom "it makes her" an owner\'s Nth office ("makes her Delhi\'s fourth woman chief minister")', () => {
    const asked = ask(factsOf(['BJP leader Rekha Gupta was sworn in as chief minister of Delhi on Thursday.', "Rekha Gupta's elevation makes her Delhi's fourth woman chief minister, with AAP's Atishi being her predecessor."]), 'ordinal');
    expect(asked).toContainEqual(["Who was Delhi's fourth woman chief minister?", 'Rekha Gupta']);
    const second = ask(factsOf(['Justice Meera Rao took oath in Guwahati on Monday.', "The appointment made her Assam's first woman Chief Justice."]), 'ordinal');
    expect(second.map(([, a]) => a)).toContain('Meera Rao');
    // (No owner and no deed: nothing said of what she is the Nth.)
    expect(ask(factsOf(['Justice Meera Rao took oath in Guwahati on Monday.', 'The appointment made her the first woman.']), 'ordinal')).toEqual([]);
  });
});

describe('ordinal: the first visit by someone of an office to a country', () => {
  it('asks who made it ("landed in Zagreb on the first-ever visit by an Indian Prime Minister to Croatia")', () => {
    expect(ask(factsOf(['Prime Minister Narendra Modi on Wednesday scripted history as he landed in Zagreb on the first-ever visit by an Indian Prime Minister to Croatia, marking an important milestone.']), 'ordinal')).toContainEqual(['Who was the first Indian Prime Minister to visit Croatia?', 'Narendra Modi']);
    expect(ask(factsOf(['President Droupadi Murmu arrived in Port Louis on Monday on the first state visit by an Indian President to Mauritius.']), 'ordinal')).toContainEqual(['Who was the first Indian President to visit Mauritius?', 'Droupadi Murmu']);
    // (The first for a while is no first ever.)
    expect(ask(factsOf(['President Droupadi Murmu arrived in Port Louis on Monday on the first state visit by an Indian President to Mauritius in a decade.']), 'ordinal').filter(([q]) => /first Indian President to visit/.test(q))).toEqual([]);
    // (Not one the sentence names past a preposition: the visitor is its subject.)
    expect(ask(factsOf(['The talks with Andrej Plenkovic came during the first visit by an Indian Prime Minister to Croatia.']), 'ordinal')).toEqual([]);
  });
});

describe('ordinal: an office of a body whose name holds "for"', () => {
  it('keeps the whole name ("the ninth chairperson of the National Commission for Women")', () => {
    const qs = ask(factsOf(['Vijaya Kishore Rahatkar has been appointed the ninth chairperson of the National Commission for Women (NCW) succeeding Rekha Sharma.']), 'ordinal');
    expect(qs).toContainEqual(['Who was appointed the ninth chairperson of the National Commission for Women?', 'Vijaya Kishore Rahatkar']);
    // (A lower-case "for" ends the office: "for a term of three years".)
    expect(ask(factsOf(['Anil Mehta was appointed the fifth director of the institute for a term of three years.']), 'ordinal').map(([q]) => q)).toContainEqual(expect.stringMatching(/fifth director of the institute\?$/));
  });
});

describe('ordinal: the Nth of a kind no person is', () => {
  it('asks "Which", whatever the analyser took the name for ("Dabang Delhi became the first team after U Mumba …")', () => {
    const qs = ask(factsOf(['Dabang Delhi became the first team after U Mumba to be crowned in front of home fans.']), 'ordinal');
    expect(qs.map(([q]) => q)).toContainEqual(expect.stringMatching(/^Which was the first team\b/));
    expect(qs.map(([q]) => q).filter((q) => /^Who was the first team/.test(q))).toEqual([]);
  });
});

describe('ordinal: the Nth said of one a relative clause describes, or by its owner', () => {
  it('asks of the person before ", who had been the first …", subject or object of the clause before', () => {
    expect(ask(factsOf(['The final was a showdown between Divya and Koneru Humpy.', 'Divya took on Humpy, who had been the first woman from India to become a grandmaster.']), 'ordinal')).toContainEqual([
      'Who was the first woman from India to become a grandmaster?',
      'Koneru Humpy',
    ]);
    expect(ask(factsOf(['The award went to Kalpana Rao, who was the first scientist from Odisha to lead a lunar mission.']), 'ordinal')).toContainEqual([
      'Who was the first scientist from Odisha to lead a lunar mission?',
      'Kalpana Rao',
    ]);
  });

  it('asks the Nth of an owner\'s count without a deed ("becomes India\'s fourth woman grandmaster", "is the country\'s third lunar mission")', () => {
    expect(ask(factsOf(['This is a historic win, and Divya Deshmukh is entitled to be hailed as India’s fourth woman grandmaster.']), 'ordinal')).toContainEqual([
      'Who was India’s fourth woman grandmaster?',
      'Divya Deshmukh',
    ]);
    expect(ask(factsOf(['Chandrayaan-3 is the country’s third lunar mission.']), 'ordinal')).toContainEqual(['Which was the country’s third lunar mission?', 'Chandrayaan-3']);
    // (A bare kind says nothing without the deed: "Kerala became India's first state.")
    expect(ask(factsOf(['Kerala became India’s first state.']), 'ordinal')).toEqual([]);
  });
});

describe('ordinal: a subject by its trade, by "it", or joining the company of those before', () => {
  it('reads "The Indian tennis star now becomes the third Indian …, after A and B" as the person the sentence before names', () => {
    const bopanna = factsOf(["Rohan Bopanna won the Australian Open men's doubles title on Saturday.", "The Indian tennis star now becomes the third Indian to win a Grand Slam men's doubles title, after Leander Paes and Mahesh Bhupathi."]);
    expect(ask(bopanna, 'ordinal')).toContainEqual(["Who was the third Indian, after Leander Paes and Mahesh Bhupathi, to win a Grand Slam men's doubles title?", 'Rohan Bopanna']);
    const lakshya = factsOf(['Lakshya Sen beat Kenta Nishimoto in the final on Sunday.', 'The ace shuttler became the first Indian man to win the title in 40 years.']);
    expect(ask(lakshya, 'ordinal')).toContainEqual(['Who was the first Indian man to win the title in 40 years?', 'Lakshya Sen']);
    // (Only one the sentence before names: a trade says no more than an age does.)
    const far = factsOf(['Rohan Bopanna won on Saturday.', 'Crowds cheered Sania Mirza and Sumit Nagal at the venue.', 'The Indian tennis star now becomes the third Indian to win the title.']);
    expect(byPattern(far, 'ordinal').filter((f) => f.answer === 'Rohan Bopanna')).toEqual([]);
  });

  it('reads "It became the first …" as the thing the sentence before opens on', () => {
    const song = factsOf(['Naatu Naatu from the film RRR won the Academy Award for Best Original Song on Monday.', 'It became the first Indian song to win the Oscars.']);
    expect(ask(song, 'ordinal')).toContainEqual(['Which was the first Indian song to win the Oscars?', 'Naatu Naatu']);
    expect(byPattern(song, 'ordinal')[0].cloze).toBe('{{c1::Naatu Naatu}} became the first Indian song to win the Oscars.');
    const park = factsOf(['The Kaziranga National Park is home to two-thirds of the world’s one-horned rhinos.', 'It was the first park in Assam to get tiger reserve status.']);
    expect(ask(park, 'ordinal')).toContainEqual(['Which was the first park in Assam to get tiger reserve status?', 'Kaziranga National Park']);
    // (An empty "it" stands for nothing.)
    expect(ask(factsOf(['Kaziranga is home to rhinos.', 'It was the first time that a census counted them from drones.']), 'ordinal')).toEqual([]);
  });

  it('reads "joins the company of A (and B) as the Nth …" with the company as those before', () => {
    const neeraj = factsOf(['Neeraj Chopra won gold at the World Championships in Budapest.', 'He joins the company of Abhinav Bindra, as the second Indian to win an individual world title.']);
    expect(ask(neeraj, 'ordinal')).toContainEqual(['Who was the second Indian, after Abhinav Bindra, to win an individual world title?', 'Neeraj Chopra']);
    const gukesh = factsOf(['Gukesh D won the Candidates tournament in Toronto on Sunday.', 'The 17-year-old joined an elite list comprising Viswanathan Anand and Koneru Humpy as the third Indian to qualify for a world title match.']);
    expect(ask(gukesh, 'ordinal')).toContainEqual(['Who was the third Indian, after Viswanathan Anand and Koneru Humpy, to qualify for a world title match?', 'Gukesh D']);
  });
});

describe('ordinal: an owner\'s Nth to do something, a thing\'s name as the answer', () => {
  it('asks "Which was India’s first … to …?" of a mission, a state and a person', () => {
    const xposat = factsOf(['ISRO launched XPoSat on Monday.', 'The XPoSat is India’s first dedicated polarimetry mission to study various dynamics of bright astronomical X-ray sources, like black holes and neutron stars, in extreme conditions.']);
    expect(ask(xposat, 'ordinal')).toContainEqual(['Which was India’s first dedicated polarimetry mission to study various dynamics of bright astronomical X-ray sources?', 'XPoSat']);
    const aditya = factsOf(['Aditya-L1 is India’s first space-based mission to study the Sun from the Lagrange point.']);
    expect(ask(aditya, 'ordinal')).toContainEqual(['Which was India’s first space-based mission to study the Sun from the Lagrange point?', 'Aditya-L1']);
    const sheetal = factsOf(['Sheetal Devi became India’s first woman archer to win a medal at the World Para Championships.']);
    expect(ask(sheetal, 'ordinal')).toContainEqual(['Who was India’s first woman archer to win a medal at the World Para Championships?', 'Sheetal Devi']);
    // (A term is no one: "the first woman to …" is asked only of a person.)
    expect(ask(factsOf(['The Padma Shri is the first woman to be honoured so.']), 'ordinal')).toEqual([]);
  });
});
