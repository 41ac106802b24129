import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs, { date: '2025-11-02' }), 'launched').map((f) => [f.question, f.answer]);

describe('launched: what was launched, unveiled or approved', () => {
  it('dates nothing a sentence tells of another time ("In the past, Prime Minister Narendra Modi inaugurated the Atal tunnel")', () => {
    const title = { title: 'Centre approves construction of Shinkun La tunnel', date: '2023-02-17' };
    const past = ask(factsOf(['At present, the construction of the Zojila tunnel is underway.', 'In the past, Prime Minister Narendra Modi inaugurated the Atal tunnel. The Atal tunnel connects Manali with Leh.'], title), 'launched');
    expect(past.map(([q]) => q).filter((q) => /February 2023/.test(q))).toEqual([]);
    const back = ask(factsOf(['At present, the construction of the Shinkun La tunnel is underway.', 'Back then, Prime Minister Narendra Modi inaugurated the Zojila tunnel. The Zojila tunnel connects Sonamarg with Kargil.'], title), 'launched');
    expect(back.map(([q]) => q).filter((q) => /February 2023/.test(q))).toEqual([]);
  });

  it('never runs the name on into "of" and a people\'s adjective ("the Infinity Campus of Indian private space start-up Skyroot")', () => {
    const qs = asked(['Prime Minister Narendra Modi on Thursday inaugurated the Infinity Campus of Indian private space start-up Skyroot in Hyderabad.', 'The Minister also inaugurated the Research Block of French aerospace company Safran in Bengaluru on Friday.']);
    expect(qs.filter(([, a]) => /\bof\s+(?:Indian|French)$/.test(a))).toEqual([]);
  });

  it('asks what a body approved after a clause of what it said as it did ("Calling it a roadmap …, the cabinet on Tuesday approved the Khelo Bharat Niti …"), a long purpose by its first part', () => {
    const niti = asked(['Calling it a "strategic roadmap" for India\'s elevation into the top five of world sports, the cabinet on Tuesday approved the Khelo Bharat Niti to create world-class systems of coaching and athlete support along with a robust administrative set-up for the 2036 Olympics.']);
    expect(niti).toContainEqual([expect.stringMatching(/^Which policy did the cabinet approve to create world-class systems of coaching\b/), 'Khelo Bharat Niti']);
    const mission = asked(['Following a review of the sector, the Union Cabinet on Wednesday approved the National Mission on Edible Oils to raise output.']);
    expect(mission.map(([, a]) => a)).toContain('National Mission on Edible Oils');
  });

  it('asks who launched it past one who came along, its kind\'s "project" and a participle kept with the kind', () => {
    const bridge = ask(factsOf(['Prime Minister Narendra Modi, along with Bihar Chief Minister Nitish Kumar, on Friday inaugurated the Aunta-Simaria bridge project constructed over the River Ganga on National Highway 31 in Begusarai.'], { title: 'PM Modi Inaugurates Aunta-Simaria Bridge Project Built on River Ganga', date: '2025-08-22' }), 'launched');
    expect(bridge).toContainEqual([expect.stringMatching(/^Which bridge constructed over the River Ganga on National Highway 31 in Begusarai did Prime Minister Narendra Modi inaugurate\b/), 'Aunta-Simaria']);
    const tunnel = asked(['Union Minister Nitin Gadkari, accompanied by Chief Minister Omar Abdullah, on Monday inaugurated the Z-Morh tunnel constructed under the Zojila range in Ganderbal district.']);
    expect(tunnel.map(([q]) => q)).toContainEqual(expect.stringMatching(/^Which tunnel constructed under the Zojila range in Ganderbal district did Union Minister Nitin Gadkari inaugurate\b/));
  });

  it('asks nothing past a pronoun the verb takes ("… office in Chennai approved it and formally registered the Similipal kai chutney")', () => {
    const gi = factsOf(['Similipal kai chutney, a traditional dish of Odisha, has been given the GI tag.', 'After evaluating the application, the GI Registry office in Chennai approved it and formally registered the Similipal kai chutney in the classification of food products.'], { title: 'Similipal Kai Chutney Gets Geographical Indication Tag' });
    expect(ask(gi, 'launched')).toEqual([]);
  });

  it('asks with the purpose its apposition gives ("…, a central sector scheme to help create “safe borders”")', () => {
    const facts = factsOf(['The Union Cabinet approved on Friday the Coastal Villages Programme II, a central sector scheme to build "all-weather, safe roads" in hill hamlets, according to an official release.']);
    expect(ask(facts, 'launched').map(([q]) => q)).toContainEqual(expect.stringMatching(/^Which programme did the Union Cabinet approve to build all-weather, safe roads in hill hamlets/));
  });

  it('asks nothing of half a name a "cum" goes on from ("the Bird Census cum festival")', () => {
    const found = asked(['Assam Forest Minister Chandra Mohan Patowary inaugurated the Bird Census cum festival on January 9 at Agoratoli.']);
    expect(found.filter(([q]) => /cum festival/.test(q))).toEqual([]);
  });

  it('asks a launch vehicle as one, never as the satellite its name holds ("its geosynchronous satellite launch vehicle, GSLV-F05")', () => {
    const got = asked(['The Indian Space Research Organisation on Thursday launched its geosynchronous satellite launch vehicle, GSLV-F05, carrying an indigenous weather satellite INSAT-3DR.']);
    expect(got.map(([q]) => q).join(' ')).not.toMatch(/Which satellite did/);
    expect(got).toContainEqual(['Which satellite launch vehicle did the Indian Space Research Organisation launch in October 2025?', 'GSLV-F05']);
  });

  it('a satellite named after its description and a dash', () => {
    expect(asked(['The Indian Space Research Organisation on Sunday launched its heaviest communication satellite — the CMS-03 — on board the LVM3-M5 rocket from Sriharikota.'])).toEqual([
      ['Which communication satellite did the Indian Space Research Organisation launch on board the LVM3-M5 rocket from Sriharikota in November 2025?', 'CMS-03'],
    ]);
  });

  it('a satellite put into orbit by a body written with its short form and a day', () => {
    const [[q, a]] = asked(['The Indian Space Research Organisation (ISRO) on Wednesday successfully injected into orbit its earth imaging and mapping satellite CARTOSAT-3 along with 13 nano satellites from the US.']);
    expect(q).toMatch(/^Which mapping satellite did the Indian Space Research Organisation inject into orbit along with 13 nano satellites from the US/);
    expect(a).toBe('CARTOSAT-3');
  });

  it('a mission the Cabinet approved, its name whole though the analyser splits it at "on"', () => {
    expect(asked(['The Union Cabinet on Monday approved the launch of the National Mission on Natural Farming, a centrally sponsored scheme.'])).toEqual([
      ['Which mission did the Union Cabinet approve in October 2025?', 'National Mission on Natural Farming'],
    ]);
  });

  it('a mission a Cabinet "chaired by the Prime Minister" approved, an aside after a dash left out', () => {
    expect(asked(['The Union Cabinet, chaired by the Prime Minister Narendra Modi, has approved the Mission for Self-Reliance in Edible Oils - a landmark initiative aimed at boosting domestic production.'])).toEqual([
      ['Which mission did the Union Cabinet approve in November 2025?', 'Mission for Self-Reliance in Edible Oils'],
    ]);
  });

  it('a scheme a minister launched for a purpose', () => {
    const [[q, a]] = asked(['Prime Minister Narendra Modi on Tuesday launched the PM Vishwakarma scheme for traditional artisans and craftspeople.']);
    expect(q).toBe('Which scheme did Prime Minister Narendra Modi launch for traditional artisans and craftspeople in October 2025?');
    expect(a).toBe('PM Vishwakarma');
  });

  it('asks without a second deed joined by "and" ("… and also launched and dedicated various projects")', () => {
    const airport = asked(['Prime Minister Narendra Modi inaugurated the Navi Mumbai International Airport and also launched and dedicated various developmental projects in Mumbai, Maharashtra today.']);
    expect(airport.map(([q]) => q).join(' ')).not.toMatch(/launched and dedicated|inaugurate and/);
    expect(airport.map(([, a]) => a)).toContain('Navi Mumbai International Airport');
    const bridge = asked(['Prime Minister Narendra Modi on Sunday inaugurated the Sudarshan Setu bridge and laid the foundation stone of projects worth Rs 4,000 crore.']);
    expect(bridge.map(([q]) => q).join(' ')).not.toMatch(/laid the foundation/);
  });

  it('"the launch of the PSLV-C58 X-ray Polarimeter Satellite": asks the payload, by whom and on which rocket', () => {
    const xposat = asked(['The Indian Space Research Organisation (ISRO) kicked off the New Year with the launch of the PSLV-C58 X-ray Polarimeter Satellite (XPoSat) mission.']);
    expect(xposat).toContainEqual([expect.stringMatching(/^Which satellite was launched by the Indian Space Research Organisation on the PSLV-C58\b/), 'X-ray Polarimeter Satellite']);
    const proba = asked(['ISRO on Thursday completed the launch of the PSLV-C59 Proba-3 Satellite from Sriharikota.']);
    expect(proba.map(([, a]) => a)).not.toContain('PSLV-C59 Proba-3 Satellite');
  });

  it('asks the name after "called", not the owner before the kind word ("introduced a new UPI feature called \'Delegated Payments.\'")', () => {
    const upi = asked(["In addition to the higher transaction limit, the RBI introduced a new UPI feature called 'Delegated Payments.'"]);
    expect(upi.map(([, a]) => a)).toContain('Delegated Payments');
    expect(upi.map(([, a]) => a)).not.toContain('UPI');
    expect(upi.find(([, a]) => a === 'Delegated Payments')![0]).toMatch(/^Which UPI feature did the RBI introduce\b/);
    const app = asked(['Commerce Minister Piyush Goyal launched a new ONDC app called "Bharat Bazaar" for small traders.']);
    expect(app.map(([, a]) => a)).toContain('Bharat Bazaar');
  });

  it('the kind from the name\'s apposition ("Aditya-L1, India\'s first space-based mission …")', () => {
    const [[q, a]] = asked(['The Indian Space Research Organisation on Saturday launched Aditya-L1, India’s first space-based mission to study the Sun, from Sriharikota.']);
    expect(q).toMatch(/^Which mission did the Indian Space Research Organisation launch/);
    expect(a).toBe('Aditya-L1');
  });

  it('the kind with its head noun ("India\'s first home-built aircraft carrier" is an aircraft carrier, not an aircraft)', () => {
    const [[q, a]] = asked(['In a ceremony at Cochin Shipyard, Prime Minister Narendra Modi commissioned INS Vikrant, India\'s first home-built aircraft carrier.']);
    expect(q).toMatch(/^Which aircraft carrier did Prime Minister Narendra Modi commission/);
    expect(a).toBe('INS Vikrant');
  });

  it('asks nothing when no name follows the verb, or nobody launched it', () => {
    expect(asked(['The company launched a new range of electric scooters in Pune on Friday.'])).toEqual([]);
    expect(asked(['It was launched with much fanfare in 2019 by the state government.'])).toEqual([]);
    // A campaign "to persuade users to stop using IE6" launched a campaign, not IE6.
    expect(asked(['On a new website, Microsoft has launched an aggressive campaign to persuade users to stop using IE6 and update to a newer browser.'])).toEqual([]);
  });
});

