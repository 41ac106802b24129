import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

const read = (...paragraphs: string[]) => analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities.map((e) => `${e.text}[${e.cls}]`));
const people = (...paragraphs: string[]) => read(...paragraphs).filter((e) => e.endsWith('[person]'));

describe('titles, portfolios and trades that name no one', () => {
  it('ends a portfolio on everyday words after its "and" ("Minister of Petroleum and Natural Gas")', () => {
    expect(people('“The sector is entering a new era,” said Shri Hardeep Singh Puri, Minister of Petroleum and Natural Gas.')).toEqual(['Hardeep Singh Puri[person]']);
    // (A name after the portfolio is still the minister's.)
    expect(people('Minister of New and Renewable Energy Pralhad Joshi spoke at the summit.')).toEqual(['Pralhad Joshi[person]']);
  });

  it('splits an election officer\'s title off the name, and reads a known place opening two words as no one', () => {
    expect(people('The court ordered the prosecution of Returning Officer Anil Masih for misconduct.')).toEqual(['Anil Masih[person]']);
    expect(people('The court would examine the ballot papers of the Chandigarh Mayoral polls on Tuesday.')).toEqual([]);
  });

  it('reads a district officer by the short form of the office ("Ganjam DM Rakesh Kumar", "Uttarkashi SP (superintendent of police) X")', () => {
    expect(read('Ganjam DM Rakesh Kumar visited the spot on Monday.').filter((e) => !e.endsWith('[date]'))).toEqual(['Ganjam[place]', 'Rakesh Kumar[person]']);
    expect(read('Uttarkashi SP (superintendent of police) Arpan Yaduvanshi spoke to the injured people.')).toEqual(['Uttarkashi[place]', 'Arpan Yaduvanshi[person]']);
  });

  it('reads a seat without both words of its house ("Dadra and Nagar Haveli Lok Sabha seat")', () => {
    expect(read('Shiv Sena candidate Kalaben Delkar won Dadra and Nagar Haveli Lok Sabha seat by 51,269 votes.').filter((e) => e.endsWith('[place]'))).toEqual(['Dadra and Nagar Haveli[place]']);
    expect(read('She won the Mandi Lok Sabha seat on Tuesday.').filter((e) => e.endsWith('[place]'))).toEqual(['Mandi[place]']);
  });

  it('reads a trade in capitals before a full name as what they are ("(TOPS) Athlete Anmol Kharb")', () => {
    expect(read('It was the Target Olympic Podium Scheme (TOPS) Athlete Anmol Kharb who stepped up to clinch the gold.').filter((e) => e.endsWith('[person]'))).toEqual(['Anmol Kharb[person]']);
    expect(people('The film stars Farmer Ram Singh and Doctor Anil Kumar in the lead.')).toEqual(['Ram Singh[person]', 'Anil Kumar[person]']);
  });

  it('reads a name after "in" with its country after a comma as a town ("unfolded in Shah Alam, Malaysia, as …")', () => {
    expect(read('The momentous win unfolded in Shah Alam, Malaysia, as the Indian squad emerged victorious.').filter((e) => e.endsWith('[place]'))).toEqual(['Shah Alam[place]', 'Malaysia[place]', 'Indian[place]']);
    // (Not a person with an office: "met Foreign Minister Ali Sabry, Sri Lanka's envoy".)
    expect(people('The award was given in Delhi to Ravi Kumar, India’s top scientist.')).toEqual(['Ravi Kumar[person]']);
  });

  it('reads an office "of" a city as the officer\'s ("Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed Al Nahyan")', () => {
    const a = analyzeArticle(articleOf(['The visiting Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed Al Nahyan met Prime Minister Narendra Modi.']));
    const prince = a.sentences[0].entities.find((e) => e.cls === 'person' && e.text.includes('Nahyan'));
    expect(prince).toMatchObject({ text: 'Mohammed bin Zayed Al Nahyan', role: 'Crown Prince of Abu Dhabi' });
  });

  it('reads "Andaman and Nicobar Command" as one body, the islands\' name without "Islands" inside it', () => {
    expect(read('The warships include 11 ships of Andaman and Nicobar Command and six ships of the Eastern Fleet.').filter((e) => e.endsWith('[organisation]'))).toEqual(['Andaman and Nicobar Command[organisation]', 'Eastern Fleet[organisation]']);
    expect(read('The exercise was held off the Andaman and Nicobar Islands on Monday.').filter((e) => e.endsWith('[place]'))).toEqual(['Andaman and Nicobar Islands[place]']);
  });

  it('reads "Best …" as an award\'s category, no one\'s name ("the award for Best Choreography")', () => {
    expect(read('Ganesh Acharya has won the award for Best Choreography for the song in the film.').filter((e) => e.endsWith('[person]'))).toEqual(['Ganesh Acharya[person]']);
    expect(read('Ganesh Acharya has won the award for Best Choreography for the song in the film.')).toContain('Best Choreography[term]');
    // (So is a chess title standing alone: "fellow Indian V Praneeth, an International Master".)
    expect(read('He beat fellow Indian V Praneeth, an International Master, late on Friday.')).toContain('International Master[term]');
  });

  it('reads a trade after an office as the office\'s head, no one ("posted as the Chief Engineer at the UN Mission")', () => {
    expect(people('Pande was posted as the Chief Engineer at the United Nations Mission in Ethiopia and Eritrea.')).toEqual([]);
    expect(people('President Trump met the Chief Scientist on Monday.')).toEqual(['Trump[person]']);
    // (Before a name, "Engineer" ends the office: "Chief Engineer Ravi Kumar".)
    expect(people('President Trump met Chief Engineer Ravi Kumar at the site.')).toEqual(['Trump[person]', 'Ravi Kumar[person]']);
  });

  it('reads a lone "I" between a name and a noun as the first of a series ("an Agni I missile")', () => {
    expect(read('An Agni I missile was successfully test-fired from the Chandipur range on Friday.')).toContain('Agni I[term]');
  });

  it('reads a prayer or a slogan as no one ("… condolences to his family… Om Shanti.")', () => {
    expect(people('Taran Adarsh tweeted his condolences to the family of the actor, Om Shanti, on Saturday.')).toEqual(['Taran Adarsh[person]']);
  });

  it('reads a train by its name in a story of trains ("as the Kalka Mail was nearing the station")', () => {
    expect(read('The accident took place as the Kalka Mail was nearing the Malwan railway station.')).toContain('Kalka Mail[term]');
    expect(people('The accident took place as the Kalka Mail was nearing the Malwan railway station.')).toEqual([]);
  });

  it('reads a Hindi title with its small words in capitals as a work, no person ("in Toilet Ek Prem Katha")', () => {
    expect(read('Ganesh Acharya won for the song in Toilet Ek Prem Katha on Friday.')).toContain('Toilet Ek Prem Katha[term]');
    expect(people('He appeared in Hum Dil De Chuke Sanam with Salman Khan.')).toEqual(['Salman Khan[person]']);
  });

  it('knows a district named alone ("In neighbouring Wayanad, search continued …")', () => {
    expect(read('In neighbouring Wayanad, search continued for survivors on Friday.').filter((e) => e.endsWith('[place]'))).toEqual(['Wayanad[place]']);
  });

  it('runs a minister\'s portfolio on past its "and" into the name, the office in capitals or not', () => {
    expect(read('Union Minister of Information and Broadcasting Anurag Thakur tweeted the news on Monday.').filter((e) => !e.endsWith('[date]'))).toEqual(['Anurag Thakur[person]']);
    expect(read('Union minister of Information and Broadcast Prakash Javadekar tweeted the news on Monday.').filter((e) => !e.endsWith('[date]'))).toEqual(['Prakash Javadekar[person]']);
    expect(people('The minister of Health and Family Welfare J P Nadda spoke at the launch.')).toEqual(['J P Nadda[person]']);
    // (An office word after the "and" is the portfolio's last: "Minister of Law and Justice Arjun Ram Meghwal".)
    const a = analyzeArticle(articleOf(['The Minister of Law and Justice Arjun Ram Meghwal spoke on Monday.']));
    expect(a.sentences[0].entities.find((e) => e.cls === 'person')).toMatchObject({ text: 'Arjun Ram Meghwal', role: 'Minister of Law and Justice' });
    // (Two names joined by "and" after no office stay two.)
    expect(people('Prime Minister Narendra Modi and President Droupadi Murmu attended the event.')).toEqual(['Narendra Modi[person]', 'Droupadi Murmu[person]']);
  });

  it('reads the name after "Superintendent of Police" as the officer\'s, with or without "District" before it', () => {
    expect(read('The bus fell into the gorge, Superintendent of Police SG Patil said on Sunday.').filter((e) => !e.endsWith('[date]'))).toEqual(['SG Patil[person]']);
    expect(people('District Superintendent of Police U V Abdul Kareem said 19 houses were buried under the debris.')).toEqual(['U V Abdul Kareem[person]']);
    // (An office whose body ends the run names the body, no one.)
    expect(read('He met the Chief Justice of the Allahabad High Court on Monday.').filter((e) => !e.endsWith('[date]'))).toEqual(['Allahabad High Court[organisation]']);
  });

  it('reads a continent\'s adjective as no one ("the Southeast Asian state", "the European nation")', () => {
    expect(people('Prime Minister Narendra Modi described the Southeast Asian state as an important partner.')).toEqual(['Narendra Modi[person]']);
    expect(people('The minister called the European nation a trusted friend of India on Monday.')).toEqual([]);
    expect(people('Kenya, the East African country, hosted the summit in Nairobi.')).toEqual([]);
  });

  it('reads "New" before a known state as the holder\'s turn ("New Tamil Nadu chief minister …"), never in "New Delhi"', () => {
    expect(read('New Kerala chief minister A Menon has constantly reviewed the situation.').filter((e) => e.endsWith('[place]'))).toEqual(['Kerala[place]']);
    expect(read('New Delhi hosted the summit on Monday.').filter((e) => e.endsWith('[place]'))).toEqual(['New Delhi[place]']);
  });

  it('leaves a participle of naming out of the name it opens ("Christened Minervarya Pentali, the frog …")', () => {
    expect(read('Christened Nyctibatrachus Sholai, the frog has been named after the shola forests of Kerala.').some((e) => e.startsWith('Christened'))).toBe(false);
  });

  it('leaves the holder\'s rank out of the office ("Chief of the Air Staff Air Chief Marshal B.S. Dhanoa")', () => {
    const roles = analyzeArticle(articleOf(['Chief of the Air Staff Air Chief Marshal R.K. Bhadauria is set to retire in October.'])).sentences.flatMap((x) => x.entities.filter((e) => e.cls === 'person').map((e) => e.role));
    expect(roles).toEqual(['Chief of the Air Staff']);
  });

  it('splits a title that opens on its holder\'s turn or its state off the name ("New Maharashtra Governor …", "Additional Solicitor General …")', () => {
    expect(people('New Kerala Governor Rajendra Arlekar took oath in Malayalam at Raj Bhavan on Thursday.')).toEqual(['Rajendra Arlekar[person]']);
    expect(people('The bench asked Additional Solicitor General Aishwarya Bhati about compliance on Monday.')).toEqual(['Aishwarya Bhati[person]']);
    const roles = analyzeArticle(articleOf(['New Kerala Governor Rajendra Arlekar took oath in Malayalam at Raj Bhavan on Thursday.'])).sentences.flatMap((x) => x.entities.filter((e) => e.cls === 'person').map((e) => e.role));
    expect(roles).toEqual(['Governor of Kerala']);
  });

  it('splits the Air Force\'s and the Navy\'s short ranks off the name ("Gp Capt Shukla", "Vice Adm Tripathi")', () => {
    expect(people('Group Captain Shubhanshu Shukla was honoured on Sunday.', 'Gp Capt Shukla became the first Indian to visit the ISS.')).toEqual(['Shubhanshu Shukla[person]', 'Shukla[person]']);
    expect(people('Vice Adm Dinesh Tripathi took over as the Navy chief on Tuesday.')).toEqual(['Dinesh Tripathi[person]']);
    expect(people('Flt Lt Avani Chaturvedi flew the MiG-21 solo on Monday.')).toEqual(['Avani Chaturvedi[person]']);
  });

  it('reads "Sen" last in a name as a surname, first as a senator\'s title', () => {
    expect(people('The shuttler Lakshya Sen clinched his first title of the season on Sunday.', 'Lakshya defeated Yushi Tanaka in the final.')).toEqual(['Lakshya Sen[person]', 'Lakshya[person]', 'Yushi Tanaka[person]']);
    expect(people('Sen Elizabeth Warren criticised the bill in Washington on Monday.')).toEqual(['Elizabeth Warren[person]']);
  });

  it('drops Brunei\'s and Malaysia\'s styles between an office and the name ("Minister of Religious Affairs Pehin Dato Ustaz Awang Badaruddin")', () => {
    const found = analyzeArticle(articleOf(['Modi met the Minister of Religious Affairs Pehin Dato Ustaz Awang Badaruddin in Bandar Seri Begawan.'])).sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person').map((e) => `${e.text}|${e.role ?? ''}`));
    expect(found).toContain('Awang Badaruddin|Minister of Religious Affairs');
  });

  it('reads "Pradhan" last in a name as a surname, first as the Hindi office word ("Union Education Minister Dharmendra Pradhan")', () => {
    expect(people('Union Education Minister Dharmendra Pradhan on Thursday released the India Rankings 2025 at Bharat Mandapam.')).toEqual(['Dharmendra Pradhan[person]']);
    expect(people('Chief Minister Mohan Charan Majhi met Union Minister Jual Oram and MP Rakesh Pradhan on Friday.')).toContain('Rakesh Pradhan[person]');
    expect(people('The Pradhan Mantri Awas Yojana was launched in 2015.')).toEqual([]);
  });

  it('reads a sport written with a capital before its athlete as no one ("star Javelin thrower Neeraj Chopra")', () => {
    expect(people('India’s star Javelin thrower Neeraj Chopra won the title in Paris on Friday.')).toEqual(['Neeraj Chopra[person]']);
    expect(people('The Hockey player scored twice in the match against Spain on Saturday.')).toEqual([]);
  });

  it('reads a lower-case "major" as an adjective, and two everyday words with no cue as no one', () => {
    expect(people('He translated the puranas, the four vedas and 11 major Upanishads.')).toEqual([]);
    expect(people('He sent a piece to the newspaper with a note: "Unusual Column. Short of a requiem", according to the daily.')).toEqual([]);
    // (A capitalised title, or a given name, still makes a person.)
    expect(people('The award is named after Major Dhyan Chand.')).toEqual(['Dhyan Chand[person]']);
  });

  it('reads a participle after a title, and a trade written with capitals, as no person', () => {
    expect(people('His tenures include being the Commanding Officer of a MiG-27 squadron and Air Officer Commanding of an air base.')).toEqual([]);
    expect(people('He is a Qualified Flying Instructor and an Experimental Test Pilot with more than 5000 hours of flying.')).toEqual([]);
  });

  it('reads a trade after "a" and one adjective as no person ("A qualified Chartered Accountant, he …")', () => {
    expect(people('A qualified Chartered Accountant and a lawyer, he has written five books.')).toEqual([]);
    expect(people('She worked as a senior Financial Analyst at the World Bank before joining the ministry.')).toEqual([]);
    // (A name after "a" and an adjective is still a person: "a young Rahul Dravid".)
    expect(people('The match featured a young Rahul Dravid at number three.')).toEqual(['Rahul Dravid[person]']);
  });

  it('reads the short forms of offices as no body ("The CAS was commissioned …", "The CEC announced …")', () => {
    const got = read('The CAS was commissioned on 21 December 1984 in the fighter stream.', 'The CEC announced the schedule on Tuesday.');
    expect(got.some((e) => /^(?:CAS|CEC)\[organisation\]$/.test(e))).toBe(false);
  });
});

