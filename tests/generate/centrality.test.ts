import { describe, expect, it } from 'vitest';
import { centralityOf } from '../../src/generate/centrality.js';
import { fact } from './helpers.js';

// A story whose headline names its topic, and a blank on that topic past the lead.
const HEADLINE = 'Chief Minister praises NDRF for historic flood rescue';
const lead = 'The National Disaster Response Force (NDRF) rescued 1,200 people from flooded villages in Morigaon on Tuesday.';
const teams = 'NDRF teams used 40 boats to reach the villages.';
const praise = 'Praising NDRF for the historic rescue, the Chief Minister thanked its teams.';
const facts = [
  fact({ question: 'How many people did the NDRF rescue?', answer: '1,200', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'object' }),
  fact({ question: 'The National Disaster Response Force (_____) rescued 1,200 people …', answer: 'NDRF', answerType: 'organisation', sentence: lead, sentenceIndex: 0, pattern: 'cloze' }),
  fact({ question: '_____ teams used 40 boats to reach the villages.', answer: 'NDRF', answerType: 'organisation', sentence: teams, sentenceIndex: 1, pattern: 'cloze' }),
  fact({ question: 'Praising _____ for the historic rescue, the Chief Minister thanked its teams.', answer: 'NDRF', answerType: 'organisation', sentence: praise, sentenceIndex: 3, pattern: 'cloze' }),
];

describe('centrality: the story\'s topic as a blank', () => {
  it('is never asked past the lead, even in a sentence that repeats the headline\'s words', () => {
    const c = centralityOf(facts, HEADLINE);
    expect(c.get(facts[3].id)!.offTopic).toBe(true);
    // In the lead, the headline's own sentence may still ask it; a figure of the lead is asked.
    expect(c.get(facts[0].id)!.offTopic).toBe(false);
  });
});

