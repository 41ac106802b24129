import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf, entities } from './fixtures.js';

function people(...paragraphs: string[]) {
  return entities(analyzeArticle(articleOf(paragraphs)), 'person').map((e) => ({ text: e.text, canonical: e.canonical, role: e.role }));
}

describe('people and titles', () => {
  it('never splits an office ending on "and" from the words after it ("Director General of Medical Education and Training")', () => {
    expect(people('The committee will be headed by the Director General of Medical Education and Training, officials said.')).toEqual([]);
    expect(people('The talks were led by Director General of Civil Aviation Arun Kumar on Monday.').map((p) => p.text)).toEqual(['Arun Kumar']);
  });

  it('splits a title after a possessive country', () => {
    expect(people('The talks ended, said Germany’s Defence Minister Anna Keller.')).toContainEqual({
      text: 'Anna Keller', canonical: 'Anna Keller', role: 'Defence Minister of Germany',
    });
  });

  it('turns a demonym before a title into the country of the office', () => {
    expect(people('Brazilian President Lucia Ramos arrived.')[0]).toMatchObject({ canonical: 'Lucia Ramos', role: 'President of Brazil' });
    expect(people('He met U.S. Secretary of State Mark Doyle.')[0]).toMatchObject({ canonical: 'Mark Doyle', role: 'U.S. Secretary of State' });
    // The tail of a body's name run into its officer's is no part of the person.
    expect(people('The director of the Council on American - Islamic Relations Alia Salem said the boy was brave.').map((p) => p.canonical)).toEqual(['Alia Salem']);
    // An initial "A" after an office written in lower case is the name's.
    expect(people('Chief minister A Ravi Kumar, who visited the site on Tuesday, sought a report.').map((p) => p.canonical)).toEqual(['A Ravi Kumar']);
    // (And after one capitalised as a title: "Chief Minister A Revanth Reddy".)
    expect(people('Chief Minister A Revanth Reddy in a post on X said the State government paid tributes.').map((p) => p.canonical)).toEqual(['A Revanth Reddy']);
    expect(people('Governor A Arun Kumar inaugurated the new building on Monday.').map((p) => p.canonical)).toEqual(['A Arun Kumar']);
    // What several people do, opening the sentence in the plural, is no part of a name.
    expect(people('Openers Laura Wolvaardt and Tazmin Brits added 51 runs before a direct hit.').map((p) => p.canonical)).toEqual(['Laura Wolvaardt', 'Tazmin Brits']);
    expect(people('Reporters Without Borders named the editor in its annual list.')).toEqual([]);
    // (Nor is a sportsperson's discipline, capitalised as the sentence's first word.)
    expect(people('Decathlete Ravi Shankar, who won a silver medal at the Asian Games, is another inclusion.').map((p) => p.canonical)).toEqual(['Ravi Shankar']);
    expect(people('Gymnast Pratibha Nayak and the doubles pair of Tara Jolly and Gita Rao are among the names.').map((p) => p.canonical)).toContain('Pratibha Nayak');
    // A name made an adjective by a hyphen ends there: "Modi-chaired Cabinet Committee" is two names.
    expect(people('The Prime Minister Narendra Modi-chaired Cabinet Committee on Security met on Monday.').map((p) => p.canonical)).toEqual(['Narendra Modi']);
    // A particle inside a name is no word of its own: a long Portuguese name is still a person's.
    expect(people('He was received by Brazilian President Luiz Inacio Lula da Silva at the museum.')[0]).toMatchObject({ canonical: 'Luiz Inacio Lula da Silva', role: 'President of Brazil' });
    expect(people('The talks were chaired by Maria Luisa Ramos de Souza in Brasilia.').map((p) => p.canonical)).toEqual(['Maria Luisa Ramos de Souza']);
    expect(people('The statement thanked COP President Andre Correa do Lago for his leadership.').map((p) => p.canonical)).toEqual(['Andre Correa do Lago']);
    expect(people('The mayor of Rio, Eduardo das Neves, opened the summit.').map((p) => p.canonical)).toEqual(['Eduardo das Neves']);
    // A lone name with a trade or a birth name in apposition after it is a person's, said once or often.
    expect(people('Rajendra, the singer who lent his voice to 2,000 songs, died on Monday.', 'Rajendra was 84.').map((p) => p.canonical)).toEqual(['Rajendra', 'Rajendra']);
    expect(people('Nirupa, born Bhanu Nirupama Rao in Madurai, starred in 90 films.', 'Nirupa later moved to Chennai.').map((p) => p.canonical)).toContain('Nirupa');
    // Particles may come in pairs: "von der", "van den".
    expect(people('The deal was signed by Commission President Greta von der Meulen in Brussels.')[0]).toMatchObject({ canonical: 'Greta von der Meulen', role: 'President of the Commission' });
    expect(people('The jury was led by the Dutch painter Karel van den Bosch last year.').map((p) => p.canonical)).toEqual(['Karel van den Bosch']);
    // Nor are two everyday words at the end of a name ("the first Development Impact Bond").
    expect(people('In 2019 the trust launched the country’s first Development Impact Bond for schools in Odisha.')).toEqual([]);
    expect(people('The city issued a Wellness Growth Fund for its clinics last year.')).toEqual([]);
    // "U.S. Geological Survey" is no person called Geological Survey.
    expect(people('The quake struck near Ridgecrest, according to the U.S. Geological Survey.')).toEqual([]);
    // (A particle in capitals between name words is inside the name: "Centre For Civil Society".)
    const centre = analyzeArticle(articleOf(['The report was released with the New Delhi-based think tank Centre For Policy Studies.']));
    expect(entities(centre, 'organisation').map((e) => e.text)).toContain('Centre For Policy Studies');
    // Nor is "Gross Domestic Product".
    expect(people('India’s Gross Domestic Product (GDP) grew 7.2 per cent in the quarter.')).toEqual([]);
    // An unknown body before a title and a full name owns the office; a plural word before a
    // name describes the people listed; a role before two name words makes them a person.
    expect(people('The award went to Alphabet CEO Sundar Pichai on Tuesday.')[0]).toMatchObject({ canonical: 'Sundar Pichai', role: 'CEO of Alphabet' });
    // (So do two unknown words, the second a body's kind: "Northern Railway General Manager …";
    // never a country's word and a title's, "Thai Prime Minister …".)
    expect(people('Southern Railway General Manager Vikram Mehra reached the accident site.')[0]).toMatchObject({ canonical: 'Vikram Mehra', role: 'General Manager of Southern Railway' });
    expect(people('He met Thai Prime Minister Paetongtarn Shinawatra in Bangkok.')[0]).toMatchObject({ canonical: 'Paetongtarn Shinawatra' });
    expect(people('New Kerala Governor Arif Mohammed Khan took oath on Monday.')[0]).toMatchObject({ canonical: 'Arif Mohammed Khan', role: 'Governor of Kerala' });
    // (A word that makes the office a post of its own owns nothing: no "Director of Project".)
    expect(people('He was flanked by Project Director Nigar Shaji and Mission Director Biju on Saturday.')).toMatchObject([{ canonical: 'Nigar Shaji', role: 'Project Director' }, { canonical: 'Biju', role: 'Mission Director' }]);
    expect(people('Olympians Neeraj Chopra and Vandana Kataria will be awarded the Padma Shri.').map((p) => p.canonical)).toEqual(['Neeraj Chopra', 'Vandana Kataria']);
    expect(people('The award will also go to singer Sonu Nigam this year.').map((p) => p.canonical)).toEqual(['Sonu Nigam']);
    // A minister's portfolio runs up to the person's name, "and" included.
    expect(people('Minister of New and Renewable Energy Pralhad Joshi said the response had been overwhelming.')[0]).toMatchObject({ canonical: 'Pralhad Joshi', role: 'Minister of New and Renewable Energy' });
    // An honorific between the office and the name is no part of the office.
    expect(people('ISRO Chairman Dr. V Narayanan said the third stage deviated.')[0]).toMatchObject({ canonical: 'V Narayanan', role: 'Chairman of ISRO' });
  });

  it('reads a rank of two words as the title, and a body’s name run into its officer’s as the body and the officer', () => {
    expect(people('Wing Commander Abhinandan Varthaman was captured.')[0]).toMatchObject({ canonical: 'Abhinandan Varthaman', role: 'Wing Commander' });
    expect(people('Indian Air Force Group Captain Shubhanshu Shukla has landed back on Earth.')[0]).toMatchObject({
      canonical: 'Shubhanshu Shukla', role: 'Group Captain of the Indian Air Force',
    });
    expect(people('Indian Space Research Organisation Chairman V Narayanan announced the success.')[0]).toMatchObject({ canonical: 'V Narayanan', role: 'Chairman of ISRO' });
    expect(people('The Adani Group Chairman Gautam Adani spoke at the summit.')[0]).toMatchObject({ canonical: 'Gautam Adani', role: 'Chairman of the Adani Group' });
    const analyzed = analyzeArticle(articleOf(['Supreme Court Justice Surya Kant wrote the judgment.']));
    expect(entities(analyzed, 'organisation').map((e) => e.canonical)).toEqual(['Supreme Court']);
    expect(entities(analyzed, 'person')[0]).toMatchObject({ canonical: 'Surya Kant', role: 'Justice of the Supreme Court' });
    // A native name of a country is part of a name, not the country: "Nihon Hidankyo", "Nippon Steel".
    const nihon = analyzeArticle(articleOf(['Nihon Hidankyo won the prize, and Nippon Steel bought the mill.']));
    expect(entities(nihon, 'place').map((e) => e.canonical)).not.toContain('Japan');
    // A ranking's name is no person's: "(S&T) Cluster Ranking".
    expect(people('India secured 4th place in the World Intellectual Property Organization (WIPO) Science and Technology (S&T) Cluster Ranking this year.')).toEqual([]);
    // A crew's roles are titles: "Pilot" is no part of the name.
    expect(people('The crew comprised Commander Peggy Whitson and Pilot Shubhanshu Shukla.').map((p) => p.canonical)).toEqual(['Peggy Whitson', 'Shubhanshu Shukla']);
  });

  it('keeps a title with its own complement as written', () => {
    expect(people('Kenyan Ambassador to the United Nations Peter Otieno spoke.')[0]).toMatchObject({
      canonical: 'Peter Otieno', role: 'Kenyan Ambassador to the United Nations',
    });
  });

  it('gives a later surname-only mention the full name', () => {
    const found = people('Prime Minister Olaf Berg opened the session.', 'Later, Mr Berg left. “We are done,” said Berg.');
    expect(found.filter((p) => p.text === 'Berg').map((p) => p.canonical)).toEqual(['Olaf Berg', 'Olaf Berg']);
  });

  it('reads academic titles and lower-case roles', () => {
    expect(people('Emeritus Professor Hannah Wolfe chaired the panel.')[0]).toMatchObject({ canonical: 'Hannah Wolfe', role: 'Emeritus Professor' });
    expect(people('The team was trained by coach Ivo Marsh.')[0]).toMatchObject({ canonical: 'Ivo Marsh', role: 'coach' });
  });

  it('does not take a group of office holders for a person', () => {
    expect(people('The Foreign Ministers met the Russian Ministers.')).toEqual([]);
  });
});

