import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('rank: a rank in a named index', () => {
  it('asks the rank of a country in a named index, with the field it was ranked among', () => {
    const gii = factsOf(['India has retained its 40th position among 132 economies in the Global Innovation Index (GII) 2023, released by WIPO on Wednesday.'], { date: '2023-09-27' });
    expect(ask(gii, 'rank')).toEqual([['What was India’s rank among 132 economies in the Global Innovation Index (GII) 2023?', '40th']]);
    const hunger = factsOf(['India slipped to 111th rank among 125 countries in the Global Hunger Index 2023.']);
    expect(ask(hunger, 'rank')).toEqual([['What was India’s rank among 125 countries in the Global Hunger Index 2023?', '111th']]);
    const ascended = factsOf(['India has ascended to the 39th rank among 133 economies in the Global Innovation Index (GII) 2024, as revealed by WIPO.']);
    expect(ask(ascended, 'rank')).toEqual([['What was India’s rank among 133 economies in the Global Innovation Index (GII) 2024?', '39th']]);
  });

  it('reads a rank a place "holds" or "held" ("India holds the 39th position in the Global Innovation Index (GII) 2024")', () => {
    expect(ask(factsOf(['According to the index released on Thursday, India holds the 39th position in the Global Innovation Index (GII) 2024, up from 81st in 2015.']), 'rank')).toEqual([['What was India’s rank in the Global Innovation Index (GII) 2024?', '39th']]);
    expect(ask(factsOf(['Finland held the top position, while India held the 126th position in the World Happiness Report 2024.']), 'rank')).toContainEqual(['What was India’s rank in the World Happiness Report 2024?', '126th']);
  });

  it('reads a rank said as "the Nth most/least … country" ("India is the 96th most corrupt country in the world among 180 nations, …, according to the latest released … Index")', () => {
    const corrupt = factsOf(['India is the 96th most corrupt country in the world among 180 nations, sharing the spot with Gambia and Maldives, according to the latest released Corruption Perceptions Index (CPI) for 2024.']);
    expect(ask(corrupt, 'rank')).toEqual([['What was India’s rank among 180 nations in the Corruption Perceptions Index (CPI) for 2024?', '96th']]);
    const peaceful = factsOf(['Pakistan was the 140th least peaceful nation among 163 countries in the Global Peace Index 2024, released by the Institute for Economics and Peace.']);
    expect(ask(peaceful, 'rank')).toEqual([['What was Pakistan’s rank among 163 countries in the Global Peace Index 2024?', '140th']]);
    // (A superlative with no index named is no rank: "the third largest economy in the world".)
    expect(ask(factsOf(['India is the fifth largest economy in the world among 190 nations, the minister said.']), 'rank')).toEqual([]);
  });

  it('asks a campus\'s rank it "has risen significantly from its 149th rank last year to", the campus named after a comma', () => {
    const facts = factsOf(['The Indian Institute of Technology, Bombay has risen significantly from its 149th rank last year to 118th rank this year in the QS World University Rankings, with an overall score of 56.3.'], { title: 'IIT Bombay rises 31 places to rank 118th in QS World University Rankings 2025' });
    expect(ask(facts, 'rank')).toContainEqual([expect.stringMatching(/^What was IIT Bombay’s rank in the QS World University Rankings/), '118th']);
    // (So is a campus after its network's short form, an old city name and two in one sentence.)
    const two = factsOf(['Indian Institute of Science (IISc) Bengaluru is in the second spot followed by Indian Institute of Technology (IIT) Bombay.']);
    expect(two.filter((f) => f.pattern === 'cloze').map((f) => f.answer)).toContain('IIT Bombay');
    // (A person after an institute's comma is no campus: "at the Indian Institute of Science, Gadgil founded …".)
    const person = factsOf(['In the course of his career, at the Indian Institute of Science, Gadgil founded the Centre for Ecological Sciences.']);
    expect(person.map((f) => f.answer)).not.toContainEqual(expect.stringMatching(/Gadgil$/));
  });

  it('reads the rank a place\'s ranking moves to ("saw India\'s ranking jump to 66"), and never a rank in one area set before it ("In FDI net inflows, India stood at 86th")', () => {
    const facts = factsOf([
      'The Global Innovation Index, co-published by Cornell University and WIPO, saw Brazil\'s ranking jump to 54 this year from 69 in 2015.',
      'In foreign direct investment net inflows, Brazil stood at 31st place from the last year\'s position of 40.',
      'In market sophistication, Brazil was ranked 12th.',
    ], { title: 'Global Innovation Index: Brazil moves up to 54th rank this year' });
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual([expect.stringMatching(/^What was Brazil’s rank in the Global Innovation Index/), '54']);
    expect(asked.map(([, a]) => a)).not.toContain('31st');
    expect(asked.map(([, a]) => a)).not.toContain('12th');
  });

  it('reads a move on an index "to take the Nth position" ("has slipped six places on the Global Hunger Index (GHI) to take the 107th position out of 121 countries")', () => {
    const facts = factsOf(['Pakistan has slipped four places on the Global Hunger Index (GHI) to take the 99th position out of 121 countries.'], { title: 'Global Hunger Index 2022: Pakistan slips further' });
    expect(ask(facts, 'rank')).toContainEqual(['What was Pakistan’s rank out of 121 countries in the Global Hunger Index 2022?', '99th']);
  });

  it('reads a fall by "one notch" to a rank on an index written in lower case ("has fallen one notch to the 87th position … on the economic freedom index")', () => {
    const facts = factsOf(['Brazil has fallen one notch to the 92nd position out of 165 countries on the economic freedom index, according to a report released on Thursday.']);
    expect(ask(facts, 'rank')).toContainEqual([expect.stringMatching(/^What was Brazil’s rank out of 165 countries in the economic freedom index\b/), '92nd']);
    // (Not any lower-case phrase before "index": "the consumer price index" is no ranking, nor is there a rank.)
    expect(ask(factsOf(['Retail inflation as measured by the consumer price index rose to 5.1 per cent.']), 'rank')).toEqual([]);
  });

  it('reads a rank with the day inside its verb and the edition after "for" ("was on Wednesday ranked 52nd on the … Index for 2019")', () => {
    expect(ask(factsOf(['India was on Wednesday ranked 52nd on the Global Innovation Index for 2019, released in New Delhi.'], { title: 'India moves up five places to 52nd in the Global Innovation Index' }), 'rank')).toContainEqual(['What was India’s rank in the Global Innovation Index 2019?', '52nd']);
  });

  it('reads the rank an "it" moved up to after the one country its sentence names ("while India ranked 135 in 2021, it had moved up to 134 in 2022")', () => {
    const facts = factsOf(['India has moved up a rank on the global Human Development Index (HDI), according to the UNDP report released on March 13.', 'The report stated that while India ranked 135 in 2021, it had moved up to 134 in 2022.'], { title: 'India ranks 134th in global human development index, says UNDP report' });
    expect(ask(facts, 'rank')).toContainEqual(['What was India’s rank in the Human Development Index 2022?', '134']);
    // (Not where two countries came before it: which one "it" is, the key cannot say.)
    const two = factsOf(['India has moved up a rank on the global Human Development Index (HDI), according to the UNDP report.', 'While India ranked 135 and Nepal 146 in 2021, it had moved up to 134 in 2022.'], { title: 'India ranks 134th in global human development index, says UNDP report' });
    expect(ask(two, 'rank').map(([, a]) => a)).not.toContain('134');
  });

  it('dates an index named without its year, and says "the" where the name takes it', () => {
    const press = factsOf(['The United States was ranked 45th in the World Press Freedom Index this year.'], { date: '2024-05-03' });
    expect(ask(press, 'rank')).toEqual([['What was the United States’ rank in the World Press Freedom Index in May 2024?', '45th']]);
    const happy = factsOf(['Finland ranks first in the World Happiness Report for the seventh year in a row.'], { date: '2024-03-20' });
    expect(ask(happy, 'rank')).toEqual([['What was Finland’s rank in the World Happiness Report in March 2024?', 'first']]);
  });

  it('asks a rank the world gives by a count ("the 6th position globally for the most number of …")', () => {
    const sites = factsOf(['India now stands at the 9th position globally for the most number of Ramsar sites.'], { date: '2025-02-02' });
    expect(ask(sites, 'rank')).toEqual([['What was India’s rank in the world for the most Ramsar sites in February 2025?', '9th']]);
  });

  it('asks who topped an index, a tally or a chart the sentence names ("with Kerala leading the chart")', () => {
    const tops = (text: string) => ask(factsOf([text]), 'rank').filter(([q]) => / topped /.test(q));
    expect(tops('A learning outcomes index (LOI) score was worked out for every state, with Kerala leading the chart, followed by Goa.')).toEqual([['Which state topped the learning outcomes index (LOI)?', 'Kerala']]);
    expect(tops('India topped the medal tally at the Asian Para Games in Hangzhou with 29 gold medals.')).toEqual([['Which country topped the medal tally?', 'India']]);
    expect(tops('The Indian Institute of Technology Madras has topped the National Institutional Ranking Framework Index for the sixth year.')).toEqual([
      ['Which institute topped the National Institutional Ranking Framework Index?', 'Indian Institute of Technology Madras'],
    ]);
    // (Not a chart nothing names, nor one led by a person.)
    expect(tops('The song went on to top the charts, with Arjun Rao leading the chart in Mumbai.')).toEqual([]);
    expect(tops('Maharashtra has topped the chart again this year, officials said.')).toEqual([]);
    // (Nor a chart led in one part only: first "for" something, "in" somewhere.)
    const part = (text: string) => ask(factsOf(['Brazil has moved to Tier 1 in the Global Water Readiness Index (GWRI) 2025.', text], { title: 'Brazil moves to Tier 1 in Global Water Readiness Index 2025' }), 'rank').filter(([q]) => / topped /.test(q));
    expect(part('Brazil topped the chart for adopting measures like storage and recycling as areas of strength.')).toEqual([]);
    expect(part('Chile topped the list in South America, ahead of Peru.')).toEqual([]);
    expect(part('Denmark topped the list in 2025, ahead of Finland.')).toEqual([['Which country topped the Global Water Readiness Index 2025?', 'Denmark']]);
    expect(part('Denmark topped the list for the ninth year in a row.')).toEqual([['Which country topped the Global Water Readiness Index 2025?', 'Denmark']]);
  });

  it('asks the headline\'s index rank told by a participle after its owner\'s name ("…, rising to 39th place")', () => {
    const facts = factsOf(['Kenya has improved its position on the United Nations\' (UN) Digital Trade & Services Index 2025, rising to 41st place from 60th in the previous edition.', 'The United Kingdom topped the list, with Singapore second.'], {
      title: 'Kenya Climbs to 41st Place on UN Digital Trade & Services Index 2025',
    });
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual(['What was Kenya’s rank in the UN Digital Trade & Services Index 2025?', '41st']);
    expect(asked).toContainEqual(['Which country topped the UN Digital Trade & Services Index 2025?', 'United Kingdom']);
  });

  it('asks who emerged as the top performer of a named index, with the sentence\'s own predicate ("has emerged as the top performer in …")', () => {
    const top = (text: string, title = 'Test article') => ask(factsOf([text], { title }), 'rank').filter(([q]) => / (?:top|best)/.test(q));
    expect(top('Bengaluru has emerged as the top performer in the Million+ category in the Ease of Living Index 2020, followed by Pune, Ahmedabad and Chennai.', 'Bengaluru tops Ease of Living Index')).toEqual([
      ['Which city has emerged as the top performer in the Million+ category in the Ease of Living Index 2020?', 'Bengaluru'],
    ]);
    expect(top('Kerala was adjudged the best-performing state in the SDG India Index 2023-24 released by NITI Aayog on Friday.')).toEqual([['Which was adjudged the best-performing state in the SDG India Index 2023-24?', 'Kerala']]);
    // (Several at the top are no first, only the set of them; nor a best with no index named.)
    expect(top('Gujarat, Maharashtra and Goa have emerged as the top three states in the Good Governance Index 2020-21.')).toEqual([['Which three states emerged as the top three in the Good Governance Index 2020-21?', 'Gujarat, Maharashtra and Goa']]);
    expect(top('Indore has emerged as the best city for street food, a survey by travellers found.')).toEqual([]);
    // (Nor the last of a pair or a list that share the top: "Uttarakhand and Kerala have emerged as …".)
    expect(top("Uttarakhand and Kerala have emerged as the top performer states in NITI Aayog's SDG India Index 2023-24, while Bihar came last.")).toEqual([]);
    expect(top('Pune, Surat and Indore have been named the best cities in the Ease of Living Index 2024.')).toEqual([]);
  });

  it('asks nothing of a rank with no index named', () => {
    expect(byPattern(factsOf(['Singapore was ranked fifth, the highest among Asian economies in the survey.']), 'rank')).toEqual([]);
  });
});

