import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import type { Article } from '../../src/types.js';

/** The key term the analyser marks in an article with this headline and body, as first written. */
function keyTerm(title: string, ...paragraphs: string[]): string | null {
  const article: Article = { id: 't', title, date: '2024-11-05', place: null, site: null, source: '-', paragraphs };
  const found = analyzeArticle(article).sentences.flatMap((s) => s.entities.filter((e) => e.keyTerm));
  return found[0]?.canonical ?? null;
}

describe('the headline’s key term', () => {
  it('is never what a winner takes ("win individual gold medals")', () => {
    expect(
      keyTerm(
        'Asian Games: Rao, Kaur, Bedi win individual gold medals',
        'India won four individual gold medals at the Asian Games in Hangzhou on Sunday.',
        'Ravi Rao took the individual gold medal in the 50m rifle with a score of 252.',
        'Kaur also won gold in the 10m pistol, her second gold medal of the Games.',
      ),
    ).toBeNull();
  });

  it('is never the weather the story is of ("Southwest monsoon has hit Kerala")', () => {
    expect(
      keyTerm(
        'Southwest monsoon has hit Kerala, declares IMD',
        'The India Meteorological Department on Thursday declared the onset of southwest monsoon over Kerala.',
        'IMD had earlier forecast that southwest monsoon would hit Kerala by June 4.',
        'Some scientists had predicted that the onset of monsoon over Kerala may get delayed to June 8. In 2019 as well, monsoon had hit Kerala by June 8.',
      ),
    ).toBeNull();
  });

  it('is a rare lower-case word the lead says and the article keeps using, written as a mass noun ("ozone")', () => {
    expect(
      keyTerm(
        'Scientists study effects of warming, rising ozone on rice',
        'A team from two universities studied warming and ozone pollution over three decades.',
        'They found that ozone lowered yields in most regions.',
        'Ground-level ozone forms when sunlight acts on exhaust gases.',
      ),
    ).toBe('ozone');
  });

  it('is never a word the headline numbers by an ordinal ("slips 6 spots to 86th rank")', () => {
    expect(
      keyTerm(
        'India slips 6 spots to 86th rank in the anti-corruption list',
        "India's rank has slipped six places to 86th among 180 countries in a corruption perception index.",
        "India's rank is 86 out of 180 nations with a score of 40.",
        "In 2019, India's rank was 80 on the same index.",
      ),
    ).not.toBe('rank');
  });

  it('is never the word of a headline\'s closing "in …" ("ISRO puts heaviest satellite in orbit")', () => {
    expect(
      keyTerm(
        'ISRO puts heaviest satellite in orbit',
        'ISRO on Monday launched its heaviest satellite into orbit from Sriharikota.',
        'The satellite was placed in an initial orbit of perigee 170 km.',
        'The orbit will be raised over the coming days.',
      ),
    ).not.toBe('orbit');
  });

  it('is never a measure whose figure is the news ("India\'s rank up 16 notches")', () => {
    expect(
      keyTerm(
        "India's rank up 16 notches in Global Competitiveness Index",
        "India's rank is up by 16 notches in the Global Competitiveness Index this year owing to reforms by the government.",
        'The country now ranks 55 among 140 countries, according to a report released by the World Economic Forum (WEF) on Tuesday.',
        "In last year's report, India stood at the 71st position. Despite the improvement in its ranking, the country's rank is still seven places below its 2009 position.",
        "The WEF report relates the improvement in India's ranking to the momentum of reforms.",
        'On macroeconomic stability, India saw a significant improvement, with its rank climbing by 10 places to 91st position.',
        "The country's rank is also up six notches on infrastructure front. It now ranks 29 on the quality of railroad infrastructure.",
      ),
    ).not.toBe('rank');
  });

  it('is never the event the headline reports as a noun ("… on ISRO\'s GSLV-F20 launch")', () => {
    expect(
      keyTerm(
        "Record payload launch shows India's strength: minister on ISRO's GSLV-F20 launch",
        'The minister on Friday lauded ISRO for the successful launch of GSLV-F20 from Sriharikota.',
        'In a post on X, he said the launch of the satellite was a proud moment for the country.',
        'He said this launch of the heaviest payload showed the strength of Indian science.',
        'The rocket lifted off at 9.10 am from the second launch pad after a countdown of a day.',
      ),
    ).not.toBe('launch');
  });

  it('is a compound with a rare word in it ("repo rate", "stubble burning")', () => {
    expect(
      keyTerm(
        'RBI keeps repo rate unchanged at 6.5%',
        'The Reserve Bank of India on Friday kept the repo rate unchanged at 6.5 per cent.',
        'The repo rate is the rate at which the central bank lends to banks.',
      ),
    ).toBe('repo rate');
    expect(
      keyTerm(
        "Delhi's air turns 'severe' as stubble burning rises in Punjab",
        'The air in the capital slipped into the severe category as stubble burning rose in Punjab.',
        'Officials said stubble burning usually begins in mid-September.',
      ),
    ).toBe('stubble burning');
  });

  it('is a number compound the headline writes in figures and the article in words ("2+2" → two-plus-two)', () => {
    expect(
      keyTerm(
        'India, Australia hold first 2+2 dialogue in Canberra',
        'Ministers of the two countries met in Canberra on Monday.',
        'The two-plus-two dialogue covered defence and trade.',
        'India now holds a two-plus-two dialogue with four countries.',
      ),
    ).toBe('two-plus-two');
  });

  it('is no verb\'s -ing and its object ("… for installing rooftop solar in one crore households")', () => {
    expect(
      keyTerm(
        'Cabinet approves PM-Surya Ghar: Muft Bijli Yojana for installing rooftop solar in one crore households',
        'The Union Cabinet on Thursday approved the scheme with an outlay of Rs 75,021 crore for installing rooftop solar.',
        'Households will select a vendor for installing rooftop solar through the National Portal.',
      ),
    ).not.toBe('installing rooftop');
  });

  it('is not what the headline opens with, its topic ("Monsoon reaches Kerala")', () => {
    expect(keyTerm('Monsoon reaches Kerala eight days early', 'The southwest monsoon reached Kerala on Saturday.', 'The monsoon usually arrives on June 1.', 'Heavy monsoon rain lashed the coast.')).toBeNull();
  });

  it('is no count noun, no thing the headline counts, no noun of a light verb, no head after a name', () => {
    // "the exhibit", "exhibits": a count noun.
    expect(keyTerm('Photo legacy spread by university exhibits', 'The exhibit opened on Monday.', 'Another exhibit opens in March.', 'Each exhibit shows 150 photographs.')).toBeNull();
    // "four new wetlands": the figure is the news.
    expect(keyTerm('Ramsar sites rise to 89 as four new wetlands get the tag', 'Four more wetlands were designated on Sunday.', 'The wetlands cover 5,000 hectares.', 'Two of the wetlands are in Tamil Nadu.')).toBeNull();
    // "makes landfall": the verb's noun.
    expect(keyTerm('Cyclone Dana makes landfall near Dhamra', 'Cyclone Dana made landfall near Dhamra on Friday.', 'After landfall, it weakened.', 'Landfall brought heavy rain.')).toBeNull();
    // "Hajj stampede": the name is the story.
    expect(keyTerm('Hundreds dead in Hajj stampede', 'Over 300 pilgrims died in a stampede near Mecca.', 'The stampede began at dawn.', 'It was the worst stampede in years.')).toBeNull();
  });

  it('is no kind of thing ("communication satellite"), no portfolio before an office, no common word', () => {
    expect(keyTerm('ISRO launches CMS-03, its heaviest communication satellite', 'ISRO launched its heaviest communication satellite on Sunday.', 'The communication satellite weighs 4,400 kg.')).toBeNull();
    expect(keyTerm('Revenue secy Sanjay Malhotra appointed RBI governor', 'Revenue secretary Sanjay Malhotra was appointed on Monday.', 'He oversaw revenue collection.', 'Tax revenue rose under him.')).toBeNull();
    expect(keyTerm('Russia, Japan upgrade defence ties', 'Russia and Japan agreed to upgrade their ties.', 'The ties had been strained.', 'Defence ties were discussed too.')).toBeNull();
  });

  it('is no abstract noun of the story\'s topic ("inflation", "cooperation")', () => {
    expect(keyTerm('India sign pacts to deepen cooperation in space', 'India and Japan signed pacts to deepen cooperation in space on Friday.', 'The cooperation covers satellites.', 'Digital cooperation was discussed too.')).toBeNull();
    expect(keyTerm('Annual inflation hits 10-year low in October', 'Annual inflation cooled to 0.25% in October.', 'Food inflation fell further.', 'Core inflation held steady.')).toBeNull();
  });

  it('is no office ("Former MP chief minister Sunderlal Patwa dies at 92")', () => {
    expect(keyTerm('Former MP chief minister Sunderlal Patwa dies at 92', 'Two-times chief minister Sunderlal Patwa passed away on Wednesday.', 'He was appointed chief minister in 1980.', 'The present chief minister paid tribute.')).toBeNull();
  });

  it('is no head of a longer compound the headline writes ("household consumption expenditure")', () => {
    const body = [
      'The per capita monthly household expenditure more than doubled in 2022-23 as compared to 2011-12, the survey found.',
      'Rural monthly consumption expenditure per person rose to Rs 3,773 from Rs 1,430.',
      'The share of expenditure on food fell to 46 per cent in rural India.',
      'The share of expenditure on cereals fell further.',
    ];
    expect(keyTerm('Monthly household consumption expenditure more than doubled in last decade', ...body)).toBeNull();
    expect(keyTerm('Food inflation management strategy tightened by the Centre', 'The inflation management strategy was tightened on Monday.', 'Food prices have eased.', 'The strategy covers pulses.')).toBeNull();
  });
});

