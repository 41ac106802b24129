import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

const named = (...paragraphs: string[]) =>
  analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities.map((e) => `${e.cls}:${e.text}`));

describe('names Indian news writes with a country or a number in them', () => {
  it('an award named after the country is the award ("Bharat Ratna"), not the country', () => {
    const found = named('The government will confer the Bharat Ratna posthumously on Karpoori Thakur.');
    expect(found).toContain('term:Bharat Ratna');
    expect(found).not.toContain('place:Bharat');
  });

  it('an award named in the plural is the award ("26 Shaurya Chakras"), never a person', () => {
    const found = named('President Droupadi Murmu conferred 10 Kirti Chakras and 26 Shaurya Chakras on Friday.');
    expect(found).toEqual(expect.arrayContaining(['term:Kirti Chakras', 'term:Shaurya Chakras']));
  });

  it('a name ending in a prize or award is the award, a body word inside it notwithstanding ("International Booker Prize")', () => {
    const found = named('Banu Mushtaq won the International Booker Prize in May 2025, and the Nobel Peace Prize went to Maria Machado.');
    expect(found).toEqual(expect.arrayContaining(['term:International Booker Prize', 'term:Nobel Peace Prize']));
    expect(found).not.toContain('organisation:International Booker Prize');
  });

  it('a site named after the country, or a building ("Bhavan", "Mandapam"), is one place', () => {
    const found = named('The ceremony was held at Rashtrapati Bhavan and at Bharat Mandapam near India Gate.');
    expect(found).toEqual(expect.arrayContaining(['place:Rashtrapati Bhavan', 'place:Bharat Mandapam', 'place:India Gate']));
  });

  it('one name after what someone does is a person ("Urdu poet Gulzar", "actress Rekha"), "Shri" no part of it', () => {
    const found = named('Urdu poet Gulzar and actress Rekha attended the ceremony, where Shri Amitabh Bachchan spoke.');
    expect(found).toEqual(expect.arrayContaining(['person:Gulzar', 'person:Rekha']));
    const a = analyzeArticle(articleOf(['The award went to well known Urdu litterateur Shri Gulzar this year.', 'Gulzar received the Padma Bhushan in 2004.']));
    expect(a.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'person').map((e) => e.canonical)).not.toContain('Shri Gulzar');
  });

  it('an honorific after a name is no part of it ("Dilip Saab", "Lata Ji"); "Fatehgarh Sahib" stays whole', () => {
    const a = analyzeArticle(articleOf(['Veteran actor Dilip Kumar died on Wednesday.', 'A statement mourned “our beloved Dilip Saab” and thanked Lata Ji, who had sung at Fatehgarh Sahib.']));
    const found = a.sentences[1].entities.map((e) => `${e.text}=>${e.canonical}`);
    expect(found).toContain('Dilip=>Dilip Kumar');
    expect(found.some((e) => /Saab|\bJi\b/.test(e))).toBe(false);
    expect(found.some((e) => e.startsWith('Fatehgarh Sahib='))).toBe(true);
  });

  it("an owner's office is one word; a name after it is a person's (\"the Prime Minister's Office Bhaskar Khulbe\")", () => {
    expect(named("Former advisor to the Prime Minister's Office Bhaskar Khulbe praised the workers.")).toContain('person:Bhaskar Khulbe');
    expect(named("An official of the Chief Minister's Office Rajesh Kumar Verma said the file was cleared.")).toContain('person:Rajesh Kumar Verma');
    // (An office of two words after the owner stays a name of its own.)
    expect(named("The President's Office Building was lit up.").some((e) => e.endsWith(':Office Building') || e.endsWith('Office Building'))).toBe(true);
  });

  it('a short form written as a word in brackets ("(Unesco)") spells out the name before it, comma and all', () => {
    const a = analyzeArticle(articleOf(['The United Nations Educational, Scientific and Cultural Organisation (Unesco) on Tuesday added Dholavira to its list.']));
    expect(a.sentences[0].entities.filter((e) => e.cls === 'organisation').map((e) => [e.text, e.canonical])).toEqual([
      ['United Nations Educational, Scientific and Cultural Organisation', 'UNESCO'],
      ['Unesco', 'UNESCO'],
    ]);
  });

  it('an "A" before another initial is the first initial ("Special judge A R Patel"), no article', () => {
    expect(named('Special judge A R Patel on February 8 acquitted 28 accused while holding 49 guilty.')).toContain('person:A R Patel');
    expect(named('A Mumbai court on Monday acquitted the accused.')).not.toContain('person:A Mumbai');
    // (So after a lower-case "legislator" or "candidate", before a full name.)
    expect(named('Another party legislator A Shivaram Hebbar abstained from voting on Tuesday.')).toContain('person:A Shivaram Hebbar');
  });

  it('a law\'s short form with its kind ("(POCSO Act)") spells the whole name before it, connectors\' initials and all', () => {
    const a = analyzeArticle(articleOf(['Storage of such material is an offence under the Protection of Children from Sexual Offences Act (POCSO Act), the court held.']));
    expect(a.sentences[0].entities.map((e) => [e.text, e.canonical])).toEqual(expect.arrayContaining([
      ['Protection of Children from Sexual Offences Act', 'Protection of Children from Sexual Offences Act'],
      ['POCSO Act', 'Protection of Children from Sexual Offences Act'],
    ]));
  });

  it('a name made an adjective ("the Mamata Banerjee-led party") still bears its surname: a bare "Banerjee" is not the other Banerjee named later', () => {
    const a = analyzeArticle(articleOf([
      'The Mamata Banerjee-led party won 213 seats in West Bengal on Sunday.',
      'Though the BJP failed to dislodge Banerjee from power, it will be the main opposition.',
      'TMC turncoats Rajib Banerjee and Rudranil Ghosh faced defeat in Howrah.',
    ]));
    const bare = a.sentences[1].entities.find((e) => e.text === 'Banerjee');
    expect(bare?.canonical).not.toBe('Rajib Banerjee');
  });

  it('a High Court two states share is one court ("the Punjab and Haryana High Court")', () => {
    const found = named('He moved to the Punjab and Haryana High Court in Chandigarh in 1985, and later to the Bombay High Court.');
    expect(found).toEqual(expect.arrayContaining(['organisation:Punjab and Haryana High Court', 'organisation:Bombay High Court']));
    expect(found).not.toContain('place:Punjab');
  });

  it('a name before a lower-case site is the site ("the Tis Hazari complex"), not a person', () => {
    const found = named('He initially practised in the district courts at the Tis Hazari complex, Delhi, and later at the Kalinga Nagar stadium.');
    expect(found).toEqual(expect.arrayContaining(['place:Tis Hazari']));
    expect(found.filter((x) => x.startsWith('person:'))).toEqual([]);
  });

  it('two unknown words before a kind of thing name that thing ("the Electoral Bond scheme"), not a person', () => {
    const found = named('The Supreme Court struck down the Electoral Bond scheme, and the Navy began the Tropex Varuna exercise off Goa.');
    expect(found).toEqual(expect.arrayContaining(['term:Electoral Bond', 'term:Tropex Varuna']));
    expect(found.filter((x) => x.startsWith('person:'))).toEqual([]);
    // A given name first is still a person ("the Joe Biden campaign").
    expect(named('Volunteers of the Joe Biden campaign knocked on doors in Ohio.')).toContain('person:Joe Biden');
  });

  it('what someone does, capitalised as the sentence opens, is no part of the name ("Gangster Anil Rana")', () => {
    expect(named('Gangster Anil Rana was sentenced to life imprisonment on Friday.')).toContain('person:Anil Rana');
    // Nor a word that qualifies a party ("Opposition Congress-UDF").
    expect(named('Opposition Congress-UDF on Friday retained the seat in Kerala.').some((x) => x.includes('Opposition'))).toBe(false);
    expect(named('Actor Manoj Kumar died in Mumbai on Friday.')).toContain('person:Manoj Kumar');
  });

  it('a given name that is also the country\'s ("Bharat Bhushan Batra"), and the country\'s sites and bodies still', () => {
    expect(named('In Rohtak, Congress candidate Bharat Bhushan Batra emerged victorious in a tight contest.')).toContain('person:Bharat Bhushan Batra');
    expect(named('The summit was held at Bharat Mandapam in New Delhi.')).toContain('place:Bharat Mandapam');
    expect(named('Bharat Heavy Electricals Limited won the order.')).toContain('organisation:Bharat Heavy Electricals Limited');
  });

  it('a place with "and" in it that runs on into a longer name is that name ("Jammu and Kashmir Rifles", a regiment)', () => {
    const found = named('The contingent is represented by a battalion of the Jammu and Kashmir Rifles, along with other arms.');
    expect(found).toContain('organisation:Jammu and Kashmir Rifles');
    expect(found).not.toContain('place:Jammu');
    // The place alone is still the place.
    expect(named('Omar Abdullah was sworn in as the Chief Minister of Jammu and Kashmir on Wednesday.')).toContain('place:Jammu and Kashmir');
  });

  it('words that qualify a partnership before "and" are part of its name ("Special Strategic and Global Partnership")', () => {
    const found = named('India and Japan expanded their Special Strategic and Global Partnership with three MoUs.');
    expect(found).toContain('term:Special Strategic and Global Partnership');
    // Two whole names joined by "and" stay two.
    expect(named('They launched the Economic Security Initiative and the Digital Partnership on Friday.')).not.toContain('term:Economic Security Initiative and the Digital Partnership');
  });

  it('a body of two fields is one name ("the Ministry of Information and Broadcasting"), a body after "and" another', () => {
    expect(named('The Ministry of Information and Broadcasting said so on Monday.')).toContain('organisation:Ministry of Information and Broadcasting');
    expect(named('The last four are preserved by the Directorate of Archaeology and Museums of the Government of Maharashtra.')).toContain('organisation:Directorate of Archaeology and Museums of the Government of Maharashtra');
    const two = named('The Ministry of Finance and Reserve Bank of India met on Monday.');
    expect(two).toEqual(expect.arrayContaining(['organisation:Ministry of Finance', 'organisation:Reserve Bank of India']));
  });

  it('a body\'s field after "for" or "of" is part of its name ("Inter-University Centre for Astronomy and Astrophysics")', () => {
    expect(named('Jayant Narlikar died in Pune on Tuesday, said the Inter-University Centre for Astronomy and Astrophysics.')).toContain('organisation:Inter-University Centre for Astronomy and Astrophysics');
    expect(named('He studied at the Indian Institute for Science Education and Research in Pune.')).toContain('organisation:Indian Institute for Science Education and Research');
    // ("the Union Territory of Jammu and Kashmir": the kind of place, then its name.)
    expect(named('He chaired a review panel for the Union Territory of Jammu and Kashmir in 2021.')).toContain('place:Jammu and Kashmir');
    // ("Former governor Jammu and Kashmir Ravi Mehta": the state and the person, read apart.)
    const both = named('Former governor Jammu and Kashmir Ravi Shankar Mehta passed away on Tuesday at the age of 81.');
    expect(both).toContain('place:Jammu and Kashmir');
    expect(both).toContain('person:Ravi Shankar Mehta');
    // ("The first woman Supreme Court Judge in Asia M Fathima Beevi": a title, where it was held,
    // then its holder: the place and the person, read apart.)
    const judge = named('The first woman Supreme Court Judge in Asia M Fathima Beevi was also presented with Padma Bhushan.');
    expect(judge).toContain('place:Asia');
    expect(judge).toContain('person:M Fathima Beevi');
    expect(named('The first woman chief minister of Uttar Pradesh Sucheta Kripalani was born in Ambala.')).toEqual(expect.arrayContaining(['place:Uttar Pradesh', 'person:Sucheta Kripalani']));
    expect(named('He was the first judge in Kerala High Court to retire early.')).toContain('organisation:Kerala High Court');
    // ("former Prime Ministers PV Narasimha Rao, Charan Singh and …": a plural title before names,
    // the first with its initials run together.)
    const pms = named('Modi announced that former Prime Ministers PV Narasimha Rao, Charan Singh and scientist Dr MS Swaminathan will be conferred with the Bharat Ratna.');
    expect(pms).toEqual(expect.arrayContaining(['person:PV Narasimha Rao', 'person:Charan Singh', 'person:MS Swaminathan']));
    expect(named('Chief Ministers MK Stalin, Pinarayi Vijayan and Revanth Reddy met in Chennai.')).toContain('person:MK Stalin');
    // ("a 1988 Batch Indian Administrative Service (IAS) of the Kerala cadre": the batch is no part of the service.)
    expect(named('Kumar is a 1988 Batch Indian Administrative Service (IAS) of the Kerala cadre.')).toContain('organisation:Indian Administrative Service');
    expect(named('She is a 1991-Batch Indian Police Service officer of the Assam cadre.')).toContain('organisation:Indian Police Service');
    // ("Dr Kalesh S": an initial after the given name, as Kerala writes it, after an honorific too.)
    expect(named('The wasp was named after Dr Kalesh S who has researched butterflies in the Western Ghats.')).toContain('person:Kalesh S');
    expect(named('The team was led by Prof. Meghasree D in Kochi.')).toContain('person:Meghasree D');
    expect(named('The government announced Plan B on Monday.')).not.toContain('person:Plan B');
    // ("Satwik and Chirag …" after "Satwiksairaj Rankireddy and Chirag Shetty": a long given name
    // shortened is that person's.)
    const pair = analyzeArticle(articleOf(['The pair of Satwiksairaj Rankireddy and Chirag Shetty won the Swiss Open on Sunday.', 'Satwik and Chirag had also won the 2022 Commonwealth Games gold.', 'Satwik thanked the coach after the final.'])).sentences.flatMap((x) => x.entities).filter((e) => e.text === 'Satwik');
    expect(pair.map((e) => `${e.cls}:${e.canonical}`)).toEqual(['person:Satwiksairaj Rankireddy', 'person:Satwiksairaj Rankireddy']);
    // (A seat is a place, named without the house it returns a member to.)
    expect(named('Lalremsiama lost to Vanlalruata Khiangte in the Serchhip North Assembly constituency.')).toContain('place:Serchhip North');
    expect(named('The Kerala Legislative Assembly passed the Bill on Tuesday.')).toContain('organisation:Kerala Legislative Assembly');
    // (A mission's aim, with an "in" inside it.)
    expect(named('The Union Cabinet has approved the Mission for Self-Reliance in Edible Oils, a new initiative.')).toContain('term:Mission for Self-Reliance in Edible Oils');
    // (A conference's subject, with a "for" inside it.)
    expect(named('The study was released ahead of the Second Global Conference on Financing for Resilience in Lisbon, Portugal.')).toContain('term:Second Global Conference on Financing for Resilience');
  });

  it('a site\'s kind opening the name makes a place ("Camp Larzac"); a plural everyday noun ends no person\'s name', () => {
    expect(named('The exercise commenced at Camp Larzac in southern France on Thursday.')).toContain('place:Camp Larzac');
    const found = named('Seth said the Survey Ships also act as a credible maritime diplomacy tool.');
    expect(found).toContain('term:Survey Ships');
    // (An -ing form and a plural in -ies are everyday words too.)
    expect(named('Bhutan is one of the Contracting Parties to the Convention on Biological Diversity.')).not.toContain('person:Contracting Parties');
    expect(named('Delegates of the Developing Countries met the board in Geneva on Friday.')).not.toContain('person:Developing Countries');
    // (Nor the groups the Constitution lists.)
    const groups = named('The Bench held that States may sub-classify the Scheduled Castes notified in the Presidential List.');
    expect(groups).toEqual(expect.arrayContaining(['term:Scheduled Castes', 'term:Presidential List']));
    // Surnames that are plural nouns stay people's.
    expect(named('Kathryn Waters and Sarah Fields opened the exhibit in Evansville on Friday.')).toEqual(expect.arrayContaining(['person:Kathryn Waters', 'person:Sarah Fields']));
  });

  it('a measure is a term, a body\'s word inside it notwithstanding, and so is its short form wherever written', () => {
    const found = named('The Labour Force Participation Rate (LFPR) for women rose to 41% in the year.', 'LFPR among men stood at 77.2% in the same period.');
    expect(found).toContain('term:Labour Force Participation Rate');
    expect(found.filter((f) => f.endsWith(':LFPR'))).toEqual(['term:LFPR', 'term:LFPR']);
    // (So is a thing's whose kind the article writes without brackets: "the reusable launch vehicle … The RLV was launched".)
    const rlv = named('The reusable launch vehicle prototype of ISRO underwent a landing test.', 'The RLV was launched at 7:10 am by a Chinook helicopter.');
    expect(rlv).toContain('term:RLV');
    // (Nor a name the article also writes as a word, capital first: "the Astra … missile … ASTRA is a …".)
    const astra = named('The Tejas successfully fired the Astra air-to-air missile off the coast of Goa.', 'ASTRA is a state-of-the-art air-to-air missile.');
    expect(astra).toContain('term:ASTRA');
    expect(named('NASA launched the probe on Monday.', 'Nasa said the probe was healthy.').filter((f) => f.endsWith(':NASA'))).toEqual(['organisation:NASA']);
    // (A work set off by its kind is no one: "The Bhagavad Gita, a Hindu scripture, …".)
    expect(named('The Bhagavad Gita, a Hindu scripture, dated to the second century BCE, forms part of the Mahabharata.')).not.toContain('person:Bhagavad Gita');
    expect(named('Gita Gopinath, a former IMF chief economist, spoke in Delhi on Monday.')).toContain('person:Gita Gopinath');
    // (Not a force's: "the Indian Air Force … the IAF".)
    expect(named('The Indian Air Force joined the test.', 'The IAF flew a Chinook helicopter.')).toContain('organisation:IAF');
    // (A body's short form stays a body's.)
    expect(named('The Reserve Bank of India (RBI) kept the repo rate unchanged.', 'RBI Governor spoke to reporters after the meeting.').filter((f) => f.endsWith(':RBI'))[0]).toBe('organisation:RBI');
    // (Nor the short form of words written small: "foreign currency assets (FCA)" is a thing.)
    expect(named('The reserves rose on a rise in foreign currency assets (FCA), the data showed.', 'In the reporting week, FCA jumped by $7.362 billion.').filter((f) => f.endsWith(':FCA'))).not.toContain('organisation:FCA');
    // (Nor one the article writes out as a term's name elsewhere: "NHPM" of the National Health Protection Mission.)
    expect(named('NHPM enables beneficiaries to avail of health facilities from any part of the country.', 'The Cabinet approved the National Health Protection Mission on Wednesday.').filter((f) => f.endsWith(':NHPM'))).toEqual(['term:NHPM']);
  });

  it('a body of the sky before a lower-case noun is no part of the name before it ("the EOS-09 Earth observation satellite")', () => {
    expect(named('The rocket carried the RISAT-2B Earth observation satellite into orbit from Sriharikota.')).toContain('term:RISAT-2B');
    expect(named('The Chandrayaan-4 Moon mission will bring back samples from the lunar surface.')).toContain('term:Chandrayaan-4');
    // (A name that ends in one keeps it: "Planet Earth", "the Harvest Moon Festival".)
    expect(named('The BBC series Planet Earth was screened in Delhi.').join(' ')).toContain('Planet Earth');
  });

  it('two unknown words after "at the" with no given name are a landmark, not a person ("at the Jantar Mantar")', () => {
    expect(named('The wrestlers sat in protest at the Jantar Mantar in New Delhi for weeks.')).toContain('term:Jantar Mantar');
    // (A given name still makes a person: "met at the Raj Bhavan" aside, "spoke to the Arun Rao" is no English.)
    expect(named('The wrestlers sat in protest with Sakshi Malik at the venue in New Delhi.')).toContain('person:Sakshi Malik');
  });

  it('a court filing is a term, not a person ("a Letters Patent Appeal", "a Special Leave Petition")', () => {
    expect(named('The Bench on Friday dismissed a Letters Patent Appeal filed by the State of Kerala.')).toContain('term:Letters Patent Appeal');
    expect(named('The company then moved a Special Leave Petition before the Supreme Court in Delhi.')).toContain('term:Special Leave Petition');
    // (A body that hears appeals stays a body.)
    expect(named('The Court of Appeal in London upheld the ruling.')).not.toContain('term:Court of Appeal');
  });

  it('a name before its edition and the kind of thing it names is that thing ("the Swachh Survekshan 2024-25 awards")', () => {
    const found = named('Surat won the top honour in the Nirmal Gram 2024-25 awards on Thursday.');
    expect(found).toContain('term:Nirmal Gram');
    expect(found).not.toContain('person:Nirmal Gram');
  });

  it('an office\'s seat written after it is a place ("the sessions judge, Bulandshahar")', () => {
    expect(named('The bench set aside the order passed by the sessions judge, Bulandshahar in 1987.')).toContain('place:Bulandshahar');
  });

  it('"Election Commissioner" is one office, not a commissioner of "Election"', () => {
    const a = analyzeArticle(articleOf(['Election Commissioner Arun Goel resigned from his post on Friday.']));
    expect(a.sentences[0].entities.find((e) => e.text === 'Arun Goel')?.role).toBe('Election Commissioner');
  });

  it('after "in", a Romance article or saint opens a town\'s name ("in La Cavalerie"), not a person\'s', () => {
    expect(named('The exercise commenced at Camp Larzac in La Cavalerie on Thursday.')).toContain('place:La Cavalerie');
    expect(named('The delegation flew in from San Jose on Monday.')).toContain('place:San Jose');
    // Not before a person named elsewhere in the sentence.
    expect(named('The award went to La Toya Jackson on Monday.')).toContain('person:La Toya Jackson');
  });

  it('a name before what a site serves and the site is the site\'s ("Ahmad Garh police station")', () => {
    expect(named('The informant lodged an FIR at Ahmad Garh police station of Bulandshahr on Monday.')).toContain('place:Ahmad Garh');
    expect(named('Rahul Gandhi addressed a rally in Wayanad on Monday.')).toContain('person:Rahul Gandhi');
  });

  it('a plural title before a list of names leaves the names people ("Deputy Chief Ministers Samrat Choudhary and …")', () => {
    expect(named('Prominent victories included Deputy Chief Ministers Samrat Choudhary and Vijay Kumar Sinha on Friday.')).toEqual(expect.arrayContaining(['person:Samrat Choudhary', 'person:Vijay Kumar Sinha']));
    expect(named('A bench of Justices J J Munir and Sanjiv Kumar set aside the order.')).toContain('person:J J Munir');
    // A name of its own with a plural in it stays whole.
    expect(named('The Chief Ministers Conference was held in Delhi on Monday.')).toContain('organisation:Chief Ministers Conference');
    expect(named('The index was released by Reporters Without Borders on Friday.').some((x) => x.includes('Without Borders') && !x.startsWith('person:'))).toBe(true);
  });

  it('a ground named "Oval" is a place ("Kensington Oval")', () => {
    expect(named('India won the toss at Kensington Oval in Barbados on Saturday.')).toContain('place:Kensington Oval');
  });

  it('an article of the Constitution keeps the letter glued to its number', () => {
    expect(named('The bench upheld Article 31C and Article 370 of the Constitution on Tuesday.')).toEqual(expect.arrayContaining(['term:Article 31C', 'term:Article 370']));
    // Clause labels in brackets are part of it too, and count nothing.
    const clause = named('The scheme violated the right to information under Article 19(1)(a) of the Constitution.');
    expect(clause).toContain('term:Article 19(1)(a)');
    expect(clause).not.toContain('number:1');
  });
});

