import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

const texts = (facts: ReturnType<typeof factsOf>) => facts.flatMap((f) => [f.question, f.cloze, f.statement ?? '']);

describe('a description of something the article named', () => {
  it('"the scheme" is written as the short form the name carries, with its kind word', () => {
    const facts = factsOf([
      "The Union Cabinet has approved the 'PM Green Boat Revolution in Inland Waterways (PM G-BOAT) Scheme' to promote river transport.",
      'The scheme, with an outlay of Rs 2,400 crore over a period of two years, aims to promote electric ferries in Kochi.',
    ]);
    const second = facts.filter((f) => f.sentenceIndex === 1 && f.pattern === 'cloze').map((f) => f.question);
    expect(second.length).toBeGreaterThan(0);
    for (const q of second) expect(q).toMatch(/^The PM G-BOAT Scheme, with an outlay of/);
    // (And of its figures, what it costs before how long it runs.)
    const figures = facts.filter((f) => f.sentenceIndex === 1 && f.answerType === 'number').sort((a, b) => b.score - a.score);
    expect(figures[0].answer).toBe('Rs 2,400 crore');
  });

  it('"the mission" is the one named before it, not another named later in its own sentence', () => {
    const facts = factsOf([
      'Captain Meera Rao became the first Kenyan to visit the ISS during the Axiom-5 mission, completing a 14-day stay in orbit.',
      'The mission marked Kenya’s return to human spaceflight after four decades, following Colonel Amos Kariuki’s flight aboard the Soviet Soyuz mission in 1984.',
    ]);
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).not.toMatch(/^The Soviet Soyuz mission marked/);
    expect(second.some((t) => /^The Axiom-5 mission marked/.test(t))).toBe(true);
  });

  it('"the award" is the honour named before it by its own head word ("Ashok Chakra"), not one of the headline named later', () => {
    const facts = factsOf([
      'Group Captain Meera Rao has been approved for the Ashok Chakra by the President on the eve of Republic Day.',
      'The award also follows a rare precedent where Wing Commander Amit Sharma was similarly honoured in 1985.',
      'Two women officers of the Navy were honoured with the Shaurya Chakra award for sailing around the globe.',
    ], { title: 'Meera Rao gets Ashoka Chakra; 2 women Navy officers awarded Shaurya Chakra' });
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).not.toMatch(/Shaurya Chakra/);
    // (Where its own sentence names the honour, "the award" stays as written.)
    const again = factsOf([
      'Group Captain Meera Rao has been approved for the Ashok Chakra by the President on the eve of Republic Day.',
      'The award also follows a precedent where Wing Commander Amit Sharma was similarly conferred the Ashok Chakra in 1985.',
    ]);
    for (const t of texts(again.filter((f) => f.sentenceIndex === 1)).filter(Boolean)) expect(t).not.toMatch(/^The Ashok Chakra also follows/);
  });

  it('"this groundbreaking vaccine" is the vaccine named after its kind word before ("… malaria vaccine, AdFalciVax")', () => {
    const facts = factsOf([
      'The Indian Council of Medical Research (ICMR) has initiated the commercial rollout of its first indigenous malaria vaccine, AdFalciVax.',
      'Developed by the Regional Medical Research Centre in Bhubaneswar, this groundbreaking vaccine targets Plasmodium falciparum.',
    ]);
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).not.toMatch(/this groundbreaking vaccine/);
    expect(second.some((t) => /AdFalciVax targets/.test(t))).toBe(true);
  });

  it('"the wetland" is the wetland named last before it ("Udaipur Jheel … The wetland is an important wintering ground")', () => {
    const facts = factsOf([
      'The additions are Gokul Jalashay in Buxar district and Udaipur Jheel in West Champaran district, taking Bihar to five Ramsar sites.',
      'Udaipur Jheel is an oxbow lake which surrounds a village. The wetland is an important wintering ground for around 35 migratory bird species.',
    ]);
    const last = texts(facts.filter((f) => /wintering/.test(f.sentence))).filter(Boolean);
    expect(last.length).toBeGreaterThan(0);
    for (const t of last) expect(t).not.toMatch(/^The wetland\b/);
    expect(last.some((t) => /Udaipur Jheel is an important wintering ground/.test(t))).toBe(true);
  });

  it('"…, said the report." closing a sentence stands for its teller as written', () => {
    const facts = factsOf(['The Union Cabinet on Wednesday approved 12 industrial smart cities under the National Industrial Corridor Development Programme.', 'The investment potential from the smart cities is estimated at ₹1.5 lakh crore, said the report.']);
    const second = facts.filter((f) => f.sentenceIndex === 1).map((f) => f.answer);
    expect(second).toContain('₹1.5 lakh crore');
  });

  it('"the award" is never an honour named after it ("The award was presented …" → not "The Dharma Chakra")', () => {
    const story = [
      'Sri Lanka on Saturday conferred its highest civilian honour, the Mithra Vibhushana, on Prime Minister Narendra Modi.',
      'The award was presented to Modi by President Anura Kumara Dissanayake during a ceremony at the presidential secretariat in Colombo.',
      'The Dharma Chakra on the medal reflects the shared Buddhist heritage of both nations.',
    ];
    const second = texts(factsOf(story).filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).not.toMatch(/Dharma Chakra/);
    expect(second.some((t) => /^The Mithra Vibhushana was presented/.test(t))).toBe(true);
    // (With no honour named before it, "the award" names nothing: no item.)
    const unnamed = texts(factsOf(story.slice(1)).filter((f) => f.sentenceIndex === 0)).filter(Boolean);
    for (const t of unnamed) expect(t).not.toMatch(/Dharma Chakra/);
  });

  it('"the award" named as a prize keeps its "the", whatever opens the name ("the PEN Pinter Prize")', () => {
    const facts = factsOf(['Arundhati Roy has been awarded the PEN Pinter Prize 2024 by English PEN.', 'Roy will accept the award on October 10 at a ceremony co-hosted by the British Library.']);
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.some((t) => /accept the PEN Pinter Prize/.test(t))).toBe(true);
    expect(second.some((t) => /accept PEN Pinter/.test(t))).toBe(false);
  });

  it('"the bill" before an article or a time word is the bill the article named ("had passed the bill a day earlier")', () => {
    const facts = factsOf(['The Lok Sabha on Friday passed the Drone Safety and Registration Bill amid protests by opposition members.', 'The Rajya Sabha had passed the bill a day earlier by a voice vote.']);
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).not.toMatch(/\bthe bill\b/);
  });

  it('"the scheme envisions …" with no scheme named: nothing is asked of it', () => {
    const facts = factsOf(['The Union Cabinet approved a scheme to promote the making of magnets.', 'The scheme envisions allocating the total capacity to five beneficiaries through bidding.']);
    expect(texts(facts.filter((f) => f.sentenceIndex === 1)).filter((t) => /\bThe scheme\b/.test(t))).toEqual([]);
  });

  it('"the section" is the provision the ruling named, written by its number without "the"', () => {
    const facts = factsOf(['The Supreme Court on Tuesday upheld the validity of Section 12B of the Forest Rights Act, 2006.', 'The section was inserted by way of an amendment in 2012 in furtherance of the Nilgiri Accord.']);
    const second = facts.filter((f) => f.sentenceIndex === 1 && f.pattern === 'cloze').map((f) => f.question);
    expect(second.length).toBeGreaterThan(0);
    for (const q of second) expect(q).toMatch(/^Section 12B was inserted/);
    // (No section named: nothing asked of "the section".)
    const unnamed = factsOf(['The section was inserted by way of an amendment in 2012 in furtherance of the Nilgiri Accord.']);
    expect(texts(unnamed).filter((t) => /\bsection\b/i.test(t))).toEqual([]);
  });

  it('"the Act" is the Act the article named, or nothing is asked of it', () => {
    const named = factsOf(['The Assembly on Friday passed the Goa Fishing Boats (Regulation) Act, 2022 by a voice vote.', 'The Act had been notified on April 2, 2022 by the state.']);
    for (const t of texts(named.filter((f) => f.sentenceIndex === 1)).filter(Boolean)) expect(t).not.toMatch(/\bThe Act\b/);
    const unnamed = factsOf(['A bench headed by Chief Justice R K Menon upheld the validity of the Act on Tuesday.']);
    expect(texts(unnamed).filter((t) => /\bthe Act\b/.test(t))).toEqual([]);
  });

  it('"the rocket" is the vehicle the article named, with "the" before its short form and kind word', () => {
    const facts = factsOf([
      'The mission marks the sixth flight of the GSLV vehicle from Sriharikota.',
      'The rocket was last used during the NVS-02 launch on January 29, 2025.',
    ]);
    const asked = facts.filter((f) => f.sentenceIndex === 1 && f.pattern === 'cloze').map((f) => f.question);
    expect(asked).toContain('The GSLV vehicle was last used during the _____ launch on January 29, 2025.');
    expect(asked.some((q) => q.startsWith('The rocket'))).toBe(false);
  });

  it('"the report" is the index the lead named, past its short form with the edition ("GCI 2024"), said with "the"', () => {
    const facts = factsOf([
      'Brazil has moved to Tier 1 in the Global Water Readiness Index (GWRI) 2025, released by the World Water Council (WWC).',
      'The ‘GWRI 2025’ used a new five-tier analysis for the first time.',
      'The report placed 31 countries in Tier 1, the highest of the five tiers.',
    ]);
    const asked = facts.filter((f) => f.sentenceIndex === 2 && f.pattern === 'cloze').map((f) => f.question);
    expect(asked).toContain('The GWRI placed _____ countries in Tier 1, the highest of the five tiers.');
  });

  it('"the spacecraft" is the mission the story named by its code name ("the Chandrayaan-3 mission")', () => {
    const facts = factsOf([
      'Thousands cheered as the Shukrayaan-1 mission by the Indian Space Research Organisation lifted off at 2.35 pm.',
      'The spacecraft was launched on a GSLV Mark 3 heavy-lift launch vehicle from Sriharikota.',
      'In a boost to the space programme, the government also approved Rs 1,200 crore for a second launch pad in Kulasekarapattinam.',
    ]);
    const asked = facts.filter((f) => f.pattern === 'cloze').map((f) => f.question);
    expect(asked.some((q) => q.startsWith('The Shukrayaan-1 mission was launched on a'))).toBe(true);
    // ("the space programme": a noun before the kind makes a thing of its own.)
    expect(asked.filter((q) => q.includes('boost to the Shukrayaan-1'))).toEqual([]);
  });

  it('"the survey" is the census its sentence named before it, said so where the card is its clause alone', () => {
    const facts = factsOf(['Chief Minister Pema Khandu on Monday said that the numbers in the latest Hornbill census are encouraging as the survey revealed that the total number of hornbills was pegged at 4,120 in the year 2024.']);
    const asked = facts.filter((f) => f.answer === '4,120').map((f) => f.question);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q).not.toMatch(/^The survey\b/);
    // ("The census …" names none: the sentence's opening "The" is no name.)
    const bare = factsOf(['The census was delayed, and the survey revealed that the number of hornbills was pegged at 4,120 in 2024.']);
    for (const f of bare) expect(f.cloze).not.toMatch(/the The census/i);
  });

  it('"the report submitted by a committee headed by …" says which report by who made it', () => {
    const facts = factsOf(['The Union Cabinet on Wednesday unanimously accepted the report submitted by a high-level committee headed by former Chief Justice Uday Lalit on river linking.']);
    expect(facts.some((f) => f.answer === 'Uday Lalit' && f.pattern === 'cloze')).toBe(true);
    // (A bare "the report" still names nothing.)
    expect(factsOf(['The Union Cabinet on Wednesday unanimously accepted the report in Delhi.']).filter((f) => f.pattern === 'cloze' && /the report/.test(f.question))).toEqual([]);
  });

  it('"the rocket" is the one the headline writes beside its kind word ("rocket GSLV-F16"), named bare in the body', () => {
    const paragraphs = ['The rocket, which carried the NISAR satellite, lifted off from Sriharikota at 5.40 pm.', 'Officials said the flight of GSLV-F16 was flawless.'];
    const asked = factsOf(paragraphs, { title: 'ISRO rocket GSLV-F16 places NISAR in orbit' }).filter((f) => f.sentenceIndex === 0 && f.pattern === 'cloze').map((f) => f.question);
    expect(asked.some((q) => q.startsWith('The GSLV-F16 rocket, which carried the NISAR satellite, lifted off from'))).toBe(true);
    // (Not named beside its kind word in the headline: which rocket, the card cannot say.)
    const bare = factsOf(paragraphs, { title: 'ISRO places NISAR in orbit' }).filter((f) => f.sentenceIndex === 0 && f.pattern === 'cloze');
    expect(bare.some((f) => /\bThe rocket\b/.test(f.question))).toBe(false);
  });

  it('is written as its short form: "the mission" → NMEO-Oilseeds (a launch)', () => {
    const facts = factsOf([
      'The Union Cabinet on Thursday approved the National Mission on Edible Oils-Oilseeds (NMEO-Oilseeds) with an outlay of Rs 10,103 crore.',
      'Information and Broadcasting Minister Ashwini Vaishnaw said the mission would cover 21 lakh hectares of additional area.',
      'The Mission will be implemented by the Ministry of Agriculture and Farmers Welfare.',
    ]);
    const all = texts(facts).join('\n');
    expect(all).not.toMatch(/\bthe [Mm]ission\b/);
    expect(facts.some((f) => f.answer === 'Ashwini Vaishnaw' && f.question.includes('NMEO-Oilseeds'))).toBe(true);
    expect(facts.some((f) => f.cloze.startsWith('NMEO-Oilseeds will be implemented by'))).toBe(true);
  });

  it('is never a body named a survey of a place ("the study" is not the Zoological Survey of India)', () => {
    const facts = factsOf([
      'Herpetologist R Chaitanya and his team have discovered six new species of geckos in the Western Ghats.',
      'The team behind the study was led by Bengaluru-based herpetologist Chaitanya in collaboration with Dr Giri, Director, Foundation for Biodiversity Conservation; Dr BHCK Murthy, Zoological Survey of India, Kozhikode (ZSIK) and Dr Praveen Karanth from the Indian Institute of Science.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/behind the Zoological Survey/);
  });

  it('is written as its name: "the index" → the Global Hunger Index (a ranking)', () => {
    const facts = factsOf([
      'India has been ranked 105th among 127 countries in the Global Hunger Index 2024.',
      'The index was published by Concern Worldwide and Welthungerhilfe.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/\bthe index\b/i);
    expect(facts.some((f) => f.answer === 'Concern Worldwide and Welthungerhilfe' && /^Which two organisations published the Global Hunger Index/.test(f.question))).toBe(true);
  });

  it('is a name of its own kind before one of a kin kind, its bracketed short form too ("the scheme" → PM E-Drive, not the FAME programme)', () => {
    const facts = factsOf([
      'The Cabinet gave its nod to the PM Electric Drive Revolution in Innovative Vehicle Enhancement (PM E-Drive) scheme, a follow-up to the now-terminated FAME programme, with an outlay of Rs 10,900 crore.',
      'Officials said that although the scheme was not included in the Budget for FY25, it will be reflected in the Revised Estimates.',
    ]);
    const all = texts(facts).join('\n');
    expect(all).not.toMatch(/although (?:the )?FAME/);
    expect(all).toMatch(/although the PM E-Drive scheme was not included/);
  });

  it('"the project" is the project the article named, or nothing is asked of it', () => {
    const named = factsOf([
      'Apart from this, the Chennai Metro Phase-2 project worth more than Rs 63,000 crore has also been approved.',
      'The central and Tamil Nadu governments will have a 50-50 per cent stake in the project.',
    ]);
    expect(texts(named).join('\n')).not.toMatch(/\bthe project\b/);
    const unnamed = factsOf(['The completion cost of the project is Rs 6,230 crore, the Railway Minister said in Delhi.']);
    expect(texts(unnamed).join('\n')).not.toMatch(/\bthe project\b/);
  });

  it('"the project" is the one the headline names when the article names two', () => {
    const facts = factsOf(
      [
        'Prime Minister Narendra Modi laid the foundation stone of the Ken-Betwa River Link Project at Khajuraho in Madhya Pradesh.',
        'On this occasion, he also inaugurated the Omkareshwar Floating Solar Project in Khandwa district of the state.',
        'Nearly 44 lakh people in ten districts will get drinking water under the project, which is estimated to cost Rs 44,605 crore.',
      ],
      { title: 'PM Modi lays foundation stone of Ken-Betwa River Link Project' },
    );
    const drinking = texts(facts).filter((t) => t.includes('drinking water'));
    expect(drinking.length).toBeGreaterThan(0);
    expect(drinking.some((t) => t.includes('Omkareshwar'))).toBe(false);
  });

  it('"the law" is the Act or Sanhita the article named; "the laws" names none, and nothing is asked of them', () => {
    const law = factsOf(['The Bharatiya Nyaya Sanhita replaced the Indian Penal Code on July 1 after a notification.', 'The law has 358 sections, compared to 511 in the old code.']);
    expect(texts(law).join('\n')).not.toMatch(/\b[Tt]he law\b/);
    const laws = factsOf(['The laws were passed by Parliament on December 21 after a long debate.']);
    expect(texts(laws).join('\n')).not.toMatch(/\b[Tt]he laws\b/);
  });

  it('leaves "the component scheme-Integrated Cold Chain …" alone: a hyphen joins it to a name', () => {
    const facts = factsOf([
      'The Cabinet approved an outlay of Rs 6,520 crore for the Pradhan Mantri Kisan Sampada Yojana on Thursday.',
      'The approval includes Rs 1,000 crore for 50 irradiation units under the component scheme-Integrated Cold Chain and Value Addition Infrastructure.',
    ]);
    for (const t of texts(facts)) expect(t).not.toMatch(/Yojana-Integrated/);
  });

  it('"the scheme focuses on …" is the scheme the article named, an Abhiyan too; the short form beside a blank bars the cloze', () => {
    const facts = factsOf([
      'The Union Cabinet on Wednesday approved the Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM-JANMAN) with an outlay of Rs 24,104 crore.',
      'The scheme focuses on 11 critical interventions, including housing and drinking water.',
    ]);
    for (const t of texts(facts)) expect(t).not.toMatch(/\b[Tt]he scheme focuses\b/);
    // "approved the {{c1::…Abhiyan}} (PM-JANMAN)": the short form would fill the blank.
    for (const f of facts) expect(f.cloze).not.toMatch(/\}\}\s*\(PM-JANMAN\)/);
  });

  it('asks nothing that leans on a description that names nothing', () => {
    const facts = factsOf([
      'The Cabinet on Wednesday approved a hike in the minimum support price for wheat.',
      'Minister Ashwini Vaishnaw said the decision would result in an additional income of Rs 87,000 crore for farmers.',
      'The scheme will be reviewed by the Ministry of Agriculture in 2026.',
    ]);
    for (const t of texts(facts)) expect(t).not.toMatch(/\bthe (decision|scheme)\b/i);
  });

  it('asks nothing of "the view" or "the move", whose the sentence before said', () => {
    const facts = factsOf([
      'Justice Meera Nair held that the States may sub-classify the backward classes.',
      'The view was backed by three other judges, Justices Arun Rao, Kavita Das and Sunil Kher on the Bench.',
      'The move will benefit as many as 1,200 communities across the country by 2027.',
    ]);
    for (const t of texts(facts)) expect(t).not.toMatch(/\bthe (view|move)\b/i);
    // (What was held is still asked.)
    expect(facts.some((f) => f.answer === 'Meera Nair')).toBe(true);
  });

  it('asks nothing of "the discipline", which the sentence before named', () => {
    const facts = factsOf([
      'Yogasan athlete Aarti Pal has been recommended for the Arjuna Award.',
      'The discipline was recognised by the Sports Ministry only five years ago.',
      'Mallakhamb athletes said the discipline was recognised by the Madhya Pradesh government in 2013.',
    ]);
    for (const t of texts(facts)) expect(t).not.toMatch(/\bthe discipline\b/i);
  });

  it('asks nothing of "the feat" or "the milestone", which no name can say', () => {
    const facts = factsOf([
      'Rohan Thakur finally crossed the 8m mark with a leap of 8.05m at the Asian Indoor Championships on Friday.',
      'Thakur became the third Indian and 12th Asian to achieve the feat.',
      'Coach Anil Bisht said the milestone was the result of years of work at the national camp in Patiala.',
    ]);
    const all = texts(facts);
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/\bthe (feat|milestone)\b/i);
  });
});