describe('centrality: a country the story keeps naming', () => {
  // (Germany here: a blank on India in Indian news is off the topic whatever; see below.)
  const s = [
    'Germany and Japan signed two agreements in New Delhi on Monday.',
    'Germany will host the next summit with Japan in 2026.',
    'Japan is one of the few countries with which Germany holds an annual summit.',
    'Relations with Japan have a special place for Germany, the Foreign Secretary said.',
  ];
  const blanks = s.map((sentence, i) => fact({ question: sentence.replace('Germany', '_____'), answer: 'Germany', answerType: 'country', sentence, sentenceIndex: i, pattern: 'cloze' }));

  it('is its setting: past the lead, a blank on it is never asked, though the headline names people', () => {
    const c = centralityOf(blanks, 'Kishida and Modi sign two agreements');
    expect(c.get(blanks[3].id)!.offTopic).toBe(true);
    expect(c.get(blanks[0].id)!.offTopic).toBe(false);
  });

  it('in the lead too, beside the other country of a pair the story keeps naming', () => {
    const lead = fact({ question: 'The minister described the relationship between _____ and Japan as a natural partnership.', answer: 'Germany', answerType: 'country', sentence: 'The minister described the relationship between Germany and Japan as a natural partnership.', sentenceIndex: 0, pattern: 'cloze' });
    const japan = s.map((sentence, i) => fact({ question: sentence.replace('Japan', '_____'), answer: 'Japan', answerType: 'country', sentence, sentenceIndex: i + 1, pattern: 'definition' }));
    const c = centralityOf([lead, ...blanks.slice(1, 3), ...japan], 'Kishida and Modi sign two agreements');
    expect(c.get(lead.id)!.offTopic).toBe(true);
  });

  it('in the lead too, where the headline names the pair and the sentence joins the blank to its partner', () => {
    const sentence = 'The foreign secretary said that Nepal and Bhutan have agreed to open two new border crossings.';
    const blank = fact({ question: sentence.replace('Nepal', '_____'), answer: 'Nepal', answerType: 'country', sentence, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([blank], 'Nepal, Bhutan agree to open border crossings').get(blank.id)!.offTopic).toBe(true);
    const reversed = fact({ question: sentence.replace('Bhutan', '_____'), answer: 'Bhutan', answerType: 'country', sentence, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([reversed], 'Bhutan and Nepal agree to open border crossings').get(reversed.id)!.offTopic).toBe(true);
    // (Not where the headline names the blank alone: the partner is then what it says.)
    expect(centralityOf([blank], 'Nepal to open two border crossings').get(blank.id)!.offTopic).toBe(false);
  });

  it('but a country named in two sentences is a fact like any other', () => {
    const c = centralityOf([blanks[0], blanks[3]], 'Kishida and Modi sign two agreements');
    expect(c.get(blanks[3].id)!.offTopic).toBe(false);
  });
});

describe('centrality: the year of the headline\'s edition', () => {
  it('is no blank ("For the year _____" under "Padma Awards 2024")', () => {
    const sentence = 'For the year 2024, the President has approved conferment of 132 Padma Awards.';
    const year = fact({ question: 'For the year _____, the President has approved conferment of 132 Padma Awards.', answer: '2024', answerType: 'year', sentence, sentenceIndex: 3, pattern: 'cloze' });
    expect(centralityOf([year], 'President presents Padma Awards 2024').get(year.id)!.offTopic).toBe(true);
    expect(centralityOf([year], 'President presents Padma Awards in a ceremony in 2024').get(year.id)!.offTopic).toBe(false);
    // (Nor an award's year after "for": "… receive Sahitya Akademi Award for 2024".)
    expect(centralityOf([year], 'Two poets receive Sahitya Akademi Award for 2024').get(year.id)!.offTopic).toBe(true);
    // (Nor after the kind word a short form is written with: "NIRF ranking 2025", "QS World University rankings 2026".)
    expect(centralityOf([year], 'NIRF ranking 2024: IIT Madras No. 1 again').get(year.id)!.offTopic).toBe(true);
    expect(centralityOf([year], 'QS World University rankings 2024: IIT Bombay best in India').get(year.id)!.offTopic).toBe(true);
  });

  it('is no blank where a ranking\'s year is written and its rank is asked ("… the Global Hunger Index rankings in _____")', () => {
    const sentence = "India fell further down the Global Hunger Index rankings in 2023 and reported the world's highest child wasting rate.";
    const year = fact({ question: sentence.replace('2023', '_____'), answer: '2023', answerType: 'year', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const rankSentence = 'India ranks 111th out of the 125 countries with sufficient data.';
    const rank = fact({ question: 'What was India’s rank in the Global Hunger Index?', answer: '111th', answerType: 'number', sentence: rankSentence, sentenceIndex: 3, pattern: 'rank' });
    const headline = 'India drops further in Global Hunger Index rankings';
    expect(centralityOf([year, rank], headline).get(year.id)!.offTopic).toBe(true);
    // (With no rank asked, the year is a fact like any other.)
    expect(centralityOf([year], headline).get(year.id)!.offTopic).toBe(false);
  });
});

describe('centrality: a ranking\'s own name', () => {
  it('is no blank: the rank is the news, the index the headline\'s words', () => {
    const sentence = 'India has climbed 12 places to rank 39th in the Global Innovation Index this year.';
    const name = fact({ question: 'India has climbed 12 places to rank 39th in the _____ this year.', answer: 'Global Innovation Index', answerType: 'term', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const rank = fact({ question: 'India has climbed 12 places to rank _____ in the Global Innovation Index this year.', answer: '39th', answerType: 'number', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const c = centralityOf([name, rank], 'India climbs to 39th in Global Innovation Index');
    expect(c.get(name.id)!.offTopic).toBe(true);
    expect(c.get(rank.id)!.offTopic).toBe(false);
  });
});

describe('centrality: a figure the headline states', () => {
  it('is the news wherever the story repeats it, not a topic to leave out', () => {
    const s = [
      'The RBI Monetary Policy Committee on Friday decided to keep the repo rate unchanged at 6.5 per cent.',
      'In its past three meetings, the RBI held the repo rate unchanged at 6.5 per cent.',
    ];
    const figures = s.map((sentence, i) => fact({ question: sentence.replace('6.5 per cent', '_____'), answer: '6.5 per cent', answerType: 'number', sentence, sentenceIndex: i, pattern: 'cloze' }));
    const c = centralityOf(figures, 'RBI keeps repo rate at 6.5%, retains growth forecast');
    expect(c.get(figures[0].id)!.offTopic).toBe(false);
    expect(c.get(figures[0].id)!.inHeadline).toBe(true);
  });

  it('but past the lead, repeated, it is the story\'s refrain ("… collecting _____ points")', () => {
    const s = ['Sweden beat South Korea 1 – 0 to win three points on Monday.', 'Belgium beat Panama 3 – 0 and took three points.', 'Later on, England won 2 – 1 and collected three points.', 'The match came to end with England winning 2 – 1 and collecting three points.'];
    const figures = s.map((sentence, i) => fact({ question: sentence.replace('three', '_____'), answer: 'three', answerType: 'number', sentence, sentenceIndex: i, pattern: 'cloze' }));
    const c = centralityOf(figures, 'World Cup day five: Sweden, Belgium, England win three points');
    expect(c.get(figures[3].id)!.offTopic).toBe(true);
    expect(c.get(figures[0].id)!.offTopic).toBe(false);
  });
});

describe('centrality: a figure the headline rounds', () => {
  const figure = (sentence: string, answer: string, i: number) => fact({ question: sentence.replace(answer, '_____'), answer, answerType: 'number', sentence, sentenceIndex: i, pattern: 'cloze' });

  it('is the headline\'s figure ("crosses 8m" over "an 8.05m leap", "grows 7%" over "7.6 per cent")', () => {
    const leap = figure('Rohan Thakur crossed the 8m mark with an 8.05m leap on Friday.', '8.05m', 0);
    expect(centralityOf([leap], 'Thakur finally crosses 8m but settles for silver in Tehran').get(leap.id)!.inHeadline).toBe(true);
    const gdp = figure('India\'s GDP grew 7.6 per cent in the July-September quarter, data released on Friday showed.', '7.6 per cent', 0);
    expect(centralityOf([gdp], 'India\'s economy grows 7% in second quarter').get(gdp.id)!.inHeadline).toBe(true);
    // (A hedged headline rounds to the ten: "near 690 billion dollars" over 689.235.)
    const forex = figure('The forex reserves reached a new all-time high of 689.235 billion dollars for the week.', '689.235 billion dollars', 1);
    expect(centralityOf([forex], 'India\'s forex reserves near 690 billion dollars amid rupee depreciation').get(forex.id)!.inHeadline).toBe(true);
    expect(centralityOf([forex], 'India\'s forex reserves at 690 billion dollars').get(forex.id)!.inHeadline).toBe(false);
    // (A count the headline gives as its ordinal: "100 medals" under "India wins 100th medal".)
    const tally = figure('India has secured a historic tally of 100 medals, including 25 gold, 35 silver and 40 bronze.', '100', 7);
    expect(centralityOf([tally], "India wins 100th medal at Asian Games, PM Modi calls it 'momentous achievement'").get(tally.id)!.inHeadline).toBe(true);
    // (And a rank the headline gives as a bare figure: "107th" under "… ranks 107 of 121 countries".)
    const rank = figure('Nepal has slipped six places on the Global Hunger Index to take the 107th position out of 121 countries.', '107th', 0);
    expect(centralityOf([rank], 'Global Hunger Index 2022: Nepal slips further, ranks 107 of 121 countries').get(rank.id)!.inHeadline).toBe(true);
    expect(centralityOf([rank], 'Global Hunger Index 2022: 107 countries report progress').get(rank.id)!.inHeadline).toBe(false);
    // (A sum in thousands the headline gives to the hundred: "Rs 76,000 cr" over "Rs 76,220 crore".)
    const port = figure('The Union Cabinet on Wednesday approved the Rs 76,220 crore Vadhavan Port project in Maharashtra.', 'Rs 76,220 crore', 0);
    expect(centralityOf([port], 'Rs 76,000 cr Vadhavan port project in Maharashtra gets Cabinet approval').get(port.id)!.inHeadline).toBe(true);
    expect(centralityOf([port], 'Rs 70,000 cr Vadhavan port project gets Cabinet approval').get(port.id)!.inHeadline).toBe(false);
    expect(centralityOf([port], '76,000 tonnes of cargo to pass through Vadhavan port').get(port.id)!.inHeadline).toBe(false);
    // (And a count the headline hedges to the ten: "174" under "Over 170 dead", "38" under "nearly 40".)
    const toll = figure('The death toll from a series of landslides that struck Wayanad on Tuesday has risen to 174.', '174', 0);
    expect(centralityOf([toll], 'Wayanad landslides: Over 170 dead, 225 missing').get(toll.id)!.inHeadline).toBe(true);
    expect(centralityOf([toll], 'Wayanad landslides: Over 150 dead, 225 missing').get(toll.id)!.inHeadline).toBe(false);
    const hurt = figure('At least 38 people were injured in the blast at the factory on Monday.', '38', 0);
    expect(centralityOf([hurt], 'Nearly 40 injured in factory blast in Telangana').get(hurt.id)!.inHeadline).toBe(true);
    expect(centralityOf([hurt], 'Over 40 injured in factory blast in Telangana').get(hurt.id)!.inHeadline).toBe(false);
  });

  it('is not where the story asks the headline\'s own figure, nor in another unit', () => {
    const core = figure('Output of the eight core sectors grew 4 per cent in October.', '4 per cent', 0);
    const power = figure('Cement production was up by 4.7 per cent.', '4.7 per cent', 1);
    expect(centralityOf([core, power], 'Core sectors grow at 4% in October').get(power.id)!.inHeadline).toBe(false);
    const km = figure('The missile flew 90.5 km before hitting its target.', '90.5 km', 0);
    expect(centralityOf([km], 'Missile test: 90 m long tunnel found').get(km.id)!.inHeadline).toBe(false);
  });
});

describe('centrality: the person the lead appoints', () => {
  it('is the headline\'s, by a given name no one else bears, and the news, not the topic', () => {
    const lead = 'Suresh Nair, who was appointed an Election Commissioner in 2023, will succeed Anil Nair as the 27th Chief Election Commissioner.';
    const later = 'Suresh Nair previously served as Secretary in the Ministry of Law.';
    const facts = [lead, later].map((sentence, i) => fact({ question: sentence.replace('Suresh Nair', '_____'), answer: 'Suresh Nair', answerType: 'person', sentence, sentenceIndex: i, pattern: 'cloze' }));
    const c = centralityOf(facts, 'Suresh new CEC, Punjab CS Sethi his deputy');
    expect(c.get(facts[0].id)).toMatchObject({ inHeadline: true, offTopic: false });
    // (Past the lead he is the topic: a blank on him there is not the news.)
    expect(c.get(facts[1].id)!.offTopic).toBe(true);
  });
});

describe('centrality: the thing the lead launches or tests', () => {
  it('is the news in the lead, and the topic past it', () => {
    const lead = 'India on Friday successfully test-fired its new Pralay-X missile from a road-mobile launcher off the Odisha coast.';
    const later = 'The Pralay-X missile can carry a payload of up to 1,000 kg, officials said.';
    const third = 'The Pralay-X missile will be inducted into the Army next year.';
    const facts = [lead, later, third].map((sentence, i) => fact({ question: sentence.replace('Pralay-X', '_____'), answer: 'Pralay-X', answerType: 'term', sentence, sentenceIndex: i, pattern: 'cloze' }));
    // (A story of more than the missile: most of its facts name something else.)
    const others = ['Bengaluru', 'Hyderabad', 'Chennai', 'Pune'].map((city, i) => fact({ question: 'x', answer: city, answerType: 'place', sentence: `Parts of the launcher were made by a firm in ${city}.`, sentenceIndex: 3 + i, pattern: 'cloze' }));
    // (A long headline the lead says less than half of.)
    const c = centralityOf([...facts, ...others], 'India Test-Fires Nuclear-Capable Pralay-X Missile With 500 Km Range From Rail Platform, Check Why It Matters');
    expect(c.get(facts[0].id)).toMatchObject({ inHeadline: true, offTopic: false });
    expect(c.get(facts[2].id)!.offTopic).toBe(true);
  });

  it('so is a new name the lead gives ("… to change the name of the state to _____")', () => {
    const lead = 'The Union Cabinet on Wednesday approved a proposal of the state government to change the name of Orissa to Odisha, the minister said.';
    const later = 'The Odisha name will be used in all official records, an official said.';
    const facts = [lead, later].map((sentence, i) => fact({ question: sentence.replace(/Odisha/, '_____'), answer: 'Odisha', answerType: 'term', sentence, sentenceIndex: i, pattern: 'cloze' }));
    const others = ['Bhubaneswar', 'Cuttack', 'Puri'].map((city, i) => fact({ question: 'x', answer: city, answerType: 'place', sentence: `Celebrations were held in ${city} on Thursday.`, sentenceIndex: 2 + i, pattern: 'cloze' }));
    const c = centralityOf([...facts, ...others], 'Name politics: from Orissa to Odisha, a long journey ends');
    expect(c.get(facts[0].id)).toMatchObject({ inHeadline: true, offTopic: false });
  });
});

describe('centrality: a service the headline calls by its kind', () => {
  it('"Navy gets its newest ship" names the Indian Navy, a topic to leave out past the lead', () => {
    const s = ['The Defence Minister commissioned a survey vessel of the Indian Navy at Kochi on Monday.', 'The vessel, part of the Indian Navy’s survey fleet, was built at Kolkata.'];
    const facts = s.map((sentence, i) => fact({ question: sentence.replace('Indian Navy', '_____'), answer: 'Indian Navy', answerType: 'organisation', sentence, sentenceIndex: i, pattern: 'cloze' }));
    const c = centralityOf(facts, 'Navy gets its newest ship');
    expect(c.get(facts[1].id)).toMatchObject({ inHeadline: true, offTopic: true });
  });

  it('counts "the Navy" of the other sentences as naming it: a Navy chief\'s story blanks no "Indian Navy"', () => {
    const sentence = 'Born on May 15, 1964, Admiral Tripathi was commissioned into the executive branch of the Indian Navy on July 1, 1985.';
    const navy = fact({ question: sentence.replace('Indian Navy', '_____'), answer: 'Indian Navy', answerType: 'organisation', sentence, sentenceIndex: 2, pattern: 'cloze' });
    const others = ['Admiral Tripathi said the Navy should remain operationally ready at all times.', 'The admiral took charge of the Navy at a time when the Red Sea was witnessing security challenges.'].map((t, i) =>
      fact({ question: t.replace('Red Sea', '_____').replace('Admiral Tripathi', '_____'), answer: i ? 'Red Sea' : 'Tripathi', answerType: i ? 'place' : 'person', sentence: t, sentenceIndex: 3 + i, pattern: 'cloze' }));
    expect(centralityOf([navy, ...others], 'Admiral Tripathi takes charge as new Navy chief').get(navy.id)).toMatchObject({ inHeadline: true, offTopic: true });
    const army = fact({ question: 'x', answer: 'Indian Army', answerType: 'organisation', sentence: 'He was commissioned into the Indian Army in 1984.', sentenceIndex: 2, pattern: 'cloze' });
    const armyOthers = ['The Army will raise two new divisions, General Dwivedi said.', 'The Army chief reviewed the Northern Command on Friday.'].map((t, i) => fact({ question: 'x', answer: i ? 'Northern Command' : 'Dwivedi', answerType: i ? 'organisation' : 'person', sentence: t, sentenceIndex: 3 + i, pattern: 'cloze' }));
    expect(centralityOf([army, ...armyOthers], 'General Dwivedi takes over as Army chief').get(army.id)!.offTopic).toBe(true);
  });
});

describe('a figure of a breakdown past the lead', () => {
  const headline = 'Rhino population rises to 2,613 in Kaziranga';
  const lead = fact({ question: 'x', answer: '2,613', answerType: 'number', sentence: 'The population of one-horned rhinoceros at the Kaziranga National Park has risen to 2,613, an official said.', sentenceIndex: 0, pattern: 'cloze' });
  const listed = fact({ question: 'x', answer: '170', answerType: 'number', sentence: 'The four-day census recorded 903 females, 750 males and 170 of undetermined sex in the adult category.', sentenceIndex: 2, pattern: 'cloze' });
  const scale = fact({ question: 'x', answer: '4.036', answerType: 'number', sentence: 'This year, India had a score of 4.036 on a scale of 0 to 10.', sentenceIndex: 3, pattern: 'cloze' });
  const fiscal = fact({ question: 'x', answer: '69.7 million', answerType: 'number', sentence: 'The mission aims to raise oilseed production from 39 million tonnes to 69.7 million tonnes by 2030-31.', sentenceIndex: 4, pattern: 'cloze' });
  const c = centralityOf([lead, listed, scale, fiscal], headline);

  it('is not asked ("903 females, 750 males and _____ of undetermined sex")', () => {
    expect(c.get(listed.id)!.offTopic).toBe(true);
  });

  it('is asked when it is the one sum among measures, a cost ("built for Rs 480 crore, has 80 spans …")', () => {
    const spec = fact({ question: 'x', answer: 'Rs 480 crore', answerType: 'number', sentence: 'The 1.9-kilometre-long bridge, built for Rs 480 crore, has 80 spans and a 60-metre lift section that rises to 15 metres.', sentenceIndex: 5, pattern: 'cloze' });
    const split = fact({ question: 'x', answer: 'Rs 300 crore', answerType: 'number', sentence: 'Of the outlay, Rs 500 crore goes to roads, Rs 300 crore to schools and Rs 200 crore to clinics.', sentenceIndex: 6, pattern: 'cloze' });
    const both = centralityOf([lead, spec, split], headline);
    expect(both.get(spec.id)!.offTopic).toBe(false);
    // (Sums that share out a whole are its breakdown still.)
    expect(both.get(split.id)!.offTopic).toBe(true);
  });

  it('is asked when the other sums add up to it: the whole, not a part ("worth USD 95 billion, with exports of …")', () => {
    const total = fact({ question: 'x', answer: 'USD 95 billion', answerType: 'number', sentence: 'In 2023-24, bilateral trade was worth USD 95 billion, with exports of USD 40 billion and imports of USD 55 billion.', sentenceIndex: 5, pattern: 'cloze' });
    const part = fact({ question: 'x', answer: 'USD 40 billion', answerType: 'number', sentence: total.sentence, sentenceIndex: 5, pattern: 'cloze' });
    const scaled = fact({ question: 'x', answer: 'Rs 1.2 lakh crore', answerType: 'number', sentence: 'The budget of Rs 1.2 lakh crore has Rs 70,000 crore for roads and Rs 50,000 crore for rail.', sentenceIndex: 6, pattern: 'cloze' });
    const both = centralityOf([lead, total, part, scaled], headline);
    expect(both.get(total.id)!.offTopic).toBe(false);
    expect(both.get(scaled.id)!.offTopic).toBe(false);
    expect(both.get(part.id)!.offTopic).toBe(true);
  });

  it('is asked when it is the first figure an "including" then breaks down ("4,301 runs from 116 innings averaging 40.57, including 12 centuries")', () => {
    const sentence = 'Rohit drew curtains on his Test career with 4,301 runs from 116 innings averaging 40.57, including 12 centuries and 18 fifties.';
    const runs = fact({ question: 'x', answer: '4,301', answerType: 'number', sentence, sentenceIndex: 5, pattern: 'cloze' });
    const average = fact({ question: 'x', answer: '40.57', answerType: 'number', sentence, sentenceIndex: 5, pattern: 'cloze' });
    const medals = 'India finished fourth with 61 medals in the final tally, including 22 gold, 16 silver and 23 bronze.';
    const total = fact({ question: 'x', answer: '61', answerType: 'number', sentence: medals, sentenceIndex: 4, pattern: 'cloze' });
    const gold = fact({ question: 'x', answer: '22', answerType: 'number', sentence: medals, sentenceIndex: 4, pattern: 'cloze' });
    const c = centralityOf([lead, runs, average, total, gold], 'Rohit Sharma retires from Test cricket');
    expect(c.get(runs.id)!.offTopic).toBe(false);
    expect(c.get(total.id)!.offTopic).toBe(false);
    expect(c.get(average.id)!.offTopic).toBe(true);
    expect(c.get(gold.id)!.offTopic).toBe(true);
  });

  it('is asked when the figures are a range or a year ("a scale of 0 to 10", "by 2030-31"), and in the lead', () => {
    expect(c.get(scale.id)!.offTopic).toBe(false);
    expect(c.get(fiscal.id)!.offTopic).toBe(false);
    expect(c.get(lead.id)!.offTopic).toBe(false);
    // (A day after its month dates the count: "as of March 4, 2011, … has 277 …; 39 percent …".)
    const dated = fact({ question: 'x', answer: '412', answerType: 'number', sentence: 'The security firm said that as of June 9, 2024, the app has 412 known flaws; 28 percent of these are rated critical.', sentenceIndex: 6, pattern: 'quantity' });
    expect(centralityOf([lead, dated], headline).get(dated.id)!.offTopic).toBe(false);
    // (The lead's second sentence too: its figures are the news.)
    const awards = fact({ question: 'x', answer: '21', answerType: 'number', sentence: 'The Ministry announced four Bharat Ratna, 21 Padma Bhushan and 97 Padma Shri awardees.', sentenceIndex: 1, pattern: 'cloze' });
    expect(centralityOf([lead, awards], 'Padma awards announced').get(awards.id)!.offTopic).toBe(false);
  });
});

describe('centrality: the story\'s background', () => {
  it('is off topic past the lead where a sentence in the past perfect shares no word with the headline', () => {
    const headline = 'Kiran George emerges Korea Open champion';
    const pair = fact({ pattern: 'cloze', question: 'Arjun Rao and Dhruv Kapila had reached the finals at the _____ and China Masters.', answer: 'Hong Kong', answerType: 'place', sentence: 'Arjun Rao and Dhruv Kapila had reached the finals at the Hong Kong and China Masters.', sentenceIndex: 6 });
    const own = fact({ pattern: 'cloze', question: 'George had lost in the first round at the _____ last month.', answer: 'Japan Open', answerType: 'term', sentence: 'George had lost in the first round at the Japan Open last month.', sentenceIndex: 5 });
    const lead = fact({ pattern: 'cloze', question: 'Kiran George had beaten _____ in the semifinal on Saturday.', answer: 'Kenta Nishimoto', answerType: 'person', sentence: 'Kiran George had beaten Kenta Nishimoto in the semifinal on Saturday.', sentenceIndex: 1 });
    const c = centralityOf([pair, own, lead], headline);
    expect(c.get(pair.id)!.offTopic).toBe(true);
    // (The headline's people, and the lead, are no background.)
    expect(c.get(own.id)!.offTopic).toBe(false);
    expect(c.get(lead.id)!.offTopic).toBe(false);
  });
});

describe('who said it', () => {
  it('is not asked, whether the headline names the speaker ("Who said that India has joined the elite club …?" under "PM Modi addresses nation …") or not ("Who said that the test was a success?")', () => {
    const quote = fact({ question: 'Who said that India has joined the elite club of space powers?', answer: 'Narendra Modi', answerType: 'person', sentence: 'Prime Minister Narendra Modi said that India has joined the elite club of space powers.', sentenceIndex: 0, pattern: 'quote' });
    const other = fact({ question: 'Who said that the test was a success?', answer: 'G Satheesh Reddy', answerType: 'person', sentence: 'DRDO chief G Satheesh Reddy said that the test was a success.', sentenceIndex: 3, pattern: 'quote' });
    const c = centralityOf([quote, other], 'PM Modi addresses nation with important message');
    expect(c.get(quote.id)!.offTopic).toBe(true);
    expect(c.get(other.id)!.offTopic).toBe(true);
    // (What else the article tells is asked as before.)
    const test = fact({ pattern: 'launched', question: 'Which missile did the DRDO test?', answer: 'Agni-5', answerType: 'term', sentence: 'The DRDO tested the Agni-5 missile on Monday.', sentenceIndex: 1 });
    expect(centralityOf([quote, other, test], 'PM Modi addresses nation with important message').get(test.id)!.offTopic).toBe(false);
  });
});

describe('centrality: who the headline credits after its colon', () => {
  it('is not the news: the count the headline reports ranks above who told it', () => {
    const headline = 'India To Get 4 New Semiconductor Units In Odisha, Punjab: Piyush Goyal';
    const minister = fact({ pattern: 'office', question: 'Who was the Minister of Commerce and Industry?', answer: 'Piyush Goyal', answerType: 'person', sentence: 'The Cabinet approved four semiconductor projects, Union Commerce and Industry Minister Piyush Goyal announced on Tuesday.', sentenceIndex: 0 });
    const units = fact({ pattern: 'quantity', question: 'How many semiconductor units will be set up in Odisha and Punjab?', answer: 'four', answerType: 'number', sentence: 'Goyal announced that four semiconductor manufacturing units will be set up in Odisha and Punjab.', sentenceIndex: 2 });
    const c = centralityOf([minister, units], headline);
    expect(c.get(minister.id)!.inHeadline).toBe(false);
    expect(c.get(units.id)!.score).toBeGreaterThan(c.get(minister.id)!.score);
    // (Asked who said it, the credited speaker is the headline's still: never asked.)
    const said = fact({ pattern: 'quote', question: 'Who said that the units will create jobs?', answer: 'Piyush Goyal', answerType: 'person', sentence: 'Piyush Goyal said that the units will create jobs.', sentenceIndex: 3 });
    expect(centralityOf([minister, units, said], headline).get(said.id)!.offTopic).toBe(true);
  });
});

describe('centrality: a place opening the headline before a colon', () => {
  it('is where the story is from, not its news ("Russia: Rajnath Singh attends commissioning ceremony of INS Tushil")', () => {
    const headline = 'Russia: Rajnath Singh attends commissioning ceremony of INS Tushil';
    const country = fact({ pattern: 'place-in', question: 'In which country is Kaliningrad?', answer: 'Russia', answerType: 'country', sentence: "INS Tushil was commissioned at Kaliningrad, Russia on Monday.", sentenceIndex: 1 });
    const port = fact({ pattern: 'event-place', question: 'Where was INS Tushil commissioned?', answer: 'Kaliningrad', answerType: 'place', sentence: "Rajnath Singh attended the Commissioning Ceremony of INS Tushil at Russia's Kaliningrad on Monday.", sentenceIndex: 0 });
    const c = centralityOf([country, port], headline);
    expect(c.get(country.id)!.inHeadline).toBe(false);
    expect(c.get(port.id)!.score).toBeGreaterThan(c.get(country.id)!.score);
  });
});

describe('centrality: the name a sentence ranks', () => {
  it('is no blank where the sentence’s rank is asked and the headline names it', () => {
    const s = 'India has shown slight progress and now ranks 115th globally, with a score of 2.229.';
    const rank = fact({ pattern: 'rank', question: 'What was India’s rank in the Global Peace Index 2025?', answer: '115th', answerType: 'number', sentence: s, sentenceIndex: 4 });
    const blank = fact({ pattern: 'cloze', question: '_____ has shown slight progress and now ranks 115th globally, with a score of 2.229.', answer: 'India', answerType: 'country', sentence: s, sentenceIndex: 4 });
    const c = centralityOf([rank, blank], 'Global Peace Index 2025: where India, Pakistan stand');
    expect(c.get(blank.id)!.offTopic).toBe(true);
    // (With no rank asked of it, the blank is left to the other rules.)
    expect(centralityOf([blank], 'Global Peace Index 2025: where India, Pakistan stand').get(blank.id)!.offTopic).toBe(false);
  });
});

describe('centrality: the seats of the party the headline names', () => {
  it('rank above a side fact of that party, though the headline gives no figure', () => {
    const result = 'According to the final count, the Congress secured 40 out of 68 seats, while the BJP managed only 25.';
    const polls = 'The Congress defied exit polls, which had predicted a close contest in the hill state.';
    const seats = fact({ question: 'How many of the 68 seats did the Congress win in Himachal Pradesh?', answer: '40', answerType: 'number', sentence: result, sentenceIndex: 1, pattern: 'seats' });
    const side = fact({ question: 'Which party defied exit polls, which had predicted a close contest in the hill state?', answer: 'Congress', answerType: 'organisation', sentence: polls, sentenceIndex: 3, pattern: 'subject' });
    const c = centralityOf([seats, side], 'Himachal Pradesh Election Results: Congress returns to power');
    expect(c.get(seats.id)!.score).toBeGreaterThan(c.get(side.id)!.score);
  });
});

describe('centrality: the body the story keeps naming', () => {
  const headline = 'SEBI announces record ₹9,400 crore in penalties for 2024-25';
  const lead = 'The Securities and Exchange Board of India on Friday announced a record ₹9,400 crore in penalties for the year ended March 2025.';
  const second = 'In the previous year, SEBI had collected ₹6,100 crore in penalties from 412 firms.';
  const third = 'SEBI said most of the penalties came from listed companies in Mumbai.';
  const fourth = 'The penalties are paid into the Consolidated Fund of India, SEBI added.';
  const body = fact({ question: lead.replace('Securities and Exchange Board of India', '_____'), answer: 'Securities and Exchange Board of India', answerType: 'organisation', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
  const amount = fact({ question: lead.replace('₹9,400 crore', '_____'), answer: '₹9,400 crore', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
  const who = fact({ question: 'Which organisation had collected ₹6,100 crore in penalties from 412 firms?', answer: 'SEBI', answerType: 'organisation', sentence: second, sentenceIndex: 1, pattern: 'subject' });
  const others = [third, fourth].map((sentence, i) => fact({ question: sentence.replace('SEBI', '_____'), answer: 'SEBI', answerType: 'organisation', sentence, sentenceIndex: i + 2, pattern: 'cloze' }));

  it('is no blank beside the figure the headline gives, nor the answer of a question past the first sentence', () => {
    const c = centralityOf([body, amount, who, ...others], headline);
    expect(c.get(body.id)!.offTopic).toBe(true);
    expect(c.get(who.id)!.offTopic).toBe(true);
    expect(c.get(amount.id)!.offTopic).toBe(false);
  });
});

describe('centrality: the pair of countries the headline names', () => {
  it('is no blank asked as one', () => {
    const sentence = 'Kenya and Singapore strengthened their ties on Thursday with the exchange of four agreements in Nairobi.';
    const blank = fact({ question: sentence.replace('Kenya and Singapore', '_____'), answer: 'Kenya and Singapore', answerType: 'country', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const asked = fact({ question: 'Which two countries strengthened their ties on Thursday with the exchange of four agreements in Nairobi?', answer: 'Kenya and Singapore', answerType: 'country', sentence, sentenceIndex: 0, pattern: 'subject' });
    const c = centralityOf([blank, asked], 'Kenya, Singapore sign agreements on digital trade');
    expect(c.get(blank.id)!.offTopic).toBe(true);
    // (A pair the headline does not name is still a blank.)
    expect(centralityOf([blank], 'Four agreements signed in Nairobi').get(blank.id)!.offTopic).toBe(false);
  });
});

describe('centrality: the side a headline says was beaten', () => {
  it('is no cloze of the lead ("… as they defeated hosts _____ 1-0" under "… 1-0 Triumph Over China")', () => {
    const sentence = 'Jugraj Singh turned hero for Team India as they defeated hosts China 1-0 in the Asian Champions Trophy final.';
    const china = fact({ question: sentence.replace('China', '_____'), answer: 'China', answerType: 'country', sentence, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([china], "Asian Champions Trophy 2024: Jugraj Singh's Winner Hands India 5th Title After 1-0 Triumph Over China").get(china.id)!.offTopic).toBe(true);
    // (Not a side the headline names as the winner.)
    expect(centralityOf([china], 'China lose to India in Asian Champions Trophy final').get(china.id)!.offTopic).toBe(false);
  });
});

describe('centrality: the runner-up beside the winner', () => {
  it('comes after the winner, however often the story names the side beaten', () => {
    const lead = 'Jaipur Pink Panthers ended their wait for a Pro Kabaddi League title as they defeated Dabang Delhi in the final on Sunday.';
    const rest = ['Dabang Delhi had topped the table this season.', 'Dabang Delhi captain Naveen Kumar scored 12 points.', 'Dabang Delhi fans filled the arena.'];
    const facts = [
      fact({ question: 'Which team was the runner-up of the Pro Kabaddi League?', answer: 'Dabang Delhi', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'title-won' }),
      fact({ question: 'Which team won the Pro Kabaddi League title?', answer: 'Jaipur Pink Panthers', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'title-won' }),
      ...rest.map((sentence, i) => fact({ question: `${sentence.replace('Dabang Delhi', '_____')}`, answer: 'Dabang Delhi', answerType: 'term', sentence, sentenceIndex: i + 1, pattern: 'cloze' })),
    ];
    const c = centralityOf(facts, 'Jaipur Pink Panthers beat Dabang Delhi to lift Pro Kabaddi League title');
    expect(c.get(facts[0].id)!.score).toBeLessThan(c.get(facts[1].id)!.score);
  });
});

describe('centrality: a hedged figure the headline states bare', () => {
  it('is the headline\'s ("around 718" under "India home to 718 snow leopards")', () => {
    const lead = 'There are around 718 snow leopards in the country, the first ever population estimation exercise by the Snow Leopard Population Assessment in India Program has revealed.';
    const facts = [
      fact({ question: lead.replace('around 718', '_____'), answer: 'around 718', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'cloze' }),
      fact({ question: lead.replace('Snow Leopard Population Assessment', '_____'), answer: 'Snow Leopard Population Assessment', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'cloze' }),
    ];
    const c = centralityOf(facts, 'India home to 718 snow leopards, Ladakh highest with 477: SPAI report');
    expect(c.get(facts[0].id)!.inHeadline).toBe(true);
    expect(c.get(facts[0].id)!.score).toBeGreaterThan(c.get(facts[1].id)!.score);
  });
});

describe('centrality: what a short name spells out', () => {
  it('is a side note, unless the headline names the short name', () => {
    const lead = "The Cabinet approved the 'BioE3' (Biotechnology for Economy, Environment and Employment) policy and the PM-JANMAN (Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan) scheme on Saturday.";
    const bio = fact({ question: 'What does BioE3 stand for?', answer: 'Biotechnology for Economy, Environment and Employment', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'named-term' });
    const janman = fact({ question: 'What does PM-JANMAN stand for?', answer: 'Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'named-term' });
    const c = centralityOf([bio, janman], 'BioE3 policy for innovation-driven support to R&D given Cabinet nod');
    expect(c.get(janman.id)!.score).toBeLessThan(c.get(bio.id)!.score * 0.8);
  });
});

describe('centrality: a count of the rest in the headline', () => {
  it('is no figure of the news ("Agra, Gaya and 10 others …": 10 states is no headline figure)', () => {
    const cities = 'The Cabinet approved 12 industrial smart cities under the National Industrial Corridor Development Programme on Wednesday.';
    const states = 'The new projects will come under the programme, covering 10 states of the country.';
    const both = [
      fact({ question: 'The Cabinet approved _____ industrial smart cities …', answer: '12', answerType: 'number', sentence: cities, sentenceIndex: 0, pattern: 'cloze' }),
      fact({ question: 'The new projects …, covering _____ states of the country.', answer: '10', answerType: 'number', sentence: states, sentenceIndex: 2, pattern: 'cloze' }),
    ];
    const c = centralityOf(both, 'Agra, Gaya and 10 others to be developed as industrial smart cities');
    expect(c.get(both[1].id)!.inHeadline).toBe(false);
    expect(c.get(both[0].id)!.score).toBeGreaterThan(c.get(both[1].id)!.score);
  });
});

describe('centrality: the person the lead says won', () => {
  it('is the news, not a topic blank ("Olympic medallist _____ wins her maiden gold medal …")', () => {
    const headline = 'Gold medals rain for Indian boxers as Lovlina Borgohain clinches maiden top prize';
    const lead = 'Olympic medallist Lovlina Borgohain wins her maiden gold medal at the World Boxing Championship in New Delhi on Sunday.';
    const later = 'Lovlina Borgohain defeated Australia’s Caitlin Parker 5-2 in the final.';
    const won = fact({ question: 'x', answer: 'Lovlina Borgohain', answerType: 'person', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    const beat = fact({ question: 'x', answer: 'Lovlina Borgohain', answerType: 'person', sentence: later, sentenceIndex: 1, pattern: 'cloze' });
    const third = fact({ question: 'x', answer: 'Lovlina Borgohain', answerType: 'person', sentence: 'Lovlina Borgohain moved up a weight category last year.', sentenceIndex: 2, pattern: 'cloze' });
    const c = centralityOf([won, beat, third], headline);
    expect(c.get(won.id)!.offTopic).toBe(false);
    expect(c.get(third.id)!.offTopic).toBe(true);
    // ("… Gukesh D earned his first win in classical chess over the world No.1 …": a win the lead tells.)
    const chess = 'In a spectacular turn of events, Gukesh D earned his first win in classical chess over Magnus Carlsen in Round 6 of Norway Chess on Sunday.';
    const gukesh = fact({ question: 'x', answer: 'Gukesh D', answerType: 'person', sentence: chess, sentenceIndex: 0, pattern: 'cloze' });
    const again = fact({ question: 'x', answer: 'Gukesh D', answerType: 'person', sentence: 'Gukesh D walked out in a daze after the game.', sentenceIndex: 3, pattern: 'cloze' });
    const again2 = fact({ question: 'x', answer: 'Gukesh D', answerType: 'person', sentence: 'Gukesh D had lost to Carlsen in the first round.', sentenceIndex: 4, pattern: 'cloze' });
    expect(centralityOf([gukesh, again, again2], 'World champion D Gukesh exacts sweet revenge, beats Carlsen in Classical').get(gukesh.id)!.offTopic).toBe(false);
  });
});

describe('centrality: an undated office of one named in passing', () => {
  it('is background ("Who was the Director of Airport, according to the article?"), unless the story keeps naming them or its headline does', () => {
    const lead = 'IndiGo has restarted direct flights between Kolkata and Guangzhou after more than five years.';
    const passing = 'A ceremony was attended by the Director of Airport Pravat Ranjan Beuria and Chinese Deputy Consul General Qin Yong.';
    const office = fact({ question: 'Who was the Director of Airport, according to the article?', answer: 'Pravat Ranjan Beuria', answerType: 'person', sentence: passing, sentenceIndex: 3, pattern: 'office' });
    const flights = fact({ question: 'x', answer: 'Guangzhou', answerType: 'place', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([flights, office], 'IndiGo resumes direct flights between Kolkata and Guangzhou').get(office.id)!.offTopic).toBe(true);
    const cm = fact({ question: 'Who was the Chief Minister of Kerala, according to the article?', answer: 'Pinarayi Vijayan', answerType: 'person', sentence: 'Kerala Chief Minister Pinarayi Vijayan welcomed the port.', sentenceIndex: 2, pattern: 'office' });
    const again = fact({ question: 'x', answer: 'Pinarayi Vijayan', answerType: 'person', sentence: 'Pinarayi Vijayan said the port would change Kerala.', sentenceIndex: 4, pattern: 'cloze' });
    expect(centralityOf([flights, cm, again], 'Vizhinjam port dedicated to the nation').get(cm.id)!.offTopic).toBe(false);
  });
});

describe('a year the story repeats', () => {
  it('is when, not what the story is about: the figure the headline gives ranks with it ("6.6 per cent for 2025")', () => {
    const lead = 'The International Monetary Fund has revised India’s growth forecast upward to 6.6 per cent for 2025.';
    const again = 'In India, growth is projected to be 6.6 per cent in 2025, the report stated.';
    const third = 'The World Bank also raised its outlook for India to 6.5 per cent for 2025.';
    const facts = [
      fact({ question: lead.replace('2025', '_____'), answer: '2025', answerType: 'year', sentence: lead, sentenceIndex: 0, pattern: 'cloze' }),
      fact({ question: lead.replace('6.6 per cent', '_____'), answer: '6.6 per cent', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'cloze' }),
      fact({ question: third.replace('World Bank', '_____'), answer: 'World Bank', answerType: 'organisation', sentence: third, sentenceIndex: 2, pattern: 'cloze' }),
      fact({ question: again.replace('India', '_____'), answer: 'India', answerType: 'country', sentence: again, sentenceIndex: 1, pattern: 'cloze' }),
    ];
    const c = centralityOf(facts, 'India’s 2025 growth pegged at 6.6% by IMF citing robust Q1');
    expect(c.get(facts[1].id)!.score).toBeGreaterThanOrEqual(c.get(facts[0].id)!.score);
  });
});

describe('a blank on India in Indian news', () => {
  it('is off the topic once the story names India twice ("_____’s counter-terror stance has resonated …")', () => {
    const a = 'Prime Minister Narendra Modi was received by Mark Carney in Calgary, as India and Canada reset ties.';
    const b = 'India’s counter-terror stance has resonated with several G7 and partner nations.';
    const blank = fact({ question: b.replace('India', '_____'), answer: 'India', answerType: 'country', sentence: b, sentenceIndex: 4, pattern: 'cloze' });
    const other = fact({ question: a.replace('Calgary', '_____'), answer: 'Calgary', answerType: 'place', sentence: a, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([other, blank], 'Carney welcomes Modi for G7 summit').get(blank.id)!.offTopic).toBe(true);
  });

  it('is off the topic where the story names India once ("Bharat Ratna is the highest civilian award in _____")', () => {
    const s = 'Bharat Ratna is the highest civilian award in India.';
    const blank = fact({ question: s.replace('India', '_____'), answer: 'India', answerType: 'country', sentence: s, sentenceIndex: 1, pattern: 'cloze' });
    const lead = 'Lal Krishna Advani will be conferred the Bharat Ratna, the Prime Minister announced on Saturday.';
    const other = fact({ question: lead.replace('Lal Krishna Advani', '_____'), answer: 'Lal Krishna Advani', answerType: 'person', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([other, blank], 'Bharat Ratna for LK Advani').get(blank.id)!.offTopic).toBe(true);
  });

  it('is off the topic as one of a pair with the other country beside it ("as _____ and Ethiopia work to …")', () => {
    const s = 'The gesture also reflected the close ties between the two leaders as India and Ethiopia work to further strengthen their relationship.';
    const blank = fact({ question: s.replace('India', '_____'), answer: 'India', answerType: 'country', sentence: s, sentenceIndex: 4, pattern: 'cloze' });
    const lead = 'Prime Minister Narendra Modi was conferred the Great Honour Nishan of Ethiopia on Tuesday.';
    const other = fact({ question: lead.replace('Great Honour Nishan of Ethiopia', '_____'), answer: 'Great Honour Nishan of Ethiopia', answerType: 'term', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([other, blank], 'PM Modi conferred with Great Honour Nishan of Ethiopia').get(blank.id)!.offTopic).toBe(true);
  });
});

describe('the hall a meeting was held in', () => {
  it('is off the topic, unless the headline names it ("… held talks with Prime Minister Narendra Modi at the _____ in New Delhi")', () => {
    const s1 = 'Earlier in the day, Sitiveni Rabuka held talks with Prime Minister Narendra Modi at the Hyderabad House in New Delhi.';
    const s2 = 'Sikkim celebrated its 48th Statehood Day on May 16 at Chintan Bhawan in Gangtok.';
    const hall = fact({ question: s1.replace('Hyderabad House', '_____'), answer: 'Hyderabad House', answerType: 'term', sentence: s1, sentenceIndex: 3, pattern: 'cloze' });
    const bhawan = fact({ question: s2.replace('Chintan Bhawan', '_____'), answer: 'Chintan Bhawan', answerType: 'place', sentence: s2, sentenceIndex: 0, pattern: 'cloze' });
    const c = centralityOf([hall, bhawan], 'Fiji PM calls on President Murmu');
    expect(c.get(hall.id)!.offTopic).toBe(true);
    expect(c.get(bhawan.id)!.offTopic).toBe(true);
    expect(centralityOf([bhawan], 'Sikkim marks Statehood Day at Chintan Bhawan').get(bhawan.id)!.offTopic).toBe(false);
  });
});

describe('the heads of the country a student reads the news in', () => {
  it('are no office to ask ("Who was the Prime Minister of the Republic of India …?"), another country\'s are', () => {
    const home = fact({ question: 'Who was the Prime Minister of the Republic of India in October 2025?', answer: 'Narendra Modi', answerType: 'person', sentence: 'I received a call from the Prime Minister of the Republic of India, Narendra Modi, on Monday.', sentenceIndex: 2, pattern: 'role' });
    const president = fact({ question: 'Who was the President of India in July 2025?', answer: 'Droupadi Murmu', answerType: 'person', sentence: 'The President of India, Droupadi Murmu, received the leaders in Delhi.', sentenceIndex: 1, pattern: 'office' });
    const abroad = fact({ question: 'Who was the Prime Minister of Malaysia in October 2025?', answer: 'Anwar Ibrahim', answerType: 'person', sentence: "Malaysia's Prime Minister Anwar Ibrahim confirmed it on Wednesday.", sentenceIndex: 0, pattern: 'office' });
    const c = centralityOf([home, president, abroad], 'Modi to attend ASEAN summit virtually: Malaysian PM');
    expect(c.get(home.id)!.offTopic).toBe(true);
    expect(c.get(president.id)!.offTopic).toBe(true);
    expect(c.get(abroad.id)!.offTopic).toBe(false);
  });
});

describe('an official who responds to a disaster', () => {
  it('is off the topic where the headline names them not ("Chief Minister _____ on Tuesday rushed two senior ministers to Hathras", "DGP _____ have reached Hathras")', () => {
    const lead = 'Uttar Pradesh Chief Minister Yogi Adityanath on Tuesday rushed two senior ministers to Hathras where at least 27 devotees died in a stampede.';
    const cm = fact({ question: lead.replace('Yogi Adityanath', '_____'), answer: 'Yogi Adityanath', answerType: 'person', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    const toll = fact({ question: lead.replace('27', '_____'), answer: '27', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
    const reached = 'Two ministers along with Chief Secretary Manoj Kumar Singh and DGP Prashant Kumar have reached Hathras.';
    const dgp = fact({ question: reached.replace('Prashant Kumar', '_____'), answer: 'Prashant Kumar', answerType: 'person', sentence: reached, sentenceIndex: 2, pattern: 'cloze' });
    const visited = 'Kerala Chief Minister Pinarayi Vijayan on Monday visited the Taluk Hospital where survivors of the boat capsize were admitted.';
    const office = fact({ question: 'Who was the Chief Minister of Kerala in May 2023?', answer: 'Pinarayi Vijayan', answerType: 'person', sentence: visited, sentenceIndex: 4, pattern: 'office' });
    const which = fact({ question: 'Which Chief Minister of Uttar Pradesh rushed two senior ministers to Hathras?', answer: 'Yogi Adityanath', answerType: 'person', sentence: lead, sentenceIndex: 0, pattern: 'office' });
    const listed = 'Two UP Ministers — Chaudhary Laxmi Narayan Singh and Sandeep Singh — have reached Hathras.';
    const second = fact({ question: listed.replace('Sandeep Singh', '_____'), answer: 'Sandeep Singh', answerType: 'person', sentence: listed, sentenceIndex: 2, pattern: 'cloze' });
    const c = centralityOf([cm, toll, dgp, office, which, second], '2 UP ministers rush to Hathras; 27 dead in stampede at religious gathering');
    expect(c.get(cm.id)!.offTopic).toBe(true);
    expect(c.get(which.id)!.offTopic).toBe(true);
    expect(c.get(second.id)!.offTopic).toBe(true);
    expect(c.get(dgp.id)!.offTopic).toBe(true);
    expect(c.get(office.id)!.offTopic).toBe(true);
    expect(c.get(toll.id)!.offTopic).toBe(false);
    // (Named by the headline, the official's act is the news: "Mizoram CM Lalduhoma announces Rs 15 crore …".)
    const own = 'Mizoram Chief Minister Lalduhoma on Tuesday visited the site of the quarry collapse in Aizawl.';
    const lal = fact({ question: own.replace('Lalduhoma', '_____'), answer: 'Lalduhoma', answerType: 'person', sentence: own, sentenceIndex: 0, pattern: 'cloze' });
    expect(centralityOf([lal], 'Mizoram CM Lalduhoma announces Rs 15 crore compensation for landslide victims').get(lal.id)!.offTopic).toBe(false);
    // (An office in lower case, as Indian papers write a state's: "Power minister _____ … visited the area".)
    const power = 'Power minister Gottipati Ravi Kumar and MP Purandeswari visited the coastal areas on Tuesday.';
    const minister = fact({ question: power.replace('Gottipati Ravi Kumar', '_____'), answer: 'Gottipati Ravi Kumar', answerType: 'person', sentence: power, sentenceIndex: 5, pattern: 'cloze' });
    expect(centralityOf([minister], 'Two dead as cyclone hits Godavari coast').get(minister.id)!.offTopic).toBe(true);
  });
});

describe('what one locality saw, in a story of many', () => {
  const lead = 'Heavy rain has claimed 14 lives in the coastal districts of Odisha since Sunday, officials said.';
  const toll = fact({ question: lead.replace('14', '_____'), answer: '14', answerType: 'number', sentence: lead, sentenceIndex: 0, pattern: 'cloze' });
  const village = 'A farmer was swept away at Khandagiri village in Puri district on Monday.';
  const where = fact({ question: village.replace('Puri', '_____'), answer: 'Puri', answerType: 'place', sentence: village, sentenceIndex: 4, pattern: 'cloze' });
  const collector = 'Ganjam district collector Dibya Jyoti Parida said 23 villages in the district were cut off.';
  const cut = fact({ question: collector.replace('23', '_____'), answer: '23', answerType: 'number', sentence: collector, sentenceIndex: 5, pattern: 'cloze' });
  const mandal = 'Two houses collapsed in Kovvur mandal of East Godavari on Tuesday.';
  const houses = fact({ question: mandal.replace('East Godavari', '_____'), answer: 'East Godavari', answerType: 'place', sentence: mandal, sentenceIndex: 6, pattern: 'cloze' });

  it('is its detail past the lead ("at Khandagiri village in _____ district", "… _____ villages in the district")', () => {
    const c = centralityOf([toll, where, cut, houses], 'Rain claims 14 lives in Odisha districts');
    expect(c.get(where.id)!.offTopic).toBe(true);
    expect(c.get(cut.id)!.offTopic).toBe(true);
    expect(c.get(houses.id)!.offTopic).toBe(true);
    expect(c.get(toll.id)!.offTopic).toBe(false);
  });

  it('but not in a story of one place, nor where a village is only an adjective', () => {
    const c = centralityOf([where, cut], 'Farmer swept away in Puri flash flood');
    expect(c.get(where.id)!.offTopic).toBe(false);
    expect(c.get(cut.id)!.offTopic).toBe(false);
    const plans = 'The interventions would be state and village specific, based on Village Action Plans.';
    const plan = fact({ question: plans.replace('Village Action Plans', '_____'), answer: 'Village Action Plans', answerType: 'term', sentence: plans, sentenceIndex: 5, pattern: 'cloze' });
    expect(centralityOf([toll, plan], 'Scheme to cover 1,300 villages in border states').get(plan.id)!.offTopic).toBe(false);
  });
});

describe('figures a sentence chains by prepositions', () => {
  it('measure one whole, no breakdown ("evacuated _____ people to 507 relief centres in the five districts")', () => {
    const sentence = 'Earlier, officials evacuated 19,305 people to 507 relief centres in the five districts of the coast.';
    const people = fact({ question: sentence.replace('19,305', '_____'), answer: '19,305', answerType: 'number', sentence, sentenceIndex: 2, pattern: 'cloze' });
    expect(centralityOf([people], 'Cyclone hits coastal districts').get(people.id)!.offTopic).toBe(false);
    // (A list of parts, each apart by a comma or an "and", still is one.)
    const parts = 'Of the dead, 903 were women, 750 were men and 170 were children.';
    const women = fact({ question: parts.replace('903', '_____'), answer: '903', answerType: 'number', sentence: parts, sentenceIndex: 3, pattern: 'cloze' });
    expect(centralityOf([women], 'Cyclone hits coastal districts').get(women.id)!.offTopic).toBe(true);
  });
});

describe('how long a trend has run', () => {
  it('ranks below the figure it reached ("eased to a _____ low of 5.5 per cent", "for the past _____")', () => {
    const sentence = 'The repo rate eased to a three-year low of 5.5 per cent after the cut.';
    const low = fact({ question: sentence.replace('three-year', '_____'), answer: 'three-year', answerType: 'number', sentence, sentenceIndex: 2, pattern: 'cloze' });
    const rate = fact({ question: sentence.replace('5.5 per cent', '_____'), answer: '5.5 per cent', answerType: 'number', sentence, sentenceIndex: 2, pattern: 'cloze' });
    const trend = 'Exports have grown for the past four years and reached 120 billion dollars.';
    const years = fact({ question: trend.replace('four years', '_____'), answer: 'four years', answerType: 'number', sentence: trend, sentenceIndex: 3, pattern: 'cloze' });
    const sum = fact({ question: trend.replace('120 billion dollars', '_____'), answer: '120 billion dollars', answerType: 'number', sentence: trend, sentenceIndex: 3, pattern: 'cloze' });
    const c = centralityOf([low, rate, years, sum], 'RBI cuts repo rate');
    expect(c.get(low.id)!.score).toBeLessThan(c.get(rate.id)!.score);
    expect(c.get(years.id)!.score).toBeLessThan(c.get(sum.id)!.score);
  });
});

describe('a headline\'s count in thousands written with a K', () => {
  it('is the lead\'s count it rounds ("Over 600K turtles …" → 641,000)', () => {
    const sentence = 'Over 641,000 turtles have laid eggs at the rookery, surpassing the previous record of 637,000 turtles.';
    const count = fact({ question: sentence.replace('641,000', '_____'), answer: '641,000', answerType: 'number', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const record = fact({ question: sentence.replace('637,000', '_____'), answer: '637,000', answerType: 'number', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const c = centralityOf([count, record], 'Over 600K turtles lay eggs on Odisha beach');
    expect(c.get(count.id)!.inHeadline).toBe(true);
    expect(centralityOf([count, record], 'Over 600 turtles lay eggs on Odisha beach').get(count.id)!.inHeadline).toBe(false);
  });
});

describe('the day a headline gives beside the person it names', () => {
  it('is when their news happens: the person ranks above it ("Preeti Sudan to take charge … on August 1")', () => {
    const sentence = 'Former Health Secretary Preeti Sudan will take charge as the Chairperson of the UPSC on August 1, an official said.';
    const who = fact({ question: sentence.replace('Preeti Sudan', '_____'), answer: 'Preeti Sudan', answerType: 'person', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const when = fact({ question: sentence.replace('August 1', '_____'), answer: 'August 1', answerType: 'date', sentence, sentenceIndex: 0, pattern: 'cloze' });
    const c = centralityOf([who, when], 'Preeti Sudan to take charge as Chairman of UPSC on August 1');
    expect(c.get(who.id)!.score).toBeGreaterThanOrEqual(c.get(when.id)!.score);
    // (Where the headline names no one, its day is its news.)
    const d = centralityOf([when], 'UPSC to get new Chairperson on August 1');
    expect(d.get(when.id)!.score).toBeGreaterThan(c.get(when.id)!.score);
  });
});

describe('another final lost, in a story of a title won', () => {
  it('is the day\'s other results ("… put up a valiant fight in the final before going down … to China\'s …")', () => {
    const lost = 'In men\'s doubles, Arjun Rao and Kiran Sai put up a valiant fight in the final before going down 14-21, 21-19, 17-21 to China\'s Huang Di and Liu Yang.';
    const pair = fact({ question: lost.replace('Arjun Rao', '_____'), answer: 'Arjun Rao', answerType: 'person', sentence: lost, sentenceIndex: 6, pattern: 'cloze' });
    const mixed = 'Earlier, Tanisha Castro and Dhruv Kapila lost the mixed doubles final to Thailand\'s sixth-seeded pair.';
    const country = fact({ question: mixed.replace('Thailand', '_____'), answer: 'Thailand', answerType: 'country', sentence: mixed, sentenceIndex: 7, pattern: 'cloze' });
    const c = centralityOf([pair, country], 'PV Sindhu clinches Syed Modi International women\'s singles crown');
    expect(c.get(pair.id)!.offTopic).toBe(true);
    expect(c.get(country.id)!.offTopic).toBe(true);
    // (Not where the headline is of the loss itself.)
    expect(centralityOf([pair], 'Arjun Rao and Kiran Sai lose men\'s doubles final to China').get(pair.id)!.offTopic).toBe(false);
  });
});

describe('a district\'s officer named to tell the facts', () => {
  it('is no fact of them ("Deputy Commissioner Kishtwar, _____, confirmed …", "ASP _____ said …")', () => {
    const dc = 'Deputy Commissioner Kishtwar, Pankaj Kumar Sharma, confirmed that rescue operations began immediately.';
    const a = fact({ question: dc.replace('Pankaj Kumar Sharma', '_____'), answer: 'Pankaj Kumar Sharma', answerType: 'person', sentence: dc, sentenceIndex: 4, pattern: 'cloze' });
    const asp = 'ASP Sunil Negi said that 15 people have been rescued so far.';
    const b = fact({ question: asp.replace('Sunil Negi', '_____'), answer: 'Sunil Negi', answerType: 'person', sentence: asp, sentenceIndex: 3, pattern: 'cloze' });
    const c = centralityOf([a, b], 'Cloudburst in Kishtwar: 12 dead, yatra suspended');
    expect(c.get(a.id)!.offTopic).toBe(true);
    expect(c.get(b.id)!.offTopic).toBe(true);
    // (One the headline names is the news.)
    expect(centralityOf([a], 'Kishtwar DC Pankaj Kumar Sharma suspended over relief lapses').get(a.id)!.offTopic).toBe(false);
  });
});
