import { describe, expect, it } from 'vitest';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import { pickDistractors, rankDistractors } from '../../src/generate/distractors.js';
import { countryNamed } from '../../src/lexicon/index.js';
import { parseNumber, isPercent } from '../../src/generate/number-forms.js';
import { parseDate } from '../../src/generate/date-forms.js';
import { seededRandom } from '../../src/util/random.js';
import type { Fact } from '../../src/types.js';
import { fact, real, S_ABE, S_CHINA, S_KISHIDA, S_KURIL, S_LAVROV, S_PUTIN, S_THIRD } from './helpers.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const EMPTY = buildDistractorPool([]);

/** Distractors under several seeds, so a trap cannot slip through on a lucky shuffle. */
function underSeeds(f: Fact, pool = buildDistractorPool([f])): string[][] {
  return SEEDS.map((s) => pickDistractors(f, pool, seededRandom(s)) ?? []);
}

const russiaThird = (extra: Partial<Fact> = {}) =>
  fact({
    question: 'Which country has become only the third country to have a two-plus-two mechanism with Japan?',
    answer: 'Russia',
    answerType: 'country',
    sentence: S_THIRD,
    ...extra,
  });

describe('country distractors', () => {
  it('are real countries, never the answer, and prefer the article and the region', () => {
    const f = russiaThird({ alsoTrue: ['United States', 'Australia'], related: ['Japan', 'United States', 'Australia', 'China'] });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(countryNamed(o)).not.toBeNull();
      expect(options).not.toContain('Russia');
      // China is the article's only country not already in the sentence: it always comes first.
      expect(options).toContain('China');
    }
  });

  it('never offers a party of a bilateral story where "the leaders" or "the two sides" act', () => {
    const article = ['Prime Minister Narendra Modi met Chancellor Olaf Scholz in Berlin on Monday.', 'India and Germany agreed to deepen ties.', 'The India-Germany partnership turns 25 this year.', 'The leaders also discussed the conflicts in Ukraine and West Asia.'];
    const f = fact({ question: 'The leaders also discussed the conflicts in _____ and West Asia.', answer: 'Ukraine', answerType: 'country', sentence: article[3], related: ['India', 'Germany'] });
    for (const seed of SEEDS) {
      const options = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8, article);
      expect(options.length).toBeGreaterThan(2);
      expect(options).not.toContain('India');
      expect(options).not.toContain('Germany');
    }
  });

  it('never offers a party of the story as where its leader travels ("… take him to Ethiopia and _____")', () => {
    const article = ['Prime Minister Narendra Modi arrived in Amman on Monday.', 'India and Jordan signed five agreements.', 'The India-Jordan partnership turns 75 this year.', 'He arrived in Jordan on the first leg of a three-nation tour that will also take him to Ethiopia and Oman.'];
    const f = fact({ question: 'He arrived in Jordan on the first leg of a three-nation tour that will also take him to Ethiopia and _____.', answer: 'Oman', answerType: 'country', sentence: article[3], related: ['India', 'Jordan'] });
    for (const seed of SEEDS) {
      const options = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8, article);
      expect(options.length).toBeGreaterThan(2);
      expect(options).not.toContain('India');
    }
  });

  it('never offers the story\'s own country as the one it made a pact with ("signed the civil nuclear agreement with the _____")', () => {
    const article = ['Former Prime Minister Manmohan Singh died in New Delhi on Thursday.', 'He was the finance minister of India in 1991.', 'India mourned the leader, and India declared seven days of mourning.', 'His government signed the civil nuclear agreement with the United States.'];
    const f = fact({ question: 'His government signed the civil nuclear agreement with the _____.', answer: 'United States', answerType: 'country', sentence: article[3], related: ['India', 'Pakistan'] });
    for (const seed of SEEDS) {
      const options = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8, article);
      expect(options.length).toBeGreaterThan(2);
      expect(options).not.toContain('India');
    }
  });

  it('never offers two options that name one place ("… Tamor Pingla Tiger Reserve" and "Tamor Pingla Wildlife Sanctuary")', () => {
    const f = fact({ question: 'The tiger reserve is connected to the _____ in Madhya Pradesh to the West.', answer: 'Bandhavgarh Tiger Reserve', answerType: 'place', sentence: 'The tiger reserve is connected to the Bandhavgarh Tiger Reserve in Madhya Pradesh to the West.' });
    const others = ['Guru Ghasidas Tamor Pingla Tiger Reserve', 'Tamor Pingla Wildlife Sanctuary', 'Guru Ghasidas National Park', 'Kanha Tiger Reserve', 'Pench Tiger Reserve'].map((answer) => fact({ question: `Which reserve is ${answer}?`, answer, answerType: 'place', sentence: `${answer} is in the forest.` }));
    for (const seed of SEEDS) {
      const options = rankDistractors(f, buildDistractorPool([f, ...others]), seededRandom(seed), 8);
      const named = (w: string) => options.filter((o) => o.includes(w)).length;
      expect(named('Tamor')).toBeLessThan(2);
      expect(named('Ghasidas')).toBeLessThan(2);
    }
  });

  it('never offers a value the article says is also true, in any spelling', () => {
    const f = russiaThird({ alsoTrue: ['United States', 'Australia'], related: ['U.S.', 'America', 'USA', 'Australia', 'China'], sentence: S_CHINA });
    for (const options of underSeeds(f)) {
      for (const o of options) {
        expect(countryNamed(o)?.name).not.toBe('United States');
        expect(o).not.toBe('Australia');
      }
    }
  });

  it('never offers the answer under an alias', () => {
    const f = fact({
      question: 'Which country was the Afghan team initially denied visas to enter?',
      answer: 'United States',
      answerType: 'country',
      sentence: real('wikinews/wikinews-afghan.txt', "According to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team in this science competition shows progress in Afghanistan's response to nearly two decades of military conflict."),
      related: ['U.S.', 'US', 'America', 'the United States', 'Canada'],
    });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(countryNamed(o)?.name).not.toBe('United States');
      expect(options).toContain('Canada');
      // Afghanistan is named in the sentence (and as "Afghan" in the question).
      expect(options).not.toContain('Afghanistan');
    }
  });

  it('never offers a country named in the question itself', () => {
    const f = russiaThird({
      question: 'Which was the third country, after the United States and Australia, to set up a two-plus-two mechanism with Japan?',
      sentence: S_CHINA, // a sentence that does not name them, so only the question can exclude them
      related: ['United States', 'Australia', 'China', 'Japan'],
    });
    for (const options of underSeeds(f)) {
      expect(options).not.toContain('United States');
      expect(options).not.toContain('Australia');
      expect(options).not.toContain('Japan');
    }
  });

  it('never sets the United Kingdom beside one of its home nations, either way round', () => {
    const sentence = 'In the last match of the day, Tunisia faced England at the Volgograd Arena.';
    const england = fact({ question: 'Which country did Tunisia face at the Volgograd Arena?', answer: 'England', answerType: 'country', sentence, related: ['United Kingdom', 'Scotland', 'Panama', 'Belgium', 'Tunisia'] });
    for (const options of underSeeds(england)) {
      expect(options).toHaveLength(3);
      expect(options).not.toContain('United Kingdom');
    }
    const uk = fact({ question: 'Which country hosted the summit?', answer: 'United Kingdom', answerType: 'country', sentence: 'The United Kingdom hosted the summit in London.', related: ['England', 'Wales', 'France', 'Germany', 'Ireland'] });
    for (const options of underSeeds(uk)) {
      expect(options.some((o) => ['England', 'Wales', 'Scotland', 'Northern Ireland'].includes(o))).toBe(false);
    }
  });

  it('never offers an heir of a former state the question names, nor the state beside a city', () => {
    const sentence = 'India on Wednesday became the fourth country, after the United States, the former Soviet Union and China, to achieve a soft landing on the Moon.';
    const india = fact({ question: 'Which was the fourth country, after the United States, the former Soviet Union and China, to achieve a soft landing on the Moon?', answer: 'India', answerType: 'country', sentence, alsoTrue: ['United States', 'Soviet Union', 'China'], related: ['Russia', 'Ukraine', 'Japan', 'France', 'Israel', 'Brazil'] });
    for (const options of underSeeds(india)) {
      expect(options).not.toContain('Russia');
      expect(options).not.toContain('Ukraine');
    }
    const city = fact({ question: 'Where is the mission control centre?', answer: 'Bengaluru', answerType: 'place', sentence: 'The mission control centre is in Bengaluru.', related: ['Soviet Union', 'Johannesburg', 'Mumbai', 'Chennai', 'Pune'] });
    for (const options of underSeeds(city)) expect(options).not.toContain('Soviet Union');
  });

  it('answers a demonym with demonyms', () => {
    const f = fact({ question: 'What nationality is Fumio Kishida?', answer: 'Japanese', answerType: 'country', sentence: S_ABE.replace(/Japan/g, 'the country') });
    const options = pickDistractors(f, EMPTY, seededRandom(1));
    expect(options).toHaveLength(3);
    for (const o of options ?? []) expect(o).toMatch(/(an|ese|ish|i|ian)$/);
  });
});