describe('launched: the kind in English', () => {
  it('a scheme the Cabinet "has given approval to start" or "gave its nod to"', () => {
    expect(asked(['The Union Cabinet has given approval to start the PM-SETU scheme to upgrade 1,000 industrial training institutes.'])).toContainEqual([
      'Which scheme did the Union Cabinet approve to upgrade 1,000 industrial training institutes in November 2025?',
      'PM-SETU',
    ]);
    expect(asked(['The Union Cabinet on Wednesday has given its nod to the Rashtriya Gokul Mission with an outlay of Rs 3,400 crore.']).map(([, a]) => a)).toContain('Rashtriya Gokul Mission');
  });

  it('"Which scheme …?" for a Yojana', () => {
    const [[q]] = asked(['Prime Minister Narendra Modi on Tuesday launched the PM Surya Ghar Muft Bijli Yojana, a rooftop solar scheme for one crore households.']);
    expect(q).toMatch(/^Which scheme did Prime Minister Narendra Modi launch/);
  });

  it('asks what the Cabinet approved, not the Prime Minister who chaired it', () => {
    // (Never the owner before its thing: "launched BJD's flagship programme '…'" asks no BJD.)
    const flagship = factsOf(["Chief Minister Anil Rao on Sunday launched BJD's flagship programme 'Mission Shakti Yojana' in Odisha for women's self-help groups."], { date: '2024-03-10' });
    expect(ask(flagship, 'launched').map(([, a]) => a)).not.toContain('BJD');
    // (Whose the launched thing is goes with its kind: "Which spacecraft of … did …?".)
    const owned = factsOf(['The Indian Space Research Organisation successfully launched the SkyLink-7 spacecraft of the US-based Orbit Networks aboard its LVM3-M7 rocket on March 3, 2026.'], { date: '2026-03-04' });
    expect(ask(owned, 'launched').map(([q]) => q)).toContainEqual('Which spacecraft of the US-based Orbit Networks did the Indian Space Research Organisation launch aboard its LVM3-M7 rocket in March 2026?');
    // (Nor the ministry whose proposal it approved: "approved the proposal of the Ministry of … for
    // the implementation of the '… Scheme'"; the kind is the name's last kind word.)
    const proposal = factsOf(["The Union Cabinet has approved the proposal of the Ministry of Shipping for the implementation of the 'PM Green Boat Drive Revolution in Inland Waterways (PM G-BOAT) Scheme' to promote river transport."], { date: '2024-09-12' });
    expect(ask(proposal, 'launched')).toEqual([['Which scheme did the Union Cabinet approve to promote river transport in September 2024?', 'PM Green Boat Drive Revolution in Inland Waterways (PM G-BOAT) Scheme']]);
    // (Nor the one who "presided" over a state cabinet, which "also approved" it.)
    const state = factsOf(['The state cabinet presided by Chief Minister Hemant Rao on Friday also approved the Gram Jal Yojana for piped water in 900 villages.'], {
      date: '2025-03-14',
      title: 'Jharkhand cabinet clears water scheme',
    });
    expect(ask(state, 'launched')).toEqual([['Which scheme did the Jharkhand cabinet approve for piped water in 900 villages in March 2025?', 'Gram Jal Yojana']]);
    const facts = factsOf(['The Union Cabinet chaired by Prime Minister Narendra Modi on Thursday approved the PM-Surya Ghar Muft Bijli Yojana for rooftop solar in one crore households.'], { date: '2024-02-29' });
    expect(ask(facts, 'launched')).toEqual([['Which scheme did the Union Cabinet approve for rooftop solar in one crore households in February 2024?', 'PM-Surya Ghar Muft Bijli Yojana']]);
  });

  it('asks what "the Cabinet meeting, chaired by …" approved, its purpose left out, and never makes the chair its subject', () => {
    const facts = factsOf(['The Cabinet meeting, chaired by Prime Minister Narendra Modi, approved the National Quantum Mission (NQM) aiming to seed, nurture and scale up scientific and industrial R&D.'], { date: '2023-04-19' });
    expect(ask(facts, 'launched')).toEqual([['Which mission did the Cabinet approve in April 2023?', 'National Quantum Mission']]);
    // (A meeting of no body it knows, chaired by someone: no subject, no question.)
    const other = factsOf(['The review meeting, chaired by Chief Secretary Amitabh Jain, approved the Raipur Metro Project on Monday.'], { date: '2023-04-19' });
    expect(ask(other, 'launched')).toEqual([]);
  });

  it('asks "Which vessel …?" of a craft named by a long apposition ("INS Mahe, the first of the Mahe-class … craft")', () => {
    const facts = factsOf(['The Indian Navy on Monday commissioned INS Mahe, the first of the Mahe-class anti-submarine warfare shallow-water craft, which will form the first line of coastal defence.'], { date: '2025-11-24' });
    expect(ask(facts, 'launched')).toEqual([['Which vessel did the Indian Navy commission in November 2025?', 'INS Mahe']]);
  });

  it('asks what "<leader> led Union Cabinet" approved, the hyphen of "-led" left out', () => {
    const facts = factsOf(['Prime Minister Narendra Modi led Union Cabinet on Saturday approved the Unified Pension Scheme (UPS), designed to offer guaranteed pensions.'], { date: '2024-08-24' });
    expect(ask(facts, 'launched')).toEqual([['Which scheme did the Union Cabinet approve in August 2024?', 'Unified Pension Scheme']]);
  });
});

