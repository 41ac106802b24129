import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('appointed: who took up an office', () => {
  it('takes a bare title and the department it heads after a comma as one office ("the Secretary, Department of Space,")', () => {
    const asked = (text: string) => byPattern(factsOf([text], { date: '2025-01-08' }), 'appointed').map((f) => f.question);
    expect(asked('S Somanath had assumed charge as the Secretary, Department of Space, on January 14, 2022, for a three-year term.')).toContainEqual(expect.stringMatching(/^Who assumed charge as the Secretary of the Department of Space\b/));
    expect(asked('Rajesh Kumar Singh took charge as Secretary, Ministry of Defence, on Friday.')).toContainEqual(expect.stringMatching(/^Who took charge as (?:the )?Secretary of the Ministry of Defence\b/));
  });

  it('ends the office before "while" another appointment follows', () => {
    const asked = ask(factsOf(['Former Union Minister Santosh Kumar Gangwar has been appointed Governor of Jharkhand while former MP Ramen Deka has been made Governor of Chhattisgarh.']), 'appointed');
    expect(asked.map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who was appointed the Governor of Jharkhand?', 'Santosh Kumar Gangwar']);
  });

  it('asks who was appointed a Chief Justice, however the notice writes it', () => {
    const asked = (text: string) => ask(factsOf([text]), 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(asked('Union Minister Arjun Ram Meghwal announced that the President was pleased to appoint Justice Sanjeev Sachdeva as the Chief Justice of the Madhya Pradesh High Court.')).toEqual([['Who was appointed the Chief Justice of the Madhya Pradesh High Court?', 'Sanjeev Sachdeva']]);
    expect(asked('Also, Justice Vibhu Bakhru of the Delhi High Court has been appointed as Chief Justice of the Karnataka High Court.')).toEqual([['Who was appointed the Chief Justice of the Karnataka High Court?', 'Vibhu Bakhru']]);
    expect(asked('Further, the Centre cleared the appointment of Justice Ashutosh Kumar of the Patna High Court as Chief Justice of the Gauhati High Court.')).toEqual([['Who was appointed the Chief Justice of the Gauhati High Court?', 'Ashutosh Kumar']]);
  });

  it('asks an appointment whose subject has a description between commas ("Justice X, Judge of the Y High Court, has been appointed …"), "its" being that court', () => {
    const asked = (text: string) => ask(factsOf([text]), 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(asked('Justice Ravi Menon, Judge of the Kerala High Court, has been appointed Chief Justice of the Sikkim High Court.')).toEqual([['Who was appointed the Chief Justice of the Sikkim High Court?', 'Ravi Menon']]);
    expect(asked('Justice Meera Nair, Senior Most Judge of the Madras High Court, has been appointed as its Chief Justice.')).toEqual([['Who was appointed the Chief Justice of the Madras High Court?', 'Meera Nair']]);
  });

  it('asks who a body named the head of itself ("Birla Sons has named X, the current CEO of …, as its new chairman")', () => {
    const asked = ask(factsOf(['Birla Sons has named Rakesh Menon, the current CEO and Managing Director of Birla Digital, as its new chairman.']), 'appointed');
    expect(asked.map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who was named the chairman of Birla Sons?', 'Rakesh Menon']);
  });

  it('asks no taking of office that only dates the news ("the first ones after Narendra Modi took charge as the Prime Minister")', () => {
    const asked = ask(factsOf(['The ministry named two new Ambassadors on Thursday, the first ones after Ravi Menon took charge as the Prime Minister.', 'The post fell vacant after the then incumbent Anil Rao took over as the Foreign Secretary on January 29.']), 'appointed');
    expect(asked.map(([, a]) => a)).not.toContain('Ravi Menon');
    expect(asked.map(([, a]) => a)).not.toContain('Anil Rao');
    expect(ask(factsOf(['Anil Rao took over as the Foreign Secretary on January 29.']), 'appointed').map(([, a]) => a)).toContain('Anil Rao');
  });

  it('asks no appointment only meant ("had previously resolved to appoint Justice X … as Chief Justice")', () => {
    const asked = ask(factsOf(['The Collegium had previously resolved to appoint Justice Arun Pillai to the Orissa High Court as Chief Justice.', 'The ministry has proposed to appoint Rekha Verma as the Director of the institute.']), 'appointed');
    expect(asked.map(([, a]) => a)).not.toContain('Arun Pillai');
    expect(asked.map(([, a]) => a)).not.toContain('Rekha Verma');
    expect(ask(factsOf(['The government decided to appoint Rekha Verma as the Director of the institute.']), 'appointed').map(([, a]) => a)).toContain('Rekha Verma');
  });

  it('asks who took charge from "X said … shortly after taking charge as …"', () => {
    const facts = factsOf(['The Indian Navy should remain ready at all times to deter adversaries, Admiral Dinesh Kumar Tripathi said on Tuesday shortly after taking charge as the 26th chief of the Naval Staff.']);
    expect(ask(facts, 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who took charge as the 26th chief of the Naval Staff?', 'Dinesh Kumar Tripathi']);
    // (Someone who spoke after another's taking charge is not asked: no subject before "said".)
    expect(ask(factsOf(['The ceremony ended, officials said shortly after taking charge as the new Chief of the Army Staff.']), 'appointed')).toEqual([]);
  });

  it('asks who was appointed, elected or took charge as an office, dated by the sentence or the article', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-06-11' }), 'appointed');
    expect(at('General Upendra Dwivedi has been appointed as the new Chief of the Army Staff, the Defence Ministry said on Tuesday.')).toEqual([
      ['Who was appointed the Chief of the Army Staff in June 2024?', 'Upendra Dwivedi'],
    ]);
    expect(at('The government appointed Ajay Seth as the Finance Secretary.')).toEqual([['Who was appointed the Finance Secretary in June 2024?', 'Ajay Seth']]);
    expect(at('Maria Lopez was elected as Mayor of Barcelona in May.')).toEqual([['Who was elected the Mayor of Barcelona in May 2024?', 'Maria Lopez']]);
    expect(at('Gyanesh Kumar took charge as the Chief Election Commissioner on Wednesday.')).toEqual([['Who took charge as the Chief Election Commissioner in June 2024?', 'Gyanesh Kumar']]);
    // A day between the verb and the office; a rank written without its dot ("Lt Gen").
    expect(at('General Manoj Mukund Naravane took charge on Tuesday as the Chief of Army Staff from General Bipin Rawat.')).toEqual([
      ['Who took charge as the Chief of Army Staff in June 2024?', 'Manoj Mukund Naravane'],
    ]);
    expect(at('Lt Gen Anil Chauhan was on Friday appointed as the Chief of Integrated Defence Staff.')).toEqual([
      ['Who was appointed the Chief of Integrated Defence Staff in June 2024?', 'Anil Chauhan'],
    ]);
    // An adverb of manner, and "sworn-in" with a hyphen, as Indian reports write them.
    expect(at('Justice Shriram Kalpathi Rajendran was officially sworn-in as the Chief Justice of the Madras High Court.')).toEqual([
      ['Who was sworn in as the Chief Justice of the Madras High Court in June 2024?', 'Shriram Kalpathi Rajendran'],
    ]);
    expect(at('Dinesh Tripathi formally took over as the Chief of the Naval Staff on Sunday.')).toEqual([['Who took over as the Chief of the Naval Staff in June 2024?', 'Dinesh Tripathi']]);
    // An Nth office after "assumed charge", a time phrase before the verb.
    expect(at('Gyanesh Kumar on Wednesday assumed charge as the 26th Chief Election Commissioner of India.')).toEqual([
      ['Who assumed charge as the 26th Chief Election Commissioner of India in June 2024?', 'Gyanesh Kumar'],
    ]);
    // "sworn in as", an office of a place whose name holds an "and".
    expect(at('National Conference leader Omar Abdullah on Wednesday was sworn in as the Chief Minister of Jammu and Kashmir.')).toEqual([
      ['Who was sworn in as the Chief Minister of Jammu and Kashmir in June 2024?', 'Omar Abdullah'],
    ]);
  });

  it('asks nothing when what follows names no office, and leaves an Nth office to the ordinals', () => {
    expect(byPattern(factsOf(['John Smith was named in the report as a suspect in the theft.']), 'appointed')).toEqual([]);
    const rbi = factsOf(['Sanjay Malhotra was named the 26th Governor of the Reserve Bank of India on Monday.']);
    expect(byPattern(rbi, 'appointed')).toEqual([]);
    expect(ask(rbi, 'ordinal')).toContainEqual(['Who was named the 26th Governor of the Reserve Bank of India?', 'Sanjay Malhotra']);
  });
});

describe('appointed: a promotion, and a state\'s office the story writes without its state', () => {
  it('asks who was "elevated … to the post of" an office, past a description of what they were', () => {
    const facts = factsOf(['Gujarat Chief Minister Bhupendra Patel on Friday reshuffled his cabinet by inducting 19 MLAs as ministers, and elevated junior home minister Harsh Sanghavi to the post of Deputy Chief Minister.', 'Gujarat Governor Acharya Devvrat administered the oath to the new ministers in Gandhinagar.']);
    expect(ask(facts, 'appointed')).toContainEqual([expect.stringMatching(/^Who was elevated to the post of Deputy Chief Minister of Gujarat\b/), 'Harsh Sanghavi']);
    const court = factsOf(['The Centre on Monday promoted senior judge Meena Rao as Chief Justice of the Orissa High Court.']);
    expect(ask(court, 'appointed').map(([, a]) => a)).toContain('Meena Rao');
  });

  it('says the state of a story about one state ("took oath as Deputy Chief Minister" → "… of Andhra Pradesh")', () => {
    const facts = factsOf(['Andhra Pradesh got a new cabinet on Wednesday.', 'Pawan Kalyan took oath as Deputy Chief Minister in Vijayawada on Wednesday.', 'Andhra Pradesh Governor S Abdul Nazeer administered the oath.']);
    expect(ask(facts, 'appointed').map(([q]) => q)).toContainEqual(expect.stringMatching(/^Who took oath as (?:the )?Deputy Chief Minister of Andhra Pradesh\b/));
  });
});

describe('appointed: "notified the appointment of X as the Nth …"', () => {
  it('asks who, the Nth office kept', () => {
    const facts = factsOf(['The Centre on Thursday notified the appointment of Justice Sanjiv Khanna as the 51st Chief Justice of India with effect from November 11, the Law Minister announced.'], { date: '2024-10-24' });
    expect(byPattern(facts, 'appointed').map((f) => [f.question, f.answer])).toEqual([['Who was appointed the 51st Chief Justice of India in October 2024?', 'Sanjiv Khanna']]);
  });

  it('takes a lower-case post before the name with the name ("the appointment of revenue secretary Sanjay Malhotra as …")', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-12-09' }), 'appointed');
    expect(at('The government on Monday announced the appointment of revenue secretary Sanjay Malhotra as the 26th governor of the Reserve Bank of India (RBI) replacing governor Shaktikanta Das.')).toEqual([
      ['Who was appointed the 26th governor of the Reserve Bank of India in December 2024?', 'Sanjay Malhotra'],
    ]);
    expect(at('The Centre approved the appointment of senior advocate Kavita Rao as the Additional Solicitor General for a period of three years.')).toEqual([
      ['Who was appointed the Additional Solicitor General in December 2024?', 'Kavita Rao'],
    ]);
  });

  it('asks who will be a country’s new holder of an office ("will be India’s new foreign secretary")', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-06-28' }), 'appointed');
    expect(at("Deputy National Security Advisor Vikram Misri will be India's new foreign secretary, succeeding incumbent Vinay Kwatra.")).toContainEqual([
      "Who will be India's new foreign secretary?", 'Vikram Misri',
    ]);
    expect(at('Justice Sanjiv Khanna will be the new Chief Justice of India from November 11, the law ministry said.')).toContainEqual(['Who will be the new Chief Justice of India?', 'Sanjiv Khanna']);
  });

  it('asks who will be the next holder of an office ("will be the next Chief of the Army Staff")', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-06-12' }), 'appointed');
    expect(at('New Delhi: Lt Gen Upendra Dwivedi will be the next Chief of the Army Staff succeeding incumbent Gen Manoj Pande, the government announced on Tuesday night.')).toEqual([
      ['Who will be the next Chief of the Army Staff?', 'Upendra Dwivedi'],
    ]);
    expect(at('Justice Sanjiv Khanna is set to be the next Chief Justice of India after the incumbent retires in November.')).toEqual([['Who will be the next Chief Justice of India?', 'Sanjiv Khanna']]);
    // (Not a guest or a captain of something else.)
    expect(at('Rohit Sharma will be the next guest at the academy, the board said.')).toEqual([]);
  });

  it('leaves "today" out of the office ("took charge as 28th Chief of Army Staff today")', () => {
    const facts = factsOf(['General Manoj Mukund Naravane took charge as 28th Chief of Army Staff today, succeeding General Bipin Rawat.'], { date: '2019-12-31' });
    expect(byPattern(facts, 'appointed').map((f) => [f.question, f.answer])).toEqual([['Who took charge as the 28th Chief of Army Staff in December 2019?', 'Manoj Mukund Naravane']]);
  });

  it('asks an office written in lower case before the body it heads ("speaker of the Lok Sabha")', () => {
    expect(ask(factsOf(['NDA nominee Om Birla was elected as speaker of the Lok Sabha for a second consecutive term by voice vote on Wednesday.']), 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual([
      'Who was elected the speaker of the Lok Sabha?', 'Om Birla',
    ]);
    expect(ask(factsOf(['Sanjay Malhotra was appointed governor of the Reserve Bank of India on Monday for three years.']), 'appointed').map(([, a]) => a)).toContain('Sanjay Malhotra');
    // (A lower-case word before "of" that heads no body is no office: "a member of the Board".)
    expect(ask(factsOf(['Rohan Mehta was elected a member of the Board of Control on Monday.']), 'appointed')).toEqual([]);
  });
  it('asks who took the oath, however fully the oath is written', () => {
    const at = (text: string, title?: string) => ask(factsOf([text], { date: '2024-06-11', title }), 'appointed');
    expect(at('Mohan Charan Majhi took the oath of office and secrecy as the Chief Minister of Odisha on Wednesday.')).toEqual([['Who took oath as the Chief Minister of Odisha in June 2024?', 'Mohan Charan Majhi']]);
    expect(at('Justice Rajesh Bindal takes oath as the Chief Justice of the Allahabad High Court.')).toEqual([['Who took oath as the Chief Justice of the Allahabad High Court in June 2024?', 'Rajesh Bindal']]);
    // "administered the oath … to X as …": the one sworn in, not the one who swore them in.
    expect(at('Governor Gurmit Singh administered the oath to Pushkar Singh Dhami as Chief Minister of Uttarakhand in Dehradun.')).toEqual([['Who was sworn in as the Chief Minister of Uttarakhand in June 2024?', 'Pushkar Singh Dhami']]);
    // The office from the headline when the sentence leaves it there, and only for the person it names.
    const lead = 'In the presence of Prime Minister Narendra Modi, Governor Mr. Biswabhusan Harichandan administered the oath of office and secrecy to Mr. Vishnu Deo Sai at the ceremony in Raipur on Wednesday.';
    expect(at(lead, 'Vishnu Deo Sai takes the oath of office as Chief Minister of Chhattisgarh in the presence of Prime Minister Narendra Modi')).toEqual([['Who was sworn in as the Chief Minister of Chhattisgarh in June 2024?', 'Vishnu Deo Sai']]);
    expect(at(lead, 'Arun Sao sworn in as Deputy Chief Minister of Chhattisgarh')).toEqual([]);
    expect(at(lead)).toEqual([]);
    // Two people after one oath of a singular office: neither alone is the answer.
    expect(at('The Governor administered the oath to Arun Sao and Vijay Sharma as Deputy Chief Minister.')).toEqual([]);
    // ("administered the oath of office of Deputy Chief Minister and secrecy to Mr. A and Mr. B": the
    // office inside the oath's words, its holders together; the story's state owns it.)
    const deputies = 'Governor Mr. Harichandan administered the oath of office of Deputy Chief Minister and secrecy to Mr. Arun Sao and Mr. Vijay Sharma as well.';
    expect(at(deputies, 'Vishnu Deo Sai takes the oath of office as Chief Minister of Chhattisgarh')).toEqual([['Who were sworn in as Deputy Chief Ministers of Chhattisgarh in June 2024?', 'Arun Sao and Vijay Sharma']]);
    expect(at('Governor Anandiben Patel administered the oath of office of Chief Minister and secrecy to Yogi Adityanath in Lucknow.', 'Yogi Adityanath sworn in as Uttar Pradesh Chief Minister')).toEqual([['Who was sworn in as the Chief Minister of Uttar Pradesh in June 2024?', 'Yogi Adityanath']]);
  });

  it('reads an office of two titles joined by "and" whole, with the place its short form serves', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-06-11' }), 'appointed');
    expect(at('In a ceremony at Rashtrapati Bhavan, President Droupadi Murmu administered the oath to Anil Verma as the new Comptroller and Auditor General (CAG) of India.')).toEqual([
      ['Who was sworn in as the Comptroller and Auditor General (CAG) of India in June 2024?', 'Anil Verma'],
    ]);
    expect(at('The government on Monday appointed Ravi Menon as Chairman and Managing Director of Bharat Heavy Electricals Limited (BHEL).')).toEqual([
      ['Who was appointed the Chairman and Managing Director of Bharat Heavy Electricals Limited in June 2024?', 'Ravi Menon'],
    ]);
    // (After the office's "of …", an "and" starts a second office: the first is asked.)
    expect(at('The Centre has appointed Meera Iyer as the new chairman of the Atomic Energy Commission and Secretary, Department of Atomic Energy.')).toEqual([
      ['Who was appointed the chairman of the Atomic Energy Commission in June 2024?', 'Meera Iyer'],
    ]);
    // ("and" before a name, not a title, still ends the office.)
    expect(at('The government appointed Ajay Seth as the Finance Secretary and Tuhin Pandey as the Revenue Secretary.')).toContainEqual(['Who was appointed the Finance Secretary in June 2024?', 'Ajay Seth']);
  });

  it('reads "Officer on Special Duty in the Home Ministry" as one office', () => {
    const asked = ask(factsOf(['Earlier, Power Secretary Ajay Kumar Bhalla was appointed Officer on Special Duty in the Home Ministry and will take over as the new Union Home Secretary.'], { date: '2019-08-21' }), 'appointed');
    expect(asked).toContainEqual(['Who was appointed the Officer on Special Duty in the Home Ministry in August 2019?', 'Ajay Kumar Bhalla']);
  });
});

describe('appointed: an office a possessive owns', () => {
  it('takes no "the" ("Who assumed charge as India’s Foreign Secretary?")', () => {
    const facts = factsOf(['Seasoned diplomat Vikram Misri on Monday assumed charge as India’s Foreign Secretary, succeeding Vinay Mohan Kwatra.']);
    expect(ask(facts, 'appointed').map(([q]) => q)).toContainEqual(expect.stringMatching(/^Who assumed charge as India’s Foreign Secretary\b/));
  });
});

describe('appointed: "appointed X as the first …"', () => {
  it('asks who was appointed the first holder ("the first Lokpal of India", "the first Chief of Defence Staff")', () => {
    const lokpal = factsOf(['President Ram Nath Kovind on Tuesday appointed Justice Pinaki Chandra Ghose as the first Lokpal of India.']);
    expect(ask(lokpal, 'appointed')).toContainEqual([expect.stringMatching(/^Who was appointed the first Lokpal of India\b/), 'Pinaki Chandra Ghose']);
    const cds = factsOf(['The government on Monday appointed General Bipin Rawat as the first Chief of Defence Staff.']);
    expect(ask(cds, 'appointed')).toContainEqual([expect.stringMatching(/^Who was appointed the first Chief of Defence Staff\b/), 'Bipin Rawat']);
  });
});

describe('appointed: a body "which will be headed by" someone', () => {
  it('asks who will head it, past a description before the name', () => {
    const facts = factsOf(['The Cabinet on Tuesday approved the Terms of Reference of the 9th Finance Review Commission, which will be headed by retired High Court judge Meenakshi Rao.']);
    expect(ask(facts, 'appointed')).toContainEqual(['Who will head the 9th Finance Review Commission?', 'Meenakshi Rao']);
  });

  it('and who headed one in the past ("the Committee, which was chaired by …")', () => {
    const facts = factsOf(['The report of the High Level Committee, which was chaired by former President Ram Nath Kovind, was placed before the Cabinet.']);
    expect(ask(facts, 'appointed')).toContainEqual(['Who headed the High Level Committee?', 'Ram Nath Kovind']);
  });
});

describe('appointed: an office the sentence only describes', () => {
  it('is the one the headline names ("with the government appointing X as the next CEO of the federal think tank")', () => {
    const text = 'Ravi Iyer was on Monday moved out of the role, with the government appointing KVS Menon as the next CEO of the federal think tank.';
    const asked = ask(factsOf([text], { date: '2023-02-20', title: 'KVS Menon appointed Niti Aayog CEO as Ravi Iyer moves to World Bank' }), 'appointed');
    expect(asked).toContainEqual(['Who was appointed the Niti Aayog CEO in February 2023?', 'KVS Menon']);
  });
});

describe('appointed: an additional charge', () => {
  it('asks who was given it, by the government or in the passive', () => {
    const active = factsOf(['With the DGP going on Central deputation on Monday, the State government has given additional charges to the seniormost IPS officer, Alok Mohan, as the Director-General and Inspector-General of Police until further orders.']);
    expect(ask(active, 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who was given additional charge as the Director-General and Inspector-General of Police?', 'Alok Mohan']);
    const passive = factsOf(['Union Minister Meena Rao has been given additional charge of the Ministry of Culture after the resignation of Ravi Menon on Friday.']);
    expect(ask(passive, 'appointed').map(([, a]) => a)).toContain('Meena Rao');
  });
});

describe('appointed: the appointment of someone called by their present post', () => {
  it('asks the person nearest the "as" ("the appointment of Indian ambassador to the United States Harsh Vardhan Shringla as the next foreign secretary")', () => {
    const facts = factsOf(['The Narendra Modi government on Monday approved the appointment of Indian ambassador to the United States Harsh Vardhan Shringla as the next foreign secretary.']);
    expect(ask(facts, 'appointed').map(([, a]) => a)).toContain('Harsh Vardhan Shringla');
    expect(ask(facts, 'appointed').map(([, a]) => a)).not.toContain('Narendra Modi');
  });
});


describe('appointed: a past title before the name, and an appointment announced as who holds the office', () => {
  it('reads "appointed former Foreign Secretary X as …" and "announced that former … X is India’s Ambassador to …"', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-07-19' }), 'appointed');
    expect(at('The government on Friday appointed former Foreign Secretary Vinay Mohan Kwatra as India’s Ambassador to the United States.')).toEqual([['Who was appointed India’s Ambassador to the United States in July 2024?', 'Vinay Mohan Kwatra']]);
    expect(at('NEW DELHI: India has officially announced that former Foreign Secretary Vinay Mohan Kwatra is India’s Ambassador to the USA.')).toEqual([['Who was appointed India’s Ambassador to the USA in July 2024?', 'Vinay Mohan Kwatra']]);
    expect(at('The Centre announced that senior IPS officer Rashmi Shukla will be Maharashtra’s new Director General of Police.').map(([, a]) => a)).toEqual(['Rashmi Shukla']);
  });
});

describe('appointed: a batch, a service and a trade before the name', () => {
  it('reads "appointed 1989 batch Indian Administrative Service (IAS) officer K. Sanjay Murthy as the new …"', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-11-18' }), 'appointed');
    expect(at('President Droupadi Murmu on Monday appointed 1989 batch Indian Administrative Service (IAS) officer K. Sanjay Murthy as the new Comptroller and Auditor General of India (CAG).')).toEqual([['Who was appointed the Comptroller and Auditor General of India in November 2024?', 'K. Sanjay Murthy']]);
    expect(at('The Centre on Friday appointed 1990-batch Indian Police Service officer Rashmi Shukla as the new Director General of Police of Maharashtra.').map(([, a]) => a)).toEqual(['Rashmi Shukla']);
  });
});

describe('appointed: several sworn in together', () => {
  it('asks all the list names, titles aside, and "as judges of …" without "the"', () => {
    const facts = factsOf(['Justice NV Anjaria, Justice Vijay Bishnoi, and Justice Atul S Chandurkar were on Friday sworn in as judges of the Supreme Court, taking it to its full strength.'], { date: '2025-05-30' });
    expect(ask(facts, 'appointed')).toContainEqual(['Who were sworn in as judges of the Supreme Court in May 2025?', 'NV Anjaria, Vijay Bishnoi and Atul S Chandurkar']);
    const one = factsOf(['Vijay Bishnoi was sworn in as a judge of the Supreme Court.'], { date: '2025-05-30' });
    expect(ask(one, 'appointed')).toContainEqual(['Who was sworn in as a judge of the Supreme Court in May 2025?', 'Vijay Bishnoi']);
    // (A plural office with one name found is no one's: the others are missing from the answer.)
    expect(byPattern(factsOf(['Among others, Vijay Bishnoi were sworn in as judges of the Supreme Court.'], { date: '2025-05-30' }), 'appointed')).toEqual([]);
  });

  it('asks the whole list an active "appointed A and B as <offices>" names, the office without "the"', () => {
    const facts = factsOf(['The President appointed Gyanesh Kumar and Sukhbir Singh Sandhu as Election Commissioners.'], { date: '2024-03-14' });
    expect(ask(facts, 'appointed')).toContainEqual(['Who were appointed Election Commissioners in March 2024?', 'Gyanesh Kumar and Sukhbir Singh Sandhu']);
    const judges = factsOf(['The Centre appointed Justice Vibhu Bakhru and Justice Ashutosh Kumar as Chief Justices of High Courts.'], { date: '2025-07-14' });
    expect(ask(judges, 'appointed').map(([, a]) => a)).toContainEqual('Vibhu Bakhru and Ashutosh Kumar');
  });
});

describe('appointed: one of several holders, and a body given by "at"', () => {
  it('asks "a Deputy Governor of …" with its "a", and "the Executive Director at the International Monetary Fund"', () => {
    const facts = factsOf([
      'The Union government on Monday appointed Shirish Chandra Murmu as a Deputy Governor of the Reserve Bank of India for a tenure of three years.',
      'Earlier last month, the government appointed former RBI Governor Dr Urjit Patel as the Executive Director at the International Monetary Fund (IMF) for a period of three years.',
    ], { date: '2025-09-15' });
    const asked = ask(facts, 'appointed');
    expect(asked).toContainEqual(['Who was appointed a Deputy Governor of the Reserve Bank of India in September 2025?', 'Shirish Chandra Murmu']);
    expect(asked.find(([, a]) => a === 'Urjit Patel')?.[0]).toMatch(/Executive Director at the International Monetary Fund/);
  });
});

describe('appointed: "X, the Governor of P has been appointed as …"', () => {
  it('asks for the person the description stands beside, its closing comma dropped or not', () => {
    const facts = factsOf([
      'Ramesh Bais, the Governor of Jharkhand has now been appointed as Governor of Maharashtra, the statement said.',
      'Anil Kapoor, the Chief Secretary of Punjab, has been appointed as Election Commissioner.',
    ]);
    const asked = ask(facts, 'appointed');
    expect(asked).toContainEqual([expect.stringMatching(/^Who was appointed (?:the )?Governor of Maharashtra/), 'Ramesh Bais']);
    expect(asked).toContainEqual([expect.stringMatching(/^Who was appointed (?:the )?Election Commissioner/), 'Anil Kapoor']);
  });
});

describe('appointed: one declared to hold an office', () => {
  it('is asked, a party member\'s trade before the name ("declared AAP councillor Kuldeep Kumar as the Mayor of …")', () => {
    const mayor = factsOf(['Setting aside the election of the BJP candidate, the Supreme Court on Tuesday declared AAP councillor Kuldeep Kumar as the Mayor of the Chandigarh Municipal Corporation.'], { date: null });
    expect(ask(mayor, 'appointed')).toContainEqual(['Who was declared the Mayor of the Chandigarh Municipal Corporation?', 'Kuldeep Kumar']);
    const chair = factsOf(['The returning officer declared BJP candidate Rekha Arya as the Chairperson of the Almora Zila Panchayat after the count.'], { date: null });
    expect(ask(chair, 'appointed').map(([, a]) => a)).toContain('Rekha Arya');
  });
});

describe('appointed: two holders of one office of two bodies, "respectively"', () => {
  it('pairs each holder with their own body, never the whole office with the last name', () => {
    const facts = factsOf(['Justice Ramesh D Dhanuka and Justice Sanjay Vijaykumar Gangapurwala were on Sunday sworn in as the Chief Justice of the Bombay High Court and Madras High Court, respectively.'], { date: null });
    const asked = ask(facts, 'appointed');
    expect(asked).toContainEqual(['Who was sworn in as the Chief Justice of the Bombay High Court?', 'Ramesh D Dhanuka']);
    expect(asked).toContainEqual(['Who was sworn in as the Chief Justice of the Madras High Court?', 'Sanjay Vijaykumar Gangapurwala']);
    expect(asked.some(([q]) => /Bombay High Court and Madras/.test(q))).toBe(false);
    // (Shared last words: "of the Bombay and Madras High Courts" would name one court each too.)
    const gov = factsOf(['Anandiben Patel and Ramesh Bais were appointed as the Governor of Uttar Pradesh and Jharkhand, respectively, on Sunday.'], { date: null });
    expect(ask(gov, 'appointed')).toContainEqual(['Who was appointed the Governor of Uttar Pradesh?', 'Anandiben Patel']);
    // (An office in the plural after "the appointment of A and B", each to one place of two.)
    const plural = ask(factsOf(['The Rashtrapati Bhavan issued a statement announcing the appointment of Prof Ashim Kumar Ghosh and Pusapati Ashok Gajapathi Raju as the Governors of Haryana and Goa, respectively.'], { date: null }), 'appointed');
    expect(plural).toEqual([
      ['Who was appointed the Governor of Haryana?', 'Ashim Kumar Ghosh'],
      ['Who was appointed the Governor of Goa?', 'Pusapati Ashok Gajapathi Raju'],
    ]);
    const judges = ask(factsOf(['The Centre notified the appointment of Justice Meera Rao and Justice Anil Sen as the Chief Justices of the Patna High Court and the Orissa High Court, respectively.'], { date: null }), 'appointed');
    expect(judges).toContainEqual(['Who was appointed the Chief Justice of the Orissa High Court?', 'Anil Sen']);
  });
});

describe('appointed: a list of appointees described in the plural', () => {
  it('asks who were appointed, after "retired bureaucrats" with or without the commas and the "as"', () => {
    const opts = { title: 'Prez appoints retired bureaucrats Gyanesh, Sandhu new ECs', date: '2024-03-14' };
    const apposed = ask(factsOf(['President Droupadi Murmu on Thursday appointed retired bureaucrats, Gyanesh Kumar and Dr. Sukhbir Singh Sandhu, new Election Commissioners, the Ministry of Law and Justice said in a gazette notification.'], opts), 'appointed');
    expect(apposed).toContainEqual(['Who were appointed Election Commissioners in March 2024?', 'Gyanesh Kumar and Sukhbir Singh Sandhu']);
    const plain = ask(factsOf(['President Droupadi Murmu on Thursday appointed retired bureaucrats Gyanesh Kumar and Sukhbir Singh Sandhu as new Election Commissioners.'], opts), 'appointed');
    expect(plain).toContainEqual(['Who were appointed Election Commissioners in March 2024?', 'Gyanesh Kumar and Sukhbir Singh Sandhu']);
  });
});

describe('appointed: a team’s coach or captain, in lower case', () => {
  it('asks who was named head coach or captain of a team, past a relative clause and a day', () => {
    const facts = factsOf([
      "Khalid Jamil, who famously guided the unheralded Aizawl Football Club to the I-League title in 2017, was on Friday named head coach of the Indian national men's football team, becoming the first Indian in 13 years to occupy the coveted post.",
    ]);
    expect(ask(facts, 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(["Who was named the head coach of the Indian national men's football team?", 'Khalid Jamil']);
    // (And "the coveted post" after the office the sentence named is that office: its cloze stands.)
    expect(ask(facts, 'cloze').map(([, a]) => a)).toContain('Aizawl Football Club');
    const captain = factsOf(['Harmanpreet Singh was appointed captain of the Indian men’s hockey team for the Asia Cup on Monday.']);
    expect(ask(captain, 'appointed').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Who was appointed the captain of the Indian men’s hockey team?', 'Harmanpreet Singh']);
  });
});

describe('appointed: two holders, the second "along with" the first', () => {
  it('asks both, each description aside, and "as well" is no word of the office', () => {
    const facts = factsOf([
      'Mohan Charan Majhi was sworn in as the first BJP chief minister of Odisha on Wednesday.',
      'KV Singh Deo, a senior BJP leader and MLA from Patnagarh, along with newcomer Pravati Parida from the Nimapara assembly segment, took oath as deputy chief ministers as well.',
    ], { date: '2024-06-12' });
    expect(ask(facts, 'appointed')).toContainEqual([expect.stringMatching(/^Who took oath as deputy chief ministers\b(?! as well)/), 'KV Singh Deo and Pravati Parida']);
    const two = factsOf(['Arun Sao, along with Vijay Sharma, took oath as Deputy Chief Ministers of Chhattisgarh on Wednesday.'], { date: '2023-12-13' });
    expect(ask(two, 'appointed').map(([, a]) => a)).toContain('Arun Sao and Vijay Sharma');
  });
});