describe('person distractors', () => {
  const people = [
    fact({ question: "Who is Russia's Foreign Minister?", answer: 'Sergei Lavrov', answerType: 'person', sentence: S_LAVROV }),
    fact({ question: "Who is Japan's Foreign Minister?", answer: 'Fumio Kishida', answerType: 'person', sentence: S_KISHIDA }),
    fact({ question: 'Who was elected Prime Minister last December?', answer: 'Shinzo Abe', answerType: 'person', sentence: S_ABE }),
    fact({ question: 'Who is the Russian President?', answer: 'Vladimir Putin', answerType: 'person', sentence: S_PUTIN }),
  ];

  it('come only from the articles, never made up', () => {
    const pool = buildDistractorPool(people);
    const known = people.map((p) => p.answer);
    for (const seed of SEEDS) {
      const options = pickDistractors(people[0], pool, seededRandom(seed));
      expect(options).toHaveLength(3);
      for (const o of options ?? []) expect(known).toContain(o);
      expect(options).not.toContain('Sergei Lavrov');
    }
  });

  it('never come from other articles for a foreign office, where none of another story can be vouched for', () => {
    const soccer = real('wikinews/wikinews-soccer.txt', 'Swedish captain Andreas Granqvist won the Budweiser Man of the Match award.');
    const captain = fact({ articleId: 'soccer', question: 'Who won the Man of the Match award?', answer: 'Andreas Granqvist', answerType: 'person', sentence: soccer });
    const kane = fact({
      articleId: 'soccer',
      question: 'Who scored a late goal for England?',
      answer: 'Harry Kane',
      answerType: 'person',
      sentence: real('wikinews/wikinews-soccer.txt', 'Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.'),
    });
    const lonely = fact({ articleId: 'other', question: "Who is Russia's Foreign Minister?", answer: 'Sergei Lavrov', answerType: 'person', sentence: S_LAVROV });
    const pool = buildDistractorPool([...people.slice(1).map((p) => ({ ...p, articleId: 'seed' })), captain, kane, lonely]);
    const ranked = rankDistractors(lonely, pool, seededRandom(3), 8);
    // (Russia's Foreign Minister: neither Japan's minister of another story nor a captain.)
    expect(ranked).not.toContain('Fumio Kishida');
    expect(ranked).not.toContain('Andreas Granqvist');
  });

  it('match a one-name answer ("Chief Minister Atishi") with full names, never bare surnames', () => {
    const pool = buildDistractorPool([...people]);
    const f = fact({ question: 'Who retained the Kalkaji seat?', answer: 'Atishi', answerType: 'person', sentence: 'However, AAP leader and Chief Minister Atishi managed to retain her Kalkaji seat.' });
    for (const seed of SEEDS) {
      const options = pickDistractors(f, pool, seededRandom(seed)) ?? [];
      expect(options).toHaveLength(3);
      for (const o of options) expect(o).toMatch(/\s/);
    }
  });

  it('match a surname-only answer with surnames', () => {
    const obama = fact({
      articleId: 'clock',
      question: 'Who is the US President?',
      answer: 'Barack Obama',
      answerType: 'person',
      sentence: real('wikinews/wikinews-clock.txt', 'After news of the police response was reported, Mohamed received support online ranging from US President Barack Obama to Facebook creator Mark Zuckerberg.'),
    });
    const pool = buildDistractorPool([...people, obama]);
    const f = fact({ question: 'Who is Japan\'s Foreign Minister?', answer: 'Kishida', answerType: 'person', sentence: S_KISHIDA });
    for (const seed of SEEDS) {
      const options = pickDistractors(f, pool, seededRandom(seed)) ?? [];
      expect(options).toHaveLength(3);
      for (const o of options) expect(['Lavrov', 'Abe', 'Putin', 'Obama']).toContain(o);
    }
  });

  it('give no multiple choice when the batch has too few people', () => {
    const pool = buildDistractorPool(people.slice(0, 2));
    expect(pickDistractors(people[0], pool, seededRandom(1))).toBeNull();
  });
});

