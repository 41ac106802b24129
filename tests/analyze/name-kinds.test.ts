import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

/** Each entity of the text as "text[class]". */
const read = (...paragraphs: string[]) => analyzeArticle(articleOf(paragraphs)).sentences.flatMap((s) => s.entities.map((e) => `${e.text}[${e.cls}]`));

describe('names that are no person', () => {
  it('reads a ship by its prefix ("MV Chem Pluto", "MT Marlin Luanda", "INS Imphal") as no person', () => {
    const got = read('The Navy has taken the attacks on MV Chem Pluto and MV Sai Baba very seriously.', 'The tanker MT Marlin Luanda was hit by a missile; INS Visakhapatnam responded.');
    for (const ship of ['MV Chem Pluto', 'MV Sai Baba', 'MT Marlin Luanda', 'INS Visakhapatnam']) expect(got).toContain(`${ship}[term]`);
  });

  it('reads a university whose name carries no "University" ("Jamia Millia Islamia") as a body, never a person', () => {
    const got = read('Jamia Millia Islamia retained the 3rd rank in the university category.', 'Jamia Hamdard emerged as the best university for pharmacy.');
    expect(got).toEqual(expect.arrayContaining(['Jamia Millia Islamia[organisation]', 'Jamia Hamdard[organisation]']));
  });

  it('reads a road by its last word ("the Moran Bypass") as a place, never a person', () => {
    expect(read('The Prime Minister landed at the Emergency Landing Facility built on the Moran Bypass in Dibrugarh.')).toContain('Moran Bypass[place]');
    expect(read('Traffic on the Jorabat Bypass was halted on Monday.')).toContain('Jorabat Bypass[place]');
  });

  it('reads a name opening on a combining form of a people ("Indo-Burmese Cyrtodactylus") as no person, its office\'s holder aside', () => {
    expect(read('The species from Mizoram represent the highland clade of Indo-Burmese Cyrtodactylus.')).toContain('Indo-Burmese Cyrtodactylus[term]');
    expect(read('Scholars of Sino-Tibetan Languages met in Leh.').some((e) => e.endsWith('[person]'))).toBe(false);
    expect(read("He spoke with Anglo-Indian MP Derek O'Brien on Monday.")).toContain("Derek O'Brien[person]");
  });

  it('reads a system, a model or a platform by its name ("Bharat Forecast System") as no person', () => {
    const got = read('The Centre launched the Bharat Forecast System on Monday.', 'The Unified Logistics Interface Platform was opened by Rajiv Menon in Delhi.');
    expect(got).toContain('Bharat Forecast System[term]');
    expect(got.filter((e) => e.endsWith('[person]'))).toEqual(['Rajiv Menon[person]']);
    // (A country's name opening a thing's is the thing's; two a dash joins are each named.)
    expect(read('The Bharat Mobility Global Expo opened in Delhi.')).toContain('Bharat Mobility Global Expo[term]');
    const pair = read('The India–US Joint Military Exercise began in Alaska.');
    expect(pair).toContain('India[place]');
    expect(pair).toContain('US[place]');
  });

  it('reads a name a place noun stands in apposition to ("Hasdeo Arand, one of the largest dense forest …") as a place, there and further on', () => {
    const got = read('Alok Shukla fought to protect Hasdeo Arand, one of the largest dense forest in central India.', 'The ministry notified Hasdeo Arand as a no-go zone.', 'Chilka Vela, a brackish lake in Odisha, hosts birds.');
    expect(got.filter((e) => e.startsWith('Hasdeo Arand'))).toEqual(['Hasdeo Arand[place]', 'Hasdeo Arand[place]']);
    expect(got).toContain('Chilka Vela[place]');
    expect(got).toContain('Alok Shukla[person]');
    // (A place noun that only describes a trade is no place: "a forest official".)
    expect(read('“Another 1,202 gharials were born,” Sarvesh Bhadauria, a forest official in Etawah district, said.')).toContain('Sarvesh Bhadauria[person]');
  });

  it('reads a side named after a place, its last word a plural ("Delhi SG Pipers"), and a portal by its name as no person', () => {
    const got = read('In their final group match against Delhi SG Pipers, the team won.', 'The Gyan Bharatam Portal was launched by Rajiv Rao on Friday.');
    expect(got).toContain('Delhi SG Pipers[term]');
    expect(got).toContain('Gyan Bharatam Portal[term]');
    expect(got).toContain('Rajiv Rao[person]');
  });

  it('leaves a side\'s standing off its name ("Heavyweights West Bengal extended …")', () => {
    expect(read('Heavyweights West Bengal extended their supremacy in the Santosh Trophy.')).toContain('West Bengal[place]');
  });

  it('reads a unit of measure written capitalised ("100 Giga Watt", "Mega Watts") as no name', () => {
    const got = read('India aims to achieve 100 Giga Watt of nuclear power capacity by 2047.', 'The plant in Gujarat will add 600 Mega Watts, said Minister Pralhad Joshi.', 'Each tank holds 20 Kilo Litre of water.');
    expect(got.filter((e) => /Watt|Litre/.test(e))).toEqual([]);
    expect(got).toContain('Pralhad Joshi[person]');
  });

  it('reads a room or service every airport, launch centre or hospital has as no name ("Mission Control Room", "Air Traffic Control")', () => {
    const got = read('The launch was met with applause in the Mission Control Room at Sriharikota.', 'The flight lost contact with Air Traffic Control a minute after takeoff from Ahmedabad.', 'Three of the injured were moved to the Emergency Ward in Ahmedabad.');
    expect(got.filter((e) => /Control|Care/.test(e))).toEqual([]);
    expect(got).toContain('Sriharikota[place]');
  });

  it('reads both Houses of Parliament and a Foreign Training Node as no name', () => {
    const got = read('Both Houses of Parliament have faced repeated adjournments since Monday.', 'The exercise commenced at the Foreign Training Node in Mahajan Field Firing Ranges, Rajasthan.');
    expect(got.filter((e) => /Houses|Training Node/.test(e))).toEqual([]);
  });

  it('reads a name after "at" as the venue where a day or an event\'s verb stands before it ("commenced on Monday at Umroi")', () => {
    const got = read('The seventh edition of the exercise commenced on Monday at Umroi, in a training node in Meghalaya.', 'The trials were held at Chandipur on Friday.');
    expect(got).toContain('Umroi[place]');
    expect(got).toContain('Chandipur[place]');
    // (One is "at" a person only by a verb of aiming: never a place.)
    expect(read('Rahul Gandhi took a jibe at Modi on Monday.').filter((e) => /Modi\[place/.test(e))).toEqual([]);
  });

  it('reads a bridge named after a person, a name the sentence calls an island, and a name before "town" as places', () => {
    const got = read('The four-lane Sudarshan Setu runs between Okha and the island.', 'Beyt Dwarka is an island close to Okha port, about 30 kilometres from Dwarka town.', 'The Atal Setu links Sewri to Nhava Sheva.');
    expect(got).toContain('Sudarshan Setu[place]');
    expect(got).toContain('Beyt Dwarka[place]');
    expect(got).toContain('Dwarka[place]');
    expect(got).toContain('Atal Setu[place]');
  });

  it('reads a body\'s everyday word that only opens the sentence as no name ("Services resumed at 4:00 am")', () => {
    expect(read('Services resumed at 4:00 am on December 1.')).toEqual(['December 1[date]']);
    expect(read('Operations were suspended at Chennai airport for hours.').filter((e) => /Operations/.test(e))).toEqual([]);
  });

  it('reads a town its state follows after a comma, in a list or after a word of place, as a place ("in Rae Bareli, Uttar Pradesh;")', () => {
    const got = read('AIIMS will open in Rae Bareli, Uttar Pradesh; Kalyani, West Bengal; and Bathinda, Punjab.');
    expect(got).toContain('Rae Bareli[place]');
    expect(got).toContain('Kalyani[place]');
    // (A person named before a state's possessive stays one.)
    expect(read('Ram Kumar, Uttar Pradesh\'s minister, spoke on Monday.')).toContain('Ram Kumar[person]');
  });

  it('reads a chess title before a name as the title, the name a person ("International Master Irine Kharisma Sukandar")', () => {
    expect(read('She outmaneuvered Indonesia’s International Master Irine Kharisma Sukandar in a demanding endgame.')).toContain('Irine Kharisma Sukandar[person]');
    expect(read('In the final round, Woman Grandmaster Vaishali Rameshbabu drew with the leader.')).toContain('Vaishali Rameshbabu[person]');
  });

  it('reads a grouping named by its number of members as one name ("the Group of 20 (G20)")', () => {
    expect(read('The African Union will become a permanent member of the Group of 20 (G20), Modi said.')).toContain('Group of 20[organisation]');
    expect(read('Leaders of the Group of Seven met in Italy on Friday.')).toContain('Group of Seven[organisation]');
  });

  it('reads a launch named by its rocket and payload joined by a slash as one name ("PSLV-C62/EOS-N1")', () => {
    const got = read('ISRO suffered a setback as its PSLV-C62/EOS-N1 mission failed to reach orbit.', 'The GSLV-F16/NISAR mission lifted off from Sriharikota in July, and PSLV-C39/IRNSS-1H failed in 2017.');
    for (const name of ['PSLV-C62/EOS-N1', 'GSLV-F16/NISAR', 'PSLV-C39/IRNSS-1H']) expect(got).toContain(`${name}[term]`);
    // (Not two things a slash offers as either: "India/Pakistan" stays two places.)
    expect(read('The match between India/Pakistan drew a record crowd.').filter((e) => /\//.test(e))).toEqual([]);
  });

  it('reads a college with its hospital or research wing as one name ("B J Medical College and Hospital")', () => {
    const got = read('The aircraft hit the hostel building of B J Medical College and Hospital in Ahmedabad.', 'Doctors at the Tata Memorial Institute and Research Centre treated the patients.');
    expect(got).toContain('B J Medical College and Hospital[organisation]');
    expect(got.some((e) => e.startsWith('Tata Memorial Institute and Research Centre['))).toBe(true);
  });

  it('reads a species by its common name, and a "Gaon" as a village, as no person', () => {
    const got = read('The second new species, Mechuka Slender Arm Frog (Leptobrachium mechuka), is small.', 'It was discovered at Tiwari Gaon in Arunachal Pradesh.');
    expect(got).toContain('Mechuka Slender Arm Frog[term]');
    expect(got).toContain('Tiwari Gaon[place]');
  });

  it('reads a count opening the sentence as no part of the name after it ("Several Trinamool leaders")', () => {
    const got = read('Several Trinamool leaders, including former education minister Partha Chatterjee, are in jail.', 'Many BJP leaders protested outside the court.');
    expect(got.filter((e) => /^(?:Several|Many)\b/.test(e))).toEqual([]);
    expect(got).toContain('Partha Chatterjee[person]');
  });

  it('reads a word of time opening the sentence as no part of the name after it ("Previous Goldman Prize winners")', () => {
    const got = read('Previous Goldman Prize winners from India include Medha Patkar and M.C. Mehta.', 'Past Ramon Magsaysay Award recipients attended the ceremony.');
    expect(got.filter((e) => /^(?:Previous|Past)\b/.test(e))).toEqual([]);
  });

  it('reads a regiment as a body, and a lone "Battalion" as no name of one', () => {
    const got = read('The Indian Army contingent is being led by a Battalion from the 11th Gorkha Rifles, officials said.', 'The exercise covers Humanitarian Assistance and Disaster Relief under the UN Charter.');
    expect(got).toContain('Gorkha Rifles[organisation]');
    expect(got).toContain('Humanitarian Assistance and Disaster Relief[term]');
    expect(got).not.toContain('Gorkha Rifles[person]');
  });

  it('reads a name after "from"/"to" with its country in brackets as a town ("from Al Jubail (Saudi Arabia)")', () => {
    expect(read('The tanker was on its way to New Mangalore from Al Jubail (Saudi Arabia) when it was hit.')).toContain('Al Jubail[place]');
    expect(read('The pilgrims flew to Abu Dhabi via Ras Al Khaimah (UAE) on Monday.')).toContain('Ras Al Khaimah[place]');
    // (Not a leader listed with the country he leads.)
    expect(read('Leaders such as Sheikh Hasina (Bangladesh) attended the summit.')).toContain('Sheikh Hasina[person]');
  });

  it('reads a party named in a regional language as a body ("Kalyana Rajya Pragathi Paksha")', () => {
    const got = read('Independents have won two seats while Kalyana Rajya Pragathi Paksha and Sarvodaya Karnataka Paksha won one seat each.');
    expect(got).toContain('Kalyana Rajya Pragathi Paksha[organisation]');
    expect(got).toContain('Sarvodaya Karnataka Paksha[organisation]');
  });

  it('reads a name headed by "Complex" as a place ("Capitol Complex")', () => {
    expect(read('Capitol Complex, Chandigarh and Khangchendzonga National Park, Sikkim have now been approved by the committee.')).toContain('Capitol Complex[place]');
  });

  it('reads a compound adjective or an ordinal opening a name as no person ("Long-billed Vultures", "Fourth Quarter")', () => {
    const got = read('Long-billed Vultures followed with 31 in Tamil Nadu, while Red-headed Vultures hit 11.', "The report on India's Balance of Payments during the Fourth Quarter was released on Friday.");
    expect(got).toContain('Long-billed Vultures[term]');
    expect(got).toContain('Red-headed Vultures[term]');
    expect(got).toContain('Fourth Quarter[term]');
    // (Before a given name the title stays with the person's run: "Second Gentleman Doug Emhoff".)
    expect(read('First Lady Jill Biden met the delegates on Monday.')).toContain('Jill Biden[person]');
  });

  it('reads a census, a survey and a weapon as terms, and "X and Y Census" as one name', () => {
    const got = read('The Cabinet Committee on Political Affairs has approved the enumeration of caste in the next Census, Union minister Ashwini Vaishnaw said.', 'The Socio Economic and Caste Census conducted in 2011 was a survey and not a Census.', 'Varunastra Torpedo is an indigenously developed anti-submarine torpedo.');
    expect(got).toContain('Cabinet Committee on Political Affairs[organisation]');
    expect(got).toContain('Census[term]');
    expect(got).toContain('Socio Economic and Caste Census[term]');
    expect(got).toContain('Varunastra Torpedo[term]');
    // ("The Commission on Tuesday said …": a day after "on" is no field of the body's.)
    expect(read('The Commission on Tuesday said the Council on Foreign Relations had written to it.')).toEqual(expect.arrayContaining(['Commission[organisation]', 'Council on Foreign Relations[organisation]']));
  });

  it('keeps a saint\'s college whole and two bodies joined by "and" apart', () => {
    expect(read("Kirori Mal College is at the fourth spot, while St Stephen's College has secured the fifth position.")).toContain("St Stephen's College[organisation]");
    const two = read('The third and fourth positions have been bagged by Manipal Academy of Higher Education and Jamia Millia Islamia.');
    expect(two).toContain('Manipal Academy of Higher Education[organisation]');
    expect(two.some((e) => e.startsWith('Manipal Academy of Higher Education and'))).toBe(false);
    // (A body of two fields stays one: "Ministry of Electronics and Information Technology".)
    expect(read('He visited the Ministry of Electronics and Information Technology on Monday.')).toContain('Ministry of Electronics and Information Technology[organisation]');
  });
});

describe('a name in capitals ending on a number word', () => {
  it('is one name ("the journal PLOS ONE")', () => {
    expect(read('The find was reported in a study published in the journal PLOS ONE on Wednesday.')).toContain('PLOS ONE[organisation]');
  });
});

describe('a weapon named by its path', () => {
  it('is one name ("Medium Range Surface to Air Missiles")', () => {
    expect(read('India test-fired the Medium Range Surface to Air Missiles air defence system off the coast of Odisha on Friday.').some((e) => e.startsWith('Medium Range Surface to Air Missiles['))).toBe(true);
  });
});

describe('a time of the Earth’s past', () => {
  it('reads a name before "period" or "epoch" as no person ("the Middle Eocene period")', () => {
    expect(read('The snake inhabited the region of present-day Gujarat during the Middle Eocene period.')).toContain('Middle Eocene[term]');
    expect(read('The fossils date to the Late Cretaceous epoch, about 70 million years ago, the team said.')).toContain('Late Cretaceous[term]');
  });
});

describe('an academy of letters and its fellowship', () => {
  it('reads "Sahitya Akademi" as a body and a "Fellowship" as an honour', () => {
    const got = read('This was announced by the Kendriya Sahitya Akademi in New Delhi on Wednesday.', 'The Kendra Sahitya Akademi awarded the Sahitya Akademi Fellowship to Das in 2000.');
    expect(got).toContain('Kendriya Sahitya Akademi[organisation]');
    expect(got).toContain('Sahitya Akademi Fellowship[term]');
    expect(read('The Lalit Kala Akademi opened its annual exhibition in Chennai on Monday.')).toContain('Lalit Kala Akademi[organisation]');
  });
});

describe('the name of an agreement or a law with "and" inside it', () => {
  it('is one name ("India-Australia Economic Cooperation and Trade Agreement", "… Partnership and Trade Agreement")', () => {
    expect(read('The India-Australia Economic Cooperation and Trade Agreement was signed in a virtual ceremony on Saturday.')).toContain('India-Australia Economic Cooperation and Trade Agreement[term]');
    expect(read('Officials said the Comprehensive Economic Partnership and Trade Agreement would be signed next year.')).toContain('Comprehensive Economic Partnership and Trade Agreement[term]');
  });

  it('still keeps two countries and an agreement apart ("India and Australia signed the Trade Agreement")', () => {
    expect(read('India and Australia signed the Free Trade Agreement on Saturday.')).toEqual(expect.arrayContaining(['India[place]', 'Australia[place]']));
  });
});

describe('religious orders', () => {
  it('are bodies, not people ("Nirmohi Akhara", "Ramakrishna Math")', () => {
    expect(read('The court dismissed the suit filed by Nirmohi Akhara for the management of the site.')).toContain('Nirmohi Akhara[organisation]');
    expect(read('The relief work was run by Ramakrishna Math volunteers in the district.')).toContain('Ramakrishna Math[organisation]');
  });
});

describe('a unit', () => {
  it('is no person ("the Intensive Care Unit"): a ward every hospital has is no name at all', () => {
    expect(read('He was shifted to the Intensive Care Unit on October 2 after his condition worsened.').filter((e) => /Intensive/.test(e))).toEqual([]);
  });
});

describe('a name before a machine\'s noun', () => {
  it('names the machine, not a person ("a Chase Tejas twin seater aircraft"), so a bare "Tejas" is no one\'s surname', () => {
    const got = read('The Light Combat Aircraft Tejas successfully fired the Astra missile off the coast of Goa.', 'In addition, a Chase Tejas twin seater aircraft monitored the aircraft.');
    expect(got).toContain('Chase Tejas[term]');
    expect(got.filter((x) => /\[person\]$/.test(x))).toEqual([]);
  });
});

describe('names read by what stands around them', () => {
  it('reads a plural title before a lone surname and "and" as a title, the surname a person ("Justices Gavai and …")', () => {
    const got = read('Justice B.R. Gavai spoke on Monday.', 'A division bench of Justices Gavai and K.V. Viswanathan was hearing the petitions.', 'Foreign Minister S Jaishankar arrived on Friday.', 'Ministers Jaishankar and Penny Wong met in Canberra.');
    expect(got.filter((e) => /^(?:Justices|Ministers)\b/.test(e))).toEqual([]);
    expect(got).toContain('Gavai[person]');
    expect(got).toContain('Jaishankar[person]');
    // (What a plural title names, a gathering, stays a name of its own.)
    expect(read('The Chief Ministers Conference and the Governors met.')).toContain('Chief Ministers Conference[organisation]');
  });

  it('reads a place of worship by its head word as a place, never a person ("Gandan Monastery", "Golden Temple")', () => {
    const got = read('India will send a Sanskrit teacher to Gandan Monastery for one year.', 'Pilgrims gathered at Hemis Monastery in Ladakh on Sunday.', 'The Prime Minister offered prayers at Dhungri Shrine in Manali.');
    expect(got).toContain('Gandan Monastery[place]');
    expect(got).toContain('Hemis Monastery[place]');
    expect(got.filter((e) => e.endsWith('[person]'))).toEqual([]);
  });

  it('reads an animal’s kind before its name as no part of it ("Namibian Cheetah Aasha")', () => {
    const got = read('Namibian cheetah Aasha has given birth to three cubs.', 'The cubs have been born to Namibian Cheetah Aasha at Kuno.', 'Tigress Machli was the most photographed tiger of Ranthambore.', 'Machli died in 2016.');
    expect(got.some((e) => e.startsWith('Aasha['))).toBe(true);
    expect(got.some((e) => e.startsWith('Machli['))).toBe(true);
    expect(got.filter((e) => /^(?:Cheetah|Tigress)\b/.test(e))).toEqual([]);
  });

  it('reads where one "won from" or "contested from" as a place, a constituency', () => {
    const got = read('The 77-year-old Congressman won from Garhi Sampla-Kiloi, which is part of the Rohtak seat.', 'She contested from Chandni Chowk in 2019.');
    expect(got).toContain('Garhi Sampla-Kiloi[place]');
    expect(got).toContain('Chandni Chowk[place]');
    // (And "from" a name no given name opens, in a sentence of seats won.)
    const seats = read('Vinesh Phogat won from Julana and Mamman Khan from Ferozepur Jhirka, both Congress candidates who won their seats.');
    expect(seats).toContain('Ferozepur Jhirka[place]');
    expect(seats).toContain('Mamman Khan[person]');
    // (Not a person a message came from.)
    expect(read('India received a call from Keir Starmer on the trade deal.')).toContain('Keir Starmer[person]');
  });

  it('reads a word in capitals after its kind as the thing’s name, however long ("the satellite TRISHNA")', () => {
    expect(read('ISRO launched the Earth observation satellite TRISHNA on Friday.')).toContain('TRISHNA[term]');
    expect(read('The government approved the scheme SAMARTHYA for weavers.')).toContain('SAMARTHYA[term]');
  });

  it('reads an Olympiad as an event, no person ("the 45th Chess Olympiad")', () => {
    expect(read('India clinched its maiden gold medal in the 45th Chess Olympiad on Sunday.')).toContain('Chess Olympiad[term]');
    expect(read('Gukesh won the gold medal at the Chess Olympiad in Budapest.')).toContain('Chess Olympiad[term]');
  });

  it('reads a place whose name holds "and" whole after an office that ends on "of" its first half', () => {
    const got = read('Chandra was serving as the Chief Secretary for the Union Territory of Andaman and Nicobar Islands.', 'He was earlier Adviser to the Administrator of Dadra and Nagar Haveli and Daman and Diu.');
    expect(got).toContain('Andaman and Nicobar Islands[place]');
    expect(got.filter((e) => /Nicobar Islands\[/.test(e) && !/^Andaman/.test(e))).toEqual([]);
  });
});

describe('a law whose brackets say what it prevents', () => {
  it('is one name ("the Public Examinations (Prevention of Unfair Means) Act, 2024")', () => {
    expect(read('The Centre notified the Public Examinations (Prevention of Unfair Means) Act, 2024 on Friday.')).toContain('Public Examinations (Prevention of Unfair Means) Act, 2024[term]');
    expect(read('Parliament amended the Scheduled Tribes (Prevention of Atrocities) Act in 2018.')).toContain('Scheduled Tribes (Prevention of Atrocities) Act[term]');
  });
});

describe('an Arabic name with its particles capitalised', () => {
  it('is a person, its title apart ("Sheikh Tamim Bin Hamad Al Thani", "Crown Prince Mohammed Bin Salman")', () => {
    const got = read('The pact was signed by Sheikh Tamim Bin Hamad Al Thani, the Amir of Qatar.', 'Crown Prince Mohammed Bin Salman met him in Riyadh.');
    expect(got).toContain('Tamim Bin Hamad Al Thani[person]');
    expect(got).toContain('Mohammed Bin Salman[person]');
  });
});

describe('a military exercise by its name', () => {
  it('is a term, its kind of drill no part of it ("the Malabar Naval exercise", "the Yudh Abhyas military exercise")', () => {
    const got = read('The 2024 edition of the Malabar Naval exercise concluded on Friday at Visakhapatnam.', 'The Yudh Abhyas military exercise began in Rajasthan.', 'India and France held the Varuna naval exercise off Goa.');
    expect(got).toContain('Malabar[term]');
    expect(got).toContain('Yudh Abhyas[term]');
    expect(got).toContain('Varuna[term]');
  });
});

describe('an agency an intergovernmental body names after itself', () => {
  it('is one organisation ("the UN Development Programme (UNDP)", "the UN Population Fund"), not the UN and a term', () => {
    const got = read('The report was released by the UN Development Programme (UNDP) on Tuesday.', 'The UN Population Fund said the fertility rate had fallen.', 'The UN Security Council met on Friday.');
    expect(got).toContain('UN Development Programme[organisation]');
    expect(got).toContain('UN Population Fund[organisation]');
    expect(got).toContain('UN Security Council[organisation]');
    expect(got).not.toContain('UN[organisation]');
  });
});

describe('a seat named as a person\'s or a term\'s', () => {
  it('is the place the article calls it where a cue settles it ("Ahlawat claimed Sultanpur Majra" beside "from Sultanpur Majra by … votes")', () => {
    const got = read(
      'Mukesh Ahlawat won from Sultanpur Majra by 17,126 votes, and Jarnail Singh from Tilak Nagar by 11,656 votes.',
      'Later in the evening, Ahlawat claimed Sultanpur Majra with a margin of 17,126 votes, and Singh claimed Tilak Nagar.',
    );
    expect(got.filter((e) => /^Sultanpur Majra\[/.test(e))).toEqual(['Sultanpur Majra[place]', 'Sultanpur Majra[place]']);
    expect(got.filter((e) => /^Tilak Nagar\[/.test(e))).toEqual(['Tilak Nagar[place]', 'Tilak Nagar[place]']);
  });

  it('takes a reporting verb before a name as its object, unless the verb inverts ("said Lavrov")', () => {
    const got = read('The minister denied Rahul Sharma any role in the deal.', '"We will act," said Rakesh Verma on Monday.');
    expect(got).toContain('Rakesh Verma[person]');
  });
});

describe('a participle opening the sentence', () => {
  it('is no given name of the name after it ("Retweeting Ricky’s post, …" names Ricky, not "Retweeting Ricky")', () => {
    const got = read('Ricky Kej won his second Grammy on Sunday.', 'Retweeting Ricky’s post, the prime minister wrote, "Congratulations!"', 'Congratulating Neeraj Chopra on the win, the minister said India was proud.');
    expect(got.some((e) => /^(?:Retweeting|Congratulating)\b/.test(e))).toBe(false);
    expect(got).toContain('Neeraj Chopra[person]');
  });
});

describe('a train', () => {
  it('is named by its "Express", even where its sentence says no "train" ("Coromandel Express left Balasore …"), never a person', () => {
    const got = read('At 6:40 pm, Coromandel Express left Balasore for Bhadrakh in Odisha.', 'The Yesvantpur-Howrah Express approached Bahanaga station at 6:55 pm.', 'The Indian Express reported the story first.');
    expect(got).toContain('Coromandel Express[term]');
    expect(got.some((e) => /Express\[person\]/.test(e))).toBe(false);
  });
});

describe('a festival and a temple board', () => {
  it('are no people ("the Vaikuntha Ekadasi festival", "Tirumala Tirupati Devasthanams (TTD)")', () => {
    const got = read('Devotees gathered at 90 ticket counters set up for the Vaikuntha Ekadasi festival starting Friday.', 'The Tirumala Tirupati Devasthanams (TTD) made arrangements for the devotees.');
    expect(got).toContain('Vaikuntha Ekadasi[term]');
    expect(got).toContain('Tirumala Tirupati Devasthanams[organisation]');
  });
});

describe('the short form of a longer name the article gives', () => {
  it('is that place or body, not a person ("Dihing Patkai came to limelight …" beside "the Dihing Patkai National Park")', () => {
    const got = read('The 234.26 square km Dihing Patkai National Park spans eastern Assam.', 'Dihing Patkai came to limelight a year ago for illegal coal mining in the surrounding areas.', 'Ravi Shankar Prasad said the Ravi Shankar Prasad Stadium would not be renamed.');
    expect(got).toContain('Dihing Patkai[place]');
    expect(got.filter((e) => e === 'Dihing Patkai[person]')).toEqual([]);
    // (Not a person the sentence cues, a stadium named after him beside it.)
    expect(got).toContain('Ravi Shankar Prasad[person]');
  });
});

describe('an embassy and a bond', () => {
  it('are a body and a term ("The Embassy of India in Khartoum", "the Electoral Bonds transactions"), no place or person', () => {
    const got = read('The Embassy of India in Khartoum arranged the transportation of citizens.', 'The Court directed SBI to disclose all the details concerning the Electoral Bonds transactions.');
    expect(got).toContain('Embassy of India[organisation]');
    expect(got).toContain('Electoral Bonds[term]');
  });
});

describe('an everyday word in -ing', () => {
  it('makes no name ("Quantum Computing", never a person the bare "Quantum" stands for)', () => {
    const got = read('The mission will develop intermediate scale quantum computers and promote Quantum Computing in India.', 'Multi-node Quantum networks with quantum memories are also deliverables.');
    expect(got.some((e) => /\[person\]$/.test(e) && /Quantum/.test(e))).toBe(false);
  });
});

describe('a plan named for the year it aims at', () => {
  it('is one term, its year and all ("adopted the Bangkok Vision 2030", "the UN\'s Agenda 2030")', () => {
    expect(read('Member nations signed a maritime transport agreement and adopted the Bangkok Vision 2030, a roadmap for the region.')).toContain('Bangkok Vision 2030[term]');
    expect(read('The summit reaffirmed its commitment to the UN Agenda 2030 for sustainable development.')).toContain('UN Agenda 2030[term]');
    // (A year after another name is no part of it.)
    expect(read('Shubman Gill scored a century in Chennai 2024, his first at home.').some((e) => /Chennai 2024/.test(e))).toBe(false);
  });
});

describe('a budget by its fiscal year', () => {
  it('is one term with the year ("unveiled the Union Budget 2025-26", "the Interim Budget 2024–25")', () => {
    expect(read('Finance Minister Nirmala Sitharaman unveiled the Union Budget 2025-26 on Saturday.')).toContain('Union Budget 2025-26[term]');
    expect(read('The Interim Budget 2024–25 kept tax rates unchanged.')).toContain('Interim Budget 2024–25[term]');
    // (A fiscal year after another name is no part of it.)
    expect(read('India’s GDP grew by 6.5 per cent in 2024-25, the Centre said.').some((e) => /GDP 2024/.test(e))).toBe(false);
  });
});

describe('a grouping India\'s news writes in title case', () => {
  it('is a body, never a person ("Bimstec\'s institutional capabilities", "Bimstec Centres of Excellence")', () => {
    const found = read('Prime Minister Narendra Modi announced initiatives to strengthen Bimstec’s institutional capabilities.', 'The initiatives included setting up of Bimstec Centres of Excellence in India.');
    expect(found).not.toContain('Bimstec[person]');
    expect(found.some((e) => /^Bimstec.*\[person\]$/.test(e))).toBe(false);
  });
});

describe('a body named for its place, then the full name of its head run into it', () => {
  it('is the body and the person ("the current chairperson of the Law Commission of India Ritu Raj Awasthi")', () => {
    const found = read('Former chief justice of Karnataka High Court and the current chairperson of the Law Commission of India Ritu Raj Awasthi are the new members of Lokpal.');
    expect(found).toContain('Law Commission of India[organisation]');
    expect(found).toContain('Ritu Raj Awasthi[person]');
    expect(read('The chairman of the Bar Council of India Anil Kumar Mishra released the report.')).toContain('Anil Kumar Mishra[person]');
    // (No given name after the place: the name stays whole.)
    expect(read('The Bank of India Foundation opened a school in Pune.').some((e) => /\[person\]/.test(e))).toBe(false);
  });
});

describe('a body of one word, then a name run into it', () => {
  it('is the body and the person ("The lone woman in the Cabinet Lalrinpuii has been allotted …")', () => {
    const found = read('The lone woman in the Cabinet Lalrinpuii has been allotted the Health and Family Welfare Department.');
    expect(found).toContain('Lalrinpuii[person]');
    expect(found.some((e) => e.startsWith('Cabinet Lalrinpuii'))).toBe(false);
    expect(read('The senior-most member in the Parliament Sudha Murty spoke first on the bill.')).toContain('Sudha Murty[person]');
    // (A body's own name after the word stays whole: "the Cabinet Secretariat", "the Parliament House".)
    expect(read('The Cabinet Secretariat issued the order on Monday.').some((e) => /\[person\]/.test(e))).toBe(false);
    expect(read('The members met in the Parliament House Annexe on Monday.').some((e) => /\[person\]/.test(e))).toBe(false);
  });
});

describe('a run of sport words', () => {
  it('is the sport, never a person ("won in Para Judo men\'s 61kg", "Para Archery")', () => {
    expect(read('Kapil Parmar won the bronze medal in Para Judo men’s 61kg J1 category.')).toContain('Para Judo[term]');
    expect(read('Harvinder Singh won gold in Para Archery at the Games.').some((e) => /Para Archery\[person\]/.test(e))).toBe(false);
  });
});