describe('a short office before one name word ("Nagaland CM Zhaleo")', () => {
  it('is the office of the person the word names, not part of their name', () => {
    expect(people('In a major upset, party chief and Nagaland CM Zhaleo lost by 1,500 votes.')).toEqual(['Zhaleo[person]']);
    expect(people('PM Modi flagged off the train on Sunday.')).toEqual(['Modi[person]']);
    // (Before the kind of thing it names, a scheme: "the PM Vishwakarma scheme".)
    expect(people('The PM Vishwakarma scheme was launched in 2023.')).toEqual([]);
  });
});

describe('a lawyer\'s rank before the name ("Senior Advocate Harish Salve")', () => {
  it('is their role, not part of their name', () => {
    expect(people('Senior Advocate Harish Salve appeared for the petitioners on Tuesday.')).toEqual(['Harish Salve[person]']);
  });
});

describe('a civil service after a name ("Ravi Menon IAS")', () => {
  it('is no part of the name', () => {
    expect(people('Ravi Menon IAS on Friday assumed office as the 50th Chief Secretary of the state.')).toEqual(['Ravi Menon[person]']);
  });
});

describe('a language written with a capital', () => {
  it('is no person, whatever capitalised word opens the sentence before it ("Eminent Hindi writer …")', () => {
    expect(people('Eminent Hindi writer Ramesh Chandra Verma was named the recipient of the Vyas Samman.')).toEqual(['Ramesh Chandra Verma[person]']);
    expect(people('Noted Tamil poet Vairamuthu received the award.', 'He writes in Tamil and Telugu.')).not.toContain('Noted Tamil[person]');
    expect(read('The Kannada daily reported the decision first.')).toContain('Kannada[term]');
  });
});