describe('number distractors', () => {
  it('keep a spelled-out number spelled out and near', () => {
    const f = fact({ question: 'How many Kuril Islands are disputed?', answer: 'four', answerType: 'number', sentence: S_KURIL });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) {
        const n = parseNumber(o);
        expect(n?.style).toBe('words');
        expect(Math.abs((n?.value ?? 99) - 4)).toBeLessThanOrEqual(3);
        expect(n?.value).not.toBe(4);
      }
    }
  });

  it('step a three-digit count by a round step and keep its digits style', () => {
    const f = fact({
      question: 'How many pilgrims were killed?',
      answer: '107',
      answerType: 'number',
      sentence: 'Officials said 107 pilgrims were killed.',
    });
    for (const options of underSeeds(f)) {
      for (const o of options) {
        expect(o).toMatch(/^\d+$/);
        expect(Math.abs(Number(o) - 107) % 10).toBe(0);
      }
    }
  });

  it('keep thousands separators and percentages', () => {
    const stampede = real('wikinews/wikinews-stampede.txt', 'This is not the first time deadly stampedes have taken place during the Hajj, with the deadliest stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled.');
    const f = fact({ question: 'How many pilgrims were trampled in the 1991 Hajj?', answer: '1,426', answerType: 'number', sentence: stampede });
    for (const o of pickDistractors(f, EMPTY, seededRandom(1)) ?? []) expect(o).toMatch(/^\d,\d{3}$/);

    const ie = real('wikinews/wikinews-ie9.txt', "IE's various versions accounted for 70 percent of the market in 2009; this has dropped to approximately 56 percent today.");
    const p = fact({ question: "What share of the market did IE's versions have in 2009?", answer: '70 percent', answerType: 'number', sentence: ie });
    for (const seed of SEEDS) {
      for (const o of pickDistractors(p, EMPTY, seededRandom(seed)) ?? []) {
        const n = parseNumber(o);
        expect(n && isPercent(n)).toBe(true);
        expect(n!.value).toBeLessThanOrEqual(100);
        expect(o).not.toBe('56 percent'); // in the sentence: true in another role
      }
    }
  });

  it('keep a place in a ranking near it and never past the last place the article gives', () => {
    const sentences = ['India ranked 176th out of 180 nations in the overall rating.', 'It comes in at number 172 for anticipated emissions by 2025.'];
    const emissions = fact({ question: 'India comes in at number _____ for anticipated emissions by 2025.', answer: '172', answerType: 'number', sentence: sentences[1] });
    const hdi = fact({ question: 'What was India’s rank in the Human Development Index?', answer: '130th', answerType: 'number', sentence: 'India ranked 130th out of 193 countries in the Human Development Index.' });
    for (const seed of SEEDS) {
      const options = pickDistractors(emissions, EMPTY, seededRandom(seed), 3, sentences) ?? [];
      expect(options).toHaveLength(3);
      for (const o of options) expect(Math.abs(Number(o) - 172)).toBeLessThanOrEqual(16);
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(180);
      for (const o of pickDistractors(hdi, EMPTY, seededRandom(seed), 3, [hdi.sentence]) ?? []) expect(Math.abs(parseNumber(o)!.value - 130)).toBeLessThanOrEqual(12);
    }
    // (A figure that is no place keeps its tenth-sized steps: 1,426 pilgrims.)
    const count = fact({ question: 'How many seats did the party win?', answer: '172', answerType: 'number', sentence: 'The party won 172 seats out of 180 seats.' });
    expect((pickDistractors(count, EMPTY, seededRandom(1), 3, [count.sentence]) ?? []).some((o) => Math.abs(Number(o) - 172) >= 20)).toBe(true);
  });

  it('keep ordinals ordinal and never go below first', () => {
    const f = fact({ question: 'Russia is which country to have a two-plus-two mechanism with Japan?', answer: 'third', answerType: 'number', sentence: S_THIRD });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(parseNumber(o)?.style).toBe('ordinal-words');
      expect(options).not.toContain('first'); // "the first country in Asia" is in the sentence
    }
    const expo = real('wikinews/wikinews-expo.txt', 'The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend, attracting thousands to the event, one of the most popular in North America.');
    const g = fact({ question: 'Which edition of Fan Expo Canada took place?', answer: '22nd', answerType: 'number', sentence: expo });
    for (const o of pickDistractors(g, EMPTY, seededRandom(2)) ?? []) expect(o).toMatch(/^\d+(st|nd|rd|th)$/);
  });

  it('keep a part below its whole ("five of the six members")', () => {
    const f = fact({ question: 'How many of the six members voted to remain focused on the withdrawal of accommodation?', answer: 'Five', answerType: 'number', sentence: 'Five of the six members voted to remain focused on the withdrawal of accommodation.' });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(parseNumber(o)!.value).toBeLessThan(6);
    }
  });

  it('never offer "one" before a plural ("the fastest pace in four quarters")', () => {
    const f = fact({ question: 'In how many quarters was this the fastest pace?', answer: 'four', answerType: 'number', sentence: 'The economy grew at 7.8%, the fastest pace in four quarters, data showed.' });
    for (const options of underSeeds(f)) for (const o of options) expect(parseNumber(o)!.value).not.toBe(1);
  });

  it('keep each end of a reported change on its side of the other ("raised from ₹50,000 to ₹75,000")', () => {
    const sentence = 'The standard deduction for salaried employees was raised from ₹50,000 to ₹75,000.';
    const to = fact({ question: 'To what was the standard deduction raised?', answer: '₹75,000', answerType: 'number', sentence });
    for (const options of underSeeds(to)) for (const o of options) expect(parseNumber(o)!.value).toBeGreaterThan(50000);
    const from = fact({ question: 'From what was the standard deduction raised?', answer: '₹50,000', answerType: 'number', sentence });
    for (const options of underSeeds(from)) for (const o of options) expect(parseNumber(o)!.value).toBeLessThan(75000);
  });

  it('give no multiple choice for an answer that is not one number', () => {
    const f = fact({ question: 'What was the score?', answer: '1 – 0', answerType: 'number', sentence: 'Sweden defeated South Korea 1 – 0.' });
    expect(pickDistractors(f, EMPTY, seededRandom(1))).toBeNull();
    // A second number left unchanged in every option would give the answer away.
    const d = fact({ question: 'When was the meeting?', answer: '16 May 2015 (May 16)', answerType: 'date', sentence: 'The meeting is on May 16.' });
    expect(pickDistractors(d, EMPTY, seededRandom(1))).toBeNull();
  });
});