const ranks = (text: string) => byPattern(factsOf([text], { date: '2025-05-02' }), 'rank').map((f) => [f.question, f.answer]);

describe('rank: the edition year before the index, the index before the subject', () => {
  it('"secured the 151st position out of 180 countries in the 2025 World Press Freedom Index"', () => {
    expect(ranks('India has secured the 151st position out of 180 countries in the 2025 World Press Freedom Index released on Friday.')).toEqual([
      ['What was India’s rank out of 180 countries in the 2025 World Press Freedom Index?', '151st'],
    ]);
  });

  it('"According to the 2024 Global Innovation Index, India retained its 39th rank among 133 economies"', () => {
    expect(ranks('According to the 2024 Global Innovation Index released by WIPO, India retained its 39th rank among 133 economies.')).toEqual([
      ['What was India’s rank among 133 economies in the 2024 Global Innovation Index?', '39th'],
    ]);
  });

  it('asks nothing when the index is not what the sentence is ranked in', () => {
    expect(ranks('Unlike the Global Innovation Index, which covers patents, the survey found India ranked 40th among 50 cities.')).toEqual([]);
  });

  it('and the subject question that asks the same fact the other way round is not made', () => {
    const facts = factsOf(['India has secured the 151st position out of 180 countries in the 2025 World Press Freedom Index released on Friday.'], { date: '2025-05-02' });
    expect(byPattern(facts, 'subject').filter((f) => f.answer === 'India')).toEqual([]);
  });
});