describe('places and organisations', () => {
  it('classes organisations by cue words and known names', () => {
    const a = analyzeArticle(articleOf(['The Japanese Maritime Self-Defence Force and NATO held drills, Reuters reported.']));
    const orgs = entities(a, 'organisation').map((e) => e.canonical);
    expect(orgs).toEqual(expect.arrayContaining(['Japanese Maritime Self-Defence Force', 'NATO', 'Reuters']));
  });

  it('ends a run at an adjective made from a name: "the Kolkata-headquartered Eastern Command" is Eastern Command', () => {
    const a = analyzeArticle(articleOf(['Lt Gen Bakshi, who heads the Kolkata-headquartered Eastern Command, announced support.', 'The US-backed Syrian Democratic Forces captured the town.']));
    const orgs = entities(a, 'organisation').map((e) => e.text);
    expect(orgs).toEqual(expect.arrayContaining(['Eastern Command', 'Syrian Democratic Forces']));
    expect(orgs.some((o) => /headquartered|backed/.test(o))).toBe(false);
  });

  it('classes place names by their head word and by context', () => {
    const a = analyzeArticle(articleOf(['Ships crossed the Baltic Sea to the Karvik Islands, then docked in Tromsdal, Norway.']));
    const kinds = Object.fromEntries(entities(a, 'place').map((e) => [e.canonical, e.placeKind]));
    expect(kinds['Karvik Islands']).toBe('islands');
    expect(kinds['Baltic Sea']).toBe('other');
    expect(kinds.Tromsdal).toBe('city');
    expect(kinds.Norway).toBe('country');
  });

  it('reads a park or reserve called by its own name after its full name as that place', () => {
    const a = analyzeArticle(articleOf(['The cubs were born in Similipal National Park last year.', 'They were moved to Debrigarh, located 400 kilometres from Similipal, where the project began.', 'Twelve more tigers were moved from Madhya Pradesh to Similipal in February.']));
    const similipal = entities(a, 'place').filter((e) => e.text === 'Similipal');
    expect(similipal).toHaveLength(2);
    expect(similipal.map((e) => e.canonical)).toEqual(['Similipal National Park', 'Similipal National Park']);
  });

  it('reads a meet named after a person as the meet ("the Neeraj Chopra Classic")', () => {
    const a = analyzeArticle(articleOf(['He will compete in the inaugural edition of the Arjun Rao Classic, which will take place on July 5.', 'The Arjun Rao Classic was postponed to July 5.']));
    expect(entities(a, 'term').map((e) => e.canonical)).toContain('Arjun Rao Classic');
    expect(entities(a, 'person').map((e) => e.canonical)).not.toContain('Arjun Rao Classic');
  });

  it('maps US and UK aliases to canonical country names', () => {
    const a = analyzeArticle(articleOf(['Officials from the US, Britain and America met UK envoys.']));
    expect(entities(a, 'place').map((e) => e.canonical)).toEqual(['United States', 'United Kingdom', 'United States', 'United Kingdom']);
  });
});

describe('quoted terms', () => {
  it('takes short quoted phrases as terms without the quotes, but not quoted speech', () => {
    const a = analyzeArticle(articleOf(['He praised the strategy of “active pacifism” and a \'strong rationale\'. "We are ready to talk to everyone today," he said.']));
    const terms = entities(a, 'term').map((e) => e.text);
    expect(terms).toEqual(['active pacifism', 'strong rationale']);
    // (Nor a short quotation its teller's words follow: "“Let's not guess,” Rao had earlier said".)
    const told = analyzeArticle(articleOf(['"Let\'s not guess," Rao had earlier said at the results meeting.', 'He called it "a fair deal", the minister added.']));
    expect(entities(told, 'term').map((e) => e.text)).toEqual([]);
    // (A name in quotes with the comma inside is still a name: 'themed "Unity for Growth," will bring …'.)
    const themed = analyzeArticle(articleOf(['The summit, themed "Unity for Shared Growth," will bring leaders together in Kazan.']));
    expect(entities(themed, 'term').map((e) => e.text)).toContain('Unity for Shared Growth');
  });
});

describe('code names with letters and digits', () => {
  it('keeps products, missions and diseases mentioned once as terms', () => {
    const found = entities(analyzeArticle(articleOf(['ISRO launched Chandrayaan-3 while developers dropped IE6 and doctors studied COVID-19.'])), 'term').map((e) => e.text);
    expect(found).toEqual(expect.arrayContaining(['Chandrayaan-3', 'IE6', 'COVID-19']));
  });

  it('does not turn plain numbers or ordinary words into terms', () => {
    const found = entities(analyzeArticle(articleOf(['The 2019 budget rose by 12 percent in the second quarter.'])), 'term').map((e) => e.text);
    expect(found).toEqual([]);
    // (Kinds of law capitalised in the plural name none; a named Bill stays one.)
    const bills = entities(analyzeArticle(articleOf(['The Forest Conservation Bill was one of the most debated Bills of the session, and two Acts were repealed.'])), 'term').map((e) => e.text);
    expect(bills).toEqual(['Forest Conservation Bill']);
  });
});

describe('brand names with an inner capital', () => {
  it('keeps YouTube and WhatsApp as terms, but not a Mc surname', () => {
    const found = entities(analyzeArticle(articleOf(['Though YouTube is complying, WhatsApp has refused, said Ronald McDonald.'])), 'term').map((e) => e.text);
    expect(found).toEqual(expect.arrayContaining(['YouTube', 'WhatsApp']));
    expect(found).not.toContain('McDonald');
  });

  it('keeps a name whose short form\'s letters open it ("XPoSat", "BHIm", "IndiaAI")', () => {
    const found = entities(analyzeArticle(articleOf(['ISRO launched XPoSat on Monday, and the ministry said IndiaAI would fund BHIm upgrades.'])), 'term').map((e) => e.text);
    expect(found).toEqual(expect.arrayContaining(['XPoSat', 'IndiaAI']));
    // (A run of capitals glued to a word is no name: "ISROChairman".)
    expect(entities(analyzeArticle(articleOf(['The ISROChairman spoke on Monday.'])), 'term').map((e) => e.text)).not.toContain('ISROChairman');
  });
});

describe('a demonym before a name that is not a title', () => {
  it('keeps "Chinese New Year" whole, but splits "Japanese Foreign Minister Fumio Kishida"', () => {
    const a = analyzeArticle(articleOf(['The lantern festival marks the end of the Chinese New Year celebrations in the city every spring.']));
    expect(entities(a, 'term').map((e) => e.text)).toContain('Chinese New Year');
    const b = analyzeArticle(articleOf(['Japanese Foreign Minister Fumio Kishida spoke in Tokyo.']));
    expect(entities(b, 'person').map((e) => e.canonical)).toContain('Fumio Kishida');
  });
});

describe('model numbers after a name', () => {
  it('joins a version, "Vibrant Villages Programme 2.0", "Mission Poshan 2.0", into the name, but not a figure', () => {
    const a = analyzeArticle(articleOf(['The Cabinet approved the Vibrant Villages Programme 2.0 on Friday.', 'Mission Poshan 2.0 was launched in 2021, when inflation was 2.0 per cent.']));
    const terms = a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'term').map((e) => e.text);
    expect(terms).toEqual(expect.arrayContaining(['Vibrant Villages Programme 2.0', 'Mission Poshan 2.0']));
    expect(a.sentences[1].entities.some((e) => e.cls === 'percent' && e.text === '2.0 per cent')).toBe(true);
  });

  it('joins "Internet Explorer 9", "Windows 10", "Apollo 11" into one term, but not a score', () => {
    const a = analyzeArticle(articleOf(['Microsoft released Internet Explorer 9 for Windows 10 users, decades after Apollo 11 landed, while Sweden defeated South Korea 1 – 0.']));
    const terms = entities(a, 'term').map((e) => e.text);
    expect(terms).toEqual(expect.arrayContaining(['Internet Explorer 9', 'Windows 10', 'Apollo 11']));
    expect(entities(a, 'place').map((e) => e.text)).toContain('South Korea');
    expect(entities(a, 'number').map((e) => e.text)).toEqual(expect.arrayContaining(['1', '0']));
  });
});

describe('names from another article style (The Hindu, RBI)', () => {
  it('reads "RBI Governor Shaktikanta Das" as a person with the office of RBI, and keeps "Reserve Bank of India" whole', () => {
    const a = analyzeArticle(articleOf(['The Reserve Bank of India kept the rate unchanged, said RBI Governor Shaktikanta Das on Friday.']));
    expect(people('The committee, headed by RBI Governor Shaktikanta Das, voted to keep the rate.')[0]).toMatchObject({ canonical: 'Shaktikanta Das', role: 'Governor of the Reserve Bank of India' });
    expect(entities(a, 'organisation').map((e) => e.text)).toContain('Reserve Bank of India');
  });

  it('reads an institution of many campuses, its short form and the campus city as one name ("IIT Delhi")', () => {
    for (const [text, canonical] of [
      ['The Indian Institute of Technology (IIT), Delhi is the best-ranked Indian institution in the survey.', 'IIT Delhi'],
      ['The All India Institute of Medical Sciences (AIIMS) Bhubaneswar opened a new ward on Monday.', 'AIIMS Bhubaneswar'],
      // (A short form ending on a small letter: "IISc".)
      ['Indian Institute of Science (IISc) Bengaluru is in the second spot followed by IIT Bombay.', 'IISc Bengaluru'],
    ]) {
      const orgs = analyzeArticle(articleOf([text])).sentences[0].entities.filter((e) => e.cls === 'organisation');
      expect(orgs.map((e) => e.canonical)).toContain(canonical);
    }
    // (A lone institute is named without its town: "the Institute of Nano Science and Technology (INST), Mohali".)
    const lone = analyzeArticle(articleOf(['The findings by researchers at the Institute of Nano Science and Technology (INST), Mohali, add to the concerns.'])).sentences[0].entities;
    expect(lone.map((e) => e.canonical)).not.toContain('INST Mohali');
  });

  it('reads "Editorial Director" as one title before a name, never the director of "Editorial"', () => {
    // (Nor a rank after an office as part of it: "Indian Army Chief General …" is the Chief.)
    const chief = analyzeArticle(articleOf(['Air Marshal Rao is a coursemate of Indian Army Chief General Anil Verma, officials said.'])).sentences[0].entities.find((e) => e.text === 'Anil Verma');
    expect(chief?.role).toBe('Chief of the Indian Army');
    const people = analyzeArticle(articleOf(['The Press Council’s Editorial Director Meena Rao stated that the rules would change in April.'])).sentences[0].entities.filter((e) => e.cls === 'person');
    expect(people.map((e) => [e.text, e.role])).toEqual([['Meena Rao', 'Editorial Director']]);
  });

  it('reads a military exercise by its name, never a person, apart from the words that describe it', () => {
    const of = (text: string) => analyzeArticle(articleOf([text])).sentences[0].entities.map((e) => [e.text, e.cls]);
    expect(of('Exercise Garuda Shakti has been held every year since 2012, alternating between India and Indonesia.')).toContainEqual(['Exercise Garuda Shakti', 'term']);
    expect(of('The 9th edition of India-Indonesia Joint Special Forces Exercise Garuda Shakti began at Jakarta on Monday.')).toContainEqual(['Garuda Shakti', 'term']);
  });

  it('reads an example of a kind of thing as that thing, never a person ("religions, such as Wicca")', () => {
    const wicca = analyzeArticle(articleOf(['Many neo-pagan religions, such as Wicca, use aspects of older faiths in their practice.'])).sentences[0].entities;
    expect(wicca.find((e) => e.text === 'Wicca')?.cls).toBe('term');
  });

  it('keeps a known body and where it is whole ("the Supreme Court of India"), never "of India" as a name', () => {
    for (const text of ['The Supreme Court of India has set a deadline for the States.', 'The Supreme Court of Bangladesh on Monday upheld the verdict.']) {
      const found = analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities.map((e) => e.text));
      expect(found[0]).toMatch(/^Supreme Court of (?:India|Bangladesh)$/);
      expect(found.some((t) => /^of\b/.test(t))).toBe(false);
    }
  });
});