describe('year and date distractors', () => {
  it('move a year by a few years', () => {
    const f = fact({ question: 'In which year was the deadliest Hajj stampede?', answer: '1991', answerType: 'year', sentence: 'The deadliest stampede was during the 1991 Hajj.' });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) {
        expect(o).toMatch(/^\d{4}$/);
        expect(Math.abs(Number(o) - 1991)).toBeLessThanOrEqual(6);
      }
    }
  });

  it('never put a past year\'s options after the article was written, and leave future years free', () => {
    const nobel = fact({ question: 'Which year’s Nobel Prize in Literature did Jon Fosse win?', answer: '2023', answerType: 'year', sentence: 'Jon Fosse was awarded the 2023 Nobel Prize in Literature.', asOf: '2023-10-05' });
    for (const options of underSeeds(nobel)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(Number(o)).toBeLessThan(2023);
    }
    const target = fact({ question: 'By when is renewable capacity to be tripled?', answer: '2030', answerType: 'year', sentence: 'The deal calls for tripling renewable energy capacity by 2030.', asOf: '2023-12-13' });
    expect(underSeeds(target).some((options) => options.some((o) => Number(o) > 2030))).toBe(true);
  });

  it('keep the date format', () => {
    const clock = real('wikinews/wikinews-clock.txt', 'Mohamed brought the digital clock he made to school on September 14, and a teacher mistakenly thought it resembled a bomb.');
    const f = fact({ question: 'On what date did Mohamed bring the clock to school?', answer: 'September 14', answerType: 'date', sentence: clock });
    for (const options of underSeeds(f)) {
      for (const o of options) {
        expect(parseDate(o)?.kind).toBe('md');
        expect(o).not.toBe('September 14');
      }
    }
    const month = fact({ question: 'When did the first vice-ministerial meeting take place?', answer: 'September', answerType: 'date', sentence: 'The meeting took place in September.' });
    for (const o of pickDistractors(month, EMPTY, seededRandom(1)) ?? []) expect(parseDate(o)?.kind).toBe('month');
  });
});

