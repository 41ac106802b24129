import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('role: a definite role in apposition', () => {
  it('reads "<name>, the <role>," and "the <role>, <name>"', () => {
    const a = factsOf(["According to the Afghan team's coach, Alireza Mehraban, the robot scored two points."], { date: '2017-07-21' });
    expect(ask(a, 'role')).toContainEqual(["Who was the Afghan team's coach in July 2017?", 'Alireza Mehraban']);
    const b = factsOf(['Sundar Pichai, the chief executive of Google, announced the new phone in California.'], { date: '2019-05-08' });
    expect(ask(b, 'role')).toContainEqual(['Who was the chief executive of Google in May 2019?', 'Sundar Pichai']);
  });

  it('asks nothing of a local officer or a spokesperson ("the regional director of IMD Kolkata")', () => {
    expect(byPattern(factsOf(['Sunita Rao, the regional director of IMD Kolkata, noted that the storm would weaken by Friday.']), 'role')).toEqual([]);
    expect(byPattern(factsOf(['Arun Mehta, the spokesperson of the Ministry of Culture, posted the news on Tuesday.']), 'role')).toEqual([]);
  });

  it('ends the description before "as" or another "the": the verb\'s phrase, no part of the role', () => {
    const facts = factsOf(['The Bench declared Kuldeep Kumar, the Aam Aadmi Party candidate as the winner of the Chandigarh mayoral election.']);
    expect(ask(facts, 'role').map(([q]) => q)).not.toContainEqual(expect.stringMatching(/as the winner/));
  });

  it('asks nothing for an indefinite role ("a representative")', () => {
    const facts = factsOf(["Steve Whitmore, a representative for the Sheriff's office, said the case was closed."]);
    expect(byPattern(facts, 'role')).toEqual([]);
  });
});

describe('role: the one succeeded', () => {
  it('asks nothing of one going, named before an office the sentence does not name ("the current chairperson and CEO")', () => {
    const facts = factsOf(['Satish Kumar has been named the new Chairman and CEO of the Railway Board.', 'He will take over from Jaya Varma Sinha, the current chairperson and CEO, who is set to retire on August 31.']);
    expect(ask(facts, 'role').map(([, a]) => a)).not.toContain('Jaya Varma Sinha');
    // (One whose office the apposition names is still asked, as the outgoing holder.)
    const named = factsOf(['Arun Kumar has been named the new Chairman of the Railway Board.', 'He will take over from Anil Rao, the current chairman of the Railway Board, who retires on Friday.']);
    expect(ask(named, 'role')).toContainEqual([expect.stringMatching(/^Who was the outgoing chairman of the Railway Board/), 'Anil Rao']);
  });

  it('reads "the <role>, Late <name>": the dead, so written, as any other', () => {
    const facts = factsOf(['Arun Bhattacharjee was the Chief Minister of West Bengal from 2000 to 2011.', 'He succeeded the longest-serving Chief Minister of West Bengal, Late Jyoti Basu, in 2000.']);
    expect(ask(facts, 'role')).toContainEqual([expect.stringMatching(/^Who was the longest-serving Chief Minister of West Bengal/), 'Jyoti Basu']);
  });

  it('asks for "the outgoing ISRO chairman" where the sentence says "will succeed the current …"', () => {
    expect(ask(factsOf(['V Narayanan will assume office on January 14. He will succeed the current ISRO chairman, S Somanath.']), 'role')).toContainEqual([expect.stringMatching(/^Who was the outgoing ISRO chairman/), 'S Somanath']);
  });
});
describe('role: a verb ends a description', () => {
  it('"Present at the launch were Union minister of state …, V Narayanasamy" asks no "Who was the launch were …?"', () => {
    const facts = factsOf(['Present at the launch were Union minister of state in the Prime Minister’s Office, V Narayanasamy, and senior scientists of ISRO.']);
    expect(byPattern(facts, 'role').map((f) => f.question).filter((q) => /\bwere\b/.test(q))).toEqual([]);
  });
});

describe('role: a head after an "of"', () => {
  it('is another noun\'s complement, no role ("the oath of office of chairperson, Lokpal")', () => {
    const asked = ask(factsOf(['President Droupadi Murmu administered the oath of office of chairperson, Lokayukta to Ravi Menon at a ceremony on Sunday.']), 'role');
    expect(asked.map(([q]) => q).join(' ')).not.toMatch(/oath/);
  });
});