describe('places an Indian report names by where they are', () => {
  it('a name before "district", after "near … in", or before "of <state>" is a place', () => {
    const found = named('The storm crossed the coast near Palasa in Srikakulam district on Thursday.', 'Low-lying areas of Vizianagaram of Andhra Pradesh were flooded.');
    expect(found).toEqual(expect.arrayContaining(['place:Palasa', 'place:Srikakulam', 'place:Vizianagaram', 'place:Andhra Pradesh']));
    // (Not an everyday word's plural before ", India": "Ranked no.1 in Tests, India played …".)
    expect(named('Ranked no.1 in Tests, India played like champions.')).not.toContain('place:Tests');
    expect(named('The storm hit Evansville, Indiana on Monday.')).toContain('place:Evansville');
    // (A generational word ends a name: "Balbir Singh Senior" is a person.)
    expect(named('Three-time Olympic gold-medallist Balbir Singh Senior passed away on Monday morning.')).toContain('person:Balbir Singh Senior');
    // (An honour worn before a name is no part of it: "Padma Shri Phukan".)
    expect(named('Poet Nilmani Phukan won the award on Tuesday.', 'Moreover, Padma Shri Phukan was conferred with Sahitya Akademi Award in 1981.')).not.toContain('term:Padma Shri Phukan');
    expect(named('Poet Nilmani Phukan won the award on Tuesday.', 'Moreover, Padma Shri Phukan was conferred with Sahitya Akademi Award in 1981.').filter((f) => f.startsWith('person:'))).toEqual(['person:Nilmani Phukan', 'person:Phukan']);
    // (Nor is the honour alone, however spelled: "including the Padma Sri".)
    expect(named('He won several prestigious awards including the Padma Sri.')).toContain('term:Padma Sri');
    // (A front's sector: "in the Pallanwala Sector along the Line of Control".)
    expect(named('He commanded an engineer regiment during Operation Parakram in the Pallanwala Sector along the Line of Control.')).toContain('place:Pallanwala Sector');
    // (Two words too: "near Joda Phatak in Amritsar".)
    expect(named('The train ran over the crowd near Joda Phatak in Amritsar on Friday evening.')).toContain('place:Joda Phatak');
    expect(named('The bus overturned near Sarai Kale Khan in Delhi.')).toContain('place:Sarai Kale Khan');
    // A body, a bay or a title before "of" stays one name.
    expect(named('The Bank of England and officials in the Bay of Bengal region met on Monday.')).toContain('organisation:Bank of England');
  });

  it('an everyday noun capitalised as an office is before "of <state>" is no place ("a Member of Rajasthan\'s Legislative Assembly")', () => {
    const found = named("Between 1993 and 1998, Dhankhar was a Member of Rajasthan's Legislative Assembly.");
    expect(found.filter((e) => /Member/.test(e))).toEqual([]);
    expect(found).toContain('place:Rajasthan');
  });
});