describe('organisation and place distractors', () => {
  it('offer organisations of the same kind', () => {
    const f = fact({ question: 'Which body organises the World Cup?', answer: 'FIFA', answerType: 'organisation', sentence: 'The World Cup is organised by FIFA.' });
    for (const options of underSeeds(f)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(['UEFA', 'IOC', 'WADA', 'International Cricket Council']).toContain(o);
    }
  });

  it('give no multiple choice for an organisation of unknown kind from other articles alone', () => {
    const f = fact({ question: 'Which website was attacked?', answer: 'Insurgency Wiki', answerType: 'organisation', sentence: 'The attack was launched on the website Insurgency Wiki.' });
    const elsewhere = ['Metro Toronto Convention Centre', 'Cloud9', 'Immortals', 'Gawker.com'].map((answer) =>
      fact({ articleId: 'other', question: 'Which organisation?', answer, answerType: 'organisation', sentence: `${answer} was there.` }),
    );
    expect(pickDistractors(f, buildDistractorPool([f, ...elsewhere]), seededRandom(1))).toBeNull();
  });

  it('never offer a place that holds the answer\'s words ("East Los Angeles" for Los Angeles)', () => {
    const sentence = 'The actor moved to Los Angeles on September 24, his spokesman said.';
    const f = fact({ question: 'The actor moved to _____ on September 24.', answer: 'Los Angeles', answerType: 'place', sentence, related: ['East Los Angeles', 'Seattle', 'Chicago'] });
    for (const seed of [1, 2, 3]) expect(rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8)).not.toContain('East Los Angeles');
  });

  it('find a town\'s country in its sentence and offer that country\'s capital and cities first, then its neighbours\'', () => {
    const stampede = real('wikinews/wikinews-stampede.txt', 'According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca, Saudi Arabia.');
    const f = fact({ question: 'Near which city did the stampede happen?', answer: 'Mecca', answerType: 'place', sentence: stampede, related: ['Russia and Japan', 'Greeks'] });
    const ranked = rankDistractors(f, buildDistractorPool([f]), seededRandom(1), 8);
    expect(['Riyadh', 'Jeddah', 'Medina']).toEqual(expect.arrayContaining(ranked.slice(0, 3)));
    expect(ranked).not.toContain('Russia and Japan'); // two places, not one
    expect(ranked).not.toContain('Greeks'); // a people, not a place
  });

  it('offer landmarks of the same kind from the same article: venues for a venue, never a bridge or a mosque', () => {
    const places = ['Jamarat Bridge', 'Grand Mosque', 'Castlefrank Road', 'Volgograd Arena', 'Fisht Stadium', 'Chiang Kai Shek Memorial Hall Station', 'Madison Square Garden Hall'];
    const venue = fact({ articleId: 'expo', question: 'Where did the Fan Expo take place?', answer: 'Metro Toronto Convention Centre', answerType: 'place', sentence: 'The Fan Expo took place at the Metro Toronto Convention Centre.', related: places });
    const pool = buildDistractorPool([venue]);
    for (const seed of SEEDS) {
      const options = pickDistractors(venue, pool, seededRandom(seed));
      expect(options).not.toBeNull();
      for (const o of options ?? []) expect(['Volgograd Arena', 'Fisht Stadium', 'Madison Square Garden Hall']).toContain(o);
    }
  });

  it('never take a town or venue of another story as an option', () => {
    const venue = fact({ articleId: 'expo', question: 'Where did the Fan Expo take place?', answer: 'Metro Toronto Convention Centre', answerType: 'place', sentence: 'The Fan Expo took place at the Metro Toronto Convention Centre.' });
    const elsewhere = ['Volgograd Arena', 'Fisht Stadium', 'Madison Square Garden Hall'].map((answer, i) =>
      fact({ articleId: `other-${i}`, question: `Where was event ${i} held?`, answer, answerType: 'place', sentence: `Event ${i} was held at the ${answer}.` }),
    );
    const pool = buildDistractorPool([venue, ...elsewhere]);
    for (const seed of SEEDS) expect(pickDistractors(venue, pool, seededRandom(seed))).toBeNull();
  });

  it('treat near-identical terms as one value', () => {
    const sensitive = 'wikinews/wikinews-sensitive.txt';
    const f = fact({
      question: 'Which stamp did the document have on every page?',
      answer: 'Protected B',
      answerType: 'term',
      sentence: real(sensitive, 'The document which had the stamp Protected B on every page detailed various security vulnerabilities of the NEMISIS database which is used by officers to track and prosecute environmental law-breakers.'),
      related: ['Protection B', 'Treasury Board', 'NEMISIS', 'Intelligence System', 'Castlefrank Road'],
    });
    for (const options of underSeeds(f)) expect(options).not.toContain('Protection B');
  });

  it('offer cities for a city and island groups only for island groups', () => {
    const tokyo = fact({ question: 'Where was the two-plus-two meeting held?', answer: 'Tokyo', answerType: 'place', sentence: S_LAVROV });
    for (const options of underSeeds(tokyo)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(countryNamed(o)).toBeNull();
    }
    const kuril = fact({ question: 'Which islands are disputed?', answer: 'Kuril Islands', answerType: 'place', sentence: S_KURIL, related: ['Tokyo', 'Asia', 'China'] });
    expect(pickDistractors(kuril, buildDistractorPool([kuril, tokyo]), seededRandom(1))).toBeNull();
  });

  it('give no multiple choice for a term without related terms', () => {
    const f = fact({ question: 'What was the theme?', answer: 'water security', answerType: 'term', sentence: "This year's theme was water security." });
    expect(pickDistractors(f, EMPTY, seededRandom(1))).toBeNull();
  });
});