describe('rank: a bare number before "out of"', () => {
  it('asks the rank of "ranked 131 out of 148 countries in the … Report"', () => {
    const facts = factsOf(["India has ranked 131 out of 148 countries in the World Economic Forum's Global Gender Gap Report 2025, slipping two places from its position last year."]);
    expect(ask(facts, 'rank')).toContainEqual(["What was India’s rank out of 148 countries in the World Economic Forum's Global Gender Gap Report 2025?", '131']);
    // (A bare number with nothing after it is no rank.)
    expect(ask(factsOf(['India has ranked 131 in the Global Gender Gap Report 2025 on women in parliament.']), 'rank')).toEqual([]);
  });
});
describe('rank: "<name>\'s rank has slipped six places to 86th …"', () => {
  it('asks the rank after a move by so many places, in an index the article writes in lower case with its short form', () => {
    const facts = factsOf(["India's rank has slipped six places to 86th among 180 countries in a corruption perception index (CPI) in 2020."]);
    expect(ask(facts, 'rank')).toEqual([['What was India’s rank among 180 countries in the corruption perception index (CPI) in 2020?', '86th']]);
    expect(ask(factsOf(['Pakistan climbed 8 spots to 124th in the Global Peace Index 2024.']), 'rank')).toEqual([['What was Pakistan’s rank in the Global Peace Index 2024?', '124th']]);
    // ("climbed five places to secure the 91st position": a verb of holding it after the move.)
    expect(ask(factsOf(['India has climbed five places to secure the 91st position out of 182 countries and territories on the Corruption Perceptions Index (CPI) 2025 released by Transparency International on Tuesday.']), 'rank')).toEqual([
      ['What was India’s rank out of 182 countries and territories in the Corruption Perceptions Index (CPI) 2025?', '91st'],
    ]);
    expect(ask(factsOf(['Singapore jumped three spots to reach the 12th position in the Global Innovation Index 2024.']), 'rank')).toEqual([['What was Singapore’s rank in the Global Innovation Index 2024?', '12th']]);
    // (An index in lower case with no short form is no name to ask about.)
    expect(ask(factsOf(["India's rank has slipped six places to 86th among 180 countries in a survey of business executives."]), 'rank')).toEqual([]);
  });
});

describe('rank: "to rank 63 out of 190", an index its maker owns, a clause before it', () => {
  it('"jumped 14 spots to rank 63 out of 190 nations, with a … score of 71 in the World Bank’s Ease of Doing Business index"', () => {
    const facts = factsOf(['India jumped 14 spots to rank 63 out of 190 nations, with a Doing Business score of 71 in the World Bank’s Ease of Doing Business index on Thursday.']);
    expect(ask(facts, 'rank')).toEqual([['What was India’s rank out of 190 nations in the World Bank’s Ease of Doing Business index in June 2015?', '63']]);
    expect(ask(facts, 'quantity')).toContainEqual(['How many spots did India jump in the World Bank’s Ease of Doing Business index?', '14']);
  });

  it('"was 31st on the Ease of Doing Business Index", "was placed 108th in the Global Peace Index"', () => {
    expect(ask(factsOf(['On the other hand, China was 31st on the Ease of Doing Business Index, with a score of 77.9.']), 'rank')).toEqual([['What was China’s rank in the Ease of Doing Business Index in June 2015?', '31st']]);
    expect(ask(factsOf(['Pakistan was placed 149th in the Global Peace Index released on Tuesday.']), 'rank')).toEqual([['What was Pakistan’s rank in the Global Peace Index in June 2015?', '149th']]);
  });
});