describe('a description ending in an office', () => {
  it('keeps the place from "an Ottawa New Democrat MP" but not the description, and still finds "Stephen King"', () => {
    const a = analyzeArticle(articleOf(['Paul Dewar, an Ottawa New Democrat MP, said the lapses raise questions, as did the novelist Stephen King.']));
    expect(entities(a, 'place').map((e) => e.text)).toContain('Ottawa');
    expect(a.sentences[0].entities.map((e) => e.text)).not.toContain('Ottawa New Democrat MP');
    expect(entities(a, 'person').map((e) => e.text)).toContain('Paul Dewar');
    // Without "a" before it, a name ending in a title word is not treated as a description.
    expect(a.sentences[0].entities.map((e) => e.text)).toContain('Stephen King');
  });
});

describe('a sentence’s first word before "of"', () => {
  const texts = (...paragraphs: string[]) => analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities.filter((e) => e.cls !== 'date' && e.cls !== 'number').map((e) => e.text));

  it('is a common noun unless the article shows it is a name', () => {
    const found = texts('News of the police response to a boy’s clock has inspired a movement.', 'Results of NCLAN studies show that soybean is sensitive to ozone.', 'Reports of flooding in Assam reached Delhi.');
    expect(found).not.toContain('News');
    expect(found.some((t) => /^Results/.test(t))).toBe(false);
    expect(found).toContain('NCLAN');
    expect(found.some((t) => /^Reports/.test(t))).toBe(false);
  });

  it('but a body\'s head word before "of" and a capital opens its name ("Ministry of Statistics and Programme Implementation …")', () => {
    const found = texts('Ministry of Statistics and Programme Implementation (MoSPI) released the new series of national accounts on Friday.', 'Department of Telecommunications issued the new rules for operators on Monday.');
    expect(found).toEqual(expect.arrayContaining(['Ministry of Statistics and Programme Implementation', 'Department of Telecommunications']));
  });

  it('nor is a plural common noun before a preposition ("Teams from …", "Officials at …")', () => {
    const found = texts('Teams from Morocco and Iran had difficulties crossing the border.', 'Teams from Afghanistan arrived late.', 'Officials at the embassy in Kabul confirmed the visas.', 'Farmers in Punjab protested on Monday.');
    expect(found.some((t) => /^(?:Teams|Officials|Farmers)/.test(t))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['Morocco', 'Iran', 'Kabul', 'Punjab']));
    // (A place keeps its name: "Athens in 2004 hosted the Olympic Games".)
    expect(texts('Athens in 2004 hosted the Summer Olympic Games for the second time.')).toContain('Athens');
  });

  it('stays a name when the article capitalises it mid-sentence too, or it is a known name word', () => {
    const bank = texts('Bank of England officials met on Monday.', 'Rates were set by the Bank of England in May.');
    expect(bank).toContain('Bank of England');
    expect(texts('Prime Minister of Japan Shinzo Abe spoke.').join(' ')).toMatch(/Shinzo Abe/);
    expect(texts('Japan of all countries agreed.')).toContain('Japan');
  });
});

describe('words around a name that are no part of it', () => {
  const named = (...paragraphs: string[]) => analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities).map((e) => `${e.cls}:${e.text}`);

  it('a word that only ever opens a sentence is no term, however often it does', () => {
    const found = named('Retired commander Bhupesh Tater recalled the construction.', 'Retired commander Alok Bhagwat recounted his command of the ship.');
    expect(found.some((t) => /Retired/.test(t))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['person:Bhupesh Tater', 'person:Alok Bhagwat']));
  });

  it('a common noun\'s short form before a name ("the defence PSU Mazagon Dock Limited")', () => {
    expect(named('The destroyer was built by the defence PSU Mazagon Dock Limited in Mumbai.')).toContain('organisation:Mazagon Dock Limited');
    // (So is a missile's class before its name: "India's indigenously developed ICBM Agni-6".)
    expect(named('The missile tested on Wednesday is a variant of India’s indigenously developed ICBM Agni-6.')).toContain('term:Agni-6');
  });

  it('a dock or shipyard is a place, not a person', () => {
    expect(named('She was one of the most difficult projects undertaken at Mazgaon Dock at the time.')).toContain('place:Mazgaon Dock');
    expect(named('The frigate was launched at Garden Reach Shipyard on Friday.').some((t) => t.startsWith('person:'))).toBe(false);
  });
});

describe('a slip of the pen in a name the article writes right elsewhere', () => {
  it('is the same person, named as the article names them most', () => {
    const ents = analyzeArticle(articleOf(['Veteran actor Tom Alter died on Friday.', 'Tom Alter was 67.', 'Veteran theatre and film personality Tom Actor, 67, passed away at his residence on Saturday.']))
      .sentences.flatMap((s) => s.entities).filter((e) => e.text === 'Tom Actor');
    expect(ents.map((e) => [e.cls, e.canonical])).toEqual([['person', 'Tom Alter']]);
    // (Two people of one given name and unlike surnames stay two.)
    const two = analyzeArticle(articleOf(['Rahul Gandhi met Rahul Dravid in Delhi on Friday.', 'Rahul Gandhi praised Rahul Dravid.']))
      .sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.canonical);
    expect(new Set(two)).toEqual(new Set(['Rahul Gandhi', 'Rahul Dravid']));
  });
});

describe('a sporting title before a name', () => {
  it('is no part of the name ("two-time Olympian Jaspal Rana", "Grandmaster Viswanathan Anand")', () => {
    const people = analyzeArticle(articleOf(['She won the medal under her coach and two-time Olympian Jaspal Rana in Paris.', 'Grandmaster Viswanathan Anand congratulated her on Friday.']))
      .sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.text);
    expect(people).toEqual(['Jaspal Rana', 'Viswanathan Anand']);
  });
});

describe('Indian cities named alone', () => {
  it('knows the cities and sites of Indian current affairs', () => {
    const places = analyzeArticle(articleOf(['Surat in Gujarat was ranked the second cleanest city and Vijayawada in Andhra Pradesh was ranked third.', 'The satellite was launched from Sriharikota on Monday.']))
      .sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'place').map((e) => e.text);
    expect(places).toEqual(expect.arrayContaining(['Surat', 'Vijayawada', 'Sriharikota']));
  });
});

describe('names with a possessive inside', () => {
  const named = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);

  it('keeps a group of people owning the rest of a name in the name', () => {
    expect(named("The summit adopted the New Delhi Leaders' Declaration by consensus.")).toContainEqual(['term', "New Delhi Leaders' Declaration"]);
    expect(named('The Farmers’ Union protested outside the assembly in Chandigarh.')).toContainEqual(['organisation', 'Farmers’ Union']);
    expect(named("The People's Liberation Army held drills near Taiwan.")).toContainEqual(['organisation', "People's Liberation Army"]);
  });

  it('still splits a country from what it owns', () => {
    const found = named("Russia's Luna-25 spacecraft crashed into the Moon.");
    expect(found).toContainEqual(['place', 'Russia']);
    expect(found.map(([, t]) => t)).not.toContain("Russia's Luna-25");
  });

  it('keeps a one-word owner of a landmark\'s or a day\'s name in it, but not a country or a city', () => {
    expect(named("The highway runs through the strip of land called Chicken's Corridor near Siliguri.").map(([, t]) => t)).toContain("Chicken's Corridor");
    expect(named("Satellite images show the remains of Adam's Bridge between India and Sri Lanka.").map(([, t]) => t)).toContain("Adam's Bridge");
    const country = named("Tourists crowded Japan's Bay at dawn.").map(([, t]) => t);
    expect(country).toContain('Japan');
    expect(country).not.toContain("Japan's Bay");
  });

  it('reads an award ending in "Shri" or "Chakra" as a term, not a person', () => {
    expect(named('The Padma Shri awardee was felicitated in Pune on Monday.')).toContainEqual(['term', 'Padma Shri']);
    expect(named('Captain Vikram Batra was awarded the Param Vir Chakra posthumously.')).toContainEqual(['term', 'Param Vir Chakra']);
  });

  it('reads no person after an office word that ends a compound ("a five-judge Constitution Bench")', () => {
    expect(named('A five-judge Constitution Bench ruled on the matter on Monday.')).toContainEqual(['organisation', 'Constitution Bench']);
    expect(named('The petition was heard by a three-judge Special Bench in Chennai.')).not.toContainEqual(['person', 'Special Bench']);
  });

  it('knows the houses and bodies Indian news names in Hindi', () => {
    expect(named('The bill was passed by the Rajya Sabha on Thursday after a long debate.')).toContainEqual(['organisation', 'Rajya Sabha']);
    expect(named('The report was released by NITI Aayog in New Delhi on Monday.')).toContainEqual(['organisation', 'NITI Aayog']);
  });
});

