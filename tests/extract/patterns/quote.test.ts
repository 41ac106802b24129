import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('quote: who said it', () => {
  it('never gives words that name someone in the third person to that someone ("“Under the guidance of Nitish ji …,” he said")', () => {
    const facts = factsOf([
      'Prime Minister Narendra Modi on Thursday launched the Pradhan Mantri Matsya Sampada Yojana in Patna.',
      'Modi also praised Bihar Chief Minister Nitish Kumar for his development work. “Under the guidance of Nitish ji, work is being done quickly to provide clean water to every village in Bihar,” he said.',
      'The scheme is worth Rs 20,050 crore.',
    ]);
    expect(byPattern(facts, 'quote').map((f) => f.answer)).not.toContain('Nitish Kumar');
  });

  it('never says "that that" before a quotation ("… and said that “every Indian is filled with happiness.”")', () => {
    const q = ask(factsOf([
      'Shooter Swapnil Kusale secured India’s third medal at the Paris Olympics on Thursday.',
      'Prime Minister Narendra Modi too lauded Swapnil Kusale and said that “every Indian is filled with happiness.”',
      'Kusale is the first Indian to win a medal in this category.',
    ]), 'quote').map(([x]) => x);
    expect(q.some((x) => /that that/.test(x))).toBe(false);
  });

  it('reads where it was said with its article ("said in a tweet that …"), never "Who said that tweet that …?"', () => {
    const q = ask(factsOf([
      'India has added 10 more wetlands to sites protected by the Ramsar Convention, Union Environment Minister Prakash Javadekar said on Tuesday.',
      'Mr. Javadekar said in a tweet that the Ramsar declaration is an acknowledgement of the government’s commitment to the conservation of wetlands.',
      'A total of 37 sites in the country have been recognised under the treaty.',
    ]), 'quote').map(([x]) => x);
    expect(q).toContain('Who said that the Ramsar declaration is an acknowledgement of the government’s commitment to the conservation of wetlands?');
  });

  it('asks nothing of words of thanks, greeting or grief ("I salute the people of Haryana …")', () => {
    const facts = factsOf([
      'Prime Minister Narendra Modi thanked the people of Haryana on Tuesday.',
      '"I salute the people of Haryana for giving a clear majority to the party once again," he said.',
      '"My thoughts are with his family and supporters in this sorrowful hour," Modi wrote on X.',
      '"Heartfelt gratitude to the voters of the state," the Chief Minister said.',
    ]);
    expect(ask(facts, 'quote')).toEqual([]);
  });

  it('asks neither who reported a ceremony nor who took part in it ("… had inquired about the state\'s preparedness")', () => {
    const facts = factsOf(['Odisha chief minister Mohan Charan Majhi said that both Prime Minister Narendra Modi and Union Home Minister Amit Shah had inquired about the state\'s preparedness to handle the cyclone.']);
    expect(ask(facts, 'quote')).toEqual([]);
    expect(byPattern(facts, 'cloze').map((f) => f.answer)).not.toContain('Amit Shah');
  });

  it('asks nothing of the one who heads a bench that said it ("A bench headed by Justice X said …")', () => {
    expect(byPattern(factsOf(['A three-judge bench headed by Justice Arun Bose said the municipal bodies shall continue to pick up stray cattle.']), 'quote')).toEqual([]);
  });

  it('keeps "earlier" out of the question ("said earlier that …")', () => {
    const facts = factsOf(['The country\'s BRICS Sherpa Anil Suklal said earlier that about 30 countries were seeking to join the BRICS group.']);
    expect(ask(facts, 'quote')).toContainEqual(['Who said that about 30 countries were seeking to join the BRICS group?', 'Anil Suklal']);
  });

  it('asks who said a quotation followed by "said <office> <name>" (seed)', () => {
    const facts = factsOf([
      'The two-plus-two ministerial meeting on security held in Tokyo on Saturday “marks a new stage in Russian-Japanese relations”, said Russia’s Foreign Minister Sergei Lavrov.',
    ], { date: '2013-11-02' });
    const [f] = byPattern(facts, 'quote');
    expect(f.question).toBe('Who said that the two-plus-two ministerial meeting on security held in Tokyo on Saturday “marks a new stage in Russian-Japanese relations”?');
    expect(f.answer).toBe('Sergei Lavrov');
  });

  it('finds the speaker by surname from an earlier full mention', () => {
    const facts = factsOf([
      'Foreign Minister John Baird spoke to reporters in Ottawa on Monday.',
      '"The document is neither classified nor secret," Baird said.',
    ]);
    expect(ask(facts, 'quote')).toContainEqual(['Who said "The document is neither classified nor secret"?', 'John Baird']);
  });

  it('reads reported speech: "<name> said the …", of someone the article gives a post', () => {
    const facts = factsOf(['Facebook founder Mark Zuckerberg said the boy was welcome to come and tour the company.']);
    expect(ask(facts, 'quote')).toContainEqual(['Who said that the boy was welcome to come and tour the company?', 'Mark Zuckerberg']);
    // (Who said it is no fact of someone the article gives no post: "Hussain's manager, Nirmala Bachani".)
    const manager = factsOf(["Hussain's manager, Nirmala Bachani, mentioned that the music legend had been dealing with blood pressure issues. \"He has been admitted to a hospital in San Francisco for a heart-related problem for the last two weeks,\" Bachani added."]);
    expect(ask(manager, 'quote')).toEqual([]);
    // (Nor words in the first person, praise, or a post's tags: the speaker's voice.)
    expect(ask(factsOf(['“Friends, we have just got good news, there is consensus on the Leaders Declaration,” Prime Minister Narendra Modi said.']), 'quote')).toEqual([]);
    expect(ask(factsOf(['“It is 100 per cent successful and the satellite has been placed into its orbit,” ISRO Chairman S Somanath told reporters.']), 'quote')).toEqual([]);
    expect(ask(factsOf(['Chief Minister Neiphiu Rio said the Hornbill Festival epitomises the unity, diversity and oneness of the Naga people.']), 'quote')).toEqual([]);
    // (Nor a body called by its common noun alone: "the Bench noted …".)
    expect(ask(factsOf(['The Bench also noted that identification parades were conducted four months after the blasts in Mumbai.']), 'quote')).toEqual([]);
  });

  it('never takes the person a speaker is related to for the speaker ("Devi’s son said …")', () => {
    const facts = factsOf([
      'Kamla Devi, 78, was trapped under the rubble for nearly 11 hours.',
      "Devi's son said the family had nowhere else to go.",
      'A lawyer for Daniel Montalvo said the charges would be contested in court.',
      'Facebook co-founder Mark Zuckerberg tweeted to Ahmed Mohamed and said the boy was welcome to tour the company.',
    ]);
    const quotes = ask(facts, 'quote');
    expect(quotes.map(([, a]) => a)).not.toContain('Kamla Devi');
    expect(quotes.map(([, a]) => a)).not.toContain('Daniel Montalvo');
    // The first person of the span, named as the speaker, still speaks.
    expect(quotes).toContainEqual(['Who said that the boy was welcome to tour the company?', 'Mark Zuckerberg']);
  });

  it('asks no "Who said …?" of two people who said it together', () => {
    const facts = factsOf(['President Emmanuel Macron and his Indian counterpart Droupadi Murmu on Friday agreed to deepen ties and said that the partnership was vital for the region.']);
    expect(ask(facts, 'quote')).toEqual([]);
    // One speaker, what another named person thinks in what was said: still asked.
    expect(ask(factsOf(['Foreign Secretary Vikram Misri said that the invitation from Prime Minister Narendra Modi showed the strength of the ties.']), 'quote')).toHaveLength(1);
  });

  it('asks nothing of an official quoted for the facts: an officer, an advocate, a district commissioner', () => {
    const said = (text: string) => ask(factsOf([text]), 'quote');
    expect(said('Divisional Forest Officer Sunny Khokkar said all required measures have been taken to protect the eggs in the rookery.')).toEqual([]);
    expect(said('Advocate General Prabhuling Navadgi argued that the practice of wearing hijab must pass the test of constitutional morality.')).toEqual([]);
    expect(said('Deputy Commissioner Pankaj Kumar Sharma said that massive rescue operations have been started in the area.')).toEqual([]);
    expect(said('The DFO said that the record number of nesting was probably due to the beaches remaining unaffected by cyclones.')).toEqual([]);
    // (Nor who runs a dig or a park, honorific and all.)
    expect(said('ASI site head Pawan Saraswat told NDTV the excavation uncovered an ancient river channel linked to the Saraswati River.')).toEqual([]);
    expect(said('Kaziranga National Park director Dr. Sonali Ghosh stated that the tiger count was based on a rigorous scientific process.')).toEqual([]);
    expect(said('Dr. Sonali Ghosh stated that the tiger count was based on a rigorous scientific process using camera traps.')).toEqual([]);
    // (A news maker's statement is still asked: a minister, a judge.)
    expect(said('Environment Minister Bhupender Yadav said that the designation would help the conservation of the wetlands.')).toHaveLength(1);
    expect(said('Justice B V Nagarathna said that demonetisation has to be undertaken by a legislative measure.')).toHaveLength(1);
  });

  it('asks no body who told of another\'s doing by their title and name, nor of agreements signed', () => {
    const said = (text: string) => ask(factsOf([text]), 'quote');
    expect(said('The Ministry of External Affairs stated on Tuesday that Prime Minister Narendra Modi covered the entire gamut of bilateral relations during talks with the visiting President.')).toEqual([]);
    expect(said('The MEA added, "Several MoUs including in the fields of geology, mineral, culture and yoga were also exchanged."')).toEqual([]);
    expect(said('The foreign ministry said that five agreements on trade, health and culture had been signed during the visit.')).toEqual([]);
    expect(said('Foreign Secretary Vikram Misri said that Prime Minister Narendra Modi had invited the President to Delhi.')).toEqual([]);
  });

  it('asks no body that is a spokesman with his title read into it ("Indian Navy PRO Commander Vivek Madhwal")', () => {
    const said = ask(factsOf(['"The exercise is aimed at developing interoperability for conducting HADR operations," said Indian Navy PRO Commander Vivek Madhwal.']), 'quote');
    for (const [, a] of said) expect(a).not.toMatch(/PRO Commander/);
  });

  it('asks nothing of "announced" a thing, only of "announced that …"', () => {
    expect(ask(factsOf(['Deputy Chairman Harivansh announced the approval of the legislation in the Upper House and subsequently adjourned proceedings for ten minutes.']), 'quote')).toEqual([]);
    expect(ask(factsOf(['Facebook founder Mark Zuckerberg announced that the boy was welcome to come and tour the company.']), 'quote')).toEqual([['Who said that the boy was welcome to come and tour the company?', 'Mark Zuckerberg']]);
  });

  it('asks nothing of a "said" verb that takes no clause ("claimed second place")', () => {
    // Who announced the Cabinet's decision is the briefing, not the news.
    expect(byPattern(factsOf(['Minister Ashwini Vaishnaw said the Union Cabinet today approved a bonus of 78 days for railway employees.']), 'quote')).toEqual([]);
    expect(byPattern(factsOf(['Foreign Secretary Vikram Misri said the Prime Minister also announced support for a new Parliament building in Mauritius.']), 'quote')).toEqual([]);
    expect(byPattern(factsOf(['Foreign Secretary Vikram Misri said that Prime Minister Narendra Modi has described the relationship with France as a natural partnership.']), 'quote')).toEqual([]);
    expect(byPattern(factsOf(["South Africa's Douw Smit and Grenada's Anderson Peters claimed second and third places at the event in Ostrava."]), 'quote')).toEqual([]);
    // (A participle inside a compound is no verb of a clause.)
    expect(byPattern(factsOf(['The Congress claimed credit for the job-oriented schemes for youth.']), 'quote')).toEqual([]);
    expect(byPattern(factsOf(['The minister announced a slew of export-linked incentives for small firms.']), 'quote')).toEqual([]);
  });

  it('skips the recipient of "told": "told LA Weekly that …"', () => {
    const facts = factsOf(['Sheriff Steve Whitmore told LA Weekly that the case was being dealt with as grand theft.']);
    const q = byPattern(facts, 'quote').map((f) => f.question);
    expect(q).toContainEqual('Who said that the case was being dealt with as grand theft?');
  });

  it('takes the listener of "told" off what was said, with or without "that"', () => {
    const said = (t: string) => byPattern(factsOf([t]), 'quote').map((f) => f.question);
    expect(said('Sheriff Steve Whitmore told CBC News the case was being dealt with as grand theft.')).toEqual(['Who said that the case was being dealt with as grand theft?']);
    expect(said('Union Minister Ashwini Vaishnaw told reporters the railway line would be completed by December 2026.')).toEqual(['Who said that the railway line would be completed by December 2026?']);
    expect(said('Foreign Secretary Vikram Misri told a press conference in Delhi that India and Nepal had signed seven agreements.')).toEqual(['Who said that India and Nepal had signed seven agreements?']);
    // (A capitalised run may hold the clause's subject too: no question rather than "that will visit …".)
    expect(said('The spokesman told PTI Modi will visit Nepal next month to sign the power trade agreement.')).toEqual([]);
  });

  it('asks who said a quote attributed to "Mr. <surname>"', () => {
    const facts = factsOf(['RBI Governor Shaktikanta Das chaired the meeting in Mumbai.', '"Inflation remains a major risk to growth," Mr. Das said in his statement.']);
    expect(ask(facts, 'quote')).toContainEqual(['Who said "Inflation remains a major risk to growth"?', 'Shaktikanta Das']);
  });

  it('asks nothing when "he" has no one to point to', () => {
    const facts = factsOf(['"We will win the next election," he said.']);
    expect(byPattern(facts, 'quote')).toEqual([]);
  });
});