describe('rank: "has reached the 38th spot"', () => {
  it('asks the rank', () => {
    expect(ask(factsOf(['India has reached the 38th spot on World Bank’s Logistics Performance Index.']), 'rank')).toEqual([['What was India’s rank in the World Bank’s Logistics Performance Index in June 2015?', '38th']]);
  });
});

describe('rank: the index between the rank and its verb', () => {
  it('"India\'s rank on the World Economic Forum\'s Travel & Tourism Development Index 2024 has risen to 39th place"', () => {
    expect(ask(factsOf(["India's rank on the World Economic Forum's Travel & Tourism Development Index 2024 has risen to 39th place, according to the forum."]), 'rank')).toEqual([
      ["What was India’s rank in the World Economic Forum's Travel & Tourism Development Index 2024?", '39th'],
    ]);
  });
});

describe('rank: an adverb before "ranked", an aside after the rank, "as per" the index', () => {
  it('"is now ranked eighth, after jumping up two spots, as per the … Index (CCPI, 2023)"', () => {
    expect(ranks('India is now ranked eighth, after jumping up two spots, as per the Climate Change Performance Index (CCPI, 2023) published by Germanwatch.')).toEqual([
      ['What was India’s rank in the Climate Change Performance Index (CCPI, 2023)?', 'eighth'],
    ]);
  });

  it('"was again ranked 3rd according to the …", "has been ranked 2nd, having climbed four places, in the …"', () => {
    expect(ranks('Singapore was again ranked 3rd according to the Global Competitiveness Report 2024 of the IMD.')).toEqual([
      ['What was Singapore’s rank in the Global Competitiveness Report 2024?', '3rd'],
    ]);
    expect(ranks('Kerala has been ranked 2nd, having climbed four places, in the SDG India Index 2024.')).toEqual([
      ['What was Kerala’s rank in the SDG India Index 2024?', '2nd'],
    ]);
  });
});

describe('rank: "has fallen to", "has risen to" the rank', () => {
  it('"India has fallen to the 82nd rank in the 2026 Global Mobility Index"', () => {
    expect(ask(factsOf(['India has fallen to the 82nd rank in the 2026 Global Mobility Index, offering visa-free access to 58 countries.']), 'rank')).toContainEqual([
      'What was India’s rank in the 2026 Global Mobility Index?',
      '82nd',
    ]);
    expect(ask(factsOf(['Kerala has risen to the third position in the State Energy Efficiency Index 2024.']), 'rank').map(([, a]) => a)).toContain('third');
  });
});

describe('rank: "X\'s rise to the Nth position in …" as a noun', () => {
  it('"India\'s rise to the 41st position in the 2026 Global Talent Index cemented …"', () => {
    expect(ask(factsOf(['India’s rise to the 41st position in the 2026 Global Talent Index cemented its place among lower-middle-income economies, a report said.']), 'rank')).toContainEqual([
      'What was India’s rank in the 2026 Global Talent Index?',
      '41st',
    ]);
  });
});

describe('rank: told after the headline named the index', () => {
  it('asks the rank in the index the headline names, its small title-case words left out', () => {
    const facts = factsOf(['IIT Madras has climbed more than 40 places in two years, ranking 110th this year compared with 150 and 170 before.'], {
      title: 'IIT Madras Best-Ranked Indian Institution In QS World University Rankings 2026',
      date: '2025-06-19',
    });
    expect(ask(facts, 'rank')).toEqual([['What was IIT Madras’ rank in the QS World University Rankings 2026?', '110th']]);
  });

  it('asks the rank in the index its own sentence named before it, with what it is out of', () => {
    const facts = factsOf(['Kenya has entered the top 50 countries in the global Food Security Index, ranking 48th out of 113 countries, according to a report released on Monday.'], { title: 'Kenya climbs in food security report', date: '2025-03-10' });
    expect(ask(facts, 'rank')).toEqual([['What was Kenya’s rank out of 113 countries in the Food Security Index in March 2025?', '48th']]);
  });

  it('asks the headline subject’s rank told with no index named ("India stands at 80th place")', () => {
    const facts = factsOf(['In this year’s rankings, Brazil stands at 17th place, with access to 170 destinations. Last year it was ranked 18th.'], {
      title: 'Brazil ranks 17th in Global Passport Power Index 2026',
      date: '2026-01-14',
    });
    expect(ask(facts, 'rank')).toEqual([['What was Brazil’s rank in the Global Passport Power Index 2026?', '17th']]);
    // (Only the headline's subject: another's rank may be in another index, or none.)
    const other = factsOf(['Chile is ranked 15th, the best placed in Latin America.'], { title: 'Brazil ranks 17th in Global Passport Power Index 2026', date: '2026-01-14' });
    expect(ask(other, 'rank')).toEqual([]);
  });

  it('asks a move to a rank, in the index the article names where the headline writes it in lower case, of the year the sentence gives', () => {
    const facts = factsOf([
      'A global report released on Tuesday has found that Brazil has slipped to the 23rd rank in 2025 from 10th last year.',
      'The Climate Action Performance Index (CAPI) has been providing annual analysis of countries since 2005.',
    ], { title: 'Brazil slips to 23rd in global climate action performance index', date: '2025-11-18' });
    expect(ask(facts, 'rank')).toEqual([['What was Brazil’s rank in the Climate Action Performance Index 2025?', '23rd']]);
  });

  it('asks a past "ranked 141st … in the overall rating" in the index the lead named, with the edition written before it', () => {
    const facts = factsOf([
      'Kenya is among the nations with the lowest scores in the 2026 Ocean Health Index (OHI), which was released in Nairobi.',
      'Kenya ranked 141st out of 160 nations in the overall rating, ahead of only Somalia.',
    ], { title: 'Kenya’s ocean health among the worst: OHI report' });
    expect(ask(facts, 'rank')).toEqual([['What was Kenya’s rank out of 160 nations in the 2026 Ocean Health Index?', '141st']]);
    // (A rank in one part of the index is still not its rank.)
    const part = factsOf(['Kenya is among the nations with the lowest scores in the 2026 Ocean Health Index (OHI).', 'Kenya ranked 150th in the fisheries category.'], { title: 'Kenya’s ocean health among the worst: OHI report' });
    expect(ask(part, 'rank')).toEqual([]);
  });

  it('asks a rank in brackets after the name ("India (ranked 9th)"), in the index the article names with its edition after it', () => {
    const facts = factsOf([
      'During the summit, the Bonn group Climatewatch released its Flood Exposure Index Report 2026 on the costs of floods.',
      'The report states that 30% of the world lives in the 12 worst-hit countries. This group includes Kenya (ranked 7th) and Chad (ranked 12th).',
    ], { title: 'Kenya ranks 7th among flood-hit countries' });
    expect(ask(facts, 'rank')).toEqual([['What was Kenya’s rank in the Flood Exposure Index Report 2026?', '7th']]);
  });

  it('asks nothing where the headline names no index', () => {
    expect(ask(factsOf(['IIT Madras has climbed more than 40 places in two years, ranking 110th this year.'], { title: 'IIT Madras climbs again' }), 'rank')).toEqual([]);
  });
});