describe('role: a role capitalised after the name, as Indian releases write it', () => {
  it('asks who held it ("Sheikh Tamim Bin Hamad Al Thani, the Amir of Qatar,")', () => {
    const roles = (text: string) => ask(factsOf([text], { date: '2025-02-18' }), 'role');
    expect(roles('The agreement was signed in the presence of Prime Minister Narendra Modi and Sheikh Tamim Bin Hamad Al Thani, the Amir of Qatar, at Hyderabad House.')).toEqual([['Who was the Amir of Qatar in February 2025?', 'Tamim Bin Hamad Al Thani']]);
    expect(roles('Jean Dupont, the President of France, arrived in Delhi on Monday.')).toEqual([['Who was the President of France in February 2025?', 'Jean Dupont']]);
  });
});

describe('role: a description that leans on the sentence', () => {
  it('asks no "Who was the Zoology Department along with its Head?"', () => {
    const facts = factsOf(['The group comprised Asima A. of the Zoology Department along with its Head, G. Prasad, and John Caleb of Saveetha Institute.', 'The team included the professor of botany along with his student, Ravi Kumar, of Kerala University.']);
    expect(byPattern(facts, 'role')).toEqual([]);
  });
});

describe('role: the chief guest at a national day', () => {
  it('asks who, named or the "he" the story follows', () => {
    const facts = factsOf(['India and Indonesia explored deeper cooperation in defence during Indonesian President Prabowo Subianto’s state visit.', 'The Indonesian president arrived on Thursday night for a four-day visit to India, where he will serve as the chief guest at the 76th Republic Day celebrations on Sunday.']);
    expect(ask(facts, 'role')).toContainEqual(['Who was the chief guest at the 76th Republic Day celebrations?', 'Prabowo Subianto']);
    const named = factsOf(['Egyptian President Abdel Fattah El-Sisi was the chief guest at the 74th Republic Day parade.']);
    expect(ask(named, 'role')).toContainEqual(['Who was the chief guest at the 74th Republic Day celebrations?', 'Abdel Fattah El-Sisi']);
  });
});

describe('role: a list of appointments "X as the A of P, Y as B of Q"', () => {
  it('gives no one the post named before their comma ("as the Governor of Goa, Mohan Lal Verma as Governor of Tripura")', () => {
    const facts = factsOf([
      'Lt Gen Rakesh Nair (Retired) has been appointed as the Governor of Goa, Mohan Lal Verma as Governor of Tripura, Anita Desai as Governor of Kerala, the statement read.',
      'The President also accepted the resignation of the Governor of Punjab, Harish Rawal, on Monday.',
    ]);
    const asked = ask(facts, 'role');
    expect(asked.some(([q, a]) => /Goa/.test(q) && a === 'Mohan Lal Verma')).toBe(false);
    expect(asked.some(([q, a]) => /Tripura/.test(q) && a === 'Anita Desai')).toBe(false);
    expect(asked.some(([q, a]) => /Governor of Punjab/.test(q) && a === 'Harish Rawal')).toBe(true);
  });

  it('reads no role into an opening phrase the subject follows ("After meeting the health minister, Adar Poonawalla said")', () => {
    const met = factsOf(['After meeting the health minister, Adar Poonawalla said the vaccine would be rolled out this year.']);
    expect(byPattern(met, 'role')).toEqual([]);
    const visit = factsOf(['Following his talks with the Prime Minister of Nepal, S Jaishankar told reporters that the two sides had agreed on a new bridge.']);
    expect(byPattern(visit, 'role')).toEqual([]);
    // (Nor a participle's phrase: "Sharing details of his talks with the Indian Defence Minister, Hegseth posted …".)
    const shared = factsOf(['Sharing details of his talks with the Indian Defence Minister, Pete Hegseth posted on X that the ties had never been stronger.'], { date: '2025-10-31' });
    expect(byPattern(shared, 'role')).toEqual([]);
    // (An appositive in the opening still names its holder: the name is set off by commas.)
    const named = factsOf(['After meeting the Union Health Minister, Mansukh Mandaviya, Adar Poonawalla said the vaccine would be rolled out.'], { date: '2023-01-25' });
    expect(ask(named, 'role')).toContainEqual(['Who was the Union Health Minister in January 2023?', 'Mansukh Mandaviya']);
  });

  it('asks no role that names no body ("Dr. Arun Rathi, the college principal," → which college?)', () => {
    const local = factsOf(['Dr. Arun Rathi, the college principal, said all the fire extinguishers in the ward were working.', 'Meena Iyer, the hospital superintendent, said the new ward would open in a month.']);
    expect(byPattern(local, 'role')).toEqual([]);
    const named = factsOf(['Sundar Pichai, the chief executive of Google, met the minister in Delhi.'], { date: '2023-01-25' });
    expect(ask(named, 'role').map(([, a]) => a)).toContain('Sundar Pichai');
  });
});