describe('a headline that is a claim put in someone\'s mouth', () => {
  it('gives no key term ("… will celebrate our traditional artisans: Modi")', () => {
    expect(
      keyTerm(
        'PM Vishwakarma initiative will celebrate our traditional artisans: Modi',
        'Prime Minister Narendra Modi said the initiative will celebrate traditional artisans across the country.',
        'The scheme will benefit about 30 lakh families of traditional artisans, including weavers and goldsmiths.',
        'Traditional artisans will get credit support of up to Rs 1 lakh.',
      ),
    ).toBeNull();
  });

  it('still gives one when the headline itself reports the news ("RBI keeps repo rate unchanged")', () => {
    expect(
      keyTerm(
        'RBI keeps repo rate unchanged at 6.5 per cent',
        'The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent on Friday.',
        'The repo rate is the rate at which the RBI lends to banks.',
      ),
    ).toBe('repo rate');
  });
});

describe('a headline\'s closing "in …" phrase', () => {
  it('gives no key term of two words either ("… sign trade pact in virtual ceremony")', () => {
    expect(
      keyTerm(
        'India, Australia sign trade pact in virtual ceremony',
        'India and Australia on Saturday signed a trade pact in a virtual ceremony.',
        'The virtual ceremony was attended by both prime ministers.',
        'Officials said the virtual ceremony lasted an hour.',
      ),
    ).not.toBe('virtual ceremony');
  });
});