describe('"Sheikh" before one more word is part of the name', () => {
  it('"Bangladesh Prime Minister Sheikh Hasina" is Sheikh Hasina, Prime Minister of Bangladesh', () => {
    const a = analyzeArticle(articleOf(['Bangladesh Prime Minister Sheikh Hasina held talks in New Delhi.', 'Ms. Hasina was accorded a ceremonial welcome.']));
    const people = a.sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person'));
    expect(people.map((e) => [e.text, e.canonical, e.role ?? ''])).toEqual([
      ['Sheikh Hasina', 'Sheikh Hasina', 'Prime Minister of Bangladesh'],
      ['Hasina', 'Sheikh Hasina', ''],
    ]);
  });
});

describe('"Sheikh" opening a two-word name is part of it wherever it stands', () => {
  it('after a lower-case role and at the sentence’s start; a longer name keeps it as a title', () => {
    const a = analyzeArticle(articleOf(['The talks were between Narendra Modi and his Bangladesh counterpart Sheikh Hasina at the Hyderabad House.', 'Sheikh Hasina later met President Droupadi Murmu.', 'Modi met Sheikh Mohammed bin Zayed in Abu Dhabi.']));
    const people = a.sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person')).map((e) => e.text);
    expect(people).toEqual(expect.arrayContaining(['Sheikh Hasina', 'Mohammed bin Zayed']));
    expect(people).not.toContain('Hasina');
  });
});