describe('rank: a rank after another verb of its subject ("has shown progress and now ranks 115th")', () => {
  it('is asked of the sentence’s opening name, in the index the story names', () => {
    const asked = (title: string, text: string) => byPattern(factsOf([text], { date: '2025-06-18', title }), 'rank').map((f) => [f.question, f.answer]);
    expect(asked('Global Peace Index 2025: where India stands', 'India has shown slight progress and now ranks 115th globally, with a score of 2.229.')).toEqual([
      ['What was India’s rank in the Global Peace Index 2025?', '115th'],
    ]);
    expect(asked('World Press Freedom Index 2025: Nepal ahead of India', 'Nepal has improved its score and now ranks 90th, ahead of all its neighbours.')).toEqual([
      ['What was Nepal’s rank in the World Press Freedom Index 2025?', '90th'],
    ]);
    // (Not where another name stands between: whose rank it is, the sentence leaves open.)
    expect(asked('Global Peace Index 2025: where India stands', 'India has overtaken Pakistan and now ranks 115th globally.')).toEqual([]);
    // (Nor a rank in one part of the index: "… and ranks 110th in that category".)
    expect(asked('India ranks 131st in Global Gender Gap Index 2025', 'India has achieved 97.1 parity in educational attainment and ranks 110th in that category.')).toEqual([]);
  });
});

describe('rank: a move from one rank to another in a participle clause', () => {
  it('asks the rank moved to, of the sentence’s opening name, with the edition the sentence gives', () => {
    const facts = factsOf([
      'Denmark tops the latest Global Wellbeing Report, released on Monday.',
      'Brazil has made steady progress, climbing from 61st place in 2024 to 49th in 2025.',
    ], { title: 'Denmark tops wellbeing list; Brazil rises to 49th' });
    expect(ask(facts, 'rank')).toContainEqual(['What was Brazil’s rank in the Global Wellbeing Report 2025?', '49th']);
  });

  it('with how many places first, of a country by its demonym ("The Indian passport …, climbing eight places, from 85th to 77th, …")', () => {
    const passport = factsOf(['The Indian passport has made the largest jump, climbing eight places, from 85th to 77th, after dropping five spots last year, according to the Henley Passport Index 2025.'], { title: 'Indian passport jumps 8 places in Henley Passport Index 2025' });
    expect(ask(passport, 'rank')).toContainEqual(['What was India’s rank in the Henley Passport Index 2025?', '77th']);
    const economy = factsOf(['The Chilean economy has done well, slipping three places, from 21st to 24th, in the Global Wellbeing Report 2025.'], { title: 'Chilean economy slips in Global Wellbeing Report 2025' });
    expect(ask(economy, 'rank').map(([, a]) => a)).toContain('24th');
  });

  it('asks a drop "to 24th place" of the headline’s subject, but not of another country', () => {
    const title = 'Chile drops to 24th place in Global Wellbeing Report';
    const facts = factsOf(['Denmark tops the Global Wellbeing Report this year.', 'In contrast, Chile dropped to 24th place, its lowest ranking yet, while Peru ranked 23rd.'], { title, date: '2025-03-20' });
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual(['What was Chile’s rank in the Global Wellbeing Report in March 2025?', '24th']);
    expect(asked.map(([, a]) => a)).not.toContain('23rd');
  });
});

describe('rank: a rank in something else the sentence names', () => {
  it('is not the headline index’s rank ("the fourth position in the WIPO Cluster Ranking", "seventh globally in intangible asset intensity")', () => {
    const title = 'Brazil climbs 12 spots in Global Wellbeing Index, ranks 31st';
    const facts = factsOf([
      'Brazil has climbed 12 positions in the Global Wellbeing Index since 2016 and now ranks 31st out of 120 economies.',
      'Additionally, Brazil has secured the fourth position in the Regional Science and Technology (S&T) Cluster Ranking, the report added.',
      'Brazil also ranks seventh globally in intangible asset intensity, as per the report.',
    ], { title, date: '2025-09-27' });
    const answers = ask(facts, 'rank').map(([, a]) => a);
    expect(answers).toContain('31st');
    expect(answers).not.toContain('fourth');
    expect(answers).not.toContain('seventh');
  });
});