describe('launched: a thing its apposition calls a scheme, by a minister named after her office', () => {
  it('asks "Which scheme …?" of "Minister …, Smt. X, officially launched the Y (Z), a pioneering pension scheme designed for minors"', () => {
    const got = asked([
      'Union Minister for Labour and Employment, Smt. Shobha Karandlaje, officially launched the National Shramik Suraksha Vatsalya (NSSV), a pioneering welfare scheme designed for platform workers, in Bengaluru today.',
    ]);
    expect(got).toContainEqual(['Which scheme did Shobha Karandlaje launch for platform workers in November 2025?', 'National Shramik Suraksha Vatsalya']);
  });
  it('names "This initiative" by it in the next sentence', () => {
    const facts = factsOf([
      'Union Minister for Labour and Employment, Smt. Shobha Karandlaje, officially launched the National Shramik Suraksha Vatsalya (NSSV), a pioneering welfare scheme designed for platform workers, in Bengaluru today.',
      'This initiative was first announced in the state budget on March 7, 2025.',
    ]);
    const second = facts.filter((f) => f.sentenceIndex === 1).map((f) => f.question);
    expect(second.length).toBeGreaterThan(0);
    for (const q of second) expect(q).not.toMatch(/This initiative/);
  });
});

describe('launched: a thing described in one sentence and named in the next', () => {
  it('a bridge ("inaugurated India\'s longest river bridge in Assam. The … Dhola-Sadiya bridge …")', () => {
    expect(
      asked([
        "Prime Minister Narendra Modi on Friday inaugurated India's longest river bridge in Assam.",
        'The 9.2 km long Dhola-Sadiya bridge will connect Assam and Arunachal Pradesh.',
      ]),
    ).toEqual([["What is the name of India's longest river bridge in Assam, which Prime Minister Narendra Modi inaugurated in October 2025?", 'Dhola-Sadiya bridge']]);
  });

  it('a tunnel named two sentences later ("the country\'s longest road tunnel")', () => {
    expect(
      asked([
        "Union Minister Nitin Gadkari on Monday inaugurated the country's longest road tunnel in Jammu and Kashmir.",
        'Thousands of people gathered for the ceremony.',
        'The Chenani-Nashri tunnel cuts the distance between Jammu and Srinagar by 30 km.',
      ]),
    ).toEqual([["What is the name of the country's longest road tunnel in Jammu and Kashmir, which Union Minister Nitin Gadkari inaugurated in October 2025?", 'Chenani-Nashri tunnel']]);
  });

  it('no question without a superlative, or when a thing of that kind was named in between', () => {
    expect(asked(['Prime Minister Narendra Modi on Friday inaugurated a new bridge in Assam.', 'The Dhola-Sadiya bridge will connect Assam and Arunachal Pradesh.'])).toEqual([]);
    expect(
      asked([
        "Union Minister Nitin Gadkari on Monday inaugurated the country's longest road tunnel in Jammu and Kashmir.",
        'The Banihal tunnel was opened last year.',
        'The Chenani-Nashri tunnel cuts the distance between Jammu and Srinagar by 30 km.',
      ]).filter(([, a]) => a === 'Chenani-Nashri tunnel'),
    ).toEqual([]);
  });
});