describe('scheme and mission names written in capitals or after an office', () => {
  it('a word in capitals or hyphenated before "scheme", "satellite" … is the thing\'s name', () => {
    const found = named('Farmers got money under the PM-KISAN scheme and the POSHAN scheme on Monday, and the NVS-02 satellite was launched.');
    expect(found).toEqual(expect.arrayContaining(['term:PM-KISAN', 'term:POSHAN', 'term:NVS-02']));
  });

  it('"the PM Vishwakarma scheme" names a scheme, not a person called Vishwakarma; "PM Narendra Modi" stays a person', () => {
    const found = named('The Union Cabinet approved the PM Vishwakarma scheme on Friday, and PM Narendra Modi welcomed it.');
    expect(found).toContain('term:PM Vishwakarma');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual(['person:Narendra Modi']);
  });

  it('a name that ends the sentence leaves out its full stop ("the Padma Shri.")', () => {
    expect(named('Olympians Neeraj Chopra and singer Sonu Nigam will be awarded the Padma Shri.')).toContain('term:Padma Shri');
  });

  it('"until 2026" is the year 2026, a date, without its preposition', () => {
    expect(named('The scheme will run in government schools until 2026, officials said.')).toContain('date:2026');
    // A sentence's first "Since" too.
    expect(named('Since 2019 the scheme has covered eight crore families in rural areas.')).toContain('date:2019');
    const dated = named('The rate has remained unchanged since February 2023 and the data is due by March 6.');
    expect(dated).toEqual(expect.arrayContaining(['date:February 2023', 'date:March 6']));
  });
});