describe('rank: the edition the headline gives the index', () => {
  it('is asked where the sentence names the index without its year', () => {
    const facts = factsOf(['The Global Thirst Index (GTI), a tool used by aid agencies across 127 countries, has ranked Chile 95th, which places it under the serious category.'], { title: 'Chile ranks 95th in Global Thirst Index 2024, labelled as serious' });
    expect(ask(facts, 'rank')).toContainEqual(['What was Chile’s rank in the Global Thirst Index 2024?', '95th']);
  });
});

describe('rank: a rank of an earlier year', () => {
  it('is dated by the year its sentence opens on ("In 2018, India had ranked 77th …")', () => {
    const title = 'Peru jumps 9 places to 41st on Global Trade Openness ranking';
    const facts = factsOf(['Peru jumped 9 spots to rank 41 out of 150 nations in the Global Trade Openness Index on Monday.', 'In 2019, Peru had ranked 50th out of 150 countries.'], { title, date: '2021-10-04' });
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual(['What was Peru’s rank out of 150 countries in the Global Trade Openness Index in 2019?', '50th']);
    expect(asked.some(([q, a]) => a === '50th' && !q.includes('2019'))).toBe(false);
  });

  it('is not asked undated ("Earlier, Peru had ranked 50th …" is no rank of today)', () => {
    const title = 'Peru jumps 9 places to 41st on Global Trade Openness ranking';
    const facts = factsOf(['Peru jumped 9 spots to rank 41 out of 150 nations in the Global Trade Openness Index on Monday.', 'Peru had ranked 50th out of 150 countries.'], { title, date: '2021-10-04' });
    const answers = ask(facts, 'rank').map(([, a]) => a);
    expect(answers).toContain('41');
    expect(answers).not.toContain('50th');
  });
});

describe('rank: last year’s rank beside this year’s', () => {
  it('asks this year’s, told after an aside with last year’s ("India, ranked 58th last year, reached 68th")', () => {
    const title = 'Global Fairness Index: Chile slips 10 places to 48th';
    const facts = factsOf(['Santiago: Chile has slipped 10 places in the Global Fairness Index.', 'Chile, ranked 38th last year, reached 48th position this time.'], { title, date: '2019-10-09' });
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual(['What was Chile’s rank in the Global Fairness Index in October 2019?', '48th']);
    expect(asked.map(([, a]) => a)).not.toContain('38th');
  });

  it('never asks last year\'s as the headline\'s edition ("India ranked 129 last year" under "… Gender Gap Index 2025")', () => {
    const title = 'India slips to 131st position in Global Gender Gap Index 2025';
    const facts = factsOf(["India has ranked 131 out of 148 countries in the World Economic Forum's Global Gender Gap Report 2025, slipping two places.", 'With a parity score of 64.1 per cent, India is among the lowest-ranked countries in South Asia. India ranked 129 last year.'], { title, date: '' });
    const answers = ask(facts, 'rank').map(([, a]) => a);
    expect(answers).toContain('131');
    expect(answers).not.toContain('129');
  });

  it('does not ask a rank in one area of the index, said before its subject ("in the matter of corporate governance, …")', () => {
    const title = 'Global Fairness Index: Chile slips 10 places to 48th';
    const facts = factsOf(['Santiago: Chile has slipped 10 places in the Global Fairness Index.', 'However, in the matter of corporate governance, Chile has been ranked 15th by the Fairness Forum.'], { title, date: '2019-10-09' });
    expect(ask(facts, 'rank').map(([, a]) => a)).not.toContain('15th');
  });
});

describe('rank: an index whose headline name has small words inside', () => {
  it('is named whole ("Ease of Living Index 2020", not "Living Index 2020")', () => {
    const title = 'Minister launches Ease of Living Index 2020: Mysuru tops the list, Nagpur comes second';
    const facts = factsOf(['Mysuru has been ranked first among cities with a population of over a million.', 'According to the ministry, Nagpur has been ranked second and Indore third.'], { title, date: '2021-03-04' });
    const asked = ask(facts, 'rank').map(([q]) => q);
    expect(asked.some((q) => q.includes('the Ease of Living Index 2020'))).toBe(true);
    expect(asked.some((q) => /the Living Index/.test(q))).toBe(false);
  });
});

describe('rank: another country before ", ranking N"', () => {
  it('is not the opening subject’s rank ("India scored …, ranking lower than Pakistan which …, ranking 66")', () => {
    const title = 'World Contentment Index: Peru ranks 120, Chile at 40';
    const facts = factsOf(['Peru was ranked at a dismal 120 in the World Contentment Index released on Friday.', 'Peru scored 3.5 points, ranking lower than Chile which secured 5.6 points, ranking 40 out of all the countries surveyed.'], { title, date: '2020-03-20' });
    const asked = ask(facts, 'rank');
    expect(asked.some(([q, a]) => q.includes('Peru’s') && a === '40')).toBe(false);
    // (A bare figure right after "ranked" is the rank: "was ranked at a dismal 120".)
    expect(asked.some(([q, a]) => q.includes('Peru’s') && a === '120')).toBe(true);
  });
});

describe('rank: a body that ranks, its index after the rank', () => {
  it('is asked ("World Bank has ranked India at 116th position … in its annual Human Capital Index")', () => {
    const facts = factsOf(['The World Bank has ranked Kenya at 116th position out of 174 nations in its annual Human Capital Index.'], { title: 'Kenya ranks 116 in World Bank’s Human Capital Index' });
    expect(ask(facts, 'rank').map(([, a]) => a)).toContain('116th');
  });
});

describe('rank: first among a group of a list', () => {
  it('is asked as one of the group ("Delhi topped the list of Union Territories" → "Which Union Territory …?")', () => {
    const facts = factsOf(['Gujarat, Maharashtra and Goa have emerged as the top three states in the Good Governance Index 2020-21 issued by the Centre on Saturday while Delhi topped the list of Union Territories (UTs).'], { title: 'Gujarat tops Good Governance Index' });
    const asked = ask(facts, 'rank').filter(([, a]) => a === 'Delhi').map(([q]) => q);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q).toMatch(/^Which Union Territory topped the Good Governance Index/);
    const states = ask(factsOf(['Kerala topped the list of states in the SDG India Index for the fourth time, NITI Aayog said on Thursday.'], { title: 'Kerala tops SDG India Index' }), 'rank').filter(([, a]) => a === 'Kerala').map(([q]) => q);
    for (const q of states) expect(q).toMatch(/^Which state topped/);
  });
});