describe('launched: a name in quotes before its kind word', () => {
  it('"approved the \'PM Vishwakarma\' scheme" asks which scheme', () => {
    expect(asked(["The Union Cabinet on Wednesday approved the 'PM Vishwakarma' scheme with a financial outlay of Rs 13,000 crore."])).toEqual([
      ['Which scheme did the Union Cabinet approve with a financial outlay of Rs 13,000 crore in October 2025?', 'PM Vishwakarma'],
    ]);
  });

  it('"launched the ‘Sanchar Saathi’ portal" asks which portal; a nickname in quotes is still no name', () => {
    expect(asked(['Union Minister Ashwini Vaishnaw on Tuesday launched the ‘Sanchar Saathi’ portal for mobile users.'])).toEqual([
      ['Which portal did Union Minister Ashwini Vaishnaw launch for mobile users in October 2025?', 'Sanchar Saathi'],
    ]);
    expect(asked(["The Indian Space Research Organisation on Thursday launched its own 'Sharp Eye' in the sky."])).toEqual([]);
  });
});

describe('launched: a rocket that launches, a weight before the name', () => {
  it('"India’s … GSLV MkIII-M1, on Monday successfully launched the 3,840 kg Chandrayaan-2 spacecraft into an earth orbit"', () => {
    expect(asked(['India’s Geosynchronous Satellite Launch Vehicle GSLV MkIII-M1, on Monday successfully launched the 3,840 kg Chandrayaan-2 spacecraft into an earth orbit.'])).toEqual([
      ['Which spacecraft did India’s Geosynchronous Satellite Launch Vehicle GSLV MkIII-M1 launch into an earth orbit in October 2025?', 'Chandrayaan-2'],
    ]);
  });
});

describe('launched: "the nation\'s first aircraft carrier, INS Vikrant"', () => {
  it('asks which carrier, the name set off by a comma', () => {
    expect(asked(["Prime Minister Narendra Modi commissioned the nation's first aircraft carrier, INS Vikrant at Kochi's Cochin Shipyard Limited on Friday."])).toEqual([
      ["Which aircraft carrier did Prime Minister Narendra Modi commission at Kochi's Cochin Shipyard Limited in October 2025?", 'INS Vikrant'],
    ]);
  });

  it('never takes the story\'s lower-case key term for the name', () => {
    const facts = factsOf(["Prime Minister Narendra Modi commissioned the nation's first aircraft carrier on Friday.", 'The aircraft carrier was built at Kochi.', 'Every aircraft carrier needs escorts.'], { date: '2025-11-02', title: 'PM commissions first indigenous aircraft carrier' });
    expect(byPattern(facts, 'launched').map((f) => f.answer)).not.toContain('aircraft carrier');
  });

  it('asks a body set up by decision, with its ordinal ("has decided to set up the 8th Pay Commission")', () => {
    expect(asked(['The Union Cabinet has decided to set up the 8th Pay Commission to revise salaries of central government employees.'])).toContainEqual([
      'Which body did the Union Cabinet decide to set up to revise salaries of central government employees in November 2025?', '8th Pay Commission',
    ]);
  });

  it('never takes the words after a quoted name for the name ("satellite ‘Cartosat 2’ Series")', () => {
    expect(asked(['India on Friday successfully launched weather observation satellite ‘Oceansat 4’ Series and 29 other spacecraft from Sriharikota.']).map(([, a]) => a)).not.toContain('Series');
    expect(asked(["India on Friday launched the 'Digital Kisan' Portal for farmers in Delhi."]).map(([, a]) => a)).not.toContain('Portal');
  });
});