describe('"the programme" after a programme named with its phase', () => {
  it('is that programme ("Vibrant Villages Programme II")', () => {
    const facts = factsOf(['The Union Cabinet approved on Friday the Coastal Villages Programme II for fishing hamlets.', 'With a total outlay of Rs 4,200 crore, the programme is to be implemented in select villages till 2029.']);
    expect(texts(facts.filter((f) => f.sentenceIndex === 1)).join(' ')).toMatch(/the Coastal Villages Programme II is to be implemented/);
  });
});

describe('"the agency" after a body the lead named', () => {
  it('is written as that body, before a verb in the past or the present ("The agency expects …", "The agency assessed …")', () => {
    const facts = factsOf([
      'Fitch Ratings on Tuesday raised the outlook on Kenya’s credit rating to stable, citing strong export growth.',
      'The agency expects the fiscal deficit to narrow to 4.1 per cent of GDP by 2027.',
      'The agency assessed that a drought would cut farm output by 3 per cent.',
    ]);
    const later = texts(facts.filter((f) => f.sentenceIndex > 0)).filter(Boolean);
    expect(later.length).toBeGreaterThan(0);
    for (const t of later) expect(t).toMatch(/^Fitch Ratings (?:expects|assessed)/);
  });
});

describe('a description of an office or an operation the sentence does not name', () => {
  it('asks nothing of "the coveted post" or "the extensive operation"', () => {
    const facts = factsOf([
      'Meena Rao was sworn in as the Mayor of Pune on Friday, the third woman to hold the office.',
      'Congress leader Asha Verma of the Janata Dal also held the coveted post in 2004.',
      'The extensive operation, dubbed Kaveri, brought 1,200 stranded tourists back from Gangtok.',
    ]);
    const all = texts(facts);
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/\bthe (?:\w+ )?(?:post|operation)\b/i);
    // (A post that says which is asked: "the post of Mayor".)
    expect(texts(factsOf(['Asha Verma was elected to the post of Mayor of Pune in 2004 after a close contest.'])).join(' ')).toMatch(/the post of Mayor/);
  });
});

