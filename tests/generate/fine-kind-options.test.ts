/**
 * A multiple-choice question's options are of its answer's fine kind (issue 15): rivers with
 * rivers, states with states, cities with cities, ministries with ministries, never a country
 * among states. Held over every fixture article and two written here with the traps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, studyText } from '../../src/index.js';
import { countryOfPlace, knownPlaceKind, looksLikeRiver, organisationKind, organisationNamed, riverNamed } from '../../src/lexicon/index.js';
import type { Item } from '../../src/types.js';
import { kindOf, kindsCompatible } from '../../src/generate/classify.js';

const FLOOD = `Flood alert issued as Teesta River swells in north Bengal

KOLKATA, July 14, 2025

The Central Water Commission on Monday issued a flood alert after the Teesta River crossed the danger mark at Domohani in Jalpaiguri district of West Bengal. Heavy rain in Sikkim over the weekend raised the water level by nearly two metres, officials said.

The Torsa River and the Jaldhaka River also rose sharply, and the district administration evacuated 1,200 people from low-lying areas near Mainaguri. The National Disaster Response Force deployed four teams in the region.

Sikkim Chief Minister Prem Singh Tamang said the state had received 210 mm of rain in 48 hours. Assam also reported rising levels in the Brahmaputra at Dibrugarh.

The Ministry of Jal Shakti said it was monitoring the situation with the state governments of West Bengal, Sikkim and Assam.
`;

const SCHEME = `Cabinet approves Rs 2,500 crore scheme for millet farmers in Odisha and Karnataka

NEW DELHI, March 3, 2025

The Union Cabinet chaired by Prime Minister Narendra Modi on Wednesday approved the Millet Mission with an outlay of Rs 2,500 crore over five years. The scheme will be implemented by the Ministry of Agriculture and Farmers Welfare in Odisha first, followed by Karnataka.

Agriculture Minister Shivraj Singh Chouhan said 12 lakh farmers in Odisha would benefit in the first phase. The Ministry of Food Processing Industries will set up 50 processing units under the mission.

The National Bank for Agriculture and Rural Development will provide credit to farmer producer organisations. Odisha Chief Minister Mohan Charan Majhi welcomed the decision in Bhubaneswar.
`;

const LANDSLIDE = `Bridge washed away as landslides hit Idukki in Kerala

IDUKKI, July 12, 2025

Two landslides struck villages near Munnar in Idukki district of Kerala early on Saturday after 280 mm of rain in 24 hours, officials said.

The collapse of the bridge over the Kandalapuzha River cut off Vattavada village from Munnar, slowing the rescue work of the National Disaster Response Force.

Kerala Revenue Minister K Rajan said 340 people had been moved to relief camps in Idukki and Kottayam.
`;

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const texts: [string, string][] = [
  ['flood', FLOOD],
  ['scheme', SCHEME],
  ['landslide', LANDSLIDE],
  ...['corpus/seed', 'corpus/wikinews', 'written'].flatMap((d) =>
    readdirSync(FIXTURES + d)
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [`${d}/${f}`, readFileSync(FIXTURES + d + '/' + f, 'utf8')]),
  ),
];
const mcqs = new Map<string, Item[]>(
  texts.map(([name, text]) => [name, buildDocument([studyText(text, { source: name, kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 40 }).items]),
);

/** The lexicon's fine kind of an option, or null where it does not know the name. */
function fineKind(option: string, item: Item): string | null {
  if (item.answerType === 'organisation') return organisationNamed(option) ? organisationKind(option) : null;
  if (looksLikeRiver(option)) return 'river';
  return knownPlaceKind(option);
}