describe('a portfolio before "Minister" is the title, whatever its words', () => {
  it('"Public Distribution Minister Ram Vilas Paswan" is Ram Vilas Paswan', () => {
    const found = named('Union Consumer Affairs, Food and Public Distribution Minister Ram Vilas Paswan passed away on Thursday.');
    expect(found).toContain('person:Ram Vilas Paswan');
    expect(named('Jal Shakti Minister Chandrakant Raghunath Patil reviewed the project on Monday.')).toContain('person:Chandrakant Raghunath Patil');
  });

  it('"PM Narendra Modi", "CM Yogi Adityanath": the short office is a title, not part of the name', () => {
    const names = analyzeArticle(articleOf(['PM Narendra Modi met CM Yogi Adityanath in Lucknow on Monday.', 'Mr. Modi praised the state.']))
      .sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person').map((e) => `${e.text} = ${e.canonical}`));
    expect(names).toEqual(['Narendra Modi = Narendra Modi', 'Yogi Adityanath = Yogi Adityanath', 'Modi = Narendra Modi']);
  });

  it('"PM" before a single word is a scheme\'s name, not a title ("the PM Vishwakarma scheme")', () => {
    expect(named('Narendra Modi on Tuesday launched the PM Vishwakarma scheme for artisans.')).not.toContain('person:Vishwakarma');
  });
});