describe('a description that may stand for either of two things is not written as one', () => {
  it('"The initiative" after a second programme named in between', () => {
    const facts = factsOf([
      'The Cabinet approved the launch of the National Mission on Natural Farming, a centrally sponsored scheme.',
      'The Cabinet also cleared AIM 2.0 with a budget of Rs 2,750 crore for implementation until March 2028.',
      'The initiative will further strengthen the entrepreneurial ecosystem of India by supporting startups.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/National Mission[^.]*will further strengthen/);
  });

  it('"the scheme" after a list of sub-schemes is the umbrella scheme, its long quoted title one name', () => {
    const facts = factsOf([
      "The Union Cabinet on Wednesday approved the 'Capacity Building and Human Resource Development' scheme with a total outlay of Rs 2,277 crore.",
      'The umbrella scheme has four sub-schemes: (i) the Doctoral Fellowship Scheme; (ii) the Extramural Research Scheme; (iii) the Award Scheme; and (iv) the Travel and Symposia Grant Scheme.',
      'The scheme is implemented by the Council of Scientific and Industrial Research across the country.',
    ]);
    const all = texts(facts).join('\n');
    expect(all).toMatch(/The Capacity Building and Human Resource Development scheme is implemented by/);
    expect(all).not.toMatch(/Travel and Symposia Grant Scheme is implemented/);
    // (Nor is the last item of the list a clause of its own.)
    expect(all).not.toMatch(/^\(iv\)/m);
  });

  it('"the Index" is the index named before, across a body, its short form and a name that only qualifies a noun', () => {
    const facts = factsOf([
      'India ranked 130th on the Human Development Index, according to the report released by the United Nations Development Programme (UNDP).',
      "It noted that India's HDI value has grown faster than both the global and South Asian averages.",
      'Iceland, with an HDI value of 0.972, ranked at the top of the Index, followed by Norway and Switzerland.',
    ]);
    expect(texts(facts).join('\n')).toMatch(/ranked at the top of the Human Development Index/);
  });

  it('"the award" is the award the article named', () => {
    const facts = factsOf([
      'Malayalam superstar Mohanlal will be honoured with the Dadasaheb Phalke Award for 2023, the highest recognition in cinema.',
      'The award will be presented at the 71st National Film Awards ceremony on September 23, 2025.',
    ]);
    expect(texts(facts).join('\n')).toMatch(/The Dadasaheb Phalke Award will be presented/);
  });

  it('but the only scheme named before still resolves', () => {
    const facts = factsOf([
      'Prime Minister Narendra Modi on Tuesday launched the PM Vishwakarma Yojana for traditional artisans in New Delhi.',
      'The scheme will provide collateral-free loans of up to Rs 3 lakh to about 30 lakh artisans across India.',
    ]);
    expect(texts(facts).join('\n')).toMatch(/PM Vishwakarma Yojana will provide/);
  });
});

describe('"It" after a sentence that defines one body by another', () => {
  it('is not resolved: either body may be meant', () => {
    const facts = factsOf([
      'PSLV-C53 is the second dedicated commercial mission of NewSpace India Limited (NSIL), the commercial arm of ISRO.',
      'It had on June 23 launched GSAT-24 for the Direct-to-Home service provider Tata Play.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/PSLV-C53 had on June 23 launched/);
  });

  it('is resolved after a plain subject', () => {
    const facts = factsOf([
      'The Indian Space Research Organisation launched the Aditya-L1 spacecraft from Sriharikota on Saturday.',
      'It placed the spacecraft in an elliptical orbit about 235 km above the Earth, the agency said.',
    ]);
    expect(texts(facts).join("\n")).toMatch(/The Indian Space Research Organisation placed the (?:Aditya-L1 )?spacecraft/);
  });
});

describe('a description noun used as a modifier is no description', () => {
  it('"the policy repo rate" is a rate, not an unnamed policy: the sentence keeps its facts', () => {
    const facts = factsOf(['The Monetary Policy Committee on Friday decided to keep the policy repo rate unchanged at 6.5 per cent, the Governor said.']);
    expect(facts.some((f) => f.answer === '6.5 per cent')).toBe(true);
  });
});

describe('"he" after a name that names something else', () => {
  it('is not "the Narendra Modi government"\'s Modi', () => {
    const facts = factsOf([
      'Union Minister Ram Vilas Paswan passed away in a Delhi hospital on Thursday at the age of 74.',
      'Paswan had been a minister in the Narendra Modi government as well as the Atal Bihari Vajpayee government.',
      'He was elected to the Lok Sabha from the Hajipur parliamentary constituency eight times.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/He \(Narendra Modi\)|Narendra Modi was elected/);
  });
});

describe('"the Bill" is the bill the article named', () => {
  it('resolves to it, or the question is not made', () => {
    const facts = factsOf([
      'The Rajya Sabha on Monday passed the Merchant Shipping Bill, 2025 through voice vote.',
      'The Lok Sabha had passed the Bill on August 6.',
    ]);
    expect(facts.map((f) => f.question).join('\n')).not.toMatch(/\bthe Bill on August 6/);
  });
});

describe('"the festival", "the summit": named when the article named it', () => {
  it('writes the name, and keeps a bare description where none was named', () => {
    const named = factsOf([
      'The Hornbill Festival began at Kisama near Kohima on Sunday, drawing tourists from across the country to Nagaland.',
      'Chief Minister Neiphiu Rio opened the event in the presence of several ambassadors.',
      'The festival will run till December 10 and showcases the culture of all 17 Naga tribes.',
    ], { date: '2024-12-02' });
    expect(named.some((f) => f.cloze.startsWith('The Hornbill Festival will run till {{c1::December 10}}'))).toBe(true);
    const bare = factsOf(['Thousands of visitors crowded the old city square on Saturday night for the opening of the annual light show.', 'The festival runs through March 11 this year, the organisers said in a statement.'], { date: '2007-03-05' });
    expect(bare.some((f) => f.answer === 'March 11' && /^The festival runs through/.test(f.cloze))).toBe(true);
  });
});

describe('"the scheme" after a name whose kind word follows it', () => {
  it('is written with the kind word ("the Electoral Bond scheme", not "the Electoral Bond")', () => {
    const facts = factsOf([
      'The Supreme Court on Thursday struck down the Electoral Bond scheme for the funding of political parties.',
      'The court ruled the scheme and the amendments to the Companies Act were unconstitutional and arbitrary.',
    ], { date: '2024-02-15' });
    const all = facts.flatMap((f) => [f.question, f.cloze]).join('\n');
    expect(all).toContain('ruled the Electoral Bond scheme and the amendments');
    expect(all).not.toMatch(/the Electoral Bond and/);
  });
});

describe('"the series" says which series', () => {
  it('is the lecture series the article named ("the 10th lecture in the series")', () => {
    const facts = factsOf([
      'After his death in 2007, Presidency University organises the Dipak Kumar Memorial Lecture in his honour.',
      'In 2018, Esther Duflo delivered the 10th lecture in the series.',
    ]);
    const duflo = facts.filter((f) => f.answer === 'Esther Duflo' && f.pattern !== 'cloze');
    for (const f of duflo) expect(f.question).not.toMatch(/\bthe series\b/);
  });

  it('asks nothing of an unnamed series ("India won the series 2-1")', () => {
    const facts = factsOf(['India beat Australia by six wickets in the final Test at Sydney on Sunday.', 'Virat Kohli, who scored 593 runs, was named the player of the series.']);
    expect(texts(facts).filter((t) => /\bthe series\b/.test(t))).toEqual([]);
  });
});

describe('a short form of two words after the blank gives the name away', () => {
  it('"The _____ (UAE CEPA) was signed …" is asked without that cloze', () => {
    const facts = factsOf(['The Comprehensive Economic Partnership Agreement (UAE CEPA) was signed in New Delhi by Commerce Minister Piyush Goyal on Saturday.']);
    expect(facts.filter((f) => f.answer === 'Comprehensive Economic Partnership Agreement' && f.cloze)).toEqual([]);
  });

  it('a faction in brackets is no short form ("Lok Janshakti Party (Ram Vilas)")', () => {
    const facts = factsOf(['Union Minister Chirag Paswan’s Lok Janshakti Party (Ram Vilas) secured 19 seats in the Bihar Assembly election, strengthening the alliance.']);
    // (The faction is part of the name: the blank and key take both.)
    expect(facts.some((f) => f.answer === 'Lok Janshakti Party (Ram Vilas)' && f.cloze.includes('{{c1::Lok Janshakti Party (Ram Vilas)}}'))).toBe(true);
  });
});

describe('"the tournament" in a story of several', () => {
  it('stays bare, never a name that only qualifies a noun ("World Championship contender") or another cup', () => {
    const facts = factsOf([
      'India won the open and women’s sections of the Chess Olympiad in Budapest on Sunday.',
      'World Championship contender D. Gukesh scored 9 points in 10 games on the top board.',
      'India also lifted the Gaprindashvili Cup for the best combined score.',
      'Divya Deshmukh, the 18-year-old newcomer to the women’s team, was formidable throughout the tournament.',
    ]);
    const divya = facts.filter((f) => f.sentenceIndex === 3).flatMap((f) => [f.question, f.cloze]);
    expect(divya.filter((t) => /World Championship|Gaprindashvili Cup/.test(t))).toEqual([]);
  });
});

describe('"the law" after an outlet named as the teller', () => {
  it('is never the outlet ("…, reported Live Law. … the law – the … Act, 2020 – …")', () => {
    const facts = factsOf([
      'The Punjab and Haryana High Court on Friday set aside a Haryana law providing 75% reservation for residents in private jobs, reported Live Law.',
      'A division bench declared that the law – the Haryana State Employment of Local Candidates Act, 2020 – was unconstitutional.',
    ]);
    expect(texts(facts).filter((t) => /Live Law/.test(t) && !/reported Live Law/.test(t))).toEqual([]);
  });
});

describe('the startup', () => {
  it('names nothing by itself: a question that leans on it is not asked ("Which two people founded the startup?")', () => {
    const facts = factsOf(['Vikram-S, built by Hyderabad-based Skyroot Aerospace, was launched from Sriharikota on Friday.', 'Pawan Chandana and Bharath Daka founded the startup in 2018 after leaving ISRO.']);
    expect(facts.some((f) => /\bthe startup\b/.test(f.question) || /\bthe startup\b/.test(f.cloze))).toBe(false);
  });
});

describe('"the report" after another report is named', () => {
  it('is not named as that other report in a story of the headline’s index: it may be either', () => {
    const facts = factsOf([
      'India has slipped by five places to 106th spot in the World Prosperity Index compiled by the Legatum Institute.',
      'Besides, in the Ease of Doing Business report by World Bank released earlier this week, India was ranked at 134th place.',
      'According to the report, India has slipped in the safety and security category by 21 places to 120.',
    ], { title: 'India slips to 106th spot in World Prosperity Index' });
    expect(texts(facts).some((t) => /According to the Ease of Doing Business/.test(t))).toBe(false);
  });
});

describe('a description: this session’s shapes', () => {
  it('"The collaboration reflects …", "The partnership marks …" name no one: not asked', () => {
    for (const text of [
      'The collaboration reflects the growing strategic partnership between India and the United States in space science.',
      'The partnership marks a new chapter in ties between Japan and Australia on critical minerals.',
    ]) {
      const facts = factsOf(['India and the United States signed a space pact in Washington on Monday.', text]);
      expect(texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean)).toEqual([]);
    }
  });

  it('"the Bill following …" is the Bill the article named', () => {
    const facts = factsOf([
      'The Rajya Sabha passed the Waqf (Amendment) Bill, 2025, early on Friday with 128 votes in favour.',
      'The Lok Sabha had already approved the Bill following a similarly prolonged debate on Thursday.',
    ]);
    const second = facts.filter((f) => f.sentenceIndex === 1 && f.answer === 'Lok Sabha').map((f) => f.question);
    expect(second.length).toBeGreaterThan(0);
    for (const q of second) expect(q).toMatch(/Waqf \(Amendment\) Bill, 2025 following/);
  });

  it('"the index" is the report named before it, past a day and a network named in between', () => {
    const facts = factsOf([
      'According to the latest World Happiness Report, India has been placed at 126th out of 146 countries.',
      'On the occasion of the International Day of Happiness, the United Nations Sustainable Development Solutions Network releases a report.',
      'According to the index, Pakistan secured the 108th position and Nepal secured the 78th position.',
    ]);
    const third = texts(facts.filter((f) => f.sentenceIndex === 2)).filter(Boolean);
    expect(third.length).toBeGreaterThan(0);
    for (const t of third) expect(t).toMatch(/^According to the World Happiness Report, /);
  });
});

describe('a description: names in between that cannot be it', () => {
  it('"the scheme" is the scheme named before, past a party and a promise named in the plural', () => {
    for (const between of [
      'The scheme was one of the 13 ‘Modi guarantees’ promised by the BJP ahead of the Assembly elections.',
      'The Congress and the BJP welcomed the decision on Saturday in Raipur.',
    ]) {
      const facts = factsOf([
        'The ‘Mahtari Vandan Yojana’ providing monthly cash assistance of Rs 1,000 to married women will come into force in Chhattisgarh on March 1.',
        between,
        'Around 1.02 crore women are expected to benefit from the scheme in the first year.',
      ]);
      const third = texts(facts.filter((f) => f.sentenceIndex === 2)).filter(Boolean);
      expect(third.length).toBeGreaterThan(0);
      for (const t of third) expect(t).toMatch(/the Mahtari Vandan Yojana in the first year/);
    }
  });
});

describe('a description: "this law" after a law with brackets in its name', () => {
  it('is that law, named whole', () => {
    const facts = factsOf(['The Centre on Friday notified the Public Examinations (Prevention of Unfair Means) Act, 2024.', 'This law has come into effect from June 21.']);
    const second = texts(facts.filter((f) => f.sentenceIndex === 1)).filter(Boolean);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).toMatch(/^The Public Examinations \(Prevention of Unfair Means\) Act, 2024 has come into effect/);
  });
});

describe('a description: past a sentence that lists many names', () => {
  it('"the scheme" is the scheme named before; a body named amid a list of towns is none', () => {
    const facts = factsOf([
      'The Union Cabinet approved the PM-SETU scheme for ITIs on Wednesday.',
      'The first phase covers ITIs in Pune, Nagpur, Kochi, Patna, Indore and Guwahati, run by the Directorate General of Training.',
      'The scheme will upgrade 1,000 ITIs across the country by 2028.',
    ]);
    const third = texts(facts.filter((f) => f.sentenceIndex === 2)).filter(Boolean);
    expect(third.length).toBeGreaterThan(0);
    for (const t of third) expect(t).toMatch(/^The PM-SETU scheme will upgrade/);
  });
});

describe('a description: a name its kind word opens', () => {
  it('"the Mission" is "Mission Mausam", "the operation" is "Operation Kaveri"', () => {
    for (const [first, second, named] of [
      ['The Union Cabinet on Wednesday approved ‘Mission Mausam’ with an outlay of Rs 2,000 crore over two years.', 'To be implemented by the Ministry of Earth Sciences, the Mission will boost weather research.', /, Mission Mausam will boost/],
      ['India launched Operation Kaveri on Monday to evacuate its citizens from Sudan.', 'Under the operation, 3,862 people were brought back to India by May 5.', /^Under Operation Kaveri, /],
    ] as const) {
      const clozes = factsOf([first, second]).filter((f) => f.sentenceIndex === 1).map((f) => f.cloze);
      expect(clozes.length).toBeGreaterThan(0);
      for (const t of clozes) expect(t).toMatch(named);
    }
  });
});

describe('"the programme" of a scheme the article named a Yojana', () => {
  it('is written as the Yojana ("The programme will cover 100 districts …")', () => {
    const facts = factsOf([
      'The Cabinet has approved the Prime Minister Dhan-Dhaanya Krishi Yojana for six years.',
      'The programme will cover 100 districts with an annual outlay of Rs 24,000 crore.',
    ], { title: 'PM Dhan-Dhaanya Krishi Yojana gets Cabinet nod' });
    const second = facts.filter((f) => f.sentenceIndex === 1 && f.pattern === 'cloze');
    expect(second.length).toBeGreaterThan(0);
    for (const f of second) expect(f.question).toMatch(/^The Prime Minister Dhan-Dhaanya Krishi Yojana will cover/);
    const abhiyan = factsOf(['The Centre launched the Swachh Bharat Abhiyan in 2014.', 'The initiative has built over 10 crore toilets in five years.']);
    for (const f of abhiyan.filter((f) => f.sentenceIndex === 1 && f.pattern === 'cloze')) expect(f.question).toMatch(/^The Swachh Bharat Abhiyan has built/);
  });
});

describe('"the scheme" after the article came back to it by its short form', () => {
  it('is the scheme, written with its kind word, though a body was named in between ("registered with EPFO")', () => {
    const facts = factsOf([
      'The Union Cabinet on Tuesday approved the Employment Linked Incentive (ELI) scheme to support employment generation, Union Minister Ashwini Vaishnaw said.',
      'He highlighted key features of the ELI scheme, saying that first-time employees registered with EPFO will receive one month’s wage.',
      'He said that the scheme aims to incentivize the creation of more than 3.5 crore jobs over a period of 2 years, with an outlay of Rs 99,446 crore.',
    ], { title: 'Cabinet approves Employment Linked Incentive scheme to boost job creation' });
    const third = facts.filter((f) => f.sentenceIndex === 2 && f.pattern === 'cloze');
    expect(third.length).toBeGreaterThan(0);
    for (const f of third) expect(f.question).toMatch(/said that the ELI scheme aims/);
  });

  it('holds for a mission and a body of another shape ("… under the NMEO-OP mission … registered with SOPA … The mission …")', () => {
    const facts = factsOf([
      'The Cabinet approved the National Mission on Edible Oils-Oil Palm (NMEO-OP) mission with an outlay of Rs 11,040 crore.',
      'Farmers under the NMEO-OP mission will sell fresh fruit bunches to mills registered with SOPA at assured prices.',
      'The mission will bring an additional 6.5 lakh hectare under oil palm by 2025-26.',
    ], { title: 'Cabinet clears National Mission on Edible Oils-Oil Palm' });
    const third = facts.filter((f) => f.sentenceIndex === 2 && f.pattern === 'cloze');
    expect(third.length).toBeGreaterThan(0);
    for (const f of third) expect(f.question).toMatch(/^The NMEO-OP mission will bring/);
  });

  it('is never written into a cloze whose blank is its short form ("key features of the _____ scheme")', () => {
    const facts = factsOf([
      'The Union Cabinet on Tuesday approved the Employment Linked Incentive (ELI) scheme to support employment generation.',
      'Asserting that the scheme is a significant step for the youth, he highlighted key features of the ELI scheme.',
    ], { title: 'Cabinet approves Employment Linked Incentive scheme' });
    for (const f of facts.filter((f) => f.answer === 'ELI')) expect(f.question).not.toMatch(/ELI/);
  });
});

describe('"this missile" after the missile a test-fire story named', () => {
  it('is written as its name; without one, it stays as written', () => {
    const facts = factsOf(['India successfully test-fired the Agni-5 missile from Chandipur on Wednesday.', 'This missile is equipped with a guidance system developed by DRDO. The missile can carry up to three nuclear warheads.']);
    const clozes = facts.map((f) => f.cloze).filter((c) => /DRDO|warheads/.test(c));
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) expect(c).toMatch(/^The Agni-5 missile /);
    const unnamed = factsOf(['The Army test-fired a new missile from Chandipur on Wednesday.', 'The missile can carry up to three nuclear warheads.']);
    expect(unnamed.map((f) => f.cloze).filter((c) => /warheads/.test(c)).every((c) => c.startsWith('The missile '))).toBe(true);
  });
});

describe('"the grouping" after its own name in the sentence', () => {
  it('stands ("members of the BRICS … declared expansion of the grouping by welcoming _____ new countries"); bare, it is no cloze', () => {
    const brics = factsOf(['In a landmark decision, members of the BRICS on August 24 declared expansion of the grouping by welcoming six new countries into the fold.']);
    expect(brics.map((f) => f.answer)).toContain('six');
    const bare = factsOf(['Leaders on Thursday declared expansion of the grouping by welcoming six new countries into the fold.']);
    expect(bare.filter((f) => f.pattern === 'cloze').map((f) => f.answer)).not.toContain('six');
  });
});

describe('"the scheme" named by the headline in other spacing', () => {
  it('is the scheme whose name the headline writes with its kind ("PM-eBus Sewa" under "… approves PM e-Bus Sewa scheme")', () => {
    const facts = factsOf([
      'The Union Cabinet, led by Prime Minister Narendra Modi, has approved "PM-eBus Sewa" for augmenting city bus operations.',
      'Estimated cost of the scheme is Rs 57,613 crore, of which Rs 20,000 crore will be provided by Central government.',
    ], { title: 'Cabinet approves PM e-Bus Sewa scheme, allocates Rs 57,613 cr', date: '2023-08-16' });
    const cost = facts.filter((f) => f.answer === 'Rs 57,613 crore').map((f) => f.cloze);
    expect(cost).toContainEqual('Estimated cost of the PM-eBus Sewa scheme is {{c1::Rs 57,613 crore}}, of which Rs 20,000 crore will be provided by Central government.');
  });
});

describe('"the award" beside a prize it is likened to', () => {
  it('is the award named, never the prize of the comparison ("the Ramon Magsaysay Awards, Asia’s version of the Nobel Prize")', () => {
    const facts = factsOf([
      'An Indian non-profit organisation, Foundation to Educate Girls Globally, is among the winners of this year’s Ramon Magsaysay Awards, Asia’s version of the Nobel Prize.',
      "In a statement, the Ramon Magsaysay Award Foundation (RMAF) said the Foundation to Educate Girls Globally, widely known as 'Educate Girls,' has made history as the first Indian organisation to receive the award.",
    ], { title: 'Educate Girls NGO becomes first Indian organisation to win Ramon Magsaysay Award', date: '2025-09-01' });
    const texts = facts.flatMap((f) => [f.question, f.cloze]);
    expect(texts.some((t) => /receive the Nobel Prize/.test(t))).toBe(false);
    expect(texts.some((t) => /receive the Ramon Magsaysay Awards?\b/.test(t))).toBe(true);
  });
});

describe('"It" that takes something in, after a body made it', () => {
  it('is not the body ("The Centre issued a draft notification … It includes 13 villages …")', () => {
    const facts = factsOf([
      'The Centre issued a fresh draft notification to declare over 56,800 square kilometres of the Western Ghats across six states an Ecologically Sensitive Area.',
      'It includes 13 villages in Kerala’s landslide-hit Wayanad.',
    ]);
    expect(texts(facts).join('\n')).not.toMatch(/The Centre includes/);
  });
});

describe('"It is an unprecedented … surge" after a body counted it', () => {
  it('is the rise, never the body ("… the ILO said. It is an unprecedented 45 percentage point surge")', () => {
    const ilo = factsOf([
      'The International Labour Organization (ILO) has published on its dashboard that 64.3 per cent of India’s population is now covered under at least one social protection benefit.',
      'It is an unprecedented 45 percentage point surge over the past decade, the global body has said.',
    ]);
    expect(texts(ilo).join('\n')).not.toMatch(/(?:ILO|International Labour Organization) is an unprecedented/);
    const rbi = factsOf([
      'The Reserve Bank of India (RBI) said bank credit grew to Rs 180 lakh crore in March.',
      'It was a sharp 16 per cent rise over the year before.',
    ]);
    expect(texts(rbi).join('\n')).not.toMatch(/(?:RBI|Reserve Bank of India) was a sharp/);
  });
});

describe('a kind of thing with its name right after it ("the joint military exercise AUSTRAHIND")', () => {
  it('is named already: no name is put in front of the kind, and "It" after it is the name with its kind', () => {
    const facts = factsOf([
      'An Indian Army contingent of 120 personnel left for Japan on Monday to take part in the fifth edition of the joint military exercise Dharma Guardian, the ministry said.',
      'The Dharma Guardian exercise was instituted in 2018 and the first edition was held in Mizoram.',
      'It is planned to be an annual event held alternately in India and Japan.',
      'Farmers in Rajasthan have gained from the scheme PM-KUSUM since 2019, the state said.',
    ]);
    const all = texts(facts).join('\n');
    expect(all).not.toMatch(/Dharma Guardian exercise (?:_____|\{\{c1::Dharma Guardian)/);
    expect(all).not.toMatch(/PM-KUSUM [Ss]cheme (?:_____|\{\{c1::)?PM-KUSUM/);
    expect(all).not.toMatch(/The Dharma Guardian is planned/);
    expect(texts(facts.filter((f) => f.sentenceIndex === 2)).filter(Boolean).some((t) => t.startsWith('The Dharma Guardian exercise is planned'))).toBe(true);
  });
});

describe('"the exercise" named by the exercise the story named', () => {
  it('reads a name its kind word opens ("Exercise EKUVERIN") or a one-word name its kind follows ("the Varuna naval exercise")', () => {
    const ekuverin = factsOf(['The 14th edition of the Joint Military Exercise EKUVERIN between the Indian Army and the Maldives National Defence Force commenced at Thiruvananthapuram on Tuesday.', 'The exercise will be conducted from December 2-15.']);
    expect(texts(ekuverin)).toContain('Exercise EKUVERIN will be conducted from _____.');
    const varuna = factsOf(['The Varuna naval exercise between India and France began in Goa on Tuesday.', 'The exercise will be conducted from December 2-15.']);
    expect(texts(varuna)).toContain('The Varuna naval exercise will be conducted from _____.');
    // (A one-word name with no kind word after it stays no exercise: "Varuna began …".)
    const bare = factsOf(['Varuna began in Goa on Tuesday with India and France.', 'The exercise will be conducted from December 2-15.']);
    expect(texts(bare)).not.toContain('Varuna will be conducted from _____.');
  });
});