describe('rank: a move by some places to a rank, and a rank in another report', () => {
  it('asks the rank moved to ("slipped by five places to 106th spot"), never a rank the sentence gives in another report', () => {
    const facts = factsOf([
      'India has slipped by five places to 106th spot, way below neighbouring Bangladesh, Nepal and China in the World Prosperity Index, largely due to poor safety and security.',
      'The index of 142 countries is compiled by the London-based Legatum Institute.',
      'Besides, in the \'Ease of Doing Business\' report by World Bank and International Finance Corporation (IFC) released earlier this week, India was ranked at 134th place while neighbours were placed at better positions.',
    ], { title: 'India slips to 106th spot in World Prosperity Index' });
    const asked = ask(facts, 'rank').filter(([q]) => /India’s rank/.test(q)).map(([, a]) => a);
    expect(asked).toContain('106th');
    expect(asked).not.toContain('134th');
    // (The same report by another of its names is the story's: "the World Happiness Report" in a
    // story of the World Happiness Index.)
    const happy = factsOf(['India was ranked at a dismal 144 as the United Nations released its World Happiness Report on Friday.'], { title: 'India ranks 144 in World Happiness Index' });
    expect(ask(happy, 'rank').map(([, a]) => a)).toContain('144');
  });
});

describe('rank: last in an index', () => {
  it('is asked as who was at its bottom ("Bihar was at the bottom of NITI Aayog\'s Sustainable Development Goals (SDG) rankings")', () => {
    const facts = factsOf(["Bihar was at the bottom of NITI Aayog's Sustainable Development Goals (SDG) rankings, released on Thursday.", 'Pakistan remained at the bottom of the Global Gender Gap Index for the third year in a row.']);
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual(['Which state was at the bottom of the Sustainable Development Goals rankings?', 'Bihar']);
    expect(asked.map(([, a]) => a)).toContain('Pakistan');
  });
});


describe('rank: an institution, and a move to a rank in the world', () => {
  it('asks an institution\'s rank ("IIT Delhi rose 27 places to 123rd in the QS World University Rankings 2026")', () => {
    expect(ask(factsOf(['IIT Delhi rose 27 places to 123rd in the QS World University Rankings 2026.'], { date: '2025-06-19' }), 'rank')).toEqual([['What was IIT Delhi’s rank in the QS World University Rankings 2026?', '123rd']]);
  });

  it('reads "surged 27 places to reach 123rd globally" in the index the article ranks things in', () => {
    const facts = factsOf(['For the first time in eight years, IIT Delhi has claimed the title of India’s highest-ranked institution in the QS World University Rankings 2026.', 'This year, IIT Delhi surged 27 places to reach 123rd globally, while IIT Bombay slipped 11 places to 129th.'], { date: '2025-06-19', title: 'IIT Delhi becomes India’s highest-ranked university in QS World Rankings 2026' });
    expect(ask(facts, 'rank')).toContainEqual(['What was IIT Delhi’s rank in the QS World University Rankings 2026?', '123rd']);
  });
});

describe('rank: "has been placed at", after "According to the latest …"', () => {
  it('asks the rank placed in the index named before the subject', () => {
    expect(ranks('According to the latest World Happiness Report published by a non-profit organization initiated by the United Nations, India has been placed at 126th out of 146 countries in the ranking.')).toEqual([['What was India’s rank out of 146 countries in the World Happiness Report in May 2025?', '126th']]);
    expect(ranks('According to the new Global Peace Index, Bhutan has been placed at 21st among 163 countries.')).toEqual([['What was Bhutan’s rank among 163 countries in the Global Peace Index in May 2025?', '21st']]);
  });
});

describe('rank: a move told with its index between the places and the rank', () => {
  it('asks the rank ("slipped two places on the … Global Gender Gap index to 129th place")', () => {
    expect(ranks("India slipped two places on the World Economic Forum's Global Gender Gap index to 129th place as Iceland retained its top position.")).toEqual([['What was India’s rank in the Global Gender Gap index in May 2025?', '129th']]);
    expect(ranks('Pakistan fell three places in the Human Development Index to 164th this year.')).toEqual([['What was Pakistan’s rank in the Human Development Index in May 2025?', '164th']]);
  });
});

describe('rank: "…, improving its ranking from A in Y to B out of N countries"', () => {
  it('asks the rank it moved to, in the index the sentence named', () => {
    const facts = factsOf([
      'India continued its rise on the Human Development Index (HDI), improving its ranking from 133 in 2022 to 130 out of 193 countries in 2023, the report said.',
      'Kerala held its place on the SDG India Index, raising its position from 3rd to 1st among 28 states this year.',
    ]);
    const asked = ask(facts, 'rank');
    expect(asked).toContainEqual([expect.stringMatching(/^What was India’s rank out of 193 countries in the Human Development Index/), '130']);
    expect(asked.map(([, a]) => a)).not.toContain('133');
  });
});

describe('rank: a report that ranked a country, in the simple past', () => {
  it('is asked, with the edition\'s year before the index ("… ranked India 96th out of 180 countries in the 2024 Corruption Perceptions Index")', () => {
    const cpi = factsOf(['A report released by Transparency International on Tuesday ranked India 96th out of 180 countries in the 2024 Corruption Perceptions Index (CPI), with its overall score dropping to 38.'], { title: 'India slips to 96th rank in Corruption Perceptions Index' });
    expect(ask(cpi, 'rank')).toContainEqual(['What was India’s rank out of 180 countries in the 2024 Corruption Perceptions Index?', '96th']);
    const press = factsOf(['Reporters Without Borders ranked Nepal 74th among 180 countries in its annual World Press Freedom Index, released on Friday.'], { title: 'Nepal ranks 74th in press freedom index' });
    expect(ask(press, 'rank').map(([, a]) => a)).toContain('74th');
  });
});