describe('options for a place the sentence puts in a state', () => {
  it('are never places the reader knows to be in another country ("Karnataka’s _____ district" with London)', () => {
    const S = 'She protested at the shrine at Baba Budangiri in Karnataka’s Chikmagalur district.';
    const shrine = fact({ question: 'Karnataka’s _____ district?', answer: 'Chikmagalur', answerType: 'place', sentence: S, related: ['London', 'Hassan', 'Bengaluru', 'Mysuru'] });
    const options = rankDistractors(shrine, buildDistractorPool([shrine]), () => 0.5, 3);
    expect(options).not.toContain('London');
    expect(options).toEqual(expect.arrayContaining(['Hassan', 'Bengaluru']));
    // (A place the sentence puts in no state keeps the far options the lexicon tiers give.)
    const meet = fact({ question: 'Where will the group meet?', answer: 'New Delhi', answerType: 'place', sentence: 'The joint working group will meet in New Delhi in December.', related: ['Riyadh'] });
    expect(rankDistractors(meet, buildDistractorPool([meet]), () => 0.5, 3)).toContain('Riyadh');
  });
});

describe('district distractors', () => {
  it('are districts of the same state, and never a place of another country', () => {
    const s = "The passengers started from Trimbakeshwar, a religious place in Maharashtra's Nashik district.";
    const nashik = fact({ question: "… a religious place in Maharashtra's _____ district.", answer: 'Nashik', answerType: 'place', sentence: s });
    const maharashtra = ['Pune', 'Satara', 'Nagpur', 'Thane', 'Aurangabad', 'Kolhapur', 'Sangli', 'Solapur', 'Ahmednagar', 'Ahilyanagar', 'Latur', 'Jalgaon', 'Dhule', 'Nandurbar', 'Palghar', 'Raigad', 'Ratnagiri', 'Sindhudurg', 'Beed', 'Jalna', 'Parbhani', 'Hingoli', 'Nanded', 'Osmanabad', 'Dharashiv', 'Buldhana', 'Akola', 'Washim', 'Amravati', 'Yavatmal', 'Wardha', 'Chandrapur', 'Gadchiroli', 'Gondia', 'Bhandara', 'Mumbai City', 'Mumbai Suburban', 'Chhatrapati Sambhajinagar'];
    for (const options of underSeeds(nashik, EMPTY)) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(maharashtra, o).toContain(o);
    }
    // (From the article, a foreign city is no stand-in for Kutch.)
    const kutch = fact({ question: 'Parts of _____ and the Saurashtra region saw the highest rainfall in Gujarat.', answer: 'Kutch', answerType: 'place', sentence: 'Parts of Kutch and the Saurashtra region saw the highest rainfall in Gujarat.' });
    const pool = buildDistractorPool([kutch, fact({ question: 'The depression moved towards _____ in Pakistan.', answer: 'Karachi', answerType: 'place', sentence: 'The depression moved towards Karachi in Pakistan.' })]);
    for (const options of underSeeds(kutch, pool)) expect(options).not.toContain('Karachi');
  });
});

describe('country distractors in a cricket story', () => {
  it('are countries that play cricket, never small states of the answer\'s region', () => {
    const s = 'India had lost to New Zealand during the inaugural final of the World Test Championship.';
    const nz = fact({ question: 'India had lost to _____ during the inaugural final.', answer: 'New Zealand', answerType: 'country', sentence: s });
    const article = [s, 'Ravichandran Ashwin took 25 wickets in the series.', 'Virat Kohli scored 186 in the fourth Test match.'];
    const cricket = ['India', 'Australia', 'England', 'South Africa', 'Pakistan', 'Sri Lanka', 'Bangladesh', 'Zimbabwe', 'Afghanistan', 'Ireland'];
    for (const seed of SEEDS) {
      const options = pickDistractors(nz, EMPTY, seededRandom(seed), 3, article) ?? [];
      expect(options).toHaveLength(3);
      for (const o of options) expect(cricket, o).toContain(o);
    }
  });
});

describe('state distractors', () => {
  it('are states of the answer\'s country, never a foreign state the article names', () => {
    const s = 'The Government on August 5 moved to strip Jammu and Kashmir of its special status.';
    const jk = fact({ question: 'The Government moved to strip _____ of its special status.', answer: 'Jammu and Kashmir', answerType: 'place', sentence: s });
    const pool = buildDistractorPool([jk, fact({ question: 'They met in _____ on Monday.', answer: 'New York', answerType: 'place', sentence: 'They met in New York on Monday.' }), fact({ question: 'They met in _____ on Monday.', answer: 'Texas', answerType: 'place', sentence: 'They met in Texas on Monday.' })]);
    for (const options of underSeeds(jk, pool)) {
      expect(options).toHaveLength(3);
      expect(options).not.toContain('New York');
      expect(options).not.toContain('Texas');
    }
  });
});

describe('organisation and term distractors', () => {
  it('never hold the answer\'s words in a longer name ("NITI Aayog Governing Council Meeting" beside "Governing Council Meeting")', () => {
    const s = 'He shared insights into the discussions held during the Governing Council Meeting of NITI Aayog.';
    const meeting = fact({ question: 'He shared insights into the discussions held during the _____.', answer: 'Governing Council Meeting', answerType: 'term', sentence: s, related: ['NITI Aayog Governing Council Meeting', 'Union Budget', 'Model Code of Conduct', 'Finance Commission'] });
    for (const options of underSeeds(meeting, EMPTY)) expect(options).not.toContain('NITI Aayog Governing Council Meeting');
  });
});