describe('a surname alone, when two people share it', () => {
  it('stands for the one the article keeps naming, not a relative named once in passing', () => {
    const a = analyzeArticle(articleOf([
      'Justice Dhananjaya Chandrachud was sworn in as Chief Justice of India on Wednesday.',
      'Justice Chandrachud succeeds Justice Uday Lalit, who retired on Tuesday.',
      'His father, Justice Yeshwant Chandrachud, was the longest-serving Chief Justice of India.',
      'Justice Chandrachud was appointed a judge of the Supreme Court in May 2016.',
    ]));
    const last = a.sentences[3].entities.find((e) => e.text === 'Chandrachud');
    expect(last?.canonical).toBe('Dhananjaya Chandrachud');
  });

  it('is never the parent the same sentence names as "son of …"', () => {
    const a = analyzeArticle(articleOf([
      'BJP candidate Parvesh Verma won the New Delhi seat by 4,089 votes.',
      'Parvesh Verma secured 30,088 votes in all.',
      'Congress candidate Sandeep Dikshit came third.',
      'Verma, son of former Delhi Chief Minister Sahib Singh Verma, was twice an MP from West Delhi.',
    ]));
    expect(a.sentences[3].entities.find((e) => e.text === 'Verma')?.canonical).toBe('Parvesh Verma');
    const b = analyzeArticle(articleOf([
      'Actor Abhishek Bachchan launched the campaign on Monday.',
      'Abhishek Bachchan has starred in over 60 films.',
      'Bachchan, the son of the late poet Harivansh Rai Bachchan, spoke of his father.',
    ]));
    expect(b.sentences[2].entities.find((e) => e.text === 'Bachchan')?.canonical).toBe('Abhishek Bachchan');
  });

  it('is not a namesake named after it in its own sentence, nor, in the next, the one it was set against', () => {
    const a = analyzeArticle(articleOf([
      'Former chief minister Bhupinder Singh Hooda won from Garhi Sampla-Kiloi on Tuesday.',
      "Aam Aadmi Party's Bijender Hooda stood third with 1,188 votes.",
      'The seat is the stronghold of Congress veteran Bhupinder Singh Hooda.',
      'The 77-year-old leader has held it since 2005.',
      "Hooda won by a margin of 71,465 votes, defeating BJP's Manju Hooda.",
      '“The result is surprising for us,” Hooda said.',
    ]));
    const bare = a.sentences.flatMap((s) => s.entities).filter((e) => e.text === 'Hooda').map((e) => e.canonical);
    expect(bare).toEqual(['Bhupinder Singh Hooda', 'Bhupinder Singh Hooda']);
  });

  it('is not a namesake the article names only as someone\'s relative ("Gulzar\'s daughter, Meghna Gulzar")', () => {
    const a = analyzeArticle(articleOf([
      'Urdu poet and lyricist Gulzar has been named for the 58th Jnanpith Award.',
      'Gulzar has also directed films such as Aandhi and Mausam.',
      "Gulzar's daughter, Meghna Gulzar, is also a writer and director.",
    ]));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.text === 'Gulzar').map((e) => e.canonical)).toEqual(['Gulzar', 'Gulzar', 'Gulzar']);
  });

  it('is a person wherever it stands alone once a cue made it one ("superstar Mohanlal")', () => {
    const a = analyzeArticle(articleOf([
      'Malayalam superstar Mohanlal will be honoured with the Dadasaheb Phalke Award for 2023.',
      'Last year, actor Mithun Chakraborty was awarded the award for 2022.',
      'With a career spanning four decades, Mohanlal has acted in more than 400 films.',
      'He was honoured with the Padma Shri in 2001.',
    ]));
    expect(a.sentences[2].entities.find((e) => e.text === 'Mohanlal')?.cls).toBe('person');
  });

  it('after a title the analyser keeps with it ("PM Modi"), is the one the article names in full', () => {
    const a = analyzeArticle(articleOf([
      'Prime Minister Narendra Modi inaugurated the Chenab Rail Bridge in Jammu and Kashmir today.',
      'PM Modi also flagged off two Vande Bharat Express trains on Friday.',
      'The PM Kisan scheme gives farmers Rs 6,000 a year.',
    ]));
    expect(a.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => [e.text, e.canonical])).toEqual([['Modi', 'Narendra Modi']]);
    expect(a.sentences[2].entities.map((e) => e.text)).toContain('PM Kisan');
  });

  it('keeps the city of a post with the title, not the name ("Consul General Kolkata Barbara Voss")', () => {
    const a = analyzeArticle(articleOf(['German Consul General Kolkata Barbara Voss and Ambassador Eric Garcetti graced the inaugural function.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toContain('Barbara Voss');
    // (A city that is the name's own first word stays: "Minister Jaipur Singh Rathore" has no post city before a two-word name.)
    const b = analyzeArticle(articleOf(['Chief Minister Mohan Charan Majhi announced the scheme in Bhubaneswar.']));
    expect(b.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Mohan Charan Majhi']);
    // (Nor after a post no city holds: "former BJP MLA Kota Srinivasa Rao" is one name, a family's first.)
    const c = analyzeArticle(articleOf(['Veteran Telugu actor and former BJP MLA Kota Srinivasa Rao passed away on Sunday.']));
    expect(c.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Kota Srinivasa Rao']);
    const d = analyzeArticle(articleOf(['Former MP Kota Venkata Reddy joined the party on Monday.']));
    expect(d.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Kota Venkata Reddy']);
  });

  it('takes two spellings one letter apart, each written once, for one person, named as first written', () => {
    const a = analyzeArticle(articleOf([
      'The best actress award is tied: Nithya Menen won for the Tamil film Thiruchitrambalam.',
      'Nithya Menon and Manasi Parekh were selected for the best actress category.',
    ]));
    expect(a.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => e.canonical)).toEqual(['Nithya Menen', 'Manasi Parekh']);
  });

  it('takes a given name spelt two ways ("Preeti Sudan", later "Preety Sudan") for one person, never two names ("Rajesh Kumar", "Ramesh Kumar")', () => {
    const a = analyzeArticle(articleOf([
      'The post of UPSC chairman fell vacant after the completion of Preeti Sudan’s tenure on April 29.',
      'Dr Kumar replaces Preety Sudan, who completed her tenure as UPSC Chairman on April 29, 2025.',
      'Officers Rajesh Verma and Ramesh Verma were transferred.',
      'Minister Pooja Rao met the delegation on Monday.',
      'Later Puja Rao left for Delhi.',
    ]));
    const people = (i: number) => a.sentences[i].entities.filter((e) => e.cls === 'person').map((e) => e.canonical);
    expect(people(1)).toContain('Preeti Sudan');
    expect(people(2)).toEqual(['Rajesh Verma', 'Ramesh Verma']);
    expect(people(4)).toEqual(['Pooja Rao']);
  });

  it('reads a best film and a subtitle after a colon as works, no people ("Sardar Udham, which was named Best Hindi Film", "Rocketry: The Nambi Effect")', () => {
    expect(people('Gangubai Kathiawadi and Sardar Udham, which was named Best Hindi Film, also won several awards.').map((p) => p.text)).not.toContain('Sardar Udham');
    const subtitled = people('Rocketry: The Nambi Effect was awarded Best Film.', 'Last year Ajay Devgn won the prize for Tanhaji: The Unsung Warrior.').map((p) => p.text);
    expect(subtitled).toContain('Ajay Devgn');
    expect(subtitled.filter((t) => /Nambi|Unsung/.test(t))).toEqual([]);
    // (A person who won a best actor prize is still one.)
    expect(people('Allu Arjun was named Best Actor for the blockbuster Pushpa.').map((p) => p.text)).toEqual(['Allu Arjun']);
  });

  it('reads the last word of a portfolio listed with commas as no part of its holder\'s name ("Minister for Energy, Water Resources, and Irrigation Shakti Bahadur Basnet")', () => {
    expect(people('The agreement was inked in the presence of Nepalese Minister for Energy, Water Resources, and Irrigation Shakti Bahadur Basnet during a meeting.').map((p) => p.text)).toEqual(['Shakti Bahadur Basnet']);
    expect(people('The event was attended by Minister of Fisheries, Animal Husbandry, and Dairying Rajiv Ranjan Singh on Monday.').map((p) => p.text)).toContain('Rajiv Ranjan Singh');
  });

  it('reads one name before "of the" and a party as its member, apart from it ("Atishi of the Aam Aadmi Party (AAP) was sworn in")', () => {
    const a = analyzeArticle(articleOf(['AAP leader Atishi has officially taken the oath of office as the Chief Minister of Delhi.', 'Atishi of the Aam Aadmi Party (AAP) was sworn in as the Chief Minister of Delhi, making her the third woman to hold this position.']));
    const got = a.sentences[1].entities.map((e) => [e.cls, e.text]);
    expect(got).toContainEqual(['organisation', 'Aam Aadmi Party']);
    expect(got.some(([, t]) => t.startsWith('Atishi of'))).toBe(false);
    // (A body "of" a party stays whole: "Youth Wing of the Congress Party" is no person.)
    expect(people('The Youth Wing of the Congress Party held a protest on Monday.')).toEqual([]);
  });

  it('reads a title and one everyday word after "the" as no one ("into the Executive Branch of the Indian Navy")', () => {
    expect(people('Admiral R Hari Kumar was commissioned on 1 January 1983 into the Executive Branch of the Indian Navy.').map((p) => p.text)).toEqual(['R Hari Kumar']);
    expect(people('He joined the Executive Branch in 1983.')).toEqual([]);
    // (A name after a title with no "the" is still a person: "President Bush said …".)
    expect(people('President Bush said the talks went well.').map((p) => p.text)).toEqual(['Bush']);
  });

  it('reads an honour written before a title as no part of the name ("Padma Shri Dr R Ravi Kannan")', () => {
    expect(people('Noted oncologist Padma Shri Dr R Ravi Kannan has been honoured with the Ramon Magsaysay Award.').map((p) => p.text)).toEqual(['R Ravi Kannan']);
    expect(people('The event was attended by Padma Bhushan Dr Anil Kakodkar and others.').map((p) => p.text)).toEqual(['Anil Kakodkar']);
  });

  it('takes the last two words of one longer name the article gives for that person ("Sharma Oli" after "KP Sharma Oli")', () => {
    const a = analyzeArticle(articleOf([
      'The interim government was formed after the resignation of Prime Minister KP Sharma Oli this week.',
      'Sharma Oli was forced to resign after the protests.',
    ]));
    expect(a.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => e.canonical)).toEqual(['KP Sharma Oli']);
    const b = analyzeArticle(articleOf([
      'Former deputy chief minister Sushil Kumar Modi was remembered by Bihar leaders on Monday.',
      'Kumar Modi had served the state for decades.',
    ]));
    expect(b.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => e.canonical)).toEqual(['Sushil Kumar Modi']);
    // (Two longer names ending so: which one, the text does not say.)
    const c = analyzeArticle(articleOf([
      'Rajesh Kumar Sharma and Anil Kumar Sharma were named to the panel on Monday.',
      'Kumar Sharma will chair its first meeting.',
    ]));
    expect(c.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => e.canonical)).not.toContain('Rajesh Kumar Sharma');
  });

  it('reads two unknown capitalised words opening with an adjective as no person ("Traditional Gong")', () => {
    const a = analyzeArticle(articleOf(['The festival opened with the sounding of Traditional Gong by Governor La Ganesan, and Clive Lloyd and Chaudhary Charan Singh were remembered.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['La Ganesan', 'Clive Lloyd', 'Chaudhary Charan Singh']);
  });

  it('reads "a Bench of Justices X and Y" as a body and two people', () => {
    const a = analyzeArticle(articleOf(['A special Bench of Justices Anil Kilor and Shyam Chandak of the Bombay High Court said the prosecution had failed.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Anil Kilor', 'Shyam Chandak']);
  });

  it('reads the title after a kind of work as the work, never a person ("her Kashmiri novel Psychiatric Ward")', () => {
    const a = analyzeArticle(articleOf(['Other winners include Sohan Kaul for her Kashmiri novel Psychiatric Ward and Aron Raja for his Bodo book Swrni Thakhai.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Sohan Kaul', 'Aron Raja']);
  });

  it('reads a body\'s "X of Y for Z" whole ("the Court of Arbitration for Sport"), but not "for" a time after it', () => {
    const a = analyzeArticle(articleOf(['The fate of Vinesh Phogat hangs in the balance as the Court of Arbitration for Sport considers her appeal.', 'The Ministry of Finance for the first time released the data.']));
    const bodies = a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'organisation').map((e) => e.text);
    expect(bodies).toEqual(['Court of Arbitration for Sport', 'Ministry of Finance']);
  });

  it('reads a craft or goods named with their kind as no person ("Sarthebari Metal Craft", "Mising Handloom Products")', () => {
    const a = analyzeArticle(articleOf(['The list includes Sarthebari Metal Craft, Mising Handloom Products and Pani Mateka Craft, as well as Kutch Embroidery.']));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.text)).toEqual([]);
  });

  it('reads a title set off by a comma after "a … story" or "his … novel" as the work, not "In the film, Khan …"', () => {
    const a = analyzeArticle(articleOf([
      'Over three decades ago, he wrote a Marathi science fiction story, Athenscha Plague (The Plague in Athens), which resurfaced during the pandemic.',
      'Her second novel, Mati Manas, won the Sahitya Akademi award in 1999.',
      'In the film, Shah Rukh Khan plays a soldier who returns home.',
    ]));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Shah Rukh Khan']);
  });

  it('reads the title after a film or show called by its kind as the work ("the 1983 cult classic Jaane Bhi Do Yaaro", "the sitcom Sarabhai vs Sarabhai")', () => {
    const a = analyzeArticle(articleOf([
      'He rose to prominence with his role in the 1983 cult classic Jaane Bhi Do Yaaro and later starred in the sitcom Sarabhai Vs Sarabhai.',
      'She made her debut in the 1975 blockbuster Sholay Kumari and played the lead in the biopic Mary Kom Singh.',
    ]));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person')).toEqual([]);
  });

  it('reads a designation a place is given as no person ("two new Ramsar Sites", "the Ramsar tag")', () => {
    const a = analyzeArticle(articleOf(['Two wetlands from Bihar have received the Ramsar tag.', 'This brings the total to 93 Ramsar Sites, the minister said.']));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person')).toEqual([]);
  });

  it('reads an office of several holders, in the plural, as no name ("Chief Ministers of Assam and Meghalaya Himanta Biswa Sarma and Conrad Sangma")', () => {
    const a = analyzeArticle(articleOf(['The agreement was signed in the presence of Shah by Chief Ministers of Assam and Meghalaya Himanta Biswa Sarma and Conrad Sangma respectively.', 'The pact was welcomed by Governors of Kerala and Goa on Monday.']));
    const all = a.sentences.flatMap((s) => s.entities);
    expect(all.filter((e) => /Ministers|Governors/.test(e.text))).toEqual([]);
    expect(all.filter((e) => e.cls === 'person').map((e) => e.canonical)).toEqual(expect.arrayContaining(['Himanta Biswa Sarma', 'Conrad Sangma']));
  });

  it('reads a Spanish name by its middle two words and its father’s surname ("Veronica Michelle Bachelet Jeria" … "Michelle Bachelet" … "Bachelet")', () => {
    const a = analyzeArticle(articleOf([
      'Former President of Chile Veronica Michelle Bachelet Jeria was awarded the prize on Monday.',
      'The prize is awarded to Her Excellency Michelle Bachelet for her work.',
      'Bachelet later returned to Chile and became the country’s first female president.',
    ]));
    const people = a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.canonical);
    expect(new Set(people)).toEqual(new Set(['Veronica Michelle Bachelet Jeria']));
  });

  it('reads a short form and its count in a list of tallies as the body alone ("the BJP won 50, LDF 29, UDF 19 and two …")', () => {
    const a = analyzeArticle(articleOf(['Of the 101 wards in Thiruvananthapuram Corporation, the BJP won 50, LDF 29, UDF 19 and two by independent candidates.']));
    const texts = a.sentences[0].entities.map((e) => e.text);
    expect(texts).toContain('LDF');
    expect(texts).toContain('UDF');
    expect(texts.filter((t) => /^[LU]DF \d/.test(t))).toEqual([]);
    // (A name with its number, not in a list of tallies, keeps it: "Windows 11", "Agni 5".)
    expect(analyzeArticle(articleOf(['India successfully test-fired the Agni 5 missile from Odisha on Monday.'])).sentences[0].entities.map((e) => e.text)).toContain('Agni 5');
  });

  it('reads a reserve and ships as no person, and two names a dash joins before a head word as one', () => {
    const a = analyzeArticle(articleOf([
      'Guru Ghasidas - Tamor Pingla Tiger Reserve of Chhattisgarh is contiguous with the Sanjay Dubri Tiger Reserve in Madhya Pradesh.',
      'The exercise will see Russian Federation Naval Ships along with Indian Naval Ships Rana and Kuthar.',
      'India - Pakistan ties have been tense since 2019.',
    ]));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person')).toEqual([]);
    expect(a.sentences[0].entities.map((e) => e.text)).toContain('Guru Ghasidas - Tamor Pingla Tiger Reserve of Chhattisgarh');
    expect(a.sentences[2].entities.map((e) => e.text)).toEqual(['India', 'Pakistan', '2019']);
  });

  it('reads a train named for its two ends, an en dash between, as one name ("Sairang–Kolkata Express")', () => {
    const a = analyzeArticle(articleOf(['The Prime Minister also flagged off the Sairang–Kolkata Express and the Howrah – Puri Shatabdi Express on Saturday.']));
    const texts = a.sentences[0].entities.map((e) => e.text);
    expect(texts).toContain('Sairang–Kolkata Express');
    expect(texts).toContain('Howrah – Puri Shatabdi Express');
  });

  it('reads a work of infrastructure as no person ("Udhampur-Srinagar-Baramulla Rail Link")', () => {
    const a = analyzeArticle(articleOf(['These mark the completion of the 272-km Udhampur-Srinagar-Baramulla Rail Link, and the Delhi-Meerut Expressway opened on Monday.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person')).toEqual([]);
  });

  it('stands for the namesake just named, however often the story named the other', () => {
    const a = analyzeArticle(articleOf([
      'Finance Minister Nirmala Sitharaman presented the Budget on Saturday.',
      'Sitharaman said the fiscal deficit would be 4.4 per cent.',
      'Sitharaman also announced a new tax regime.',
      'Her predecessor Arun Jaitley had first proposed it. Opposition leader Mallikarjun Sitharaman, no relation, criticised it on Sunday.',
      'In a post on X, Sitharaman called the Budget anti-poor.',
    ]));
    expect(a.sentences.at(-1)!.entities.find((e) => e.text === 'Sitharaman')?.canonical).toBe('Mallikarjun Sitharaman');
  });

  it('reads "Vice-President" before a name as an office, so the name is a person', () => {
    const named = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(named('Congress Vice-President Rahul Gandhi addressed a rally in Wayanad on Friday.')).toContainEqual(['person', 'Rahul Gandhi']);
    expect(named('Lieutenant-General Manoj Pande took over as Army chief on Saturday.')).toContainEqual(['person', 'Manoj Pande']);
  });

  it('stands for the namesake named two sentences back, where the sentence between names no bearer', () => {
    const a = analyzeArticle(articleOf([
      'Senior Superintendent of Police Rajesh Kumar Singh said 23 of the dead were women.',
      'UP chief secretary Manoj Kumar Singh put the death toll at 116. Barring seven children, the dead are all women. Singh said 72 have been identified so far.',
    ]));
    expect(a.sentences.at(-1)!.entities.find((e) => e.text === 'Singh')?.canonical).toBe('Manoj Kumar Singh');
    // (Three sentences back is too far: which one is meant is not said.)
    const far = analyzeArticle(articleOf([
      'Senior Superintendent of Police Rajesh Kumar Singh said 23 of the dead were women.',
      'UP chief secretary Manoj Kumar Singh put the death toll at 116. Barring seven children, the dead are all women. Most came from Etah. Singh said 72 have been identified so far.',
    ]));
    expect(far.sentences.at(-1)!.entities.find((e) => e.text === 'Singh')?.canonical).not.toBe('Manoj Kumar Singh');
  });

  it('stands for the latest one when both are named as often', () => {
    const a = analyzeArticle(articleOf(['Sonia Gandhi spoke first in Jaipur on Monday.', 'Rahul Gandhi spoke after her in Jaipur.', 'Gandhi thanked the crowd in Jaipur.']));
    expect(a.sentences[2].entities.find((e) => e.text === 'Gandhi')?.canonical).toBe('Rahul Gandhi');
  });
});

describe('names the analyser would split', () => {
  const named = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text, e.canonical]);

  it('leave a military rank written without its dot off the name', () => {
    const pande = named('Lt Gen Manoj Pande will take over from Gen Naravane on May 1.');
    expect(pande).toContainEqual(['person', 'Manoj Pande', 'Manoj Pande']);
    expect(pande.map(([, t]) => t)).toContain('Naravane');
    // A given name that is also a word of an office's name ("Panchayati Raj") still opens a name.
    expect(named('Lt Gen Raj Shukla retired on March 31.')).toContainEqual(['person', 'Raj Shukla', 'Raj Shukla']);
  });

  it('are put together again where a bracketed acronym spells them', () => {
    const usgs = named('The epicentre was near the town, according to the United States Geological Survey (USGS).');
    expect(usgs).toContainEqual(['term', 'United States Geological Survey', 'United States Geological Survey']);
    // (Read whole now, a country's name before a survey's: its bare short form stays its own, as
    // "(GWRI)" of a name already whole does.)
    expect(usgs.map(([, t]) => t)).toContain('USGS');
    // (A company's legal ending, which its short form leaves out, and a short form quoted in its brackets.)
    const tsat = named('Tata Semiconductor Assembly and Test Pvt Ltd (“TSAT”) will set up a semiconductor unit in Morigaon, Assam.');
    expect(tsat).toContainEqual(['organisation', 'Tata Semiconductor Assembly and Test Pvt Ltd', 'Tata Semiconductor Assembly and Test Pvt Ltd']);
    expect(named('Reliance Industries Ltd (RIL) and Tata Motors Ltd signed a deal.').map(([, t]) => t)).toEqual(['Reliance Industries Ltd', 'RIL', 'Tata Motors Ltd']);
    const msme = named('The Ministry of Micro, Small and Medium Enterprises (MSME) is the nodal ministry for the scheme.');
    expect(msme).toContainEqual(['organisation', 'Ministry of Micro, Small and Medium Enterprises', 'Ministry of Micro, Small and Medium Enterprises']);
    // Names already whole, and acronyms of one of several names, are left as they are.
    expect(named('India and the United States (US) signed a deal.').map(([, t]) => t)).toEqual(['India', 'United States', 'US']);
    // A name in quotes before its acronym, "in" between its words.
    const merite = named("The Cabinet cleared the 'Multidisciplinary Education and Research Improvement in Technical Education' (MERITE) scheme.");
    expect(merite).toContainEqual(['term', 'Multidisciplinary Education and Research Improvement in Technical Education', 'Multidisciplinary Education and Research Improvement in Technical Education']);
    // An owner's mark before the bracket is no part of the name.
    const esa = named('The rocket carried the European Space Agency’s (ESA) Proba-5 mission into orbit.');
    expect(esa.map(([, t]) => t)).toContain('European Space Agency');
    expect(esa.map(([, t]) => t)).not.toContain('European Space Agency’s');
    // One word of the name written small, where with it the initials spell the short form whole.
    const isro = named('The launch comes four months after the Indian space Research Organisation’s (ISRO) mission ended in a rare failure.');
    expect(isro).toContainEqual(['organisation', 'Indian space Research Organisation', 'Indian Space Research Organisation']);
    expect(named('The Indian army Signals Corps (ASC) took part.').map(([, t]) => t)).not.toContain('Indian army Signals Corps');
  });

  it('are put together again where an acronym after a comma spells them, after a hyphen too', () => {
    const scheme = named('Funds go to 40 units under the sub-scheme-Agro Processing Clusters and Backward Linkages, APCBL.');
    expect(scheme).toContainEqual(['term', 'Agro Processing Clusters and Backward Linkages', 'Agro Processing Clusters and Backward Linkages']);
    // A list of short forms is no acronym of the names before it.
    expect(named('He met the leaders of India, Japan, USA.').map(([, t]) => t)).toEqual(['India', 'Japan', 'USA']);
  });

  it('read a name, its bracketed acronym and the kind of scheme after it as one name', () => {
    const pvtg = named('Modi launched the Pradhan Mantri Particularly Vulnerable Tribal Groups (PVTG) Development Mission from Khunti district.');
    expect(pvtg.map(([, t]) => t)).toContain('Pradhan Mantri Particularly Vulnerable Tribal Groups (PVTG) Development Mission');
    // A body and its acronym before a title stay apart from the title.
    expect(named('The Reserve Bank of India (RBI) Governor said rates would stay.').map(([, t]) => t)).toContain('Reserve Bank of India');
  });

  it('read a tax or a body with an "and" in its name as one, unless inside a longer name', () => {
    // A word said once, joined by "and" to a name kept just before it, is of its kind.
    expect(named('The leaders met in Kathmandu. The two sides agreed to establish sister city relations between Lumbini and Kushinagar. Lumbini is the birthplace of Lord Buddha.').map(([, t]) => t)).toContain('Kushinagar');
    // (Of a place's kind, but never a country's: every country is one the lexicon knows.)
    const landfall = analyzeArticle(articleOf(['Cyclone Remal made landfall between Sagar Island in India and Khepupara near Mongla in Bangladesh.'])).sentences.flatMap((s) => s.entities).find((e) => e.text === 'Khepupara');
    expect(landfall?.cls).toBe('place');
    expect(landfall?.placeKind).not.toBe('country');
    // Two terms joined by "and" where the second is a body of rules: one name.
    expect(named('The bench approved the Telangana Medical and Dental Colleges Admission Rules, 2017.').map(([, t]) => t)).toContain('Telangana Medical and Dental Colleges Admission Rules');
    // (Its first half one word the analyser took for a body, as "Immigration Bureau" elsewhere made it.)
    expect(named('The Immigration Bureau already exists, the minister said. The Immigration and Foreigners Bill, 2025 was passed in Lok Sabha on March 27.').map(([, t]) => t)).toContain('Immigration and Foreigners Bill');
    // A name that ends on its own acronym: the name, and its short form.
    const plb = named('The Cabinet approved payment of Productivity Linked Bonus PLB of 78 days to railway employees.');
    expect(plb).toContainEqual(['term', 'Productivity Linked Bonus', 'Productivity Linked Bonus']);
    expect(plb).toContainEqual(['term', 'PLB', 'Productivity Linked Bonus']);
    // A sanctuary or a reservoir is a place, not a person.
    expect(named('The new sites are Kazhuveli Bird Sanctuary in Tamil Nadu and Tawa Reservoir in Madhya Pradesh.').filter(([c]) => c === 'person')).toEqual([]);
    // A festival is no person.
    expect(named('The bonus is paid before the Durga Puja holidays every year.').map(([c, t]) => [c, t])).toContainEqual(['term', 'Durga Puja']);
    expect(named('Gross Goods and Services Tax collections rose 12.4 per cent in April.').map(([c, t]) => [c, t])).toContainEqual(['term', 'Goods and Services Tax']);
    expect(named('The Defence Research and Development Organisation tested the missile.').map(([, t]) => t)).toContain('Defence Research and Development Organisation');
  });

  it('keep an "and" inside the name of a body, and split two names joined by one', () => {
    expect(named('The Ministry of Science and Technology released the report.')).toContainEqual(['organisation', 'Ministry of Science and Technology', 'Ministry of Science and Technology']);
    expect(named('The scheme was launched at the India International Convention and Expo Centre in New Delhi.').map(([, t]) => t)).toEqual(['India International Convention and Expo Centre', 'New Delhi']);
    expect(named('He studied at Oxford University and Harvard Business School.').map(([, t]) => t)).toEqual(['Oxford University', 'Harvard Business School']);
    expect(named('The Ministry of Home Affairs and Prime Minister Narendra Modi met.').map(([, t]) => t)).toEqual(['Ministry of Home Affairs', 'Narendra Modi']);
    expect(named('India and Japan signed the pact in Tokyo.').map(([, t]) => t)).toEqual(['India', 'Japan', 'Tokyo']);
  });

  it('read an office "of" a body, with no name after it, as the body alone', () => {
    expect(named('Before that, he served as the Chief Justice of the Allahabad High Court from October 2013.').map(([c, t]) => [c, t])).toContainEqual(['organisation', 'Allahabad High Court']);
    expect(named('The Governor of the Reserve Bank of India spoke in Mumbai on Friday.').map(([, t]) => t)).toContain('Reserve Bank of India');
    // A title with a name after it is still the person's.
    expect(named('Foreign Minister Fumio Kishida met Secretary of State John Kerry in Tokyo.').map(([c, t]) => [c, t])).toContainEqual(['person', 'John Kerry']);
  });

  it('read a state before a title as the office\'s owner, but not a state university', () => {
    expect(named('Kerala Chief Minister Pinarayi Vijayan met the Prime Minister.').map(([c, t]) => [c, t])).toEqual([['place', 'Kerala'], ['person', 'Pinarayi Vijayan']]);
    expect(named('A team from Colorado State University of the US analysed the data.').map(([, t]) => t)).toContain('Colorado State University');
  });

  it('read telescopes and craft as things and exchanges as bodies, not people', () => {
    expect(named("NASA's James Webb Space Telescope could be used to study the planet's surface.")).toContainEqual(['term', 'James Webb Space Telescope', 'James Webb Space Telescope']);
    expect(named('Farmers may now bypass the Nairobi Coffee Exchange when they sell.')).toContainEqual(['organisation', 'Nairobi Coffee Exchange', 'Nairobi Coffee Exchange']);
  });

  it('read the capitalised words before a lower-case "party" as the party\'s name', () => {
    expect(named('The ruling Georgian Dream party says the law is needed.').map(([c, t]) => [c, t])).toEqual([['organisation', 'Georgian Dream']]);
    expect(named('He joined the Labour party in 1990 in London.').map(([c, t]) => [c, t])).toContainEqual(['organisation', 'Labour']);
    // A people alone is no party name, nor an adjective ("the BJP-led alliance").
    expect(named('The Russian party delegation arrived in Tokyo.').map(([, t]) => t)).not.toContain('Russian party');
    expect(named('Members of the BJP-led alliance met in New Delhi.').map(([, t]) => t)).not.toContain('BJP-led');
  });

  it('read no term into an everyday word capitalised in a nickname or a label ("the Men in Blue", "in Turn 3")', () => {
    const found = named('The Men in Blue took a 20-4 lead in Turn 1 and never looked back. The Women in Blue added 28 points in Turn 3 to seal the final.').map(([, t]) => t);
    expect(found).not.toContain('Blue');
    expect(found).not.toContain('Turn');
  });

  it('read a faction\'s qualifier in brackets as part of the party\'s name ("Janata Dal (Secular)")', () => {
    const found = named('The Shiv Sena (UBT) won nine seats and the Janata Dal (United) 12, while the Rashtriya Lok Dal (RLD) won two.').map(([c, t]) => [c, t]);
    expect(found).toContainEqual(['organisation', 'Shiv Sena (UBT)']);
    expect(found).toContainEqual(['organisation', 'Janata Dal (United)']);
    // (Not a party's own short form in brackets.)
    expect(found).toContainEqual(['organisation', 'Rashtriya Lok Dal']);
  });

  it('read a faction\'s short form without brackets as part of the name, and a tally after a party as no part of it', () => {
    const found = named('Shiv Sena UBT won 20 seats, 16 by Congress, NCP-SP 10 and Samajwadi Party 2 seats.').map(([, t]) => t);
    expect(found).toContain('Shiv Sena UBT');
    expect(found).toContain('Samajwadi Party');
    expect(found.join('|')).not.toMatch(/Party 2|SP 10/);
    // (Not another party's short form: "the Congress BJP rivalry".)
    expect(named('The Congress BJP rivalry goes on in the state.').map(([, t]) => t)).toEqual(expect.arrayContaining(['Congress', 'BJP']));
    // (A model number still ends a name.)
    expect(named('Internet Explorer 9 users were asked to upgrade.').map(([, t]) => t)).toContain('Internet Explorer 9');
  });

  it('read an honorific\'s letters in capitals as initials ("MS Swaminathan"), "Ms" as the honorific', () => {
    const kinds = (text: string) => named(text).map(([c, t]) => [c, t]);
    expect(kinds('Agricultural scientist MS Swaminathan was honoured with the Bharat Ratna.')).toContainEqual(['person', 'MS Swaminathan']);
    expect(kinds('The award went to MS Dhoni in Chennai.')).toContainEqual(['person', 'MS Dhoni']);
    expect(kinds('Ms Priya Sharma spoke at the event in Delhi.')).toContainEqual(['person', 'Priya Sharma']);
    // (Also where the article spells the initials apart: "MR Srinivasan" is no "Mr Srinivasan".)
    expect(people('Former chairman of the commission, MR Srinivasan, died on Tuesday.', 'The family mourned Dr M R Srinivasan, its head.').map((p) => [p.canonical, p.role])).toContainEqual(['MR Srinivasan', undefined]);
    // (One person, however the initials are spaced: a bare surname later is theirs, not two people's.)
    expect(people('Former chairman of the commission, MR Srinivasan, died on Tuesday.', 'The family mourned Dr M R Srinivasan, its head.', 'It said Srinivasan joined the department in 1955.').map((p) => p.canonical)).toEqual(['MR Srinivasan', 'MR Srinivasan', 'MR Srinivasan']);
  });

  it('read a figure glued to capitals ("3D", "4G") as a word of a name, no number', () => {
    const kinds = (text: string) => named(text).map(([c, t]) => [c, t]);
    expect(kinds('The building was built using 3D Concrete Printing Technology.')).toEqual([['term', '3D Concrete Printing Technology']]);
    expect(kinds('The operator launched its 4G Plus Network in Delhi on Monday.')).toContainEqual(['organisation', '4G Plus Network']);
    expect(kinds('The company rolled out 5G services in 50 cities.').map(([, t]) => t)).toEqual(['50']);
    // (Nor a law's numbering: "Section 6A" stays as it was read.)
    expect(kinds('The court upheld Section 6A of the Citizenship Act.').map(([, t]) => t)).toContain('Section 6A');
    // (Not a figure before a word: "3 Days", "12 Angry Men".)
    expect(kinds('The festival ran for 3 Days in March.').map(([, t]) => t)).toContain('3 Days');
  });

  it('read an "in" inside a company\'s registered name ("Advanced System in Package Technologies Pvt Ltd") as part of it', () => {
    const kinds = (text: string) => named(text).map(([c, t]) => [c, t]);
    expect(kinds('The plant will be set up by Advanced System in Package Technologies Pvt Ltd with an investment of Rs 468 crore.')).toContainEqual(['organisation', 'Advanced System in Package Technologies Pvt Ltd']);
    // (An "in" before a place stays a place's: no company's name ends there.)
    expect(kinds('The plant will be set up by Tata Electronics in Gujarat with an investment of Rs 91,000 crore.').map(([, t]) => t)).toEqual(expect.arrayContaining(['Tata Electronics', 'Gujarat']));
  });

  it('read a trade after a name\'s closing initial ("Bineesh K. K Scientist") as no part of the name', () => {
    const kinds = (text: string) => named(text).map(([, t]) => t);
    expect(kinds('The team was led by Bineesh K. K Scientist at the Marine Biology Regional Centre.')).not.toContainEqual(expect.stringMatching(/Scientist/));
  });

  it('read the plural of a name a thing is called by ("Bima Sakhis" beside the "Bima Sakhi Yojana") as no person', () => {
    const found = people("Prime Minister Narendra Modi launched the 'Bima Sakhi Yojana' from Panipat on Monday.", 'Bima Sakhis will also get the benefit of commission.');
    expect(found.map((p) => p.canonical)).not.toContain('Bima Sakhis');
  });

  it('read a sentence\'s first word that says what became of someone ("Retired Punjab cadre IAS officer …") as no part of a name', () => {
    const kinds = (text: string) => named(text).map(([, t]) => t);
    expect(kinds('Retired Punjab cadre IAS officer Arun Goel on Monday assumed the office of election commissioner.')).not.toContain('Retired Punjab');
  });

  it('read a surname before the kin who share it ("the Ruia brothers") as none of them', () => {
    expect(people('Industrialist Anil Mehta died on Monday.', 'The group was founded by the Mehta brothers in 1969.').map((p) => p.text)).toEqual(['Anil Mehta']);
    expect(people('Industrialist Anil Mehta died on Monday.', 'The Mehta family owns the firm.').map((p) => p.text)).toEqual(['Anil Mehta']);
  });

  it('read a bill\'s name with its edition in brackets without the sentence\'s opening "The"', () => {
    const kinds = (text: string) => named(text).map(([c, t]) => [c, t]);
    expect(kinds('The Waqf (Amendment) Bill was passed by the Lok Sabha on Thursday.')).toContainEqual(['term', 'Waqf (Amendment) Bill']);
    expect(kinds('Parliament passed the Bharatiya Nyaya (Second) Sanhita on Wednesday.')).toContainEqual(['term', 'Bharatiya Nyaya (Second) Sanhita']);
    // (A place with "and" in it stays inside a quoted title: "‘The Order of the Republic of Trinidad and Tobago’".)
    expect(kinds('Modi was conferred with ‘The Order of the Republic of Trinidad and Tobago’ on Friday.')).toContainEqual(['term', 'The Order of the Republic of Trinidad and Tobago']);
    // (Two aims in the brackets, and the amendment after them.)
    expect(kinds('The Lok Sabha on Wednesday passed the Oilfields (Regulation and Development) Amendment Bill, 2024, which delinks petroleum from mining.')).toContainEqual(['term', 'Oilfields (Regulation and Development) Amendment Bill, 2024']);
    expect(kinds('The Mines and Minerals (Development and Regulation) Act was amended in 2023.')).toContainEqual(['term', 'Mines and Minerals (Development and Regulation) Act']);
    // (Small words inside the name, and a state's amendment in the brackets.)
    expect(kinds('The State government enacted the Prevention of Cruelty to Animals (Tamil Nadu Amendment) Act in 2017.')).toContainEqual(['term', 'Prevention of Cruelty to Animals (Tamil Nadu Amendment) Act']);
    expect(kinds('The Protection of Children from Sexual Offences Act was amended in 2019.')).toContainEqual(['term', 'Protection of Children from Sexual Offences Act']);
  });

  it('read a Dutch or German place particle as part of a place\'s name ("Wijk aan Zee", "Frankfurt am Main")', () => {
    const kinds = (text: string) => named(text).map(([c, t]) => [c, t]);
    expect(kinds('Gukesh lost the final played in Wijk aan Zee, Netherlands on Sunday.')).toContainEqual(['place', 'Wijk aan Zee']);
    expect(kinds('The fair opened in Frankfurt am Main on Tuesday.')).toContainEqual(['place', 'Frankfurt am Main']);
    // (A surname's particle still makes a person: "Vincent van Gogh".)
    expect(kinds('The painter Vincent van Gogh lived in Arles.')).toContainEqual(['person', 'Vincent van Gogh']);
  });

  it('read a quoted title in capitals as one name, however long, and "India-initiated" as no name of India\'s', () => {
    const found = named("The exercise runs under the vision called MAHASAGAR or 'Mutual and Holistic Advancement for Security and Growth Across Regions' for the Global South.").map(([, t]) => t);
    expect(found).toContain('Mutual and Holistic Advancement for Security and Growth Across Regions');
    expect(found).not.toContain('Holistic Advancement');
    // (A quoted clause in capitals is still speech: "'We Will Win This Fight Together'" has a verb.)
    expect(named("The crowd chanted 'We Will Win This Fight Together Again' outside.").map(([, t]) => t)).not.toContain('We Will Win This Fight Together Again');
  });

  it('read a month\'s short form inside a name as part of it ("Pradhan Mantri Jan Dhan Yojana")', () => {
    const found = named('The Pradhan Mantri Jan Dhan Yojana, launched in August 2014, aims to provide access to banking.');
    expect(found.filter(([c]) => c === 'date').map(([, t]) => t)).toEqual(['August 2014']);
  });

  it('keep a body "of" a list of things whole, but not a body and the places after it', () => {
    expect(named('The NTCA is a statutory body under the Ministry of Environment, Forest and Climate Change.').map(([, t]) => t)).toContain('Ministry of Environment, Forest and Climate Change');
    expect(named('Officials of the Ministry of External Affairs, India and Japan met in Tokyo.').map(([, t]) => t)).toEqual(expect.arrayContaining(['Ministry of External Affairs', 'India', 'Japan']));
  });

  it('read Indian schemes and observances as terms, not people', () => {
    expect(named('The scheme was launched on Vishwakarma Jayanti in the capital.')).toContainEqual(['term', 'Vishwakarma Jayanti', 'Vishwakarma Jayanti']);
    expect(named('The Pradhan Mantri Awas Yojana was extended by five years.')).toContainEqual(['term', 'Pradhan Mantri Awas Yojana', 'Pradhan Mantri Awas Yojana']);
  });
});