describe('a minister\'s portfolio of two halves written before the office', () => {
  const roles = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person').map((e) => [e.canonical, e.role ?? '']));

  it('"Social Justice and Empowerment Minister …" is the Minister of Social Justice and Empowerment, not "of Empowerment"', () => {
    expect(roles('The Bill was passed after a reply by Social Justice and Empowerment Minister Thaawarchand Gehlot.')).toEqual([['Thaawarchand Gehlot', 'Minister of Social Justice and Empowerment']]);
    expect(roles('Women and Child Development Minister Smriti Irani launched the portal.')).toEqual([['Smriti Irani', 'Minister of Women and Child Development']]);
    expect(roles('Briefing media, Union Information and Broadcasting Minister Ashwini Vaishnaw said so.')).toEqual([['Ashwini Vaishnaw', 'Minister of Information and Broadcasting']]);
    expect(roles('Consumer Affairs, Food and Public Distribution Minister Pralhad Joshi chaired the meeting.')).toEqual([['Pralhad Joshi', 'Minister of Consumer Affairs, Food and Public Distribution']]);
  });

  it('leaves a surname before "and" out of the portfolio ("Shah and Tourism Minister …"), not a one-word portfolio', () => {
    expect(roles('Soon after, Mehta and Parliamentary Affairs Minister Arun Rao went to the front row.').find(([n]) => n === 'Arun Rao')?.[1]).toBe('Parliamentary Affairs Minister');
    expect(roles('Tourism and Culture Minister Meena Rao opened the museum in Hampi.')).toContainEqual(['Meena Rao', 'Minister of Tourism and Culture']);
  });

  it('leaves a country before "and", or a second office, out of the portfolio', () => {
    expect(roles('India and Japan Foreign Minister Taro Kono spoke.')).toEqual([['Taro Kono', 'Foreign Minister of Japan']]);
    expect(roles('The Chief Minister and Health Minister Raj Kumar Singh visited the hospital.').map(([, role]) => role)).not.toContain('Minister of Chief Minister and Health');
  });
});