describe('country distractors in a story of envoys', () => {
  it('never offer the country that sends them ("_____ has got a new helmsman" in a story of Indian envoys)', () => {
    const s = 'Bangladesh has got a new helmsman, Harsh Shringla, who will be moving from Thailand.';
    const dhaka = fact({ question: '_____ has got a new helmsman, Harsh Shringla, who will be moving from Thailand.', answer: 'Bangladesh', answerType: 'country', sentence: s, related: ['India', 'Indonesia', 'Bhutan', 'Italy'] });
    const article = ['Syed Akbaruddin will be the next Indian envoy to the UN in New York.', s, 'Gurjit Singh is currently Indian envoy to Indonesia.'];
    for (const seed of SEEDS) expect(pickDistractors(dhaka, EMPTY, seededRandom(seed), 3, article) ?? []).not.toContain('India');
  });
});

describe('party distractors', () => {
  it('are parties of the answer\'s own country, never another story\'s foreign party', () => {
    const sentence = 'Conversely, the Samajwadi Party won two out of three seats it contested.';
    const f = fact({ question: 'Conversely, the _____ won two out of three seats it contested.', answer: 'Samajwadi Party', answerType: 'organisation', sentence });
    const elsewhere = ['Conservative Party', 'Labour Party', 'Republican Party'].map((answer) =>
      fact({ articleId: 'other', question: 'Which party lost?', answer, answerType: 'organisation', sentence: `The ${answer} lost.` }),
    );
    for (const seed of [1, 2, 3, 4]) {
      const ranked = rankDistractors(f, buildDistractorPool([f, ...elsewhere]), seededRandom(seed), 8);
      expect(ranked.length).toBeGreaterThanOrEqual(3);
      for (const o of ['Conservative Party', 'Labour Party', 'Republican Party', 'Democratic Party']) expect(ranked).not.toContain(o);
    }
  });
});

describe('person distractors for someone the article gives no role', () => {
  it('leave out the article\'s office holders ("_____ got bronze in archery" never offers the Prime Minister)', () => {
    const s1 = "India's Abhishek Verma bagged silver, Aditi Gopichand got bronze in archery.";
    const s2 = 'Archers Jyothi Vennam and Praveen Ojas won gold in their individual compound events.';
    const s3 = 'Prime Minister Narendra Modi called it a momentous achievement.';
    const aditi = fact({ articleId: 'games', question: s1.replace('Aditi Gopichand', '_____'), answer: 'Aditi Gopichand', answerType: 'person', sentence: s1 });
    const others = [
      fact({ articleId: 'games', question: 'Who won gold?', answer: 'Jyothi Vennam', answerType: 'person', sentence: s2 }),
      fact({ articleId: 'games', question: 'Who won gold too?', answer: 'Praveen Ojas', answerType: 'person', sentence: s2 }),
      fact({ articleId: 'games', question: 'Who called it momentous?', answer: 'Narendra Modi', answerType: 'person', sentence: s3 }),
      fact({ articleId: 'games', question: 'Who bagged silver?', answer: 'Abhishek Verma', answerType: 'person', sentence: s1 }),
    ];
    const pool = buildDistractorPool([aditi, ...others]);
    for (const seed of SEEDS) expect(rankDistractors(aditi, pool, seededRandom(seed), 8)).not.toContain('Narendra Modi');
  });
});

describe('term distractors', () => {
  it('share the answer\'s head word or are code names as it is; a term of another kind never stands beside it', () => {
    const s = 'A huge crowd had gathered outside the ticket counters set up for the Vaikuntha Ekadasi festival.';
    const festival = fact({ question: s.replace('Vaikuntha Ekadasi', '_____'), answer: 'Vaikuntha Ekadasi', answerType: 'term', sentence: s, related: ['Sarva Darshan', 'Special Entry Darshan', 'Brahmotsavam'] });
    for (const seed of SEEDS) expect(rankDistractors(festival, buildDistractorPool([festival]), seededRandom(seed), 8)).toEqual([]);
    const s2 = 'The Cabinet approved the PM Kusum Yojana on Wednesday.';
    const yojana = fact({ question: s2.replace('PM Kusum Yojana', '_____'), answer: 'PM Kusum Yojana', answerType: 'term', sentence: s2, related: ['Ujjwala Yojana', 'Awas Yojana', 'Jal Jeevan Mission', 'Mudra Yojana'] });
    const ranked = rankDistractors(yojana, buildDistractorPool([yojana]), seededRandom(1), 8);
    expect(ranked).not.toContain('Jal Jeevan Mission');
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    const s3 = 'ISRO launched the PSLV-C53 on Thursday.';
    const rocket = fact({ question: s3.replace('PSLV-C53', '_____'), answer: 'PSLV-C53', answerType: 'term', sentence: s3, related: ['GSLV-F15', 'LVM3-M4', 'SSLV-D2', 'Space Docking Experiment'] });
    const rockets = rankDistractors(rocket, buildDistractorPool([rocket]), seededRandom(1), 8);
    expect(rockets).not.toContain('Space Docking Experiment');
    expect(rockets.length).toBeGreaterThanOrEqual(3);
  });
});