describe('places whose name holds an "and"', () => {
  const places = (...paragraphs: string[]) => entities(analyzeArticle(articleOf(paragraphs)), 'place').map((e) => e.canonical);
  it('are one place, never two halves', () => {
    expect(places('Elections were held in Jammu and Kashmir, Haryana and Maharashtra last year.')).toContain('Jammu and Kashmir');
    expect(places('Elections were held in Jammu and Kashmir, Haryana and Maharashtra last year.')).not.toContain('Kashmir');
    expect(places('India signed a trade pact with Trinidad and Tobago on Monday in New Delhi.')).toContain('Trinidad and Tobago');
    expect(places('The minister visited Bosnia and Herzegovina and Serbia last week.')).toEqual(expect.arrayContaining(['Bosnia and Herzegovina', 'Serbia']));
  });
});

describe('a central bank before a title owns the office', () => {
  it('splits "Reserve Bank Governor Sanjay Malhotra" into the bank and the person', () => {
    expect(people('New Delhi: Reserve Bank Governor Sanjay Malhotra on Wednesday announced the decision.')).toContainEqual(
      expect.objectContaining({ text: 'Sanjay Malhotra', canonical: 'Sanjay Malhotra' }),
    );
    expect(people('European Central Bank President Christine Lagarde held rates on Thursday.')).toContainEqual(
      expect.objectContaining({ text: 'Christine Lagarde' }),
    );
  });
});