describe('rank: a move to a rank told after the index', () => {
  it('is asked of the sentence\'s subject ("… in the QS World University Rankings for 2026 by climbing up to the 123rd spot")', () => {
    const qs = factsOf(['The Indian Institute of Technology (IIT), Delhi was adjudged as the highest ranked Indian institution in the QS World University Rankings for 2026 by climbing up to the 123rd spot, with a record 54 universities making it to the list.'], { title: 'IIT Delhi tops India in QS World Rankings' });
    expect(ask(qs, 'rank').map(([, a]) => a)).toContain('123rd');
    const nirf = factsOf(['Kerala retained the top position in the SDG India Index 2024 by moving up to the first place with a score of 79.'], { title: 'Kerala tops SDG India Index' });
    expect(ask(nirf, 'rank').map(([q]) => q).some((q) => /Kerala/.test(q))).toBe(true);
  });
});

describe('rank: a rank "taken"', () => {
  it('asks it as any other ("India took the 126th position out of 163 countries in the Global Peace Index")', () => {
    const facts = factsOf(['In the Global Peace Index 2023, India took the 126th position out of 163 countries, the Institute for Economics and Peace said.'], { title: 'India ranks 126th in Global Peace Index', date: '2023-06-28' });
    expect(ask(facts, 'rank').some(([q, a]) => a === '126th' && /Global Peace Index/.test(q))).toBe(true);
  });
});

describe('rank: a rank "bettered" to', () => {
  it('asks the rank moved to, in the story\'s index ("India has slightly bettered its rank from last year’s 126th to 118th")', () => {
    const facts = factsOf(['Finland has retained its top position on The World Happiness Report for 2025 while India has slightly bettered its rank from last year’s 126th to 118th this year.'], { title: "Finland still happiest country in world; check India's rank in 2025 report", date: '2025-03-20' });
    expect(ask(facts, 'rank')).toContainEqual(['What was India’s rank in the World Happiness Report 2025?', '118th']);
  });
});

describe('rank: the headline\'s index named in lower case in the sentence', () => {
  it('asks the rank ("has ranked 40th on the latest world competitiveness ranking" under "Global Competitiveness Index")', () => {
    const facts = factsOf(['India has ranked 40th on the latest world competitiveness ranking released by the International Institute for Management Development (IMD).'], { title: '2023 Global Competitiveness Index: India at 40, Ireland leaps to 2' });
    expect(ask(facts, 'rank')).toContainEqual([expect.stringMatching(/^What was India’s rank in the Global Competitiveness Index/), '40th']);
    // (A ranking of something else the sentence names stays another's.)
    const other = factsOf(['India has ranked 40th on the latest ease of living ranking released by the ministry.'], { title: '2023 Global Competitiveness Index: India at 40, Ireland leaps to 2' });
    expect(ask(other, 'rank')).toEqual([]);
  });
});


describe('rank: a rank by a count of something, and one of an earlier year after a source', () => {
  it('asks no rank the sentence gives by a count ("India ranked fourth, with 1,080 greenfield projects")', () => {
    const facts = factsOf(['India ranked fourth, with 1,080 greenfield projects announced in 2024.', 'China ranked second, having 2,300 projects in all.'], { title: 'India rises to rank 15 in World Investment Report 2025' });
    expect(ask(facts, 'rank')).toEqual([]);
  });

  it('dates a rank by the year said after an opening of its source ("As per the report, in 2023, India was ranked 16th …")', () => {
    const facts = factsOf(['As per the report, in 2023, India was ranked 16th when it attracted $28.1 billion in FDI, the report said.'], { title: 'India rises to 15th in World Investment Report 2025' });
    expect(ask(facts, 'rank').map(([q]) => q)).toEqual(['What was India’s rank in the World Investment Report in 2023?']);
  });
});

describe('rank: the top few of an index, asked as a set', () => {
  it('asks "Which three states emerged as the top three in …?" with the list as the answer', () => {
    const epi = factsOf(['Maharashtra, Tamil Nadu, and Gujarat have emerged as the top three states in the Niti Aayog\'s fourth Export Preparedness Index (EPI) 2024.']);
    expect(ask(epi, 'rank')).toContainEqual(['Which three states emerged as the top three in the Niti Aayog\'s fourth Export Preparedness Index 2024?', 'Maharashtra, Tamil Nadu and Gujarat']);
    const sdg = factsOf(['Kerala, Tamil Nadu and Punjab have been ranked as the top three states in the NITI Aayog\'s SDG India Index 2023-24.']);
    expect(ask(sdg, 'rank')).toContainEqual(['Which three states were ranked as the top three in the NITI Aayog\'s SDG India Index 2023-24?', 'Kerala, Tamil Nadu and Punjab']);
    const passport = factsOf(['Singapore and Japan have emerged as the top two countries in the Henley Passport Index, the report said.']);
    expect(ask(passport, 'rank')).toContainEqual(['Which two countries emerged as the top two in the Henley Passport Index?', 'Singapore and Japan']);
    // (As many names as it says, and nothing else before the verb; an index, not any list.)
    expect(ask(factsOf(['Maharashtra and Gujarat have emerged as the top three states in the Export Preparedness Index.']), 'rank')).toEqual([]);
    expect(ask(factsOf(['Officials from Maharashtra, Tamil Nadu and Gujarat have emerged as the top three states in the Export Preparedness Index.']), 'rank')).toEqual([]);
    expect(ask(factsOf(['Maharashtra, Tamil Nadu and Gujarat have emerged as the top three states in textile exports.']), 'rank')).toEqual([]);
  });
});