describe('quote: a park or field director telling the count', () => {
  it('is no "Who said …?" ("The park\'s director Jatindra Sarma said 279 rhinos …"), while a CBI Director is', () => {
    const facts = factsOf(['The park’s director Jatindra Sarma said 279 rhinos in the juvenile category were also recorded in the census.']);
    expect(ask(facts, 'quote')).toEqual([]);
    const cbi = factsOf(['CBI Director Praveen Sood said a case had been registered against three bank officials on Monday.']);
    expect(ask(cbi, 'quote').map(([, a]) => a)).toContain('Praveen Sood');
  });
});

describe('quote: the minister who briefed on a Cabinet decision', () => {
  it('"Union Minister X said that the Cabinet, chaired by …, approved …" asks no "Who said"', () => {
    const facts = factsOf(['Union Minister Arun Mehta said that the Cabinet, chaired by Prime Minister Narendra Modi, approved 12 industrial smart cities on Wednesday.']);
    expect(byPattern(facts, 'quote')).toEqual([]);
    expect(ask(factsOf(['Union Minister Arun Mehta said that the new smart cities would create ten lakh jobs by 2030.']), 'quote').length).toBe(1);
  });
  it('nor of one who told the decision after something else ("… found wide support and that the Union Cabinet approved …"), nor blanks them', () => {
    const facts = factsOf(['Minister for Railways Arun Mehta said the Sharma-led panel’s report on river linking found widespread support and that the Union Cabinet approved its proposal unanimously.']);
    expect(byPattern(facts, 'quote')).toEqual([]);
    expect(byPattern(facts, 'cloze').filter((f) => f.answer === 'Arun Mehta')).toEqual([]);
  });
  it('nor of one who quotes the meeting\'s decision ("Prime Minister in the cabinet meeting has approved …")', () => {
    const facts = factsOf(['"Prime Minister in the cabinet meeting has approved Digital India programme with outlay of Rs 14,903 crore," Union IT Minister Ashwini Vaishnaw said.']);
    expect(byPattern(facts, 'quote')).toEqual([]);
  });
});