describe('a compound adjective opening a sentence is no part of a name', () => {
  it('"Post-surgery Mukherjee remained critical": the person is Mukherjee', () => {
    const a = analyzeArticle({ id: 't', title: 'Pranab Mukherjee dies at 84', date: '2020-08-31', place: null, site: null, source: 't', paragraphs: ['Former President Pranab Mukherjee was admitted to the Army Hospital on August 10.', 'Post-surgery Mukherjee remained critical and on ventilator support.'] });
    const names = a.sentences[1].entities.map((e) => `${e.text}/${e.cls}`);
    expect(names).toEqual(['Mukherjee/person']);
  });
});

describe('an initial "A" inside a name', () => {
  it('is no article ("Justices S A Bobde, D Y Chandrachud")', () => {
    const a = analyzeArticle({ id: 't', title: 'Ayodhya verdict', date: '2019-11-09', place: null, site: null, source: 't', paragraphs: ['The five-judge bench also comprised Justices S A Bobde, D Y Chandrachud and S Abdul Nazeer.'] });
    const names = a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(['S A Bobde', 'D Y Chandrachud']));
  });
});

describe('an office to come and a surname a country once had', () => {
  it('reads "Punjab Chief Minister-elect Bhagwant Mann" as the person Bhagwant Mann', () => {
    const a = analyzeArticle({ id: 't', title: 'AAP wins Punjab', date: '2022-03-10', place: null, site: null, source: 't', paragraphs: ['Punjab Chief Minister-elect Bhagwant Mann has won from the Dhuri assembly constituency.', 'Chief Minister-designate Revanth Reddy took oath in Hyderabad.'] });
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Bhagwant Mann']);
    expect(a.sentences[1].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Revanth Reddy']);
  });
});

describe('a compound describing the person before the name', () => {
  it('is no part of the name ("Double Olympic-medallist Manu Bhaker")', () => {
    const a = analyzeArticle({ id: 't', title: 'Khel Ratna awards', date: '2025-01-02', place: null, site: null, source: 't', paragraphs: ['Double Olympic-medallist Manu Bhaker and chess world champion D Gukesh were among four winners of the award.'] });
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person').map((e) => e.text)).toEqual(['Manu Bhaker', 'D Gukesh']);
  });
});

describe('an Arabic name with its lineage', () => {
  it('is one person after a title, however many "Al-" parts it has', () => {
    const a = analyzeArticle(articleOf(['Modi also held talks with Crown Prince Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah in Kuwait City on Sunday.']));
    const people = a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => [e.text, e.role ?? '']);
    expect(people).toContainEqual(['Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah', 'Crown Prince']);
    // (Five plain words are still no name: "Five Long Years Of Silence Ended" stays no person.)
    const plain = analyzeArticle(articleOf(['The film Five Long Years Of Silence opened in Mumbai on Friday.']));
    expect(plain.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person')).toEqual([]);
  });
});

describe('a title-case headline’s "And"', () => {
  it('joins two names, never makes them one person whose surname the body then stands for', () => {
    const article = { ...articleOf(['On World Environment Day, Dhorpur in Jaipur and Kalsi in Jodhpur’s Phalodi were declared Ramsar sites.', 'Kalsi has two water bodies, Ratri and Vijaysagar.']), title: 'Rajasthan’s 2 Wetlands, Kalsi And Dhorpur, Declared Ramsar Sites' };
    const found = entities(analyzeArticle(article)).map((e) => e.canonical);
    expect(found).not.toContain('Kalsi And Dhorpur');
  });
});

describe('three initials before a surname', () => {
  it('open a person\'s name ("BVR Subrahmanyam"), the bare surname theirs after; a body\'s short form does not', () => {
    const found = people('Later, BVR Subrahmanyam spoke at the meeting.', 'Subrahmanyam said the plan was ready.');
    expect(found.map((p) => p.canonical)).toEqual(['BVR Subrahmanyam', 'BVR Subrahmanyam']);
    expect(people('The CBI Director spoke, and the NIA Court adjourned the case.')).toEqual([]);
  });
});

describe('initials that spell an honorific', () => {
  it('are the person’s initials after a title ("Justice MS Raman"), an honorific still an honorific ("Ms Meena Rao")', () => {
    expect(people('The bench of Acting Chief Justice BR Sarangi and Justice MS Raman extended the order on Friday.').map((p) => p.canonical)).toContain('MS Raman');
    expect(people('The award was received by Ms Meena Rao on behalf of the institute.').map((p) => p.canonical)).toContain('Meena Rao');
  });
});

describe('a body’s name run on into its officer’s', () => {
  it('is split ("President of Rairangpur Bar Association Akshaya Kumar Mohanty filed the petition")', () => {
    const a = analyzeArticle(articleOf(['President of Rairangpur Bar Association Akshaya Kumar Mohanty filed the petition.', 'Secretary of the Cuttack Bar Association Ravi Kumar Patnaik also spoke.']));
    const found = a.sentences.flatMap((s) => s.entities.map((e) => `${e.text}[${e.cls}]`));
    expect(found).toContain('Akshaya Kumar Mohanty[person]');
    expect(found).toContain('Rairangpur Bar Association[organisation]');
  });
});

describe('a sportsperson described before the name', () => {
  it('is the person, the words before only their description ("Young Indian Grandmaster R Praggnanandhaa", "Fellow Indian GM Harsha Bharathakoti")', () => {
    expect(people('Young Indian Grandmaster R Praggnanandhaa emerged winner in the Norway Chess Group A open tournament with 7.5 points.').map((p) => p.canonical)).toContain('R Praggnanandhaa');
    expect(people('Fellow Indian GM Harsha Bharathakoti took the 10th place.').map((p) => p.canonical)).toContain('Harsha Bharathakoti');
  });
});


describe('a given name alone, as sports reports name a player', () => {
  it('is a person mid-sentence ("with Deepika scoring the only goal", "Navneet\'s pass to Deepika")', () => {
    const found = people('India took control in the second half, with Deepika scoring the only goal of the match.', 'Navneet’s pass to Deepika on the left wing set her up for a reverse shot.').map((p) => p.text);
    expect(found).toContain('Deepika');
    // (Not one only ever opening a sentence.)
    expect(people('Hope is what the fans had. Grace under pressure won the day.').map((p) => p.text)).not.toContain('Grace');
  });
});

describe('a surname that is a country\'s name', () => {
  it('is the person\'s after a given name ("Preeti Sudan has been appointed …"), the country alone elsewhere', () => {
    expect(people('Preeti Sudan has been appointed as the new Chairperson of the UPSC.').map((p) => p.text)).toContain('Preeti Sudan');
    expect(people('Michael Jordan won six titles with the Chicago Bulls.').map((p) => p.text)).toContain('Michael Jordan');
    // (Not a place's pair: "Khartoum, Sudan".)
    expect(people('The ceasefire was signed in Khartoum, Sudan on Monday.').map((p) => p.text)).toEqual([]);
  });
});

describe('a run ending in the plural of what people do', () => {
  it('names no one ("Intense Filmmakers", "Young Achievers")', () => {
    expect(people('India in the limelight at Cannes, wrote Intense Filmmakers on the platform.').map((p) => p.text)).not.toContain('Intense Filmmakers');
    // (A person's name still: "Mark Actors" has a given name.)
    expect(people('The award went to Sean Baker, the director, at Cannes on Saturday.').map((p) => p.text)).toContain('Sean Baker');
  });
});

describe('a name the article reads as a thing\'s where a cue says so', () => {
  it('is no person where nothing says so ("Exercise Nomadic Elephant … A key component of Nomadic Elephant involved …")', () => {
    const found = people('The Defence Secretary attended the culmination of the India–Mongolia Joint Military Exercise Nomadic Elephant in Ulaanbaatar.', 'A key component of Nomadic Elephant involved simulated UN peacekeeping operations.');
    expect(found.map((p) => p.text)).not.toContain('Nomadic Elephant');
  });
});

describe('a place written with an ampersand, and a hyphened trade, before a name', () => {
  it('are no part of the name ("Former Jammu & Kashmir Governor Satya Pal Malik", "Player-turned-coach Manpreet Singh")', () => {
    expect(people('Former Jammu & Kashmir Governor Satya Pal Malik passed away on Tuesday in New Delhi.').map((p) => p.text)).toContain('Satya Pal Malik');
    expect(people('Player-turned-coach Manpreet Singh also got his hands on the title in Pune.').map((p) => p.text)).toContain('Manpreet Singh');
  });
});

describe('a word said twice', () => {
  it('names a song, nobody ("Naatu Naatu")', () => {
    expect(people('The world is grooving to the rhythm of Naatu Naatu, which won the Oscar in Los Angeles.').map((p) => p.text)).not.toContain('Naatu Naatu');
  });
});

describe('a bare surname and a short office', () => {
  it('"LG" before a name is an office ("Former Ladakh LG Kavinder Gupta"), and a bare surname never points forward to a namesake named later', () => {
    expect(people('Former Ladakh LG Kavinder Gupta was sworn in as the governor of Himachal Pradesh on Tuesday.').map((p) => p.text)).toContain('Kavinder Gupta');
    const found = people('Gupta performed a traditional pooja with his family members before the ceremony.', 'Earlier, Chief Secretary Sanjay Gupta read out the warrant of appointment.');
    expect(found.filter((p) => p.text === 'Gupta').map((p) => p.canonical)).not.toContain('Sanjay Gupta');
  });
});

describe('a name whose last word is a kind of document', () => {
  it('is a term, whatever body word stands before it ("the Union Budget 2024-25")', () => {
    const a = analyzeArticle(articleOf(['This initiative was initially announced in the Union Budget 2024-25 on July 23, 2024.']));
    const kinds = a.sentences.flatMap((s) => s.entities).filter((e) => /Budget/.test(e.text)).map((e) => e.cls);
    expect(kinds).toEqual(['term']);
  });
});

describe('a surname the body writes alone, in full in the headline only', () => {
  const analyze = (title: string, paragraphs: string[]) => analyzeArticle({ id: 't', title, date: '2023-12-20', place: null, site: null, source: 't', paragraphs });
  it('is the headline\'s person where they stand as someone who did something ("Akhtar has been chosen for …")', () => {
    const a = analyze('Javed Akhtar, Mridula Garg chosen for Sahitya Akademi awards', ['The Akademi said eight books of poetry have been chosen for the award.', 'Akhtar has been chosen for “Lava”, his compilation of 55 Urdu poems.']);
    expect(a.sentences[1].entities.find((e) => e.text === 'Akhtar')?.canonical).toBe('Javed Akhtar');
  });

  it('reads "under the Chair of X President Y" as the President of X', () => {
    const a = analyze('Sahitya Akademi awards announced', ['The awards were approved by the Executive Board, which met under the Chair of Sahitya Akademi President Vishwanath Prasad Tiwari.']);
    expect(a.sentences[0].entities.find((e) => e.cls === 'person')?.role).toBe('President of Sahitya Akademi');
  });

  it('is no one from a headline in title case, or a word that only qualifies a noun ("Divorced Muslim Women …")', () => {
    const a = analyze('Not charity, it is a right: Divorced Muslim women entitled to alimony', ['The Supreme Court said a divorced Muslim woman can seek maintenance from her former husband.']);
    expect(a.sentences[0].entities.filter((e) => e.cls === 'person')).toEqual([]);
    const b = analyze('Cyclone Montha Likely To Weaken Into Deep Depression', ['The impact of Cyclone Montha led to heavy rainfall in Andhra Pradesh.', 'Montha weakened on Wednesday.']);
    expect(b.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person')).toEqual([]);
  });
});

describe('a short form in brackets the lexicon knows as another name', () => {
  it('is the name it follows here ("Corruption Perceptions Index (CPI)" is no Communist Party of India)', () => {
    const cpi = analyzeArticle(articleOf(['India ranked 96th out of 180 countries in the 2024 Corruption Perceptions Index (CPI), with its score dropping to 38.'])).sentences.flatMap((s) => s.entities);
    expect(cpi.find((e) => e.text === 'CPI')?.canonical).toBe('Corruption Perceptions Index');
    // (Where it is the lexicon's own name, it stays so.)
    const party = analyzeArticle(articleOf(['The Communist Party of India (CPI) won two seats in the Assembly election.'])).sentences.flatMap((s) => s.entities);
    expect(party.find((e) => e.text === 'CPI')?.canonical).toBe('Communist Party of India');
  });
});

describe('a number that ends a name of several words', () => {
  it('is part of the name after a capitalised common noun too, before a dash set apart ("Pusa DST Rice 1 —")', () => {
    const names = analyzeArticle(articleOf(['The minister unveiled two new rice varieties — DRR Rice 100 (Kamla) and Pusa DST Rice 1 — developed by the Indian Council of Agricultural Research.'])).sentences.flatMap((s) => s.entities).map((e) => e.text);
    expect(names).toContain('Pusa DST Rice 1');
    // (A score is no name's number: "India beat Australia 2–1".)
    const score = analyzeArticle(articleOf(['India beat Australia 2–1 in the final on Sunday.'])).sentences.flatMap((s) => s.entities).map((e) => e.text);
    expect(score).toContain('Australia');
  });
});

describe('a building named after someone, its name opening on a country\'s', () => {
  it('is one place ("the Bharat Ratna C. Subramaniam Auditorium"), no country', () => {
    const places = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'place').map((e) => e.text);
    expect(places('The varieties were launched at the Bharat Ratna C. Subramaniam Auditorium in New Delhi on Sunday.')).toContain('Bharat Ratna C. Subramaniam Auditorium');
    expect(places('The final will be played at the India Rajiv Gandhi Stadium in Hyderabad.')).not.toContain('India');
    expect(places('The summit was held at the Bharat Mandapam in New Delhi.')).toContain('Bharat Mandapam');
  });
});

describe('a name before a sanctuary, a reserve or a park written small', () => {
  it('is a place, no person ("Tamor Pingla wildlife sanctuary", "the Tamor Pingla sanctuary", "Rajaji Nagarhole tiger reserve")', () => {
    const of = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities).map((e) => `${e.cls}:${e.text}`);
    expect(of('The reserve covers areas of Guru Ghasidas National Park and Tamor Pingla wildlife sanctuary in the state.')).toContain('place:Tamor Pingla');
    expect(of('Officials said the Tamor Pingla sanctuary is home to tigers.')).toContain('place:Tamor Pingla');
    expect(of('A tiger was spotted in the Rajaji Nagarhole tiger reserve on Monday.')).not.toContain('person:Rajaji Nagarhole');
  });
});