describe('launched: a body opening the sentence without "the"', () => {
  it('takes its "the" in the question ("Which communication satellite did the Indian Space Research Organisation launch?")', () => {
    const [[q]] = asked(['Indian Space Research Organisation (ISRO) on Sunday launched the country’s heaviest communication satellite CMS-03 (GSAT-7R).']);
    expect(q).toMatch(/^Which communication satellite did the Indian Space Research Organisation launch\b/);
  });
});

describe('launched: a missile or a system tested', () => {
  it('asks what was flight-tested or test-fired, a maiden test as a first', () => {
    const at = (text: string) => ask(factsOf([text], { date: '2024-11-12' }), 'launched');
    expect(at('The Defence Research and Development Organisation (DRDO) conducted the maiden flight-test of the Extended Range Naval Strike Missile from the Integrated Test Range at Chandipur on Tuesday.')).toContainEqual([
      'Which missile did the Defence Research and Development Organisation flight-test for the first time from the Integrated Test Range at Chandipur in November 2024?',
      'Extended Range Naval Strike Missile',
    ]);
    expect(at('The Indian Army successfully test-fired the Pralay missile from a mobile launcher off the Odisha coast.').map(([, a]) => a)).toContain('Pralay');
    // (A name in quotes right after its kind is the thing's name, no nickname; the part of the day goes with the day.)
    expect(at('India successfully test-fired its next-generation nuclear-capable ballistic missile ‘Agni Prime’ from Dr Abdul Kalam Island off the coast of Odisha yesterday evening.')).toContainEqual([
      'Which nuclear-capable ballistic missile did India test-fire from Dr Abdul Kalam Island off the coast of Odisha in November 2024?',
      'Agni Prime',
    ]);
    expect(at("ISRO on Monday launched its earth observation satellite 'EOS-08' from Sriharikota on Monday morning.").map(([, a]) => a)).toContain('EOS-08');
  });
});

describe('launched: an owner with its short form before the launched thing', () => {
  it('asks for the thing, not the owner ("the European Space Agency’s (ESA) Proba-3 mission")', () => {
    const asked = ask(factsOf(['The Indian Space Research Organisation (ISRO) successfully launched the European Space Agency’s (ESA) Proba-5 mission aboard the PSLV-C62 rocket on Thursday.'], { date: '2025-12-05' }), 'launched');
    expect(asked).toContainEqual(['Which mission did the Indian Space Research Organisation launch aboard the PSLV-C62 rocket in December 2025?', 'Proba-5']);
  });
});

describe('launched: the purpose the headline gives', () => {
  it('asks with it where the sentence says nothing after the name, never from a title-case headline', () => {
    const text = 'The Union Cabinet on Wednesday approved the PM-Shiksha Sahay scheme that makes students of top colleges eligible for a guarantor-free loan.';
    const asked = (title: string) => ask(factsOf([text], { date: '2024-11-06', title }), 'launched').map(([q]) => q);
    expect(asked('Cabinet clears PM-Shiksha Sahay for collateral-free loans to students')).toContain('Which scheme did the Union Cabinet approve for collateral-free loans to students in November 2024?');
    expect(asked('Cabinet Clears PM-Shiksha Sahay For Collateral-Free Loans To Students')).toContain('Which scheme did the Union Cabinet approve in November 2024?');
    // (A purpose a comma runs on from is asked whole: "to help poor, meritorious students", never
    // "to help poor".)
    expect(asked('Cabinet clears PM-Shiksha Sahay to help poor, meritorious students')).toContain('Which scheme did the Union Cabinet approve to help poor, meritorious students in November 2024?');
    expect(asked('Cabinet approves PM-Shiksha Sahay to scale up scientific, industrial R&D for quantum')).toContain('Which scheme did the Union Cabinet approve to scale up scientific, industrial R&D for quantum in November 2024?');
    // (Not where a second comma makes it a list the headline goes on with.)
    expect(asked('Cabinet clears PM-Shiksha Sahay to help poor, meritorious, rural students')).toContain('Which scheme did the Union Cabinet approve in November 2024?');
  });
});

describe('launched: who made the launched thing', () => {
  it('goes with its kind ("Which portal developed by the CBI did …?"), as an owner does', () => {
    const asked = ask(factsOf(['Union Home Minister Amit Shah on Tuesday launched the TRACKPOL portal developed by the Central Bureau of Investigation (CBI) at Bharat Mandapam.'], { date: '2025-01-07' }), 'launched');
    expect(asked).toContainEqual(['Which portal developed by the Central Bureau of Investigation (CBI) did Union Home Minister Amit Shah launch at Bharat Mandapam in January 2025?', 'TRACKPOL']);
  });
});

describe('launched: the month a launch is asked in', () => {
  it('is never a deadline the sentence gives ("launched … with a target to complete … by March 31, 2019")', () => {
    const asked = ask(factsOf(['New Delhi: Prime Minister Narendra Modi on Monday launched the Pradhan Mantri Sahaj Bijli Har Ghar Yojana with a target to complete electrification of the entire nation by March 31, 2019.'], { date: '' }), 'launched');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some(([q]) => /March 2019/.test(q))).toBe(false);
  });
});

