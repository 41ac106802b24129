import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, DEFAULT_TYPES, studyText, type ArticleResult } from '../../src/index.js';
import type { Fact, Item } from '../../src/types.js';
import { newsBeforeCloze } from '../../src/generate/select-set.js';
import { afterGivenName } from '../../src/generate/describe-people.js';
import { ambiguousSurname, blankInsideName, blankOnTopic, mixedOptions } from '../eval/metrics.mjs';

// Every article of the corpus and the hand-written ones, studied once for the whole file.
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const files = ['corpus/seed', 'corpus/wikinews', 'written'].flatMap((d) =>
  readdirSync(FIXTURES + d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${d}/${f}`),
);
const results = new Map<string, ArticleResult>(files.map((f) => [f, studyText(readFileSync(FIXTURES + f, 'utf8'), { source: f, kind: 'text' })]));
const setOf = (file: string, max = 20): Item[] => buildDocument([results.get(file)!], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: max }).items;

/** Written independently of src/: lower case, accents and punctuation out. */
const norm = (s: string) =>
  ` ${s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const recalled = (it: Item) => (it.type === 'truefalse' || it.type === 'statements' ? [] : (it.answers ?? [it.answer]).map((a) => a.replace(/\s*\([^)]*\)$/, '')));
const printed = (it: Item) => [it.question, ...(it.options ?? []), ...(it.statements ?? []).map((s) => s.text)].join('\n');
/** The set of a small article written for a test, its lines the headline and paragraphs. */
const setOfText = (lines: string[]) => buildDocument([studyText(lines.join('\n\n'), { source: 'x.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;

describe('an article’s set', () => {
  it('asks each fact once and prints no answer in another item, on every article', () => {
    for (const file of files) {
      const items = setOf(file);
      const single = items.filter((i) => i.type !== 'statements');
      expect(new Set(single.map((i) => i.factId)).size, file).toBe(single.length);
      for (const [i, item] of items.entries()) {
        for (const answer of recalled(item)) {
          for (const [j, other] of items.entries()) {
            if (i !== j) expect(norm(printed(other)).includes(norm(answer)), `${file}: “${answer}” shown in “${other.question}”`).toBe(false);
          }
        }
      }
    }
  });

  it('blanks no topic entity in a sentence about something else, no piece of a name, mixes no kinds of option, rests on no shared surname', () => {
    for (const file of files) {
      const { article } = results.get(file)!;
      const text = [article.title, ...article.paragraphs].join('\n');
      for (const item of setOf(file)) {
        expect(blankOnTopic(item, article.title, text), `${file}: ${item.question}`).toBe(false);
        expect(blankInsideName(item), `${file}: ${item.question}`).toBe(false);
        expect(mixedOptions(item), `${file}: ${item.options}`).toBe(false);
        expect(ambiguousSurname(item, text), `${file}: ${item.question}`).toBe(false);
        // Who forecast something is no fact to learn.
        expect(/^(?:Who|Which \w+) said\b.*\b(?:would|will)\b/.test(item.question), `${file}: ${item.question}`).toBe(false);
      }
    }
  });

  it('is a cap, not a target: no more than the facts worth asking, never over the cap', () => {
    for (const file of files) {
      const facts = results.get(file)!.facts.length;
      expect(setOf(file).length, file).toBeLessThanOrEqual(Math.min(20, facts));
      expect(setOf(file, 3).length, file).toBeLessThanOrEqual(3);
    }
  });

  it('prints first the most central item, and within each type the most central first', () => {
    for (const file of files) {
      const items = setOf(file);
      if (!items.length) continue;
      const recall = items.filter((i) => i.type !== 'truefalse' && i.type !== 'statements');
      if (recall.length) expect(items[0].score, file).toBe(Math.max(...recall.map((i) => i.score)));
      for (let k = 1; k < items.length; k++) {
        if (items[k].type === items[k - 1].type) expect(items[k].score, file).toBeLessThanOrEqual(items[k - 1].score);
      }
    }
  });
});

describe('a prize the headline names, and who took it home', () => {
  it('asks who won it first, not a blank of the prize; the headline\'s description is not given to the winner', () => {
    const items = setOfText([
      'Nepali writer loses out to Irish author for Costa Prize',
      "LONDON: Nepali author Manjushree Thapa was among four other writers who were pipped by Irish writer Sean Byrne, who took home this year's Costa Prize for fiction for his novel 'Tides'.",
      "Byrne's story of a fishing family beat Thapa's 'The Tutor of History' for the prize at a ceremony in London on Tuesday night.",
      'Born in Galway, Byrne has lived in France and Spain, and now Dublin.',
      'The judges called Tides a quiet and moving novel.',
    ]);
    expect([items[0].question, items[0].answer]).toEqual(['Who was awarded the Costa Prize?', 'Sean Byrne']);
    expect(items.map((i) => i.question).join(' ')).not.toMatch(/Nepali writer/);
  });
});

describe('one event’s date at two precisions', () => {
  it('is asked once ("on August 8, 2020" and "in August 2020" of the same appointment)', () => {
    const items = setOfText([
      'K. Meera Rao to be next Comptroller and Auditor General of India',
      'President Droupadi Murmu on Monday (November 18, 2024) appointed 1989 batch Indian Administrative Service (IAS) officer K. Meera Rao as the new Comptroller and Auditor General of India (CAG).',
      'The appointment came two days ahead of the completion of the incumbent Arun Menon’s tenure. Mr. Menon was appointed CAG in August 2020.',
      'Arun Menon assumed office as the Comptroller and Auditor General of India on August 8, 2020.',
    ]);
    const months = items.flatMap((i) => recalled(i)).filter((a) => /August\b.*2020/.test(a));
    expect(months.length).toBe(1);
  });
});

describe('a code with its number and without', () => {
  it('is one thing, asked once ("EOS" and "EOS-01" of one launch)', () => {
    const items = setOfText([
      'PSLV-C61 carrying 10 satellites lifts off successfully from Sriharikota',
      "India's Polar Satellite Launch Vehicle (PSLV)-C61 carrying the all-weather earth imaging satellite RSAT from the Indian Space Research Organisation (ISRO) along with nine international satellites lifted off successfully from Sriharikota on Saturday afternoon.",
      'RSAT-02 is an earth observation satellite intended for applications in agriculture, forestry and disaster management support.',
      'The customer satellites were launched under a commercial arrangement with NewSpace India Ltd (NSIL), the new commercial arm of Isro.',
    ]);
    const asked = items.flatMap((i) => recalled(i)).filter((a) => /^RSAT/.test(a));
    expect(asked.length).toBeLessThanOrEqual(1);
  });
});

describe('a name with the word of its kind and without', () => {
  it('is one thing, asked once ("Exercise KHANJAR" and "exercise KHANJAR"; "Operation Kaveri" and "Kaveri")', () => {
    const khanjar = setOfText([
      'India, Kyrgyzstan special forces commence joint exercise',
      'The 11th edition of the India-Kyrgyzstan joint Special Forces Exercise KHANJAR commenced in Bakloh, Himachal Pradesh, on Monday.',
      'As Exercise KHANJAR unfolds, it will strengthen the camaraderie between the armed forces of India and Kyrgyzstan.',
      'The primary focus of exercise KHANJAR is the exchange of experiences in Counter-Terrorism and Special Forces Operations, particularly in built-up areas and mountainous terrain.',
      'The Indian Army contingent, consisting of 20 personnel, hails from The Parachute Regiment, while Kyrgyzstan is represented by 20 personnel from the Scorpion Brigade.',
    ]);
    expect(khanjar.flatMap((i) => recalled(i)).filter((a) => /KHANJAR/i.test(a)).length).toBeLessThanOrEqual(1);
    const kaveri = setOfText([
      'India launches Operation Kaveri to evacuate citizens from Sudan',
      'India on Monday launched Operation Kaveri to bring back its citizens stranded in violence-hit Sudan, External Affairs Minister S Jaishankar said.',
      'Under Kaveri, the Indian Navy ship INS Sumedha reached Port Sudan with the first batch of 278 people.',
      'About 500 Indians have reached Port Sudan, and more are on their way, the minister said on Twitter.',
    ]);
    expect(kaveri.flatMap((i) => recalled(i)).filter((a) => /Kaveri/.test(a)).length).toBeLessThanOrEqual(1);
  });
});

describe('a United Nations body written short and in full', () => {
  it('is one answer, asked once and printed nowhere else ("United Nations Human Rights Council" and "UN Human Rights Council")', () => {
    const items = setOfText([
      'India elected to UN Human Rights Council for seventh time',
      "New York: India has been elected to the United Nations Human Rights Council (UNHRC) for the 2026-28 term, marking the country's seventh stint on the Geneva-based rights body.",
      'The UN Human Rights Council consists of 47 member states elected by the UN General Assembly for three-year terms under equitable geographic distribution rules.',
      'In the first Council election in 2006, India was elected with the highest number of votes, securing 173 of 190 votes.',
      "India's Permanent Representative to the UN, Parvathaneni Harish, thanked all delegations for their overwhelming support.",
    ]);
    const council = items.filter((i) => recalled(i).some((a) => /Human Rights Council/.test(a)));
    expect(council.length).toBeLessThanOrEqual(1);
    for (const other of items.filter((i) => !council.includes(i))) expect(JSON.stringify(other)).not.toMatch(/Human Rights Council/);
  });
});

describe('a true/false whose value another item prints', () => {
  it('is not asked: reading the other item decides it ("… a six-year high of _____" beside "… the highest in nine years.")', () => {
    const items = setOfText([
      'Wholesale inflation climbs to 9.12 per cent in June, highest in 6 years',
      'Mumbai, July 14: Wholesale inflation in the country climbed to a six-year high of 9.12 per cent in June on costlier vegetables and cooking gas, official figures released on Thursday showed.',
      'The wholesale inflation is the highest in six years. The Wholesale Price Index (WPI) inflation in June is the highest since March 2016, when it stood at 9.40 per cent.',
      'Wholesale inflation has climbed steadily. It was 8.05 per cent in May. June\'s reading is nearly twice the 4.86 per cent seen in June last year.',
      'The climb was steeper for manufactured goods. Manufactured goods inflation rose to 10.21 per cent in June against 9.64 per cent in the previous month and 2.90 per cent a year earlier. Fuel inflation rose to 11.30 per cent in June against 10.02 per cent in May and 5.12 per cent a year earlier, according to data released by the Office of the Economic Adviser (OEA), Department for Promotion of Industry and Internal Trade.',
      'Costlier vegetables and fuel have driven a multi-year surge in prices. Food inflation climbed to 9.12 per cent in June from 8.41 per cent in May and 2.22 per cent a year ago.',
    ]);
    const printsSpan = items.some((it) => /six-year/.test(it.question));
    const judged = items.filter((it) => it.type === 'truefalse' && /highest in \S+ years/.test(it.question));
    expect(printsSpan && judged.length > 0).toBe(false);
  });
});

describe('a person whose initials are written together', () => {
  it('is described whole, never "India\'s Mthe most successful boxer"', () => {
    const items = setOfText([
      'Mary Kom wins historic sixth gold at Women\'s World Boxing Championships',
      "India's MC Mary Kom won a historic sixth gold in the World Championships here on Saturday, the mother-of-three doing what no other woman boxer has done before.",
      "Moments after Mary Kom became the most successful boxer in the history of women's world championships by beating Ukraine's Hanna Okhota, young Sonia Chahal settled for a silver medal after losing her final.",
      "Before this World Championships, Mary Kom was tied with Ireland's Katie Taylor (five gold and a bronze) on the number of medals won by a woman.",
    ]);
    expect(items.map((it) => it.question).join('\n')).not.toMatch(/\bM(?:the|The)\b/);
  });
});

describe('the main news first', () => {
  const first = (file: string) => setOf(file).slice(0, 3);
  const asks = (items: Item[], answer: RegExp) => items.some((i) => recalled(i).some((a) => answer.test(a)));

  it('a ranking asks the rank', () => {
    expect(asks(first('written/ranking-hunger.txt'), /^105th$/)).toBe(true);
  });
  it('a record someone became, as the headline reports it, asks who, before the rival the lead names', () => {
    const swim = setOfText([
      'Aarav Mehta beats Japan’s Kenji Sato, becomes youngest Asian swimming champ',
      'India’s Aarav Mehta became the youngest Asian swimming champion, beating defending champion Kenji Sato of Japan in the 200m final in Bangkok on Sunday.',
      'Sato, who had won the title in 2022 and 2024, finished second, 0.4 seconds behind.',
      'Aarav, 16, trains at the national centre in Bengaluru under coach Pradeep Kumar, who guided him since the age of nine.',
      'Sato had been unbeaten in Asia since 2021, when he set the continental record of 1:45.2 in Tokyo.',
    ]);
    expect(recalled(swim[0])).toEqual(['Aarav Mehta']);
    const port = setOfText([
      'Vizhinjam International Seaport beats Colombo, becomes South Asia’s busiest transshipment hub',
      'Kerala’s Vizhinjam International Seaport became the busiest transshipment port in South Asia, overtaking Sri Lanka’s Colombo Port in the number of containers handled in October.',
      'Colombo Port, which had held the top spot since 2015, handled 5.2 lakh containers in the month.',
      'Vizhinjam, run by Adani Ports, handled 6.1 lakh containers in October, the ministry said.',
    ]);
    expect(recalled(port[0])).toEqual(['Vizhinjam International Seaport']);
  });
  it('a visit that raises ties asks the level first, leaving the partner free to be named elsewhere', () => {
    const visit = setOfText([
      'India, Oman now comprehensive strategic partners',
      "MUSCAT: India and Oman on Tuesday decided to elevate their bilateral relationship to a 'comprehensive strategic partnership' during Prime Minister Narendra Modi's two-day visit.",
      'Modi held talks with Sultan Haitham bin Tarik at the Al Alam Palace and the two sides signed four MoUs on defence, health, culture and space.',
      'Oman is home to nearly seven lakh Indians, and bilateral trade stood at $8.9 billion in 2023-24, the Ministry of External Affairs said.',
    ]);
    expect(recalled(visit[0])).toContain('comprehensive strategic partnership');
    expect(visit.length).toBeGreaterThanOrEqual(3);
  });
  it('a venue story asks where it took place', () => {
    expect(asks(first('corpus/wikinews/wikinews-expo.txt'), /Metro Toronto Convention Centre/)).toBe(true);
  });
  it('a death toll asks how many', () => {
    expect(asks(first('corpus/wikinews/wikinews-stampede.txt'), /345/)).toBe(true);
  });
  it('an appointment asks who', () => {
    expect(asks(first('written/appointment-cec.txt'), /^Gyanesh Kumar$/)).toBe(true);
  });
  it('a launch asks its outlay', () => {
    expect(asks(first('written/launch-mission.txt'), /10,103 crore/)).toBe(true);
  });
  it('a satellite launch asks which satellite, and calls it by its description in the other items', () => {
    // (A name in capitals read as a body's short form, "HYSAT", or too long for one, "TRISHNA".)
    for (const name of ['HYSAT', 'TRISHNA']) {
      const items = setOfText([
        `ISRO-CNES satellite ${name} lifts off from Sriharikota`,
        `The Indian Space Research Organisation (ISRO) on Friday successfully launched the Earth observation satellite ${name} aboard its PSLV-C64 rocket from the Satish Dhawan Space Centre in Sriharikota.`,
        'The 44-metre tall rocket lifted off at 10.30 am, carrying the 1,750-kg thermal infrared satellite jointly built by ISRO and the French space agency CNES.',
        `${name} will map land surface temperature and water stress in crops every three days.`,
      ]);
      expect(recalled(items[0])).toEqual([name]);
      expect(items.slice(1).map((i) => i.question)).toContainEqual(expect.stringMatching(/^The Earth observation satellite launched by the Indian Space Research Organisation will map land surface temperature/));
      expect(items.slice(1).some((i) => printed(i).includes(name))).toBe(false);
    }
  });
  it('an agreement asks what it is about', () => {
    expect(asks(first('written/agreement-mou.txt'), /renewable energy/)).toBe(true);
  });
  it('a swearing-in asks who', () => {
    expect(asks(first('written/oath-chief-justice.txt'), /^Surya Kant$/)).toBe(true);
  });
  it('a satellite launch asks which satellite', () => {
    expect(asks(first('written/launch-satellite.txt'), /^CMS-03$/)).toBe(true);
  });
  it('the seed asks its defining question first: the third country, after the United States and Australia, to set up a 2+2 mechanism with Japan', () => {
    const [lead] = setOf('corpus/seed/russia-japan-2plus2.txt');
    expect(lead.question).toMatch(/^Which was the third country, after the United States and Australia, to have established the two-plus-two mechanism/);
    expect(recalled(lead)).toEqual(['Russia']);
  });
  it('an "Nth country to …" headline asks the country first, though the story says so only in its agency\'s closing statement', () => {
    const [lead] = setOf('written/space-refuelling-first.txt');
    expect(lead.question).toBe('Which was the 3rd country to demonstrate in-orbit refuelling?');
    expect(recalled(lead)).toEqual(['India']);
  });
  it('a data release asks the growth its headline writes as "7.8 pc"', () => {
    expect(asks(first('written/data-gdp-quarter.txt'), /^7\.8 per cent$/)).toBe(true);
  });
  it('a ranking with the edition year first asks the rank', () => {
    expect(asks(first('written/index-press-freedom.txt'), /^151st$/)).toBe(true);
  });
  it('a policy decision asks the term its headline names, with the figure, in the lead\'s cloze', () => {
    const [lead] = setOf('written/policy-repo-rate.txt');
    expect(lead.type).toBe('cloze');
    expect(recalled(lead)).toEqual(['repo rate', '6.5 per cent']);
  });
  it('a study asks the pollutant its headline names, though it modifies a noun ("_____ pollution")', () => {
    const items = first('corpus/wikinews/wikinews-warming.txt');
    expect(asks(items, /^ozone$/)).toBe(true);
    expect(items.find((i) => recalled(i).includes('ozone'))!.question).toMatch(/global warming and _____ pollution/);
  });
  it('a pollution report asks the cause its headline names', () => {
    expect(asks(first('written/pollution-stubble-burning.txt'), /^stubble burning$/)).toBe(true);
  });
  it('a disaster asks where it struck', () => {
    expect(asks(first('written/disaster-cyclone.txt'), /^Odisha$/)).toBe(true);
  });
  it('a tally story asks the new total, and does not blank its topic term in the lead', () => {
    const set = setOf('written/tally-wetlands.txt');
    expect(asks(set, /^89$/)).toBe(true);
    expect(recalled(set[0])).not.toContain('Ramsar sites');
  });
  it('an exhibit asks where, first, though its answer is printed in many other items', () => {
    expect(recalled(setOf('corpus/wikinews/wikinews-warhol.txt')[0])).toEqual(['University of Southern Indiana']);
  });
  it('asks the headline\'s fact as a recall item, not as a true/false that prints its answer', () => {
    // (Who was given the document may share its cloze.)
    expect(recalled(setOf('corpus/wikinews/wikinews-sensitive.txt')[0])[0]).toBe('Environment Canada');
  });
  it('a story about someone the headline calls by what they are asks who, first', () => {
    expect(recalled(setOf('written/rescue-fisherman.txt')[0])).toEqual(['Suresh Babu']);
    expect(recalled(setOf('written/rescue-building-collapse.txt')[0])).toEqual(['Kamla Devi']);
    // (Her name may share the lead's cloze with the figure of the news: "… imprisoned her for _____".)
    expect(recalled(setOf('corpus/wikinews/wikinews-imprisoned.txt')[0])[0]).toBe('Valeska Paris');
    expect(recalled(setOf('corpus/wikinews/wikinews-defector.txt')[0])).toEqual(['Daniel Montalvo']);
  });
  it('an acquittal asks whom the court acquitted, though a later sentence asks that name too', () => {
    const [lead] = setOf('written/court-acquittal.txt');
    expect(recalled(lead)[0]).toBe('Ramesh Yadav');
    expect(lead.sentence).toMatch(/acquitted life convict Ramesh Yadav/);
  });
  it('an obituary asks who died, then calls them by the trade the lead gives them', () => {
    const set = setOf('written/obituary-filmmaker.txt');
    expect(recalled(set[0])[0]).toBe('Arun Mehra');
    expect(set.length).toBeGreaterThanOrEqual(4);
    expect(set.filter((i) => /\bthe (?:veteran )?filmmaker\b/i.test(i.question)).length).toBeGreaterThanOrEqual(2);
    expect(set.slice(1).some((i) => /Mehra/.test(printed(i)))).toBe(false);
    // ("He was honoured with the Padma Bhushan" after "…, Mehra studied … as an assistant to
    // Bimal Roy": he is the sentence's subject, not the last name in it.)
    expect(set.some((i) => /Bimal Roy\)/.test(i.question))).toBe(false);
  });
  it('an obituary whose headline gives the age asks who died first, then the age of the one it describes', () => {
    const text = [
      'Anil Mehta passes away at 91',
      '',
      '91-year-old Mehta Group patriarch Anil Mehta, who was admitted to Jaslok Hospital last week, passed away due to age-related ailments.',
      '',
      'Mehta led the group from March 1981, taking up the mantle from his predecessor Ravi Mehta, through June 2010.',
      '',
      'Mehta was known for his philanthropy, and the group said his last rites would be held in Pune.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'obit.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    expect(items[0].answer).toBe('Anil Mehta');
    expect(items[0].question).toMatch(/^Which Mehta Group patriarch passed away/);
    const age = items.find((it) => recalled(it).includes('91'));
    expect(age?.question).toMatch(/the Mehta Group patriarch/);
  });

  it('asks who died by the question, not as a blank beside a figure of the lead ("spanning 300 films")', () => {
    const text = [
      'Legendary Kannada playback singer Rajendra dies at 84',
      '',
      'Rajendra, the singer who lent his voice to more than 2,000 songs in six languages over a 50-year career, died here on Monday, his family said.',
      '',
      'He was admitted to a private hospital in Bengaluru last week with a lung infection, doctors said.',
      '',
      'His last rites will be held at his farmhouse near Mysuru on Tuesday, the family said.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'obit2.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    expect(items[0]).toMatchObject({ type: 'short', answer: 'Rajendra' });
    expect(items[0].question).toMatch(/^Which legendary Kannada playback singer passed away/);
  });

  it('asks the Nth member by the question, not as a blank beside a figure of the lead', () => {
    const text = [
      'Pacific Islands Forum joins BRICS at Kazan summit',
      '',
      'The leaders recorded 14 agreements on the opening day of the BRICS summit in Kazan, with the inclusion of the Pacific Islands Forum as the 12th member of the group.',
      '',
      'The forum had applied for membership of BRICS in March last year, officials said.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'member.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    expect(items[0]).toMatchObject({ type: 'short', question: 'Which was admitted as the 12th member of BRICS?', answer: 'Pacific Islands Forum' });
  });

  it('adds no second blank of a breakdown or of a list\'s last name ("including 10 children and _____ women")', () => {
    const text = [
      'Salem stampede toll rises to 31',
      '',
      'A stampede at a temple festival on Saturday claimed the lives of at least 31 people, including 9 children and 14 women, officials said.',
      '',
      'The inquiry panel will include former police chief Arun Das and retired bureaucrat Ravi Menon, the government said.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'salem.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    const answers = items.flatMap((it) => it.answers ?? [it.answer]);
    expect(answers).toContain('31');
    expect(answers).not.toContain('14');
    expect(answers).not.toContain('Ravi Menon');
  });

  it('then calls that person as the headline does, so no other item names the answer', () => {
    const set = setOf('corpus/wikinews/wikinews-defector.txt');
    expect(set.some((i) => /\bThe Scientology defector\b/i.test(i.question))).toBe(true);
    expect(set.slice(1).some((i) => /Montalvo/.test(printed(i)))).toBe(false);
  });
});

describe('a person called by an office they have left', () => {
  const setFrom = (lines: string[]) => buildDocument([studyText(lines.join('\n\n'), { source: 'cj.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
  const story = (dateline: string, career: string) => [
    'CJI recommends Justice Arun Mehta as next Chief Justice of India',
    `${dateline} Chief Justice of India Ravi Nair has formally recommended Justice Arun Mehta as his successor, setting the stage for his appointment as the 53rd Chief Justice of India.`,
    'Justice Mehta is expected to assume office on November 24, a day after the CJI retires.',
    career,
    'He began his legal practice at the District Court in Hisar in 1984.',
    'He currently serves as the Visitor of the National Law University in Ranchi.',
  ];
  it('calls them the former holder where the sentence says they left it ("before being elevated")', () => {
    const items = setFrom(story('New Delhi, Oct 27:', 'Justice Mehta was appointed Chief Justice of the Himachal Pradesh High Court on October 5, 2018, before being elevated to the Supreme Court in May 2019.'));
    const text = items.map(printed).join('\n');
    expect(text).toMatch(/the former Chief Justice of the Himachal Pradesh High Court/i);
    expect(text).not.toMatch(/\(the Chief Justice of the Himachal Pradesh High Court\)|^The Chief Justice of the Himachal Pradesh High Court/im);
  });
  it('does not call them by an office asked years before the article\'s day', () => {
    const items = setFrom(story('New Delhi, October 27, 2025:', 'Justice Mehta was appointed Chief Justice of the Himachal Pradesh High Court in October 2018.'));
    expect(items.map(printed).join('\n')).not.toMatch(/\(the Chief Justice of the Himachal Pradesh High Court\)|^The Chief Justice of the Himachal Pradesh High Court/im);
  });
});

describe('cloze notes as Anki users make them', () => {
  it('puts two facts of one sentence in one note, numbered in the order of the text', () => {
    const merged = files.flatMap((f) => setOf(f)).filter((i) => i.answers && i.answers.length > 1);
    expect(merged.length).toBeGreaterThan(0);
    for (const item of merged) {
      const deletions = [...item.cloze!.matchAll(/\{\{c(\d)::(.*?)\}\}/g)];
      expect(deletions.map((d) => Number(d[1]))).toEqual(item.answers!.map((_, k) => k + 1));
      expect(item.question.split('_____').length - 1).toBe(item.answers!.length);
      expect(item.answer).toBe(item.answers!.join('; '));
    }
  });
});

describe('a scheme the set asks is called by its kind and purpose elsewhere', () => {
  it('"the scheme for traditional artisans and craftspeople" in every other item, its name asked once', () => {
    const items = setOf('written/launch-scheme-artisans.txt');
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.filter((it) => /PM Vishwakarma/.test(printed(it)))).toEqual([]);
    expect(items.filter((it) => (it.answers ?? [it.answer]).includes('PM Vishwakarma'))).toHaveLength(1);
    expect(items.filter((it) => /[Tt]he scheme for traditional artisans and craftspeople/.test(it.question)).length).toBeGreaterThanOrEqual(2);
  });

  it('asks the headline\'s outlay and scheme in the lead\'s cloze, and the scheme not again by its acronym', () => {
    const text = [
      'Cabinet approves ₹4,200 crore outlay for Pradhan Mantri Matsya Sampada Yojana',
      '',
      'The Union Cabinet has approved a total outlay of 4,200 crore rupees for the ongoing Central Sector Scheme “Pradhan Mantri Matsya Sampada Yojana” during the 15th Finance Commission Cycle.',
      '',
      'The approval includes 900 crore rupees for 40 fishing harbours under various component schemes of PMMSY.',
      '',
      'The ministry will also set up 60 fish testing labs in coastal States by 2027.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'pmmsy.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    expect(items[0].answers).toEqual(['4,200 crore', 'Pradhan Mantri Matsya Sampada Yojana']);
    expect(items.flatMap((it) => it.answers ?? [it.answer])).not.toContain('PMMSY');
  });

  it('asks the scheme and its outlay in the lead\'s cloze where the headline names only the scheme, not the chief minister who presided', () => {
    const text = [
      'Jharkhand cabinet approves Gram Jal Yojana',
      '',
      'The state cabinet presided by Chief Minister Hemant Rao on Friday approved the new umbrella scheme Gram Jal Yojana with an outlay of Rs 812.5 crore.',
      '',
      'The scheme, which aims to bring piped water to every village, will benefit more than 9.2 lakh households, Water Resources Minister Sunil Das said.',
      '',
      'The cabinet also approved 14 other proposals, including a new bus depot in Dumka.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'gjy.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    expect(items[0].answers).toEqual(['Gram Jal Yojana', 'Rs 812.5 crore']);
  });
});

describe('a set is not a sheet of quotations', () => {
  it('makes no cloze of two blanks with one of more than five words ("… and the _____" → University of Sheffield of the UK), on every article', () => {
    for (const f of files) {
      for (const it of setOf(f).filter((x) => x.type === 'cloze' && (x.answers?.length ?? 1) > 1)) {
        const long = it.answers!.filter((a) => a.split(/\s+/).length > 5);
        expect(long, `${f}: ${it.question}`).toEqual([]);
      }
    }
  });

  it('asks "Who said …?" at most once in one set, on every article: who said what is rarely the news', () => {
    for (const file of files) expect(setOf(file).filter((it) => /^Who said\b/.test(it.question)).length, file).toBeLessThanOrEqual(1);
  });

  it('counts the headline\'s own figure, told in the second sentence, as the headline\'s fact ("… cuts repo rate to 5.5%")', () => {
    const set = setOfText([
      'RBI cuts repo rate by 50 bps to 5.5%, slashes CRR',
      'The Reserve Bank of India (RBI) cut the repo rate by a larger-than-expected 50 basis points on Friday, a third consecutive reduction.',
      'The Monetary Policy Committee, which consists of three RBI officials and three external members, cut the repo rate to 5.50 per cent.',
      'The committee also cut the cash reserve ratio by 100 basis points to 3 per cent.',
      'For FY26, GDP growth is projected at 6.5 per cent, unchanged from the previous forecast.',
    ]);
    expect(set.flatMap((it) => it.answers ?? [it.answer])).toContain('5.50 per cent');
  });

  it('asks the figures someone announced, not who announced them ("Who said that the scheme aims … Rs 99,446 crore?")', () => {
    const scheme = setOfText([
      'Cabinet approves Employment Linked Incentive scheme to boost job creation',
      'The Union Cabinet on Tuesday approved the Employment Linked Incentive (ELI) scheme to support employment generation, Union Minister Ashwini Vaishnaw said.',
      'He said that the scheme aims to incentivize the creation of more than 3.5 crore jobs over a period of 2 years, with an outlay of Rs 99,446 crore.',
    ]);
    expect(scheme.filter((it) => /^Who said\b/.test(it.question))).toEqual([]);
    expect(scheme.some((it) => /3\.5 crore|Rs 99,446 crore/.test(it.answer))).toBe(true);
    const trade = setOfText([
      'India and UAE set new trade target',
      'India and the United Arab Emirates on Monday agreed to deepen their economic partnership during talks in New Delhi.',
      'Commerce Minister Piyush Goyal said that bilateral trade reached USD 85 billion in 2024-25, up from USD 73 billion a year earlier, under the Comprehensive Economic Partnership Agreement.',
    ]);
    expect(trade.filter((it) => /^Who said\b/.test(it.question))).toEqual([]);
    expect(trade.some((it) => /USD 85 billion/.test(it.answer))).toBe(true);
  });
});


describe('a news pattern’s question before a plain cloze of the same answer', () => {
  const fact = (id: string, pattern: Fact['pattern'], answer: string): Fact => ({
    id, articleId: 'a', pattern, question: `${id}?`, answer, answerType: 'person', sentence: id, sentenceIndex: 0, cloze: '', score: 0.8,
  });
  const order = (ranked: [Fact, number][]) => newsBeforeCloze(ranked.map(([f]) => f), (f) => new Map(ranked.map(([g, r]) => [g.id, r])).get(f.id)!).map((f) => f.id);

  it('asks "Who was the first Indian to …?" before a cloze of that name ranked just above it', () => {
    expect(order([[fact('lead', 'cloze', 'Shubhanshu Shukla'), 0.62], [fact('other', 'cloze', 'SpaceX'), 0.6], [fact('first', 'ordinal', 'Shubhanshu Shukla'), 0.58]])).toEqual(['first', 'lead', 'other']);
  });

  it('leaves a cloze ranked well above it, and a cloze of another answer, where they are', () => {
    expect(order([[fact('lead', 'cloze', 'Shubhanshu Shukla'), 0.75], [fact('first', 'ordinal', 'Shubhanshu Shukla'), 0.58]])).toEqual(['lead', 'first']);
    expect(order([[fact('lead', 'cloze', 'Peggy Whitson'), 0.62], [fact('first', 'ordinal', 'Shubhanshu Shukla'), 0.58]])).toEqual(['lead', 'first']);
  });
});

describe('a body named as a report\'s author', () => {
  it('is asked once, and left out of the later "The latest … report noted" item, which still asks its figure', () => {
    const items = setOfText([
      'India ranks 118th in Global Water Index',
      'India ranked 118th on the Global Water Index, out of 160 countries, according to the 2026 Global Water Report (GWR) released on Monday by the International Water Institute (IWI).',
      'The latest IWI report noted that India improved its index score from 0.512 in 2024 to 0.547 in 2025, though it stays in the lower middle tier.',
      'Finland, with a score of 0.921, ranked at the top of the Index, followed by Canada and Austria.',
    ]);
    expect(items.map((it) => it.answer)).toEqual(expect.arrayContaining(['International Water Institute', '0.547']));
    const figure = items.find((it) => it.answer === '0.547')!;
    expect(figure.question).toMatch(/^The latest report noted that India improved its index score/);
    expect(figure.cloze ?? figure.question).not.toMatch(/IWI/);
  });
});

describe('a story whose every sentence names its headline’s person', () => {
  const visit = [
    'Vice-President Dhankhar concludes three-nation tour to Peru, Chile and Bolivia',
    "Vice-President Jagdeep Dhankhar on Sunday left for home after concluding his three-nation visit to Peru, Chile and Bolivia aimed at giving impetus to India's ties with them.",
    "In Lima, he was conferred the Grand Cross of the Order of the Sun, Peru's highest civilian award.",
    'He also addressed the Congress of Peru and the Indian community in Lima.',
    'In Santiago, President Gabriel Boric hosted a State Banquet in honour of Vice-President Dhankhar at La Moneda Palace.',
    'Dhankhar announced that India will soon open its embassy in La Paz.',
    'India and Bolivia signed four agreements on lithium, health, culture and space during the visit.',
  ];
  it('asks what they did rather than their name and one item beside it', () => {
    const items = setOfText(visit);
    expect(items.length).toBeGreaterThanOrEqual(5);
    // (Where the name is asked, the others call them by what they are asked as, title and all:
    // never "Vice-the winner of …".)
    for (const it of items) expect(it.question).not.toMatch(/-the\s/);
  });
  it('counts "Vice-President Dhankhar" as printing Jagdeep Dhankhar: a hyphened title is no given name', () => {
    const text = 'President Gabriel Boric hosted a State Banquet in honour of Vice-President Dhankhar at La Moneda Palace.';
    expect(afterGivenName(text, text.indexOf('Dhankhar'), 'Jagdeep Dhankhar')).toBe(false);
    const other = 'He met Lt-Gen Dwivedi and Rajiv Dhankhar in Delhi.';
    expect(afterGivenName(other, other.indexOf('Dwivedi'), 'Upendra Dwivedi')).toBe(false);
    expect(afterGivenName(other, other.indexOf('Dhankhar'), 'Jagdeep Dhankhar')).toBe(true);
  });
  it('counts "Fifty-one-year-old Szalay" as printing David Szalay: an age is no given name', () => {
    const text = "Fifty-one-year-old Szalay, shortlisted in 2016 for 'All That Man Is', received £50,000 and a trophy.";
    expect(afterGivenName(text, text.indexOf('Szalay'), 'David Szalay')).toBe(false);
    const kid = 'The 14-month-old Aarav was rescued; Nine-year-old Meera Szalay watched.';
    expect(afterGivenName(kid, kid.indexOf('Aarav'), 'Aarav Sen')).toBe(false);
  });
});

describe('a trade that names its person in brackets, the person asked elsewhere', () => {
  it('drops the bracket rather than describing the person inside it ("The officer (the officer)")', () => {
    const items = setOfText([
      'Kavita Menon named next CRPF chief',
      'Senior IPS officer Kavita Menon was on Monday appointed the next Director General of the Central Reserve Police Force, succeeding Anil Rao.',
      'Menon, who hails from Kerala, had served as Inspector General in Srinagar before joining the NIA in 2019.',
      'The officer, who was earlier posted to Srinagar, has also headed the NIA office in Kochi.',
      'The CRPF, with over three lakh personnel, is the largest central armed police force.',
    ]);
    for (const it of items) expect(it.question).not.toMatch(/\(the\s/);
  });
});

describe('an answer with a comma in it is asked once', () => {
  it('"one nation, one election" in two sentences gives one item', () => {
    const text = [
      'Cabinet clears simultaneous polls plan',
      '',
      'The Union Cabinet on Wednesday gave its nod to the ‘one nation, one election’ proposal of the high-level committee, announced Union Minister Ashwini Vaishnaw.',
      '',
      'The high-level committee’s report on ‘one nation, one election’ was placed before the Union Cabinet the same day.',
      '',
      'The committee’s recommendations include up to 18 constitutional amendments.',
      '',
      'The Law Commission is expected to release its own report on simultaneous polls soon.',
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'onoe.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    const asking = items.filter((it) => (it.answers ?? [it.answer]).some((a) => /one nation, one election/.test(a)));
    expect(asking.length).toBe(1);
  });
});

describe('a statistics release', () => {
  it('is asked by at most four of its figures: the headline\'s and three more', () => {
    const sectors = ['coal', 'steel', 'cement', 'electricity', 'fertiliser', 'refinery', 'crude oil', 'natural gas', 'textile', 'paper'];
    const text = [
      'Core sectors grow at 5% in March',
      '',
      'The eight core industries grew 5 per cent in March, the fastest in three months, according to data released by the commerce ministry on Monday.',
      ...sectors.map((name, i) => `\nIn March, ${name} production in the country grew ${i + 2}.${i + 1} per cent compared with the same month a year earlier.`),
    ].join('\n');
    const items = buildDocument([studyText(text, { source: 'core.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    const figures = items.filter((it) => it.answerType === 'number');
    expect(figures.length).toBeLessThanOrEqual(4);
    expect(figures.some((it) => (it.answers ?? [it.answer]).includes('5 per cent'))).toBe(true);
  });
});

describe('a craft the article calls by two codes ("GSAT-7R (CMS-03)")', () => {
  it('is asked once, and no other item prints its other code', () => {
    const text = `Isro launches naval satellite\n\n2025-11-02\n\nThe Indian Space Research Organisation on Sunday launched the Navy’s GSAT-9N (CMS-05), the heaviest communication satellite from Indian soil, to the Geosynchronous Transfer Orbit.\n\nBraving inclement weather in Sriharikota, the LVM3-M6 rocket carrying the 4,410kg CMS-05 took off from the Satish Dhawan Space Centre at 5.26pm.\n\nThe satellite is expected to provide communication services for 15 years over a wide oceanic region.`;
    const items = buildDocument([studyText(text, { source: 'gsat.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    const asking = items.filter((it) => recalled(it).some((a) => a === 'GSAT-9N' || a === 'CMS-05'));
    expect(asking.length).toBeLessThanOrEqual(1);
    if (asking.length) for (const it of items.filter((i) => i !== asking[0])) expect(printed(it)).not.toMatch(/\bCMS-05\b|\bGSAT-9N\b/);
  });
});

describe('a person the lead names with their office', () => {
  it('is asked by the office, the lead calling them by it instead of the name', () => {
    const text = [
      'Two tigers get new home in Odisha’s Debrigarh sanctuary',
      'Bhubaneswar, Mar 3 (PTI) Two tigers, Rudra and Veer, who were moved to Similipal National Park last year, found a new home on Sunday when Odisha Chief Minister Arun Patnaik released them into the Debrigarh Wildlife Sanctuary.',
      'The tigers were brought by road from Similipal, about 400 kilometres away, forest officials said.',
      'Similipal National Park now houses 36 tigers, including 11 cubs born there.',
    ].join('\n\n');
    const items = buildDocument([studyText(text, { source: 'tigers.txt', kind: 'text' })], { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 }).items;
    const office = items.find((it) => it.answer === 'Arun Patnaik');
    expect(office?.question).toMatch(/^Who was the Chief Minister of Odisha/);
    expect(items.map(printed).join('\n')).not.toMatch(/Patnaik/);
    // ("Similipal" is the park asked as "Similipal National Park": asked once, never printed beside it.)
    const park = items.filter((it) => recalled(it).some((a) => /^Similipal/.test(a)));
    expect(park.length).toBeLessThanOrEqual(1);
    if (park.length) for (const it of items.filter((i) => i !== park[0])) expect(printed(it)).not.toMatch(/\bSimilipal\b/);
  });
});

describe('a count another item asks, written again after "the"', () => {
  it('is left out ("Out of the new KVs, …"), so the set asks the rest of the story too', () => {
    const items = setOfText([
      'Cabinet approves opening of 48 new Navodaya schools; 30,000 students to benefit',
      'NEW DELHI: The Union Cabinet on Wednesday approved opening of 48 new Navodaya schools which would benefit over 30,000 students, Union minister Ashwini Vaishnaw said.',
      'Out of the 48 new schools, nine will be sponsored by the Ministry of Tribal Affairs, and the rest by state governments.',
      'The total estimated requirement of funds for establishment of the 48 new schools is Rs 4,210 crore spread over a period of eight years from 2026-27.',
    ]);
    expect(items.map((it) => it.answers ?? [it.answer]).flat()).toEqual(expect.arrayContaining(['48', 'Rs 4,210 crore']));
    for (const it of items) for (const other of items) if (other !== it && (it.answers ?? [it.answer]).includes('48')) expect(printed(other)).not.toMatch(/\b48\b/);
  });

  it('is left out where a cloze of two blanks asks it as its second ("Of the four wetlands added …")', () => {
    const items = setOfText([
      'Four more Indian wetlands added to Ramsar list',
      'NEW DELHI: Four more Indian wetlands have been added to the global list of wetlands of international importance under the Ramsar Convention, taking the total number of such sites in the country to 89, Union Environment Minister Bhupender Yadav said on Tuesday.',
      'Of the four wetlands added to the Ramsar list, Nanjarayan Lake and Kazhuveli Sanctuary are in Tamil Nadu, and Tawa Reservoir is in Madhya Pradesh.',
      'The Ramsar Convention is named after the Iranian city of Ramsar, on the Caspian Sea, where the treaty was signed on February 2, 1971.',
    ]);
    expect(items.length).toBeGreaterThanOrEqual(3);
    // (The second sentence is asked, without the count the first item asks.)
    expect(items.some((it) => it.question.startsWith('Of the wetlands added to the Ramsar list,'))).toBe(true);
  });

  it('stays where no "the" points back ("opened 48 new schools")', async () => {
    const { withoutCount } = await import('../../src/generate/without-count.js');
    const item = { id: 'i', articleId: 'a', factId: 'f', type: 'cloze', question: 'The state opened 48 new schools in _____ last year.', answer: 'Assam', sentence: 's', answerType: 'place', score: 0.5, tags: [] } as Item;
    expect(withoutCount(item, [{ value: '48', type: 'number' }])).toBeNull();
    expect(withoutCount({ ...item, question: 'Of the 48 new schools, nine are in _____.' }, [{ value: '48', type: 'number' }])?.question).toBe('Of the new schools, nine are in _____.');
    // (Not a measure's figure: "The degrees celsius was recorded in _____" would point at nothing.)
    expect(withoutCount({ ...item, question: 'The 50 degrees celsius was recorded in _____ in the last 24 hours.' }, [{ value: '50', type: 'number' }])).toBeNull();
    expect(withoutCount({ ...item, question: 'The 389 km of new lines will run through _____.' }, [{ value: '389', type: 'number' }])).toBeNull();
  });
});

describe('an aside that prints another item’s answer', () => {
  it('is left out of the item, which still asks its own figure', () => {
    const items = setOfText([
      'India test-fires its first long-range cruise missile',
      'The Defence Research and Development Organisation (DRDO) on Friday successfully flight-tested the country’s first long-range cruise missile from Chandipur, off the Odisha coast.',
      'The missile, developed by the Aeronautical Development Establishment, Bengaluru along with other DRDO laboratories and industry partners, can strike targets at ranges greater than 1,800 km, an official statement said.',
    ]);
    const figure = items.find((it) => it.answer === '1,800');
    expect(figure?.question).toMatch(/^The (?:cruise )?missile can strike targets at ranges greater than _____ km/);
    expect(items.map((it) => it.answers ?? [it.answer]).flat()).toContain('Defence Research and Development Organisation');
    // (Nothing printed elsewhere for all that.)
    for (const it of items) for (const other of items) if (other !== it) expect(printed(other)).not.toContain('DRDO');
  });
  it('leaves out a participle’s phrase that opens the sentence ("Carrying the SCATSAT-1 …, the rocket lifted off from the _____")', async () => {
    const { withoutAsides } = await import('../../src/generate/without-aside.js');
    const item = { id: 'i', articleId: 'a', factId: 'f', type: 'cloze', question: 'Carrying the 377 kg SCATSAT-1 and seven other satellites, India’s rocket, PSLV-C35, lifted off from the _____ at 9.12 am.', answer: 'Satish Dhawan Space Centre', sentence: 's', answerType: 'organisation', score: 0.5, tags: [] } as Item;
    expect(withoutAsides(item, [{ value: 'SCATSAT-1', type: 'term' }])?.question).toBe('India’s rocket, PSLV-C35, lifted off from the _____ at 9.12 am.');
    // (Not a time or a source the sentence needs: "During …", "According to …".)
    expect(withoutAsides({ ...item, question: 'During the visit of SCATSAT-1 engineers, the rocket lifted off from the _____.' }, [{ value: 'SCATSAT-1', type: 'term' }])).toBeNull();
    // (Nor an adjective opening a clause of its own: "Outgoing CJI X had recommended Justice Y, …".)
    expect(withoutAsides({ ...item, question: 'Outgoing CJI Sharad Rane had recommended Justice Mohan Kapur, the seniormost judge, for appointment in a letter sent on _____.', answer: 'March 24' }, [{ value: 'Sharad Rane', type: 'person' }])).toBeNull();
  });

  it('ends a relative clause at its first comma, before an adverb and the sentence\'s verb ("…, who presided over the ZSI Day celebrations, also formally inaugurated …")', async () => {
    const { withoutAsides } = await import('../../src/generate/without-aside.js');
    const item = { id: 'i', articleId: 'a', factId: 'f', type: 'cloze', question: 'Union Environment minister _____, who presided over the ZSI Day celebrations as chief guest, also formally inaugurated the Animal Taxonomy Summit-2025, scheduled to be held from July 1 to 3.', answer: 'Bhupender Yadav', sentence: 's', answerType: 'person', score: 0.5, tags: [] } as Item;
    expect(withoutAsides(item, [{ value: 'ZSI Day', type: 'term' }])?.question).toBe('Union Environment minister _____ also formally inaugurated the Animal Taxonomy Summit-2025, scheduled to be held from July 1 to 3.');
  });

  it('never takes the clause whose verb it opens on for an aside, before a telling that closes the sentence ("Modi, during his visit to _____, interacted with … Station, reported ANI")', async () => {
    const { withoutAsides } = await import('../../src/generate/without-aside.js');
    const item = { id: 'i', articleId: 'a', factId: 'f', type: 'cloze', question: 'Prime Minister Narendra Modi, during his visit to _____, interacted with railway staff on the Vande Bharat Express before its inauguration at Katra Railway Station, reported ANI.', answer: 'Jammu and Kashmir', sentence: 's', answerType: 'place', score: 0.5, tags: [] } as Item;
    expect(withoutAsides(item, [{ value: 'Katra Railway Station', type: 'place' }])).toBeNull();
    // (Before the sentence's own verb, the aside goes as before.)
    const own = { ...item, question: 'The test missile, developed by DRDO laboratories in Hyderabad, was launched from the _____ on Monday.', answer: 'APJ Abdul Kalam Island' };
    expect(withoutAsides(own, [{ value: 'DRDO', type: 'organisation' }])?.question).toBe('The test missile was launched from the _____ on Monday.');
  });

  it('keeps a bracket that says who a pronoun is', async () => {
    const { withoutAsides } = await import('../../src/generate/without-aside.js');
    const item = { id: 'i', articleId: 'a', factId: 'f', type: 'cloze', question: 'He (Rajiv Menon) was appointed to the _____ in 2019.', answer: 'Law Commission', sentence: 's', answerType: 'organisation', score: 0.5, tags: [] } as Item;
    expect(withoutAsides(item, [{ value: 'Rajiv Menon', type: 'person' }])).toBeNull();
    // (After a name, a bracket is an aside.)
    const named = { ...item, question: 'Ashok Rao (of the Law Commission) was appointed to the _____ in 2019.', answer: 'Finance Commission' };
    expect(withoutAsides(named, [{ value: 'Law Commission', type: 'organisation' }])?.question).toBe('Ashok Rao was appointed to the _____ in 2019.');
  });
});

describe('a second blank in a cloze', () => {
  it('is not the day the news happened on, unless the headline gives it', () => {
    const answers = (lines: string[]) => setOfText(lines).flatMap((it) => it.answers ?? [it.answer]);
    const lead = 'Kenya and Ghana on Monday, 3 March, finalised trade deals worth USD 2 billion, as President William Ruto said the two countries had decided to deepen ties.';
    const rest = ['The deals cover cocoa, tea and coffee exports, officials in Nairobi said.', 'The two countries also agreed to open a joint trade office in Accra by December.'];
    expect(answers(['Kenya, Ghana finalise trade deals worth USD 2 billion', lead, ...rest])).not.toContain('Monday, 3 March');
    const dated = answers(['Kenya, Ghana finalise trade deals worth USD 2 billion on 3 March', lead, ...rest]);
    expect(dated).toContain('Monday, 3 March');
  });
});

describe('a second blank in the lead\'s cloze', () => {
  it('is never a place the headline names ("… rare earth magnet parks in _____" under "… in Gujarat")', () => {
    const items = setOfText([
      'Cabinet clears Rs 7,280 crore scheme for rare earth magnet parks in Gujarat',
      'The Union Cabinet on Wednesday approved a scheme with an outlay of Rs 7,280 crore to set up two rare earth magnet parks in Gujarat.',
      'The aim is to create a capacity of 6,000 tonnes a year, Information and Broadcasting Minister Ashwini Vaishnaw told reporters.',
      'Each of the five beneficiaries will be allotted up to 1,200 tonnes of capacity.',
    ]);
    const lead = items.find((it) => it.sentence.startsWith('The Union Cabinet'));
    expect(lead).toBeDefined();
    expect(lead!.answers ?? [lead!.answer]).toContain('Rs 7,280 crore');
    expect(lead!.answers ?? [lead!.answer]).not.toContain('Gujarat');
  });
});

describe('a blank read off the headline beside its figure', () => {
  it('is not the country the headline prints ("_____ beat England by just six runs")', () => {
    const cricket = setOfText([
      'Bumrah stars as India beat Australia by 11 runs in second Test thriller',
      'Jasprit Bumrah was the hero as India beat Australia by just 11 runs in a thrilling second Test on Sunday.',
      'Australia, set 289 to win, were bowled out for 277, with Bumrah taking four wickets for 38 runs.',
      'Mitchell Starc hit two sixes in the last over before Bumrah bowled him with a yorker.',
    ]);
    const lead = cricket.find((it) => it.sentence.startsWith('Jasprit Bumrah was the hero'));
    expect(lead).toBeDefined();
    expect(lead!.answers ?? [lead!.answer]).not.toContain('India');
  });

  it('adds no year that labels a season as a second blank ("his first title of the _____ season")', () => {
    const items = setOfText([
      'Kiran George emerges Korea Open champion',
      'A fluent Kiran George ended a lean stretch on the circuit by clinching his first title of the 2025 season, defeating Japan’s Kenta Nishimoto in the Korea Open men’s singles final on Sunday.',
      'George, a former world junior silver medallist, had last won a Super 300 title at the Orleans Masters in 2023.',
    ]);
    const lead = items.find((it) => it.sentence.startsWith('A fluent Kiran George'));
    expect(lead).toBeDefined();
    expect(lead!.answers ?? [lead!.answer]).not.toContain('2025');
  });
});

describe('a person whose death the story tells', () => {
  it('is called by a former office, never as if holding it ("The former Governor of Kerala … passed away")', () => {
    const items = setOfText([
      'Former Goa Governor Ramesh Varma passes away',
      'Ramesh Varma was appointed the Governor of Kerala in August 2018 by President Ram Nath Kovind.',
      'Ramesh Varma, former Governor of Goa and several other Indian states, passed away on Tuesday at the age of 79 following a prolonged illness.',
      'He had represented Uttar Pradesh in the Rajya Sabha from 1980 to 1986.',
      'He later served as a Member of Parliament from Aligarh as a Janata Dal candidate.',
    ]);
    const texts = items.map((it) => it.question);
    expect(texts.some((t) => /\bformer Governor of Kerala\b/i.test(t))).toBe(true);
    expect(texts.some((t) => /(?:^|[^r] )The Governor of Kerala\b/.test(t) || /^The Governor of Kerala\b/.test(t))).toBe(false);
  });
});

describe('a set asks one answer once, however the analyser read it', () => {
  it('"Triple Talaq" read as a name and "triple talaq" as a term are one answer', () => {
    const items = setOfText([
      'Triple Talaq verdict: SC terms triple talaq unconstitutional by a majority of 3-2',
      'The five-judge Constitution bench of the Supreme Court on Tuesday passed a landmark verdict holding the practice of Triple Talaq as unconstitutional.',
      'After reading separate judgments, the five-judge bench ruled in 3:2 majority triple talaq is void and illegal.',
      'Besides CJI J S Khehar, the bench also included Justices Kurian Joseph, R F Nariman, U U Lalit and S Abdul Nazeer.',
    ]);
    const talaq = items.filter((it) => (it.answers ?? [it.answer]).some((a) => a.toLowerCase() === 'triple talaq'));
    expect(talaq.length).toBeLessThanOrEqual(1);
  });
});

describe('the story\'s topic blanked in a clause about something else', () => {
  it('is no headline fact: the set asks the news its short form would bar instead', () => {
    const items = setOfText([
      'Supreme Court overturns ruling on Nalanda Heritage Trust tax status',
      'The Supreme Court on Tuesday, in a 3:2 majority decision, set aside the judgment in the R. Menon vs State of Bihar case, which had held that the Nalanda Heritage Trust, being a public body, could not claim exemption from property tax.',
      "The court further referred the question of NHT's tax liability to a regular two-judge bench.",
      'Justice Anil Verma wrote the majority opinion, joined by Justices Sunita Rao and Kiran Das.',
      'The 1998 Menon judgment by a three-judge bench had held that since NHT was a public body, it could not be exempted from property tax. However, Parliament amended the Nalanda Heritage Trust Act in 1992 to give NHT its present form.',
      'In March 2005, the Patna High Court struck down the provision of the 1992 law granting NHT the exemption.',
    ]);
    // ("NHT" in every paragraph is the trust of the lead: blanked there, it would bar them all.)
    expect(items.flatMap((it) => it.answers ?? [it.answer])).not.toContain('Nalanda Heritage Trust');
    expect(items.flatMap((it) => it.answers ?? [it.answer])).toEqual(expect.arrayContaining(['Patna High Court', 'Anil Verma']));
  });
});

describe('a toll a dash breaks down', () => {
  it('is the story\'s figure, no detail of a breakdown', () => {
    const items = setOfText([
      'Cyclone Remal weakens into depression, Bengal counts the cost',
      'Cyclone Remal, which battered the coasts of West Bengal and Bangladesh, has weakened into a depression, the India Meteorological Department said on Tuesday.',
      'The cyclone made landfall on Sunday evening near Sagar Island.',
      'Officials report at least six deaths - one in Kolkata, two women in South 24 Parganas district and one in Panihati in North 24 Parganas district.',
      'In West Bengal alone, nearly 29,500 houses were partially or completely destroyed.',
    ]);
    expect(items.flatMap((it) => it.answers ?? [it.answer])).toContain('six');
  });
});

describe('a person asked by a fuller name', () => {
  it('is asked once ("Bhole Baba", "Sakar Vishwa Hari Bhole Baba")', () => {
    const items = setOfText([
      'Hathras stampede: 121 dead at religious congregation',
      'In one of the worst tragedies in recent years, 121 people were killed in a stampede at a religious congregation in Hathras on Tuesday.',
      "The victims were part of the crowd of thousands that had gathered near Phulrai village for the 'satsang' by religious preacher Bhole Baba.",
      'Sakar Vishwa Hari Bhole Baba, formerly known as Saurabh Kumar, had previously served in the Intelligence Department of Uttar Pradesh Police.',
      'Uttar Pradesh Chief Minister Yogi Adityanath has ordered a thorough probe into the incident.',
    ]);
    const answers = items.flatMap((it) => it.answers ?? [it.answer]);
    expect(answers.filter((a) => /Bhole Baba$/.test(a)).length).toBeLessThanOrEqual(1);
  });
});

describe('an office no date anchors, beside a question that tells the news of the same person', () => {
  it('gives way ("Who was the chief guest at the 76th Republic Day celebrations?" first)', () => {
    const items = setOfText([
      'India, Indonesia discuss defence manufacturing during Prabowo’s visit',
      'India and Indonesia explored deeper cooperation in defence manufacturing during Indonesian President Prabowo Subianto’s state visit.',
      'The Indonesian president arrived on Thursday night for a four-day visit to India, where he will serve as the chief guest at the 76th Republic Day celebrations on Sunday.',
      'The two sides signed four agreements covering traditional medicine, digital development and maritime security.',
    ]);
    const questions = items.map((it) => it.question);
    expect(questions).toContain('Who was the chief guest at the 76th Republic Day celebrations?');
    expect(questions.some((q) => /according to the article/.test(q))).toBe(false);
  });
});

describe('an election result whose headline prints the winner\'s tally', () => {
  it('asks the party and its seats both, the seats question calling the party by what it did', () => {
    const odisha = setOfText([
      'BJP storms to power in Odisha by winning 78 seats in 147-member assembly',
      'Bhubaneswar, Jun 4 (PTI) The BJP on Tuesday stormed to power in Odisha by dethroning the BJD which has been in power for the last 24 years.',
      'The BJP won 78 seats in the 147-member Odisha Assembly, according to the Election Commission of India.',
      'The BJD won 51 seats. The Congress won 14 seats while the CPI(M) won one seat.',
      'In the 2019 Assembly election, the BJD had won 113 seats, BJP 23 seats and Congress 9.',
    ]);
    const seats = odisha.find((it) => it.answer === '78');
    expect(seats).toBeDefined();
    expect(seats!.question).toMatch(/the party that stormed to power/);
    expect(odisha.some((it) => /Bharatiya Janata Party|BJP/.test(it.answer))).toBe(true);
    const haryana = setOfText([
      'Congress sweeps to power in Haryana with 52 seats in 90-member assembly',
      'Chandigarh, Oct 8 (PTI) The Congress on Tuesday swept to power in Haryana, ending ten years of BJP rule in the state.',
      'The Congress won 52 seats in the 90-member Haryana Assembly, the Election Commission said.',
      'The BJP won 30 seats. The INLD won four seats and independents won four.',
    ]);
    expect(haryana.some((it) => it.answer === '52')).toBe(true);
    expect(haryana.some((it) => /^(?:Indian National )?Congress\b/.test(it.answer))).toBe(true);
  });
});

describe('a structure asked once', () => {
  it('never asks one bridge twice by two of its names ("Chenab" and "Chenab Rail Bridge")', () => {
    const items = setOfText([
      'PM Modi inaugurates Chenab arch railway bridge in Jammu and Kashmir',
      "REASI: Prime Minister Narendra Modi on Friday inaugurated Chenab bridge - the world's highest railway arch bridge in Jammu and Kashmir's Reasi district.",
      'The Prime Minister also flagged off a Vande Bharat train service between Katra and Srinagar, the first train connection between the Kashmir valley and the Jammu region.',
      "The architectural marvel Chenab Rail Bridge, situated at a height of 359 meters above the river, is the world's highest railway arch bridge.",
      'It is a 1,315-metre-long steel arch bridge engineered to withstand seismic and wind conditions.',
    ]);
    const bridges = items.filter((it) => (it.answers ?? [it.answer]).some((a) => /Chenab/.test(a)));
    expect(bridges.length).toBeLessThanOrEqual(1);
  });

  it('never prints a tunnel by its own name beside the blank that asks it ("Sela tunnel" above "_____" → Sela Road Tunnel)', () => {
    const items = setOfText([
      'PM inaugurates Sela Tunnel in Arunachal Pradesh',
      "ITANAGAR: Prime Minister Narendra Modi on Saturday inaugurated Sela tunnel - the world's longest twin-lane tunnel at that altitude in Arunachal Pradesh's West Kameng district.",
      'The engineering marvel Sela Road Tunnel, built at a height of 13,000 feet, is the world’s longest bi-lane tunnel above that height.',
      'It has been built by the Border Roads Organisation at a cost of Rs 825 crore.',
      'The tunnel will provide all-weather connectivity to Tawang, a region bordering China.',
    ]);
    const asked = items.find((it) => it.answer === 'Sela Road Tunnel');
    if (asked) for (const other of items) if (other !== asked) expect(other.question).not.toMatch(/\bSela\b/);
  });
});

describe('a set whose headline opens on the person the story names everywhere', () => {
  it('asks the headline\'s other news and the rest, not one blank on the person that bars them all', () => {
    const items = setOfText([
      'Harmanpreet Singh set to retire from international hockey after Belgium match',
      "Indian men's hockey team captain Harmanpreet Singh on Thursday announced that he will retire from international hockey after India's upcoming FIH Pro League match against Belgium.",
      'Harmanpreet Singh made the announcement in a video posted on social media.',
      'The 29-year-old defender has played 230 matches for India since making his debut against Japan in 2015.',
      "Harmanpreet Singh is India's highest goal-scorer in men's hockey with 205 goals.",
      'An ever-present figure in the national team for the past decade, Harmanpreet Singh has won two Olympic medals with the national team.',
    ]);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.slice(0, 3).flatMap((it) => it.answers ?? [it.answer])).toContain('Belgium');
  });
});

describe('offices a story names in passing', () => {
  it('are asked once at most, "according to the article", never a roll call of leaders', () => {
    const items = setOfText([
      'UAE to invest $2 billion to develop food parks across India',
      'A joint statement by the four leaders said the UAE will invest $2 billion to develop a series of integrated food parks across India.',
      'US President Joe Biden hosted the virtual summit, which was attended by Israeli Prime Minister Yair Lapid and UAE President Mohammed bin Zayed Al Nahyan.',
      'Prime Minister Narendra Modi said the group had a positive agenda and would boost food security.',
      'US President Joe Biden said the partnership would grow, and Israeli Prime Minister Yair Lapid and UAE President Mohammed bin Zayed Al Nahyan welcomed it.',
    ]);
    expect(items.filter((it) => /, according to the article\?$/.test(it.question)).length).toBeLessThanOrEqual(1);
  });
});

describe('a headline that prints both names of its news ("visceral leishmaniasis (kala-azar)")', () => {
  it('asks the news by the name the story does not repeat, so the rest of the set can print the other', () => {
    const items = setOfText([
      'India achieves target to eliminate visceral leishmaniasis (kala-azar)',
      'India has achieved its target to eliminate visceral leishmaniasis, commonly known as kala-azar, according to data from the National Centre for Vector Borne Diseases Control (NCVBDC). India had initially aimed to eliminate kala-azar by 2010, but the target was extended until 2023 due to persistent challenges.',
      'Kala-azar, a vector-borne disease caused by protozoan parasites transmitted through sandfly bites, has posed a significant health challenge for decades, particularly in states like Bihar, Jharkhand, West Bengal, and Uttar Pradesh.',
      'As per the WHO, in 2020, India accounted for 18 per cent of the global burden of kala-azar. The elimination has come after government interventions, including indoor spraying to kill sandflies.',
    ]);
    const answers = items.map((i) => i.answer);
    expect(answers).toContain('visceral leishmaniasis');
    // (Not one item on "kala-azar" that bars every other.)
    expect(items.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a blank in an apposition closing a sentence whose clause prints another answer', () => {
  it('is asked as the apposition alone ("‘12th Fail’ is a biographical drama inspired by the life of IPS officer _____")', () => {
    const items = setOfText([
      'Shah Rukh Khan, Vikrant Massey share Best Actor honour at 71st National Film Awards',
      'Shah Rukh Khan and Vikrant Massey won best actor awards at the 71st National Film Awards for their performances in ‘Jawan’ and ‘12th Fail’, respectively.',
      'Vikrant Massey, on the other hand, was recognised for ‘12th Fail’, a biographical drama inspired by the life of IPS officer Manoj Kumar Sharma.',
    ]);
    const officer = items.find((i) => i.answer === 'Manoj Kumar Sharma');
    expect(officer?.question).toMatch(/^‘12th Fail’ is a biographical drama inspired by the life of IPS officer _____\./);
    // (Printed whole it would show Vikrant Massey, whom the first item asks.)
    expect(items.some((i) => i.answer.includes('Vikrant Massey'))).toBe(true);
  });
});

describe('an apposition that runs on', () => {
  it('is not read as a sentence of its own ("E Somanath, a noted journalist from _____ in recognition of his …")', async () => {
    const { appositiveAlone } = await import('../../src/generate/appositive-alone.js');
    const item = { id: 'x', articleId: 'a', factId: 'f', type: 'cloze', question: 'The new species was named after E Somanath, a noted journalist from _____ in recognition of his dedicated reporting on environmental issues.', answer: 'Kerala' } as unknown as Item;
    expect(appositiveAlone(item, [{ value: 'E Somanath', type: 'person' }])).toBeNull();
  });
});

describe('a scheme asked by its name, printed in every other item of its story', () => {
  it('is called "the scheme" in the others, so they can be asked ("… allocated for the scheme for three calendar years")', () => {
    const items = setOfText([
      "Cabinet approves 'One Nation One Subscription' scheme for access to research articles, journals",
      "The Union Cabinet on Monday approved 'One Nation One Subscription', a new scheme for providing country-wide access to scholarly research articles and journal publication.",
      'A total of about Rs 6,000 crore has been allocated for One Nation One Subscription for three calendar years, 2025, 2026 and 2027 as a new Central Sector Scheme.',
    ]);
    expect(items.some((i) => i.answer.includes('One Nation One Subscription'))).toBe(true);
    expect(items.some((i) => /allocated for the scheme for/.test(i.question))).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the level of ties asked, printed in the other items of its story', () => {
  it('is "the partnership" in the others, so they can be asked ("… to take forward the partnership, and finalised _____ agreements")', () => {
    const items = setOfText([
      'India, Philippines elevate ties to strategic partnership',
      'NEW DELHI: India and the Philippines focused on enhancing cooperation in trade and defence as they elevated their relations to a strategic partnership on Tuesday.',
      'The two sides concluded a five-year plan of action to take forward the strategic partnership, and finalised 14 agreements, including three pacts on defence.',
    ]);
    expect(items.some((i) => i.answer === 'strategic partnership')).toBe(true);
    expect(items.some((i) => /to take forward the partnership, and finalised/.test(i.question))).toBe(true);
  });

  it('keeps an "a" before it an article ("upgraded their relations to a partnership", never "to a the partnership")', async () => {
    const { withoutSchemeName } = await import('../../src/generate/unnamed-scheme.js');
    const bar = { id: 'b', articleId: 'a', factId: 'f', type: 'short', answerType: 'term', answer: 'strategic partnership', question: 'To what level did India and Poland upgrade their bilateral relations?' } as unknown as Item;
    const item = { id: 'i', articleId: 'a', factId: 'g', type: 'cloze', answerType: 'place', answer: 'Warsaw', question: 'India and Poland have upgraded their bilateral relations to a “strategic partnership” during the visit to _____.', cloze: 'India and Poland have upgraded their bilateral relations to a “strategic partnership” during the visit to {{c1::Warsaw}}.' } as unknown as Item;
    const renamed = withoutSchemeName(item, bar)!;
    expect(renamed.question).toBe('India and Poland have upgraded their bilateral relations to a partnership during the visit to _____.');
    expect(renamed.cloze).toBe('India and Poland have upgraded their bilateral relations to a partnership during the visit to {{c1::Warsaw}}.');
    expect(withoutSchemeName({ ...item, question: 'An initiative, an “Ayushman Bharat” scheme, _____ said.' } as Item, { ...bar, answer: 'Ayushman Bharat', answerType: 'term', question: '_____, a new scheme for health' } as Item)?.question).toBe('An initiative, a scheme, _____ said.');
  });
});

describe('a scheme renamed in a possessive', () => {
  it('keeps the possessive ("the Flag Consideration Project\'s panel" → "the project\'s panel")', async () => {
    const { withoutSchemeName } = await import('../../src/generate/unnamed-scheme.js');
    const bar = { id: 'b', articleId: 'a', factId: 'f', type: 'cloze', answerType: 'term', answer: 'Flag Consideration Project', question: "The government's _____ has planned a number of conferences.", cloze: "The government's {{c1::Flag Consideration Project}} has planned a number of conferences." } as unknown as Item;
    const item = { id: 'i', articleId: 'a', factId: 'g', type: 'short', answerType: 'person', answer: 'John Burrows', question: "Who was the chairman of the Flag Consideration Project's panel of twelve in May 2015?" } as unknown as Item;
    expect(withoutSchemeName(item, bar)?.question).toBe("Who was the chairman of the project's panel of twelve in May 2015?");
    const owned = { ...item, question: "Who was the chairman of the government's Flag Consideration Project in May 2015?" } as Item;
    expect(withoutSchemeName(owned, bar)?.question).toBe("Who was the chairman of the government's project in May 2015?");
    // (Its kind word in capitals goes with it; a name inside a longer one is left alone.)
    const mission = { ...bar, answer: 'IndiaAI', question: 'The Cabinet approved the _____ Mission on Thursday.', cloze: 'The Cabinet approved the {{c1::IndiaAI}} Mission on Thursday.' } as Item;
    expect(withoutSchemeName({ ...item, question: 'The IndiaAI Mission will have an outlay of _____.' } as Item, mission)?.question).toBe('The mission will have an outlay of _____.');
    expect(withoutSchemeName({ ...item, question: 'The IndiaAI Mission will be implemented by the IndiaAI Independent Business Division under _____.' } as Item, mission)).toBeNull();
    expect(withoutSchemeName({ ...item, answer: 'IndiaAI Independent Business Division', question: 'The IndiaAI Mission will be implemented by _____ under Digital India Corporation.', cloze: 'The IndiaAI Mission will be implemented by {{c1::IndiaAI Independent Business Division}} under Digital India Corporation.' } as Item, mission)).toBeNull();
    // (After its own kind word the name goes: never "the … mission the mission".)
    const moon = { ...bar, answer: 'Chandrayaan-4', question: 'The Union Cabinet approved the _____ mission to the Moon.', cloze: 'The Union Cabinet approved the {{c1::Chandrayaan-4}} mission to the Moon.' } as Item;
    expect(withoutSchemeName({ ...item, question: 'The total fund requirement for the technology demonstration mission "Chandrayaan-4" is _____.' } as Item, moon)?.question).toBe('The total fund requirement for the technology demonstration mission is _____.');
  });
});

describe('a named thing’s record', () => {
  it('is asked, and the other items call the thing by its record instead of its name', () => {
    const bridge = setOfText([
      'PM inaugurates Sudarshan Setu, India’s longest cable-stayed bridge, in Gujarat',
      'Prime Minister Narendra Modi inaugurated Sudarshan Setu on Sunday, India’s longest cable-stayed bridge, connecting Okha to Beyt Dwarka island in Gujarat.',
      'The Sudarshan Setu, linking Okha and Beyt Dwarka island, has been completed at a cost of Rs 979 crore.',
      'Sudarshan Setu features a distinctive design, adorned with verses from the Bhagavad Gita and images of Lord Krishna on both sides of the footpath.',
    ]);
    expect(bridge.map((i) => [i.question, i.answer])).toContainEqual(['Which is India’s longest cable-stayed bridge?', 'Sudarshan Setu']);
    expect(bridge.some((i) => i.question.includes('India’s longest cable-stayed bridge features'))).toBe(true);
    const lagoon = setOfText([
      'Migratory birds flock to Chilika in record numbers',
      'Lake Chilika, the largest brackish water lagoon in Asia, recorded 11.3 lakh migratory birds in this year’s census, the Odisha forest department said on Monday.',
      'Chilika is home to the Irrawaddy dolphin, and its Nalabana island was declared a bird sanctuary in 1987.',
      'The census was carried out by 21 teams at Chilika on January 5, officials said.',
    ]);
    const asked = lagoon.flatMap((i) => recalled(i));
    expect(asked.filter((a) => /Chilika/.test(a)).length).toBeLessThanOrEqual(1);
  });
});

describe('a site the set asks, named by its kind', () => {
  it('is called "the sanctuary" in the other items, which stay in the set', () => {
    const set = setOfText([
      'Two tigers get new home in Rajasthan’s Ramgarh Vishdhari Sanctuary',
      'April 20, 2025 - JAIPUR',
      'Two tigers from Ranthambore, T-110 and T-115, found a new home on Sunday when forest officials released them into the Ramgarh Vishdhari Sanctuary.',
      'Earlier in the day, the two tigers were transported by road to Ramgarh Vishdhari Sanctuary, located over 180 kilometres from Ranthambore.',
      'Currently, Ranthambore houses 75 tigers, including 20 cubs, while two have now been moved to Ramgarh Vishdhari Sanctuary.',
      'The state forest department began the relocation programme in 2008.',
    ]);
    expect(set.flatMap((i) => i.answers ?? [i.answer])).toContain('Ramgarh Vishdhari Sanctuary');
    expect(set.some((i) => /transported by road to the sanctuary, located over/.test(i.question))).toBe(true);
  });
});

describe('a final won by beating a side the headline names', () => {
  it('asks the winner, never only the side beaten ("by defeating England by six wickets in the Ashes Cup 2025 final")', () => {
    const set = setOfText([
      'Australia beat England by six wickets to lift the Ashes Cup',
      'November 3, 2025',
      'Australia secured a memorable win in Sydney by defeating England by six wickets in the Ashes Cup 2025 final at the Sydney Cricket Ground, lifting their fifth trophy in front of a packed crowd.',
      'Captain Heather Knight stood tall with a century for England, scoring 104 in a losing cause.',
      'Ellyse Perry added a vital 58 runs in the middle order and ensured Australia capitalised on their strong start.',
      'Alana King picked up three wickets to cap a dream performance in the final.',
    ]);
    expect(set.flatMap((i) => i.answers ?? [i.answer])).toContain('Australia');
  });
});

describe('a site asked as the Nth of its kind', () => {
  it('is called by that place in the count in the other items, which stay in the set ("Madhya Pradesh’s eighth tiger reserve has the core area of …")', () => {
    const set = setOfText([
      'Ratapani forest notified as tiger reserve',
      'December 3, 2024 - BHOPAL',
      'The state government has notified Ratapani forest in Raisen district as a tiger reserve, officials said on Tuesday.',
      'Following directives of the Chief Minister, the Ratapani forest has been declared as the eighth tiger reserve of the state, the release said.',
      'The total area of the Ratapani Tiger Reserve will be 1,271.465 square kilometres, it said.',
      'The Ratapani Tiger Reserve has a core area of 763.812 sq km and a buffer area of 507.653 sq km, it said.',
    ]);
    expect(set.map((i) => [i.question, i.answer])).toContainEqual(['Which was declared as Madhya Pradesh’s eighth tiger reserve?', 'Ratapani Tiger Reserve']);
    expect(set.some((i) => /^Madhya Pradesh’s eighth tiger reserve has a core area of /.test(i.question))).toBe(true);
    expect(set.filter((i) => i.answer !== 'Ratapani Tiger Reserve' && /Ratapani/.test(i.question))).toEqual([]);
  });
});

describe('a list of people asked whole', () => {
  it('leaves each one\'s own deed, told in another sentence, to be asked ("Who were selected for the Khel Ratna?" and "Who was the youngest …?")', () => {
    const items = setOfText([
      'Four players to get Khel Ratna',
      'January 2, 2025 - NEW DELHI',
      "Double-Olympic medalist Manu Bhaker, World Chess Champion D Gukesh, Indian men's hockey team captain Harmanpreet Singh and Paralympian Praveen Kumar are to be honoured with the Major Dhyan Chand Khel Ratna award on January 17.",
      'The sports ministry also revealed the list of Arjuna Awardees which includes 32 athletes.',
      'Bhaker became the first Indian athlete to win two medals in a single Olympic edition.',
      '18-year-old Gukesh became the youngest player to win the World Chess Championship in December.',
    ]);
    const answers = items.map((i) => i.answer);
    expect(answers).toContain('Manu Bhaker, D Gukesh, Harmanpreet Singh and Praveen Kumar');
    expect(answers).toContain('D Gukesh');
    expect(answers).toContain('Manu Bhaker');
    // (One of two asked together is still the pair's: no second item of either.)
    const pair = setOfText([
      'Two scientists get Shanti Swarup Bhatnagar Prize',
      'January 2, 2025 - NEW DELHI',
      'Physicist Asha Rao and chemist Vikram Sen have been selected for the Shanti Swarup Bhatnagar Prize for 2024.',
      'Rao became the first woman to head the Raman Research Institute in March.',
    ]).map((i) => i.answer);
    expect(pair.filter((a) => /Asha Rao/.test(a))).toHaveLength(1);
  });
});

describe('a disaster told district by district', () => {
  const cyclone = [
    'Cyclone Dana makes landfall in Odisha, two dead',
    'October 25, 2024 - BHUBANESWAR',
    'Cyclone Dana made landfall on the Odisha coast near Bhitarkanika on Friday, killing two people in the coastal districts.',
    'Officials moved 5,84,888 people to 6,210 cyclone shelters in 14 coastal districts ahead of the landfall. Winds of up to 110 km per hour uprooted trees across the coast.',
    'A woman died at Kusunpur village in Kendrapara district when a wall collapsed on her.',
    'Kendrapara district collector Raghuram Iyer said 120 villages in the district were flooded.',
  ];
  it('asks the whole story\'s figures, not one village\'s or one district\'s', () => {
    const items = setOfText(cyclone);
    const answers = items.flatMap(recalled);
    expect(answers).toContain('5,84,888');
    expect(answers).not.toContain('Kendrapara');
    expect(answers).not.toContain('120');
  });
});

describe('two figures alike in one sentence', () => {
  it('ask the first, the one the sentence tells ("evacuated _____ people to 507 relief centres")', async () => {
    const { centralFirst } = await import('../../src/generate/select-set.js');
    const sentence = 'Officials evacuated 19,305 people to 507 relief centres in the five districts.';
    const at = (answer: string, id: string) => ({ id, articleId: 'a', pattern: 'cloze', question: '', answer, answerType: 'number', sentence, sentenceIndex: 2, score: 0.5, cloze: sentence.replace(answer, `{{c1::${answer}}}`) }) as unknown as Fact;
    const people = at('19,305', 'f-z');
    const centres = at('507', 'f-a');
    expect([centres, people].sort(centralFirst(() => 0.4))[0]).toBe(people);
    expect([people, centres].sort(centralFirst(() => 0.4))[0]).toBe(people);
    // (Not two names: their order stays the ids'.)
    const court = { ...people, id: 'f-z', answer: 'Supreme Court', answerType: 'organisation', cloze: 'elevated to the {{c1::Supreme Court}} from the Delhi High Court' } as Fact;
    const high = { ...people, id: 'f-a', answer: 'Delhi High Court', answerType: 'organisation', cloze: 'elevated to the Supreme Court from the {{c1::Delhi High Court}}' } as Fact;
    expect([court, high].sort(centralFirst(() => 0.4))[0]).toBe(high);
  });
});

describe('a lead that tells a headline person\'s news with figures', () => {
  it('asks the person, not the figures ("Supreme Court acquits Ramesh Yadav …" → not "the _____ verdict")', () => {
    const items = setOf('written/court-acquittal.txt');
    expect(recalled(items[0])).toContain('Ramesh Yadav');
  });
});