describe('a known place ends an office\'s complement: the name after it keeps all its words', () => {
  const people = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person').map((e) => [e.canonical, e.role ?? '']));

  it('"Chief Minister of Assam Himanta Biswa Sarma" is Himanta Biswa Sarma, not "Biswa Sarma"', () => {
    expect(people('Chief Minister of Assam Himanta Biswa Sarma said the state would hold the event.')).toEqual([['Himanta Biswa Sarma', 'Chief Minister of Assam']]);
    expect(people('Former Deputy Chief Minister of Tripura Jishnu Dev Verma has been appointed as the Governor of Telangana.').map(([name]) => name)).toEqual(['Jishnu Dev Verma']);
    // A portfolio no list holds still runs to the name's last two words.
    expect(people('Minister of New and Renewable Energy Pralhad Joshi spoke at the summit.')).toEqual([['Pralhad Joshi', 'Minister of New and Renewable Energy']]);
    // (A word of no English shape before the last two, after a portfolio's word, opens a name of three.)
    expect(people('Modi was welcomed by Minister for Federal Capital Territory Nyesom Ezenwo Wike on Sunday.')).toEqual([['Nyesom Ezenwo Wike', 'Minister for Federal Capital Territory']]);
    expect(people('Minister of Jal Shakti Gajendra Singh Shekhawat inaugurated the project.').map(([name]) => name)).toEqual(['Gajendra Singh Shekhawat']);
  });
});