describe('town distractors in a sentence of one state\'s towns', () => {
  it('leave out towns known to be in another state ("… Rs 497 crore for _____" among Bihar towns, never Bengaluru)', () => {
    const s = 'For Ara, the Cabinet has approved Rs 138 crore, Rs 1,130 crore for Siwan, Rs 76 crore for Sasaram and Rs 497 crore for Aurangabad.';
    const f = fact({ question: s.replace('Aurangabad', '_____'), answer: 'Aurangabad', answerType: 'place', sentence: s, related: ['Bengaluru', 'Patna', 'Jamui', 'Gaya', 'Mumbai'] });
    for (const seed of SEEDS) {
      const ranked = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8);
      expect(ranked).not.toContain('Bengaluru');
      expect(ranked).not.toContain('Mumbai');
      expect(ranked).toContain('Patna');
    }
  });
});

describe('town distractors for a town of known state', () => {
  it('leave out towns of another state where the sentence places no town elsewhere ("Rs 1,130 crore for _____" → Siwan)', () => {
    const s = 'For Ara, the Cabinet has approved Rs 138 crore, Rs 1,130 crore for Siwan, Rs 76 crore for Sasaram and Rs 497 crore for Aurangabad.';
    const f = fact({ question: s.replace('Siwan', '_____'), answer: 'Siwan', answerType: 'place', sentence: s, related: ['Bengaluru', 'Patna', 'Jamui', 'Gaya', 'Mumbai'] });
    for (const seed of SEEDS) {
      const ranked = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8);
      expect(ranked).not.toContain('Bengaluru');
      expect(ranked).toContain('Jamui');
    }
  });
});

describe('town distractors for a town the sentence puts in a country', () => {
  it('are towns of that country ("ferry the citizens to _____ in Saudi Arabia", never Paris or New Delhi)', () => {
    const s = 'A patrol vessel of the Indian Navy is already waiting at Port Sudan and is likely to ferry the citizens to Jeddah in Saudi Arabia.';
    const f = fact({ question: s.replace('Jeddah', '_____'), answer: 'Jeddah', answerType: 'place', sentence: s, related: ['Paris', 'New Delhi', 'Khartoum', 'Riyadh'] });
    for (const seed of SEEDS) {
      const ranked = rankDistractors(f, buildDistractorPool([f]), seededRandom(seed), 8);
      for (const far of ['Paris', 'New Delhi', 'Khartoum']) expect(ranked).not.toContain(far);
      expect(ranked).toContain('Riyadh');
    }
  });
});

describe('people of another story of the batch', () => {
  it('are never offered for an office of a foreign story ("assassinated President _____" of Bangladesh is no place for Argentina\'s Milei)', () => {
    const article = ['Tarique Rahman was sworn in as Bangladesh’s Prime Minister on Tuesday.', 'Rahman, 60, son of former Prime Minister Khaleda Zia and assassinated President Ziaur Rahman, takes office facing urgent challenges.', 'The oath was administered by President Mohammed Shahabuddin in Dhaka, Bangladesh.'];
    const f = fact({ question: 'Rahman, 60, son of former Prime Minister Khaleda Zia and assassinated President _____, takes office facing urgent challenges.', answer: 'Ziaur Rahman', answerType: 'person', sentence: article[1], articleId: 'bangladesh' });
    const milei = fact({ question: 'Who was the President of Argentina?', answer: 'Javier Milei', answerType: 'person', sentence: 'Prime Minister Narendra Modi held talks with President Javier Milei in Buenos Aires.', articleId: 'argentina' });
    const macri = fact({ question: 'x', answer: 'Mauricio Macri', answerType: 'person', sentence: 'The ties were elevated during the visit of President Mauricio Macri to India.', articleId: 'argentina' });
    for (const seed of SEEDS) {
      const options = rankDistractors(f, buildDistractorPool([f, milei, macri]), seededRandom(seed), 8, article);
      expect(options).not.toContain('Javier Milei');
      expect(options).not.toContain('Mauricio Macri');
    }
    // (An Indian office still borrows the batch's holders of the same role.)
    const indian = ['Union Minister Piyush Goyal launched the portal in New Delhi.', 'Union Minister _____ said India would export more.'];
    const g = fact({ question: 'Union Minister _____ said India would export more.', answer: 'Piyush Goyal', answerType: 'person', sentence: 'Union Minister Piyush Goyal said India would export more.', articleId: 'exports' });
    const other = fact({ question: 'x', answer: 'Nitin Gadkari', answerType: 'person', sentence: 'Union Minister Nitin Gadkari opened the highway.', articleId: 'roads' });
    expect(SEEDS.some((seed) => rankDistractors(g, buildDistractorPool([g, other]), seededRandom(seed), 8, indian).includes('Nitin Gadkari'))).toBe(true);
  });
});

describe('a neighbour country\'s party', () => {
  it('is a party among parties ("Awami League" is no sports league)', () => {
    const f = fact({ question: 'Deposed premier Sheikh Hasina’s _____ was barred from contesting polls.', answer: 'Awami League', answerType: 'organisation', sentence: 'Deposed premier Sheikh Hasina’s Awami League was barred from contesting polls.' });
    const cricket = fact({ question: 'x', answer: 'International Cricket Council', answerType: 'organisation', sentence: 'The International Cricket Council announced the schedule.', articleId: 'sports' });
    for (const options of underSeeds(f, buildDistractorPool([f, cricket]))) expect(options).not.toContain('International Cricket Council');
  });
});