describe('"CPI" in a story of prices', () => {
  it('is the Consumer Price Index, a term, while in a story of parties it stays the party', () => {
    const of = (...p: string[]) => analyzeArticle(articleOf(p)).sentences.flatMap((s) => s.entities).filter((e) => e.text === 'CPI').map((e) => `${e.cls}:${e.canonical}`);
    expect(of('India’s WPI-based inflation eased to 2.05 per cent in March.', 'Unlike the CPI, which tracks prices of goods and services purchased by consumers, the WPI tracks factory gate prices.')).toEqual(['term:Consumer Price Index']);
    expect(of('The CPI won two seats in the Assembly election on Tuesday.', 'The CPI had fielded five candidates.')).not.toContain('term:Consumer Price Index');
  });
});

describe('a body the lexicon names with a comma in it', () => {
  it('is one name, not two either side of a list ("United Nations Educational, Scientific and Cultural Organization")', () => {
    const orgs = (text: string) => entities(analyzeArticle(articleOf([text])), 'organisation').map((e) => e.text);
    expect(orgs('The United Nations Educational, Scientific and Cultural Organization on Friday added the Garba dance of Gujarat to its list.')).toContain('United Nations Educational, Scientific and Cultural Organization');
    expect(orgs('A delegation from the United Nations Educational, Scientific and Cultural Organization visited Hampi in March.')).toEqual(['United Nations Educational, Scientific and Cultural Organization']);
  });
});