describe('launched: the event a speech was made at', () => {
  it('asks what "the commissioning of", "the inauguration of" named, by its kind', () => {
    expect(asked(['Speaking at the commissioning of the stealth guided missile destroyer INS Imphal in Mumbai, Singh said the attacks were taken seriously.'])).toEqual([['Which guided missile destroyer was commissioned in Mumbai in November 2025?', 'INS Imphal']]);
    expect(asked(['At the inauguration of the Sela Tunnel in Arunachal Pradesh on Saturday, Modi said the border would be better connected.'])).toEqual([['Which tunnel was inaugurated in Arunachal Pradesh in November 2025?', 'Sela Tunnel']]);
  });

  it('asks nothing of an event without the kind of thing, or one only planned', () => {
    expect(asked(['Speaking at the launch of Chandrayaan-3 in Sriharikota, the Chairman thanked the team.'])).toEqual([]);
    expect(asked(['Officials said the launch of the PSLV-C62 rocket was postponed, awaiting the launch of the EOS-N1 satellite.']).filter(([q]) => /was launched/.test(q))).toEqual([]);
    expect(asked(['Security was tightened ahead of the inauguration of the Sela Tunnel in Arunachal Pradesh.'])).toEqual([]);
  });
});

describe('launched: a minister in apposition, and the day left to the month', () => {
  it('reads the launcher past an office set off by commas, its portfolio list and all', () => {
    expect(asked(['Towards fulfilling this vision, Shri Ashwini Vaishnaw, Minister of Communications, Railways and Electronics & IT, launched the Sanchar Saathi portal today.'])).toEqual([['Which portal did Ashwini Vaishnaw launch in November 2025?', 'Sanchar Saathi']]);
    expect(asked(['Smt. Annapurna Devi, Union Minister for Women and Child Development, launched the Poshan Tracker app on Tuesday in Delhi.'])).toEqual([['Which app did Annapurna Devi launch in Delhi in October 2025?', 'Poshan Tracker']]);
  });

  it('keeps whose scheme it is out of its name ("the Subhadra Yojana of the Odisha Government")', () => {
    expect(asked(['Prime Minister Narendra Modi today launched the Subhadra Yojana of the Odisha Government at the Janata Maidan here.']).map(([, a]) => a)).toEqual(['Subhadra Yojana']);
  });
});

describe('launched: one example of several', () => {
  it('is no launch ("introduced offerings such as National WiFi Roaming, BiTV …")', () => {
    expect(asked(['BSNL has introduced offerings such as National WiFi Roaming, BiTV and IFTV for its customers.'])).toEqual([]);
  });
});

describe('launched: a thing described by its cost, named in the next sentence', () => {
  it('asks its name by what it is for ("cleared a scheme with a corpus of ₹1 lakh crore to …")', () => {
    expect(asked([
      'The Union Cabinet on Tuesday cleared a scheme with a corpus of ₹1 lakh crore to channel funding to the private sector for research.',
      'The Research Development and Innovation (RDI) scheme, shaped through wide consultations with industry experts, will provide long-term financing.',
    ])).toContainEqual(['What is the name of the scheme, which the Union Cabinet cleared in October 2025 to channel funding to the private sector?', 'Research Development and Innovation (RDI) scheme']);
    // (Without a purpose to say which, no question: its figure is the lead's blank.)
    expect(asked([
      'The Union Cabinet on Tuesday cleared a scheme with a corpus of ₹1 lakh crore.',
      'The Research Development and Innovation (RDI) scheme will provide long-term financing.',
    ]).filter(([q]) => /What is the name/.test(q))).toEqual([]);
  });
});