describe('quote: a tribute on a death', () => {
  it('asks nothing of who paid it, nor blanks them ("The news of the passing of … is extremely saddening," said …)', () => {
    const facts = factsOf([
      'Former Governor Ramesh Kumar Varma passed away on Tuesday at the age of 84.',
      '"The news of the passing of the former Governor Shri Ramesh Kumar Varma Ji is extremely saddening," said Congress MP Priya Menon on X.',
      '"Indian politics has lost a personality who spoke the truth to power," said former Chief Minister Arun Das on X.',
    ]);
    expect(facts.filter((f) => f.answer === 'Priya Menon' || f.answer === 'Arun Das')).toEqual([]);
  });
  it('asks nothing of what a mourner says of the one the headline reports dead, nor of who holds the last rites', () => {
    const facts = factsOf(
      [
        'Publisher Suresh Menon passed away here on Saturday. He was 91.',
        'Chief Minister Pinarayi Vijayan said that Suresh Menon, who was born into a family of farmers, built the largest Malayalam publishing house.',
        'Opposition leader V D Satheesan described Suresh Menon’s death as an irreparable loss to Malayalam letters.',
        'The Kerala government has decided to conduct the last rites of Suresh Menon with state honours.',
      ],
      { title: 'Publisher Suresh Menon passes away at 91' },
    );
    expect(facts.filter((f) => ['Pinarayi Vijayan', 'V D Satheesan', 'the Kerala government', 'Kerala', 'Suresh Menon'].includes(f.answer)).map((f) => f.question)).toEqual([]);
    // (What a speaker says of something else is still asked.)
    const other = factsOf(['Chief Minister Pinarayi Vijayan said that the state would build 20,000 houses for flood victims in Wayanad.'], { title: 'Publisher Suresh Menon passes away at 91' });
    expect(ask(other, 'quote').map(([, a]) => a)).toContain('Pinarayi Vijayan');
  });
});