describe('a name with a respectful "Ji"', () => {
  it('is the person without it, so their given name alone is theirs', () => {
    const a = analyzeArticle(articleOf(['Former Jharkhand chief minister Shibu Soren passed away on Monday, his son Hemant Soren said.', 'PM Modi said, “Shri Shibu Soren Ji was a grassroots leader.”', 'Shibu, a prominent figure from the Santhal community, was born in the Ramgarh district.']));
    const shibu = a.sentences.flatMap((s) => s.entities).filter((e) => /^Shibu/.test(e.text));
    expect(shibu.map((e) => e.canonical)).toEqual(['Shibu Soren', 'Shibu Soren', 'Shibu Soren']);
  });
});

describe('names of Indian officers and judges', () => {
  it('reads an honour\'s word before other name words as a name ("Justice Bhushan Ramkrishna Gavai"), the honour kept', () => {
    const got = analyzeArticle(articleOf(['Justice Bhushan Ramkrishna Gavai was sworn in on Wednesday.', 'He received the Padma Bhushan in 2005.'])).sentences.flatMap((s) => s.entities.map((e) => `${e.text}[${e.cls}]`));
    expect(got).toContain('Bhushan Ramkrishna Gavai[person]');
    expect(got).toContain('Padma Bhushan[term]');
  });

  it('spells out initials where the article also names the person in full, so a bare surname is theirs', () => {
    const a = analyzeArticle(articleOf(['Justice B R Gavai takes oath as Chief Justice.', 'Justice Bhushan Ramkrishna Gavai was sworn in on Wednesday.', 'B R Gavai paid floral tributes at the statues.', 'Justice Gavai was elevated to the Supreme Court in 2019.']));
    const gavai = a.sentences.flatMap((s) => s.entities).filter((e) => /Gavai$/.test(e.text));
    expect(new Set(gavai.map((e) => e.canonical))).toEqual(new Set(['Bhushan Ramkrishna Gavai']));
  });

  it('reads a service before an officer\'s title as part of it ("Senior IPS Officer Rajeev Kumar"), and "Standing Counsel" as no one', () => {
    expect(people('Senior IPS Officer Rajeev Kumar has been appointed as the new Director General of West Bengal Police.')).toEqual(['Rajeev Kumar[person]']);
    expect(people('He also served as Standing Counsel for the Municipal Corporation of Nagpur.')).toEqual([]);
  });
});