describe('MCQ options are of the answer’s fine kind', () => {
  it('on every fixture: options the lexicon knows are of the kind of an answer it knows', () => {
    let checked = 0;
    for (const [name, items] of mcqs) {
      for (const item of items.filter((i) => ['place', 'country', 'organisation'].includes(i.answerType))) {
        const kind = fineKind(item.answer, item);
        if (kind === null) continue;
        checked++;
        for (const o of item.options!) {
          const k = fineKind(o, item);
          if (k !== null) expect(k, `${name}: ${o} beside ${item.answer}`).toBe(kind);
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('a rating agency gets rating agencies, never an index or a statistics office', () => {
    const text = [
      'India’s GDP grows 7.8% in April-June quarter',
      '',
      'India’s gross domestic product grew 7.8% in the April-June quarter, the National Statistics Office (NSO) said on Friday, beating the Index of Industrial Production (IIP) trend.',
      '',
      'SBI Research had estimated GDP to grow at 7.1%, while ICRA pegged economic growth at 6.9% in the quarter.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'gdp.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 40 }).items.filter((i) => i.answer === 'ICRA');
    expect(items.length).toBe(1);
    for (const o of items[0].options!) expect(organisationKind(o), o).toBe('rating-agency');
  });

  it('a major power gets its peers, never a small state of its region', () => {
    const text = [
      'Exports slow after new tariffs',
      '',
      'India\'s exports fell 4 per cent in October following the 50 per cent tariffs imposed by the United States on Indian goods, the commerce ministry said on Friday.',
      '',
      'Shipments of textiles and gems were hit hardest, while electronics exports rose 12 per cent in October.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'tariffs.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 20 }).items;
    const us = items.find((i) => i.answer === 'United States');
    expect(us?.options).toHaveLength(4);
    const peers = ['Argentina', 'Australia', 'Brazil', 'Canada', 'China', 'France', 'Germany', 'India', 'Indonesia', 'Italy', 'Japan', 'Mexico', 'Russia', 'Saudi Arabia', 'South Africa', 'South Korea', 'Turkey', 'United Kingdom', 'United States'];
    for (const o of us!.options!) expect(peers, o).toContain(o);
  });

  it('a river gets rivers, written as the answer writes it', () => {
    const river = mcqs.get('flood')!.find((i) => i.answer === 'Teesta River');
    expect(river?.options).toHaveLength(4);
    for (const o of river!.options!) expect(o).toMatch(/ River$/);
  });

  it('a river the lexicon does not know gets the rivers of the country the story is set in', () => {
    const river = mcqs.get('landslide')!.find((i) => i.answer === 'Kandalapuzha River');
    expect(river?.options).toHaveLength(4);
    for (const o of river!.options!.filter((x) => x !== 'Kandalapuzha River')) expect(countryOfPlace(o.replace(/ River$/, ''))?.name ?? riverNamed(o)?.country, o).toBe('India');
  });

  it('a state gets states of its country, never a country or a region', () => {
    const states = [...mcqs.get('flood')!, ...mcqs.get('scheme')!].filter((i) => knownPlaceKind(i.answer) === 'state');
    expect(states.length).toBeGreaterThan(0);
    for (const item of states) for (const o of item.options!) expect(knownPlaceKind(o), o).toBe('state');
  });

  it('a ministry gets ministries of its own government', () => {
    const ministries = [...mcqs.values()].flat().filter((i) => i.answerType === 'organisation' && organisationKind(i.answer) === 'ministry');
    expect(ministries.length).toBeGreaterThan(0);
    for (const item of ministries) for (const o of item.options!) expect(o).toMatch(/^Ministry of /);
  });
});

describe('a High Court answer gets High Courts', () => {
  it('never an international court', async () => {
    const { buildDocument, DEFAULT_TYPES, studyText } = await import('../../src/index.js');
    const text = 'Justice Khanna elevated\n\nNEW DELHI, October 24, 2024\n\nJustice Sanjiv Khanna was elevated to the Supreme Court in January 2019 from the Delhi High Court, where he had served for 13 years.';
    const doc = buildDocument([studyText(text, { source: 'hc.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 20 });
    const mcq = doc.items.find((i) => i.answer === 'Delhi High Court');
    if (mcq) for (const o of mcq.options ?? []) expect(o).toMatch(/High Court$/);
    expect(mcq).toBeDefined();
  });
});

describe('a law is chosen among laws', () => {
  it('an Act in the blank never gets news outlets or bodies for options', async () => {
    const { buildDocument, studyText } = await import('../../src/index.js');
    const text = 'Lok Sabha passes Jan Vishwas Bill\n\nNEW DELHI, July 27, 2023\n\nThe Lok Sabha on Thursday passed the Jan Vishwas Bill, which amends 183 provisions in 42 Acts, according to Al Jazeera and the BBC. All offences under the Post Office Act, 1898 are being removed, Commerce Minister Piyush Goyal told The Guardian.';
    const doc = buildDocument([studyText(text, { source: 'law.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 20 });
    for (const item of doc.items.filter((i) => /Act$/.test(i.answer))) for (const o of item.options ?? []) expect(o).toMatch(/\b(?:Act|Bill|Code|Rules|Ordinance|Regulations|Amendment)\b/);
    const { kindOf, kindsCompatible } = await import('../../src/generate/classify.js');
    expect(kindOf('Post Office Act', 'organisation')).toBe('law');
    expect(kindsCompatible(kindOf('Post Office Act', 'organisation')!, kindOf('Al Jazeera', 'organisation')!)).toBe(false);
  });
});

describe('a tournament is chosen among tournaments', () => {
  it('whatever the analyser took its name for, never beside bodies', () => {
    expect(kindOf('Tata Open International', 'organisation')).toBe('event:sport');
    expect(kindOf('Thomas Cup', 'term')).toBe('event:sport');
    expect(kindOf('Asian Games', 'organisation')).toBe('event:sport');
    expect(kindsCompatible(kindOf('Tata Open International', 'organisation')!, kindOf('Human Rights Watch', 'organisation')!)).toBe(false);
    expect(kindOf('Indira Gandhi National Open University', 'organisation')).not.toBe('event:sport');
    // (Nor is a practice named after a body among bodies: "Army Martial Arts Routine" beside the Army.)
    expect(kindsCompatible(kindOf('Army Martial Arts Routine', 'organisation')!, kindOf('Indian Army', 'organisation')!)).toBe(false);
  });
});

describe('a plural of people or things is no body to choose among bodies', () => {
  it('makes no organisation kind of ranks or of a category, but keeps bodies named with a plural', () => {
    expect(kindOf('Deputy Superintendents of Police', 'organisation')).toBeNull();
    expect(kindOf('Super Swachh League Cities', 'organisation')).toBeNull();
    expect(kindOf('Food Testing Labs', 'organisation')).toBeNull();
    // Nor a name made an adjective.
    expect(kindOf('Congress-led', 'organisation')).toBeNull();
    expect(kindOf('Tata Industries', 'organisation')).not.toBeNull();
    expect(kindOf('Ministry of Earth Sciences', 'organisation')).not.toBeNull();
    expect(kindOf('Indian Armed Forces', 'organisation')).not.toBeNull();
    expect(kindOf('Jammu and Kashmir Rifles', 'organisation')).not.toBeNull();
  });
});

describe('a Supreme Court answer gets a country\'s courts', () => {
  it('never an international court beside it', async () => {
    const { organisationsLike } = await import('../../src/lexicon/fine-kinds.js');
    const like = organisationsLike('Supreme Court', 'The Supreme Court of India on Tuesday set aside the Chandigarh mayoral poll result.');
    expect(like.some((o) => /High Court$/.test(o))).toBe(true);
    expect(like.filter((o) => /Arbitration|International Court|Criminal Court|Court of Justice/.test(o))).toEqual([]);
  });
});

describe('a protected area is no town', () => {
  it('"Ratapani Tiger Sanctuary", "Kuno National Park" are no options for a state capital, nor the other way round', () => {
    expect(kindsCompatible(kindOf('Bhopal', 'place')!, kindOf('Ratapani Tiger Sanctuary', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Shivpuri', 'place')!, kindOf('Ratapani Tiger Reserve', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Ratapani Tiger Reserve', 'place')!, kindOf('Kuno National Park', 'place')!)).toBe(true);
  });
});

describe('an academy is a place of learning, a command a military body', () => {
  it('"National Defence Academy" sits among universities, never beside a command', () => {
    expect(kindOf('National Defence Academy', 'organisation')).toBe(kindOf('Jawaharlal Nehru University', 'organisation'));
    expect(kindsCompatible(kindOf('National Defence Academy', 'organisation')!, kindOf('Andaman and Nicobar Command', 'organisation')!)).toBe(false);
  });
});

describe('a building is no town', () => {
  it('"Rashtrapati Bhavan", "Bharat Mandapam" are no options for a city', () => {
    expect(kindsCompatible(kindOf('New Delhi', 'place')!, kindOf('Rashtrapati Bhavan', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Durgapur', 'place')!, kindOf('Bharat Mandapam', 'place')!)).toBe(false);
    // (Nor a ground or a square: "Azad Maidan", "Ramlila Ground", "Kashmere Gate" for Nagpur.)
    expect(kindsCompatible(kindOf('Nagpur', 'place')!, kindOf('Azad Maidan', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Nagpur', 'place')!, kindOf('Ramlila Ground', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Nagpur', 'place')!, kindOf('Kashmere Gate', 'place')!)).toBe(false);
    expect(kindsCompatible(kindOf('Azad Maidan', 'place')!, kindOf('Ramlila Ground', 'place')!)).toBe(true);
  });
});

describe('an office is chosen among offices', () => {
  it('"Air Officer Commanding-in-Chief of …" is of its own kind, never beside a body', () => {
    expect(kindOf('Air Officer Commanding-in-Chief of Eastern Air Command', 'organisation')).toBe('org:office');
    expect(kindOf('Chief of the Naval Staff', 'organisation')).toBe('org:office');
    expect(kindsCompatible(kindOf('Air Officer Commanding-in-Chief of Eastern Air Command', 'organisation')!, kindOf('Indian Air Force', 'organisation')!)).toBe(false);
    expect(kindOf('Ministry of Defence', 'organisation')).not.toBe('org:office');
  });
});

describe('a town answer', () => {
  it('never gets a town’s locality ("Dharmpuri Colony", "Vasant Enclave") among its options', () => {
    const town = kindOf('Varanasi', 'place')!;
    for (const locality of ['Dharmpuri Colony', 'Vasant Enclave', 'Mayur Vihar', 'HSR Layout']) expect(kindsCompatible(town, kindOf(locality, 'place')!), locality).toBe(false);
    // (A town the lexicon does not know still stands beside one it knows.)
    expect(kindsCompatible(town, kindOf('Davanagere', 'place')!)).toBe(true);
  });
});

describe('a journal answer', () => {
  it('gets journals, never news agencies ("published … in the Indian Journal of Forestry")', () => {
    const journal = kindOf('Indian Journal of Forestry', 'organisation')!;
    expect(kindsCompatible(journal, kindOf('Journal of Threatened Taxa', 'organisation')!)).toBe(true);
    for (const outlet of ['Reuters', 'United News of India', 'The Wall Street Journal']) expect(kindsCompatible(journal, kindOf(outlet, 'organisation')!), outlet).toBe(false);
  });
});

describe('a university department and a learned society', () => {
  it('are among places of learning and research, never beside the CBI or Greenpeace', () => {
    const dept = kindOf('Zoology Department', 'organisation');
    const society = kindOf('British Arachnological Society', 'organisation')!;
    expect(dept === null || !kindsCompatible(dept, kindOf('Central Bureau of Investigation', 'organisation')!)).toBe(true);
    expect(kindsCompatible(society, kindOf('Greenpeace', 'organisation')!)).toBe(false);
    expect(kindsCompatible(society, kindOf('Astronautical Society of India', 'organisation')!)).toBe(true);
  });
});


describe('a town the lexicon knows', () => {
  it('never takes a city\'s locality as an option ("… in _____, Nalgonda …" → Khammam; not Ajit Singh Nagar, Swathi Theatre)', async () => {
    const { acceptableDistractor } = await import('../../src/generate/distractors.js');
    const { fact } = await import('./helpers.js');
    const f = fact({ question: 'Rain water from the upper reaches in _____, Nalgonda and other places was rushing into the rivulet.', answer: 'Khammam', answerType: 'place', sentence: 'Naidu observed that rain water from the upper reaches in Khammam, Nalgonda and other places was rushing into the rivulet.' });
    expect(acceptableDistractor('Ajit Singh Nagar', f, [])).toBe(false);
    expect(acceptableDistractor('Swathi Theatre', f, [])).toBe(false);
    expect(acceptableDistractor('Warangal', f, [])).toBe(true);
  });
});

describe('a party of a case the article names', () => {
  it('is never offered among judges ("S. Azeez Basha v. Union of India" beside "a bench led by _____")', async () => {
    const { acceptableDistractor } = await import('../../src/generate/distractors.js');
    const { fact } = await import('./helpers.js');
    const S = 'A seven-judge bench led by D Y Chandrachud had reserved the judgment on whether the AMU is a minority institution.';
    const f = fact({ question: 'A seven-judge bench led by _____ had reserved the judgment.', answer: 'D Y Chandrachud', answerType: 'person', sentence: S });
    const article = [S, 'The majority opinion overruled the 1967 judgment in the case of S. Azeez Basha v. Union of India.', 'Justices Surya Kant and Dipankar Datta dissented.'];
    expect(acceptableDistractor('S. Azeez Basha', f, [], article)).toBe(false);
    expect(acceptableDistractor('Dipankar Datta', f, [], article)).toBe(true);
  });
});