describe('quote: a launch\'s success announced', () => {
  it('asks no "Who said that GSLV has placed the satellite in the precise orbit?"', () => {
    expect(ask(factsOf(['ISRO chairman V Narayanan said that the GSLV has placed the satellite in the precise orbit.']), 'quote')).toEqual([]);
    // (Nor of satellites told injected, nor of launch parameters: the chief telling the launch's success.)
    expect(ask(factsOf(['ISRO Chairman S Somanath said the launch parameters of the satellite indicate that everything is perfect and the satellites have been injected after the manoeuvres.']), 'quote')).toEqual([]);
    expect(ask(factsOf(['ISRO chairman V Narayanan said that ISRO had completed 100 launches from Sriharikota.']), 'quote').length).toBe(1);
  });
});

describe('quote: "he told" someone', () => {
  it('never keys the one he told ("“…,” he told Solicitor General Arun Bhatia")', () => {
    const facts = factsOf([
      'Justice Meera Sethi of the Supreme Court on Friday said the government must read the dissent in the temple case.',
      'Justice Sethi told the Centre’s counsel Arun Bhatia that orders were not being followed.',
      '"Please tell your government to read the dissent delivered in the temple case yesterday, which is extremely important," he told Solicitor General Arun Bhatia.',
    ]);
    expect(byPattern(facts, 'quote').filter((f) => f.answer === 'Arun Bhatia')).toEqual([]);
  });
});

