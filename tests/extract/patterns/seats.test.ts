import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

// (Without the month every question ends with: the article's date is the test's.)
const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'seats').map((f) => [f.question.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), f.answer]);

describe('seats: how many seats a party won', () => {
  it('an alliance "winning N of the M seats" after its verb, and a party "alone winning" within it', () => {
    expect(asked(['The Bharatiya Janata Party-led Mahayuti alliance secured an overwhelming mandate in Maharashtra on Saturday, winning 234 of the 288 Assembly seats, with the BJP alone winning 132 seats.'])).toEqual([
      ['How many of the 288 Assembly seats did the Bharatiya Janata Party-led Mahayuti alliance win in Maharashtra?', '234'],
      ['How many seats did the BJP win in Maharashtra?', '132'],
    ]);
  });

  it('the election by its day, and the house by its size after the seats ("in the 60-member assembly")', () => {
    expect(asked(['In the March 3 assembly election, the Congress won 33 seats in the 60-member assembly, while the NPP won 21 seats.'])).toEqual([
      ['How many of the 60 seats did the Congress win in the March 3 assembly election?', '33'],
      ['How many seats did the NPP win in the March 3 assembly election?', '21'],
    ]);
  });

  it('the one state the headline names, where the sentence names none', () => {
    const seats = (title: string, voting: string) => byPattern(factsOf([voting, 'According to the final count, the Congress secured 40 out of 68 seats, while the BJP managed only 25.'], { title }), 'seats').map((f) => f.question.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'));
    expect(seats('Himachal Pradesh Election Results: Congress returns to power', 'Voting in Himachal Pradesh was held in a single phase on November 12.')).toEqual(['How many of the 68 seats did the Congress win in Himachal Pradesh?']);
    // (Not of two states the headline names.)
    expect(seats('Congress wins Himachal Pradesh, BJP sweeps Gujarat', 'Voting in Himachal Pradesh and Gujarat was held on November 12.')).toEqual(['How many of the 68 seats did the Congress win?']);
  });

  it('the one city a civic election\'s headline names beside its state', () => {
    const facts = factsOf(['Results for the civic polls in all 198 wards in Bengaluru were declared around midnight, with the BJP winning 89 seats.', 'Karnataka Chief Minister Siddaramaiah said the Congress would sit in the opposition.'], { title: 'Karnataka civic election results: BJP secures 89 seats in Bengaluru' });
    expect(ask(facts, 'seats').map(([q]) => q.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'))).toEqual(['How many seats did the BJP win in Bengaluru?']);
  });

  it('the national election the headline names, where the sentence names no place and no earlier year', () => {
    const seats = byPattern(factsOf(['The Congress, which is part of the opposition bloc, won 99 seats compared to the 52 it won in 2019.', 'The BJP had won 303 seats in 2019.'], { title: '2024 Lok Sabha in numbers: NDA has 292 seats' }), 'seats').map((f) => f.question);
    expect(seats).toContain('How many seats did the Congress win in the 2024 Lok Sabha election?');
    expect(seats.some((q) => /303|BJP win in the 2024/.test(q))).toBe(false);
  });

  it('a party named with its faction keeps the bracket ("Shiv Sena (UBT)" is not "Shiv Sena")', () => {
    expect(asked(['Shiv Sena (Eknath Shinde) won 57 seats and the Nationalist Congress Party (Ajit Pawar) won 41 seats.'])).toEqual([
      ['How many seats did Shiv Sena (Eknath Shinde) win?', '57'],
      ['How many seats did the Nationalist Congress Party (Ajit Pawar) win?', '41'],
    ]);
  });

  it('a place in a later clause is not where the seats were won', () => {
    expect(asked(["The Congress, which is part of the opposition INDIA bloc, won 99 seats compared to the 52 it won in 2019, eating into the BJP's share in Rajasthan and Haryana."])).toEqual([
      ['How many seats did the Congress win?', '99'],
    ]);
    // Right after the seats, the place is theirs.
    expect(asked(['The Congress won 8 seats in Rajasthan, up from none in 2019, the Election Commission said.'])).toEqual([['How many seats did the Congress win in Rajasthan?', '8']]);
  });

  it('a place opening the sentence is where the seats are', () => {
    expect(asked(['In Jharkhand, the Jharkhand Mukti Morcha-led alliance won 56 of the 81 seats on Saturday.'])).toEqual([
      ['How many of the 81 seats did the Jharkhand Mukti Morcha-led alliance win in Jharkhand?', '56'],
    ]);
  });

  it('says which election, as the sentence names it', () => {
    expect(asked(['The ruling NDA won 202 seats in the Bihar Assembly election, a three-fourths majority in the 243-member House.'])[0][0]).toMatch(
      /^How many seats did NDA win in the Bihar Assembly election\b/,
    );
  });

  it('past a relative clause, without the party\'s own short form, and "it" for the sentence\'s party', () => {
    expect(asked(['Zoram People\'s Movement (ZPM), which was formed in 2017, bagged 27 seats in the 40-member Assembly.'])).toEqual([
      ['How many of the 40 seats did Zoram People\'s Movement win?', '27'],
    ]);
    expect(asked(['On December 4, the ZPM won a clear mandate as it pocketed 27 of the 40 Assembly seats in Mizoram.'])).toEqual([
      ['How many of the 40 Assembly seats did the ZPM win in Mizoram?', '27'],
    ]);
  });

  it('says which earlier election a past result was in ("In 2018 Assembly elections, …")', () => {
    expect(asked(['In 2018 Assembly elections, the MNF won 26 seats in the 40-member House.'])).toEqual([
      ['How many of the 40 seats did the MNF win in the 2018 Assembly elections?', '26'],
    ]);
  });

  it('asks nothing of seats nobody named won', () => {
    expect(asked(['The state has 288 Assembly seats, and polling was held for 81 seats in Jharkhand.'])).toEqual([]);
    expect(asked(['The bus had 40 seats and was carrying 52 passengers when it overturned.'])).toEqual([]);
  });
});

describe('seats: in which state', () => {
  it('takes the nearest place before the win, and none where two places share two wins', () => {
    const facts = factsOf([
      'In Rajasthan, the Congress has won more than 100 seats, while in Chhattisgarh, the Congress won 65 out of 90 seats with a clear majority.',
      'In Telangana and Mizoram, the TRS has won 87 seats while the MNF has won 26 seats respectively.',
    ]);
    const asked = ask(facts, 'seats').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(asked).toContainEqual(['How many of the 90 seats did the Congress win in Chhattisgarh?', '65']);
    expect(asked.filter(([q]) => /Rajasthan/.test(q) && /90/.test(q))).toEqual([]);
    expect(asked.filter(([q]) => /TRS|MNF/.test(q))).toEqual([]);
  });

  it('asks no seats of a party without their state in a story of several states, but does in a Lok Sabha story', () => {
    const states = ['In Chhattisgarh, the Congress won 65 of the 90 seats.', 'The MNF won 26 seats in Mizoram.', 'The BJP won 17 seats emerging as the next largest party.'];
    const bjp = (title: string) => ask(factsOf(states, { title }), 'seats').filter(([q]) => /BJP/.test(q));
    expect(bjp('Results of assembly elections of five states declared')).toEqual([]);
    expect(bjp('Lok Sabha election results declared').length).toBe(1);
  });
});

describe('seats: a list of parties', () => {
  it('asks nothing of the last of a list ("The JMM, Congress and the RJD alliance won 47 seats")', () => {
    expect(ask(factsOf(['The JMM, Congress and the RJD alliance won 47 seats in the 81-member Jharkhand Assembly.']), 'seats')).toEqual([]);
  });
});

describe('seats: the house a party swept is not the party', () => {
  it('"has swept the Gujarat Legislative Assembly winning 156 out of the 182 seats"', () => {
    expect(asked(['The Bharatiya Janata Party (BJP) has swept the Gujarat Legislative Assembly winning 156 out of the 182 seats, a record for any party in the state.'])).toEqual([
      ['How many of the 182 seats did the Bharatiya Janata Party win in the Gujarat Legislative Assembly?', '156'],
    ]);
  });

  it('"swept the Tamil Nadu Assembly, winning 133 of the 234 seats"', () => {
    expect(asked(['The DMK swept the Tamil Nadu Assembly, winning 133 of the 234 seats in the state.'])).toEqual([['How many of the 234 seats did the DMK win in the Tamil Nadu Assembly?', '133']]);
  });
});

describe('seats: the total after the count', () => {
  it('"won 255 seats out of the total 403 seats in Uttar Pradesh"', () => {
    expect(asked(['The BJP won 255 seats out of the total 403 seats in Uttar Pradesh, securing a 41.29 per cent vote share.'])).toEqual([
      ['How many of the 403 seats did the BJP win in Uttar Pradesh?', '255'],
    ]);
  });

  it('"won 31 seats out of 60, with the UDP at 11": the comma after the total is no part of it', () => {
    const got = asked(['The NPP won 31 seats out of 60, with the UDP at 11, in the Meghalaya Assembly polls.']);
    expect(got.map(([q]) => q).filter((q) => /60,/.test(q))).toEqual([]);
    expect(got.map(([, a]) => a)).toContain('31');
  });
});

describe('seats: a majority with so many seats', () => {
  it('"As the Aam Aadmi Party registered a historic win in Punjab Assembly polls by winning a three-fourths majority with 92 seats"', () => {
    expect(asked(['As the Aam Aadmi Party (AAP) registered a historic win in Punjab Assembly polls by winning a three-fourths majority with 92 seats, Prime Minister Narendra Modi congratulated the party.'])).toEqual([
      ['How many seats did the Aam Aadmi Party win in the Punjab Assembly polls?', '92'],
    ]);
  });
});

describe('seats: "party" after the name', () => {
  it('"The Congress party has won 40 seats in Himachal Pradesh" is the Congress\'s count', () => {
    expect(asked(['The Congress party has won 40 seats in Himachal Pradesh, results declared on Thursday showed.'])).toEqual([['How many seats did the Congress party win in Himachal Pradesh?', '40']]);
  });
});

describe('seats: an owner before the party', () => {
  it('"Ravi Kumar\'s JMM-led alliance swept the polls …, winning 56 of the 81 seats" asks nothing of Ravi Kumar', () => {
    const found = asked(['Ravi Kumar’s JMM-led alliance swept the polls in Jharkhand on Saturday, winning 56 of the 81 seats.']);
    expect(found.some(([q]) => /Ravi Kumar/.test(q))).toBe(false);
  });
});

describe('seats: an earlier election\'s count', () => {
  it('"had clinched 211 seats in 2016" is asked with its year; "won 99 seats compared to the 52 it won in 2019" is this one\'s', () => {
    const earlier = byPattern(factsOf(['The Trinamool Congress had clinched 211 seats in 2016 in West Bengal.'], { date: '2021-05-02' }), 'seats').map((f) => f.question);
    expect(earlier).toEqual(['How many seats did the Trinamool Congress win in 2016?']);
    const now = byPattern(factsOf(['The Congress won 99 seats compared to the 52 it won in 2019, eating into the BJP’s share.'], { date: '2024-06-05' }), 'seats').map((f) => f.question);
    expect(now.some((q) => /2019/.test(q))).toBe(false);
  });
});

describe('seats: the election a later clause recalls', () => {
  it('is not the one the seats were won in', () => {
    expect(asked(['The Opposition INDIA bloc won 10 of the 13 seats that went to polls across seven states, backing up their strong show in the Lok Sabha elections.'])).toEqual([
      ['How many of the 13 seats did the Opposition INDIA bloc win?', '10'],
    ]);
    // (Named before the seats, or right after them, it is.)
    expect(asked(['In the Lok Sabha elections, the Bharatiya Janata Party won 240 seats, short of a majority on its own.'])[0]?.[0]).toMatch(/in the Lok Sabha elections\?$/);
  });
});

describe('seats: a story of several states', () => {
  it('asks a count in the one state named just before it, and none where two are', () => {
    const paragraphs = [
      'The BJP-IPFT alliance won 31 seats in the 60-member Tripura assembly, securing its return to power.',
      'Meghalaya on the other hand is headed for a hung verdict.',
      'According to the Election Commission website, the BJP bagged 30 seats while the IPFT got one.',
      'In Meghalaya, the NPP has won 19 seats and is leading in another 6.',
      'The United Democratic Party has won 11 seats.',
    ];
    const title = 'BJP-led alliance retains power in Tripura, Nagaland; Meghalaya headed for hung house';
    const questions = byPattern(factsOf(paragraphs, { title, date: '2023-03-02' }), 'seats').map((f) => f.question);
    expect(questions).toContain('How many seats did the United Democratic Party win in Meghalaya in March 2023?');
    expect(questions.some((q) => /the BJP win\b(?! in Tripura)/.test(q))).toBe(false);
  });
});

describe('seats: the state named in passing, and an election of another clause', () => {
  it('is no scope ("its defeat in Maharashtra’s Nanded … BJP won 20 seats"), nor is "while in Lok Sabha bypolls"', () => {
    const paragraphs = [
      'NDA won 28 out of 48 Assembly seats in 14 states while the opposition bloc got 20 while in Lok Sabha bypolls both shared the spoils one each.',
      'The bypolls also saw the Congress numbers in Lok Sabha coming down by one following its defeat in Maharashtra’s Nanded.',
      'Assembly bypolls were held to 48 seats in 14 states.',
      'BJP won 20 seats, improving its tally from 12, while Congress fell from 13 to seven.',
    ];
    const questions = byPattern(factsOf(paragraphs, { title: 'Bypolls results: BJP gains in 14 state polls', date: '2024-11-23' }), 'seats').map((f) => f.question);
    expect(questions.some((q) => /Maharashtra/.test(q))).toBe(false);
    expect(questions.some((q) => /NDA win in the Lok Sabha/.test(q))).toBe(false);
  });
});

describe('seats: counts scoped by the place or local body their sentence opens on', () => {
  const goa = [
    'Decisive ZP win for BJP, MGP',
    'The BJP won 29 seats, while the MGP emerged victorious in three seats. Revolutionary Goans Party emerged victorious in two seats, while Aam Aadmi Party managed to win one seat.',
    'In North Goa Zilla Panchayat, Bharatiya Janata Party won 18 seats with its alliance partner MGP bagging one. Congress and RGP won two seats each.',
    'In South Goa, BJP won 11 seats and MGP two, totalling 13. Goa Forward Party won one seat.',
  ];
  it('asks a count with its scope ("In South Goa, BJP won 11 seats" → "… in South Goa?"), the unscoped total as it is', () => {
    const qs = asked(goa);
    expect(qs).toContainEqual(['How many seats did BJP win in South Goa?', '11']);
    expect(qs).toContainEqual(['How many seats did Bharatiya Janata Party win in North Goa Zilla Panchayat?', '18']);
    expect(qs).toContainEqual(['How many seats did the BJP win?', '29']);
    const civic = asked([
      'Civic poll results: Congress sweeps Mysuru',
      'In Mysuru City Corporation, the Congress won 41 seats and the JD(S) won 14. In Mandya, the Congress won 22 seats.',
    ]);
    expect(civic).toContainEqual(['How many seats did the Congress win in Mysuru City Corporation?', '41']);
    expect(civic).toContainEqual(['How many seats did the Congress win in Mandya?', '22']);
  });

  it('asks no party by an unscoped count in such a story ("Which party managed to win one seat?": two did)', () => {
    const who = ask(factsOf(goa), 'subject').filter(([q]) => /seats?\?$/.test(q));
    expect(who).toEqual([]);
  });
});

describe('seats: a named alliance a party leads', () => {
  it('is the one that won ("The Communist Party of India (M)-led Left Democratic Front (LDF) retained power … by winning 99 seats")', () => {
    const qs = asked(['In a historic victory, the Communist Party of India (M)-led Left Democratic Front (LDF) retained power in Kerala by winning 99 seats against 41 seats of Congress-led United Democratic Front (UDF) in the Assembly polls.']);
    expect(qs.map(([, a]) => a)).toContain('99');
    expect(qs.find(([, a]) => a === '99')![0]).toMatch(/^How many seats did the Left Democratic Front win\b/);
    expect(qs.some(([q]) => /Communist Party of India\b(?! \(M\))/.test(q))).toBe(false);
  });
});

describe('seats: a count of a part the sentence opens on', () => {
  it('asks the count out of the part ("Of the 50 seats, the BJP secured 36 seats"), never as the whole', () => {
    const facts = factsOf(['The BJP won 46 seats in the 60-member Arunachal Pradesh assembly on Sunday.', 'Of the 50 seats, the BJP secured 36 seats and Chief Minister Pema Khandu is one of the 10 candidates who won unopposed.']);
    const second = facts.filter((f) => f.sentenceIndex === 1 && f.answer === '36').map((f) => f.question.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'));
    expect(second.some((q) => /^How many of the 50 seats did the BJP win\b/.test(q))).toBe(true);
    expect(second.filter((q) => !/of the 50 seats/.test(q) && !q.includes('_____'))).toEqual([]);
  });
});

describe('seats: an earlier election its year names', () => {
  it('takes no month of the article ("in the 2019 Assembly polls", never "… in June 2024")', () => {
    const q = byPattern(factsOf(['The SDF first tasted defeat in the 2019 Assembly polls, when it won 15 seats, two less than the SKM.'], { date: '2024-06-03' }), 'seats').map((f) => f.question);
    expect(q).toEqual(['How many seats did the SDF win in the 2019 Assembly polls?']);
  });
});