describe('a sentence adverb before a portfolio', () => {
  it('is no part of it ("Meanwhile, Electronics and IT Minister Ravi Shankar Prasad")', () => {
    const a = analyzeArticle(articleOf(['Meanwhile, Electronics and Information Technology Minister Ravi Shankar Prasad said the ordinance was approved.']));
    const roles = a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.role ?? '');
    expect(roles.some((r) => /Meanwhile/.test(r))).toBe(false);
  });

  it('reads a district Collector and a DFO as offices before the name ("Ganjam Collector Krishna Kumar")', () => {
    expect(people('"We have shifted one lakh people," said Ganjam Collector Krishna Kumar.')).toEqual(['Krishna Kumar[person]']);
    expect(read('The DFO said the nesting season had begun early this year.').some((e) => /^DFO\[organisation\]$/.test(e))).toBe(false);
  });

  it('reads "Raksha Mantri Rajnath Singh" as an office before a name, and "the Raksha Mantri" as no one', () => {
    expect(people('It was commissioned in the presence of Raksha Mantri Rajnath Singh at Naval Dockyard.')).toEqual(['Rajnath Singh[person]']);
    expect(people('The Raksha Mantri extended congratulations to the Indian Navy.')).toEqual([]);
  });

  it('reads a prefix spelt out before its short form and the name as one name ("Indian Naval Ship (INS) Mormugao")', () => {
    const got = analyzeArticle(articleOf(['Indian Naval Ship (INS) Mormugao (D67) was commissioned at Naval Dockyard, Mumbai.'])).sentences[0].entities;
    expect(got.find((e) => e.canonical === 'INS Mormugao')?.text).toBe('Indian Naval Ship (INS) Mormugao');
  });
});