describe('quote: a body\'s praise of its own news', () => {
  const lead = 'The 12th edition of Exercise Vajra Prahar began on Monday at Umroi in Meghalaya.';
  it('asks nothing of it, but still asks what a body says will happen', () => {
    expect(ask(factsOf([`${lead} “This edition marks a significant increase in the scope and complexity of the joint exercise in terms of troop strength and equipment,” the Ministry of Defence said.`]), 'quote')).toEqual([]);
    expect(ask(factsOf([`${lead} “This edition will see the troops train together in mountain warfare in the Khasi Hills for the first time,” the Ministry of Defence said.`]), 'quote').length).toBe(1);
  });
});

describe('quote: work someone says is under way', () => {
  it('asks nothing of it ("Who said that KSDMA is validating reports of damage?"), but still of what was found', () => {
    const lead = 'Cyclone Dana made landfall near Bhitarkanika in Odisha on Friday.';
    expect(ask(factsOf([lead, 'Disaster management secretary Anil Mehta confirmed two deaths and said that the state authority is validating reports of damage.']), 'quote')).toEqual([]);
    expect(ask(factsOf([lead, 'Chief Minister Mohan Charan Majhi said that over 5,000 houses in Kendrapara had been damaged.']), 'quote').length).toBe(1);
    // (A department's secretary, in lower case, is the report's source for it, no news maker.)
    expect(ask(factsOf([lead, 'Disaster management secretary Anil Mehta said that over 5,000 houses in Kendrapara had been damaged.']), 'quote')).toEqual([]);
  });

  it('asks nothing of the work of the hour told in the passive or by the operation ("the injured are being shifted")', () => {
    const lead = 'Two coaches of a passenger train derailed near Katihar in Bihar on Monday.';
    expect(ask(factsOf([lead, 'Railway Minister Arun Mehta said the injured are being shifted to hospitals in Purnea.']), 'quote')).toEqual([]);
    expect(ask(factsOf([lead, 'District magistrate Meena Rao said that rescue operations are going on at the site.']), 'quote')).toEqual([]);
  });
});