describe('launched: a body of the sky in the description', () => {
  it('reads "the Earth observation satellite NISAR", "a Moon lander …" as descriptions, the body kept in the kind', () => {
    expect(asked(['The Indian Space Research Organisation (ISRO) on Wednesday successfully launched the Earth observation satellite NISAR aboard its GSLV-F16 rocket from Sriharikota.'])).toEqual([['Which Earth observation satellite did the Indian Space Research Organisation launch aboard its GSLV-F16 rocket from Sriharikota in October 2025?', 'NISAR']]);
    expect(asked(['The Japan Aerospace Exploration Agency on Monday launched the Moon lander SLIM-2 from Tanegashima.']).map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toEqual([['Which Moon lander did the Japan Aerospace Exploration Agency launch from Tanegashima?', 'SLIM-2']]);
  });
});

describe('launched: a name in quotes its kind word opens', () => {
  it('is a launch\'s name ("approved ‘Mission Mausam’ with an outlay of …")', () => {
    expect(asked(['The Union Cabinet on Wednesday approved ‘Mission Mausam’ with an outlay of Rs 2,000 crore over two years.']).map(([, a]) => a)).toEqual(['Mission Mausam']);
    expect(asked(['The state government on Monday launched ‘Project Cheetah’ in Kuno National Park.']).map(([, a]) => a)).toEqual(['Project Cheetah']);
  });
});

describe('launched: a day after "on"', () => {
  it('is no part of the name ("launched Operation Kaveri on Monday")', () => {
    expect(asked(['India launched Operation Kaveri on Monday to evacuate its citizens from Sudan.']).map(([, a]) => a)).toEqual(['Operation Kaveri']);
    expect(asked(['Chief Minister Yogi Adityanath launched Mission Shakti on Tuesday in Lucknow.']).map(([, a]) => a)).toEqual(['Mission Shakti']);
  });
});

describe('launched: an edition year after the name', () => {
  it('is part of the name, never left in the question ("the National STOP Diarrhoea Campaign 2024")', () => {
    expect(asked(['Union Health Minister Jagat Prakash Nadda on Monday launched the National STOP Diarrhoea Campaign 2024 with an aim to attain zero child deaths.']).map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toEqual([['Which campaign did Union Health Minister Jagat Prakash Nadda launch with an aim to attain zero child deaths?', 'National STOP Diarrhoea Campaign 2024']]);
  });
});

describe('launched: a year the sentence gives after the name', () => {
  it('dates the question once ("Which campaign did the Centre launch in 2014?", not "… in 2014 in November 2025?")', () => {
    expect(asked(['The Centre launched the Swachh Bharat Abhiyan in 2014 to end open defecation.']).map(([q]) => q)).toEqual(['Which campaign did the Centre launch in 2014 to end open defecation?']);
    expect(asked(['Prime Minister Narendra Modi launched the PM-KISAN scheme in 2019.']).map(([q]) => q)).toEqual(['Which scheme did Prime Minister Narendra Modi launch in 2019?']);
  });
});

describe('launched: as Indian papers write the approval', () => {
  it('reads a day without "on" between the body and its verb ("The Union Cabinet Tuesday approved …")', () => {
    expect(asked(['The Union Cabinet Tuesday approved the PM Gram Sadak Yojana IV to connect 25,000 habitations.']).map(([, a]) => a)).toEqual(['PM Gram Sadak Yojana IV']);
    expect(asked(['The Maharashtra Cabinet Friday cleared the Mukhyamantri Majhi Ladki Bahin Yojana for women aged 21 to 60.']).map(([q]) => q.replace(/ in \w+ \d{4}\?$/, '?'))).toEqual(['Which scheme did the Maharashtra Cabinet clear for women aged 21 to 60?']);
  });

  it('takes the kind word past a short form in brackets ("the Employment Linked Incentive (ELI) scheme to support …")', () => {
    const [[q, a]] = asked(['The Union Cabinet on Tuesday approved the Employment Linked Incentive (ELI) scheme to support employment generation across all sectors.']);
    expect(q).toMatch(/^Which scheme did the Union Cabinet approve to support employment generation across all sectors/);
    expect(a).toBe('Employment Linked Incentive');
    const [[q2, a2]] = asked(['The Union Cabinet on Wednesday approved the Pradhan Mantri Dhan-Dhaanya Krishi Yojana (PMDDKY) scheme for 100 districts.']);
    expect(q2).toMatch(/^Which scheme did the Union Cabinet approve for 100 districts/);
    expect(a2).toBe('Pradhan Mantri Dhan-Dhaanya Krishi Yojana');
  });
});

describe('launched: a body of government after an opening adverb', () => {
  it('is the subject still ("Earlier, the Union Cabinet approved the X scheme …")', () => {
    const facts = factsOf([
      'Earlier, the Union Cabinet approved the PM-Vidyalaxmi scheme to provide support to meritorious students.',
      'Meanwhile, the Odisha Cabinet cleared the Subhadra Yojana for women aged 21 to 60.',
    ]);
    const asked = ask(facts, 'launched');
    expect(asked).toContainEqual([expect.stringMatching(/^Which scheme did the Union Cabinet approve/), 'PM-Vidyalaxmi']);
    expect(asked.some(([q, a]) => /the Odisha Cabinet clear/.test(q) && a === 'Subhadra Yojana')).toBe(true);
  });
});

describe('launched: the purpose an apposition gives', () => {
  it('runs past a figure\'s own comma ("a centrally sponsored scheme to revive 50,000 traditional water bodies")', () => {
    const facts = factsOf(['The Union Cabinet on Wednesday approved the PM Jal Samriddhi Yojana, a centrally sponsored scheme to revive 50,000 traditional water bodies across rural India, with an outlay of Rs 12,450 crore.']);
    const asked = ask(facts, 'launched');
    expect(asked).toContainEqual([expect.stringMatching(/^Which scheme did the Union Cabinet approve to revive 50,000 traditional water bodies across rural India\b/), 'PM Jal Samriddhi Yojana']);
  });
});

describe('launched: the extension of a scheme', () => {
  it('is asked as extended, not approved till its new end ("approved the extension of the Atal Bhujal Yojana till March 2028")', () => {
    const facts = factsOf(['Separately, the Union Cabinet also approved the extension of the Atal Bhujal Yojana till March 2028.']);
    const asked = ask(facts, 'launched');
    expect(asked).toContainEqual([expect.stringMatching(/^Which scheme did the Union Cabinet extend till March 2028/), 'Atal Bhujal Yojana']);
    expect(asked.some(([q]) => /approve till/.test(q))).toBe(false);
  });
});

describe('launched: the proposal of a named mission', () => {
  it('is the mission approved ("approved the proposal of Mission Mausam with an outlay of Rs 2,000 crore")', () => {
    const facts = factsOf(['The Union Cabinet, in its meeting on Wednesday, approved the proposal of Mission Mausam with an outlay of Rs 2,000 crore for over two years.']);
    const asked = ask(facts, 'launched');
    expect(asked).toContainEqual([expect.stringMatching(/^Which mission did the Union Cabinet approve/), 'Mission Mausam']);
  });
});

describe('launched: a name that goes on with its noun', () => {
  it('asks nothing that reads "inaugurate building …" ("inaugurated the new Parliament building in the heart of Delhi")', () => {
    const facts = factsOf(['Prime Minister Narendra Modi on Sunday inaugurated the new Parliament building in the heart of Delhi.']);
    expect(ask(facts, 'launched').some(([q]) => /\binaugurate building\b/.test(q))).toBe(false);
  });
});

describe('launched: a name with "of" after it', () => {
  it('asks no "What did … approve of Raw Jute …?"', () => {
    const got = asked(['The Union Cabinet has approved Minimum Support Prices (MSP) of Raw Jute for Marketing season 2026-27.']);
    for (const [q] of got) expect(q).not.toMatch(/approve of/);
  });
});

describe('launched: the kind after a word of its own', () => {
  it('asks "Which train …?" of a "Vande Bharat sleeper train service", never "What did … flag off sleeper train service …?"', () => {
    const got = asked(['Prime Minister Narendra Modi on Saturday flagged off India’s first Vande Bharat sleeper train service from Malda in West Bengal.']);
    expect(got).toContainEqual([expect.stringMatching(/^Which train did Prime Minister Narendra Modi flag off from Malda/), 'Vande Bharat']);
    for (const [q] of got) expect(q).not.toMatch(/sleeper train service/);
  });
});

describe('launched: things of a kind in the plural', () => {
  it('asks them by their kind in the plural, never "What did … flag off trains …?"', async () => {
    const { byPattern, factsOf } = await import('../facts-of.js');
    const asked = byPattern(factsOf(['Prime Minister Narendra Modi flagged off six new Vande Bharat trains including two for Odisha on Sunday.']), 'launched').map((f) => f.question);
    expect(asked.some((q) => /^Which trains did Prime Minister Narendra Modi flag off\b/.test(q))).toBe(true);
    expect(asked.some((q) => /flag off trains/.test(q))).toBe(false);
    const satellites = byPattern(factsOf(['ISRO on Saturday launched two Singaporean TeLEOS satellites from Sriharikota.']), 'launched').map((f) => f.question);
    expect(satellites.some((q) => /launch satellites/.test(q))).toBe(false);
  });
});

describe('launched: the kind of thing, without half a coordinated modifier', () => {
  it('asks "Which aircraft carrier", not "Which built aircraft carrier" ("indigenously designed and built aircraft carrier INS Vikrant")', () => {
    const asked = ask(factsOf(["Prime Minister Narendra Modi commissioned India's first indigenously designed and built aircraft carrier INS Vikrant in Kochi on Friday."], { date: '2022-09-02' }), 'launched');
    expect(asked.some(([q, a]) => a === 'INS Vikrant' && /^Which aircraft carrier did/.test(q))).toBe(true);
    expect(asked.some(([q]) => /\bbuilt aircraft carrier\b/.test(q))).toBe(false);
  });
});

describe('launched: nothing to tell the answer by', () => {
  it('asks no bare "What did ISRO launch?"', () => {
    const facts = factsOf(['Indian Space Research Organisation (ISRO) launched PSLV-C61, which carries the EOS-09 (Earth Observation Satellite-09) into a SSPO orbit, from Andhra Pradesh.'], { title: 'PSLV-C61 rocket carrying EOS-09 mission could not be accomplished', date: '2025-05-18' });
    expect(ask(facts, 'launched').filter(([q]) => /^What did the Indian Space Research Organisation launch( in [A-Z][a-z]+ \d{4})?\?$/.test(q))).toEqual([]);
  });
});

describe('launched: a name that runs on into a noun', () => {
  it('asks nothing ("What did … launch therapy for treatment of cancer?")', () => {
    const facts = factsOf(['President Droupadi Murmu on Thursday launched India\'s first indigenously-developed CAR T-cell therapy for treatment of cancer at IIT Bombay.']);
    for (const [q] of ask(facts, 'launched')) expect(q).not.toMatch(/launch therapy/);
    // (A name with nothing but its purpose after it is asked: "launched Mission Mausam to make India weather-ready".)
    const mausam = factsOf(['Prime Minister Narendra Modi on Tuesday launched Mission Mausam to make India a weather-ready nation.']);
    expect(ask(mausam, 'launched').length).toBeGreaterThan(0);
  });
});

describe('launched: a participle that describes its noun', () => {
  it('is no deed of the subject ("Adani described the newly inaugurated X airport as …")', () => {
    const facts = factsOf(['Tata Group Chairman N Chandrasekaran on Wednesday described the newly inaugurated Noida International Airport as a symbol of the nation’s aspirations.', 'Minister Ashwini Vaishnaw visited the recently launched Vande Bharat sleeper coach factory in Chennai.']);
    expect(ask(facts, 'launched')).toEqual([]);
    const done = factsOf(['Prime Minister Narendra Modi on Wednesday inaugurated the Noida International Airport at Jewar in Uttar Pradesh.'], { date: '2025-10-08' });
    expect(ask(done, 'launched').map(([, a]) => a)).toContain('Noida International Airport');
  });
});

describe('launched: a name set off by a dash or paired by a slash', () => {
  it('reads the dash as an apposition\'s comma, its purpose up to a clause about it ("(PM-DevINE) – a new scheme for the Northeastern states which was announced …")', () => {
    const asked = ask(factsOf(['The Union Cabinet has approved the Prime Minister’s Development Initiative for North East Region (PM-DevINE) – a new scheme for the Northeastern states which was announced in the Union Budget earlier this year.'], { date: '2022-10-12' }), 'launched');
    expect(asked.map(([q]) => q)).toEqual(['Which initiative did the Union Cabinet approve for the Northeastern states in October 2022?']);
    const mission = ask(factsOf(['The Cabinet on Wednesday approved the Vibrant Villages Programme-II — a central sector scheme to help create safe and secure land borders — with an outlay of Rs 6,839 crore.'], { date: '2025-04-04' }), 'launched');
    for (const [q] of mission) expect(q).not.toMatch(/approve a central sector scheme/);
  });

  it('asks nothing after a name a slash pairs with another ("launched its latest PSLV-C54/ EOS-06 mission with …")', () => {
    const asked = ask(factsOf(['The Indian Space Research Organisation (ISRO) successfully launched its latest PSLV-C54/ EOS-06 mission with Oceansat-3 and eight nano satellites on board from Sriharikota spaceport on Saturday.']), 'launched');
    for (const [q] of asked) expect(q).not.toMatch(/\//);
  });
});

describe('launched: a name before a plural noun', () => {
  it('is what kind of thing, no thing launched ("approved and disbursed large Guaranteed Payment Credit (GPC) loans amounting to …")', () => {
    const asked = ask(factsOf(['Notably, between FY18 and FY19, RHFL approved and disbursed large Guaranteed Payment Credit (GPC) loans amounting to thousands of crores.']), 'launched');
    expect(asked).toEqual([]);
  });
});