describe('a headline’s noun and the participle after it', () => {
  it('is no key term ("votes cast through EVMs")', () => {
    const title = 'SC to issue directions on pleas for cross-verification of votes cast through EVMs';
    const paragraphs = ['The court will rule on pleas for counting all votes cast through EVMs against VVPAT slips.', 'Petitioners said votes cast must be verified.', 'The EC said all votes cast were counted correctly.'];
    expect(keyTerm(title, ...paragraphs)).not.toBe('votes cast');
  });
});

describe('a gesture the headline tells of', () => {
  it('is no key term ("pays floral tributes to Gandhi, Ambedkar", "offers condolences")', () => {
    expect(
      keyTerm(
        'CJI B R Gavai pays floral tributes to Gandhi, Ambedkar',
        'Chief Justice of India B R Gavai on Wednesday paid floral tributes at the statues of Mahatma Gandhi and B R Ambedkar.',
        'On reaching the apex court, CJI Gavai paid floral tributes at the statues of Mahatma Gandhi and B R Ambedkar.',
      ),
    ).toBeNull();
    expect(
      keyTerm(
        'Leaders offer heartfelt condolences on minister death',
        'Several leaders on Tuesday offered heartfelt condolences on the death of the minister.',
        'The chief minister also offered heartfelt condolences to the family.',
      ),
    ).toBeNull();
  });
});