describe('quote: a general remark in quotes', () => {
  it('is asked with less weight than a statement that names or counts something', () => {
    const general = factsOf(['“When a company moves beyond the prototype stage, it often faces the ‘valley of death’, a critical phase for innovations,” said Union Minister Ashwini Vaishnaw.']).find((f) => f.pattern === 'quote');
    const specific = factsOf(['“India will set up 12 industrial smart cities across 10 states,” said Union Minister Ashwini Vaishnaw.']).find((f) => f.pattern === 'quote');
    expect(general && specific && general.score < specific.score).toBe(true);
  });
});

describe('quote: a report of what another named person did', () => {
  it('is no "Who said that …?" of the teller ("CJI Chandrachud said Justice BV Nagarathna delivered a dissenting verdict")', () => {
    const facts = factsOf([
      'A nine-judge Supreme Court bench headed by Chief Justice of India DY Chandrachud held on Thursday that royalty on minerals is not tax.',
      'Chief Justice of India DY Chandrachud said Justice BV Nagarathna delivered a dissenting verdict on whether royalty payable on minerals is tax.',
    ]);
    expect(ask(facts, 'quote').filter(([q]) => /Nagarathna/.test(q))).toEqual([]);
    // (What was dissented, and by whom, is asked as a blank.)
    expect(byPattern(facts, 'cloze').map((f) => f.answer)).toContain('BV Nagarathna');
  });
});

describe('quote: a body reading out its own figures', () => {
  it('is no quotation to ask of the body ("“There were around 6,049 elephants …,” added the Forest Department")', () => {
    const census = factsOf(['“There were around 6,049 elephants in the state in 2017, and this time (2023) the estimate is 6,395 elephants, an increase of about 350,” added the Karnataka Forest Department.']);
    expect(byPattern(census, 'quote')).toEqual([]);
    const rbi = factsOf(['“Retail inflation eased to 4.87 per cent in October from 5.02 per cent in September,” the Reserve Bank of India said in a statement.']);
    expect(byPattern(rbi, 'quote')).toEqual([]);
    // (A body's words with one figure, or none, are still its words.)
    const one = factsOf(['“India will achieve net zero by 2070,” the Ministry of Environment said in a statement on Monday.']);
    expect(byPattern(one, 'quote').length).toBeGreaterThan(0);
  });
});

describe('quote: a minister describing what the Cabinet approved', () => {
  it('is the telling of the decision, no "Who said" ("BioE3 policy … given Cabinet nod")', () => {
    const opts = { title: 'BioE3 policy for innovation-driven support to R&D given Cabinet nod' };
    const facts = factsOf(['The Union Cabinet on Saturday approved the BioE3 policy for fostering biomanufacturing.', 'Union Minister Ashwini Vaishnaw said that the BioE3 policy seeks to include innovation-driven support for research and development across thematic sectors.'], opts);
    expect(byPattern(facts, 'quote')).toEqual([]);
    // (Outside a story of the Cabinet's decision, a minister's words on a policy are still asked.)
    const other = factsOf(['Union Minister Ashwini Vaishnaw said that the BioE3 policy seeks to include innovation-driven support for research and development across thematic sectors.'], { title: 'Vaishnaw addresses biotech summit in Bengaluru' });
    expect(byPattern(other, 'quote').length).toBe(1);
  });
});

describe('quote: words of a tribute', () => {
  it('are never asked of who said them ("… said the BCCI in its tribute post on X")', () => {
    const facts = factsOf(['R Ashwin announced his retirement from international cricket on Wednesday.', '"A name synonymous with mastery, wizardry, brilliance, and innovation," said the BCCI in its tribute post on X.']);
    expect(ask(facts, 'quote')).toEqual([]);
  });
});