describe('names read in two halves around a small word', () => {
  const names = (text: string) => entities(analyzeArticle(articleOf([text])), 'term').concat(entities(analyzeArticle(articleOf([text])), 'organisation')).map((e) => e.text);
  it('joins a scheme whose name runs on past "for" to its head word ("… Guarantee for Rozgar and Ajeevika Mission (Gramin)")', () => {
    expect(names('The Lok Sabha on Thursday passed the Viksit Bharat Guarantee for Rozgar and Ajeevika Mission (Gramin), which replaces the old law.')).toContain('Viksit Bharat Guarantee for Rozgar and Ajeevika Mission (Gramin)');
    expect(names('The Cabinet approved the Pradhan Mantri Scheme for Micro Food Processing Enterprises Programme on Friday.').some((n) => /for Micro Food Processing Enterprises Programme$/.test(n))).toBe(true);
  });
  it('joins a party whose name opens on a word and "of the" ("Voice of the People Party")', () => {
    expect(names('Voice of the People Party got recognition as a state party in Meghalaya.')).toContain('Voice of the People Party');
    expect(names('Leaders of the Bharatiya Janata Party met in Delhi on Monday.')).not.toContain('Leaders of the Bharatiya Janata Party');
  });
});

describe('capitalised words after "a" or "an"', () => {
  it('say what someone is, never who ("Bhagwant Mann (48), a Jat Sikh, will be sworn in")', () => {
    const got = people('Comic satirist turned politician Bhagwant Mann (48), a Jat Sikh, will be sworn in as the next chief minister of Punjab.', 'The new minister, a Kashmiri Pandit, took charge in Jammu on Monday.').map((p) => p.text);
    expect(got).toContain('Bhagwant Mann');
    expect(got).not.toContain('Jat Sikh');
    expect(got).not.toContain('Kashmiri Pandit');
  });

  it('and a name after a person\'s "\'s", or with a year in brackets, is a work ("Shakti Samanta\'s Kati Patang", "Teesri Manzil (1966)")', () => {
    const got = people('With Raj Khosla’s Do Badan and Shakti Samanta’s Kati Patang, her screen image changed.', 'She starred in Jab Pyar Kisi Se Hota Hai (1961), Teesri Manzil (1966) and Caravan (1971).', 'India’s Neeraj Chopra won gold in Budapest.').map((p) => p.text);
    expect(got).not.toContain('Kati Patang');
    expect(got).not.toContain('Teesri Manzil');
    expect(got).toContain('Neeraj Chopra');
  });
});