describe('"the Apex Court", "the Top Court"', () => {
  it('is the Supreme Court, however the report capitalises it', () => {
    const a = analyzeArticle(articleOf(['The Apex Court overruled the 1967 judgement on Friday.', 'The Top Court said a regular bench will decide the matter.']));
    const courts = a.sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'organisation')).map((e) => e.canonical);
    expect(courts).toEqual(['Supreme Court', 'Supreme Court']);
  });
});

describe('initials written after the given name', () => {
  it('end a person\'s name ("district Collector Meghasree D R"), never a plan or a vitamin', () => {
    const got = named('Wayanad district Collector Meghasree D R said relief work is progressing.', 'The officials said Plan B was ready, and Vitamin D supplements were given to children.', 'Palakkad district Collector Chitra R S visited the camp on Monday.');
    expect(got).toContain('person:Meghasree D R');
    expect(got).toContain('person:Chitra R S');
    expect(got.some((e) => /^person:(?:Plan|Vitamin)/.test(e))).toBe(false);
  });
});

describe('a courtesy title before one name', () => {
  it('makes it a person, whatever place the name also is ("Ms. Sudan", "Mr. Jordan")', () => {
    const found = named('Former Health Secretary Preeti Sudan will take charge on August 1. Ms. Sudan is currently a member of the Commission.');
    expect(found).toContain('person:Sudan');
    expect(found).not.toContain('term:Ms. Sudan');
    expect(named('Mr. Jordan said the talks would resume.')).toContain('person:Jordan');
    // (The country alone stays one.)
    expect(named('India sent aid to Sudan on Monday.')).not.toContain('person:Sudan');
  });
});

describe('a one-word nickname in quotes before a name', () => {
  it('is part of the person\'s name, no place of its own ("actor \'Mysore\' Srikantayya Umesh")', () => {
    const found = named("Veteran Kannada actor 'Mysore' Srikantayya Umesh died on Sunday after prolonged illness.");
    expect(found).toContain("person:'Mysore' Srikantayya Umesh");
    expect(found.filter((e) => /:Mysore$/.test(e))).toEqual([]);
  });
});

describe('the one word a person goes by, said later in the story', () => {
  it('is that person before the full name too ("Veteran actor Asrani …" then "Govardhan Asrani, known popularly by mononym Asrani")', () => {
    const a = analyzeArticle(articleOf(['Veteran actor Asrani passed away in a Mumbai hospital on Monday, his manager said.', 'Govardhan Asrani, known popularly by mononym Asrani, had acted in over 300 films.']));
    const people = a.sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'person').map((e) => e.canonical));
    expect(people[0]).toBe('Govardhan Asrani');
    // (Without the story saying so, a bare name points back only.)
    const b = analyzeArticle(articleOf(['Gupta performed a traditional pooja on Monday morning.', 'Chief Secretary Sanjay Gupta read out the warrant.']));
    expect(b.sentences[0].entities.find((e) => e.text === 'Gupta')?.canonical).not.toBe('Sanjay Gupta');
  });
});
