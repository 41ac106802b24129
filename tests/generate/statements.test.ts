import { describe, expect, it } from 'vitest';
import { statementOf, swapAnswer } from '../../src/generate/fact-statement.js';
import { takesThe } from '../../src/util/definite-article.js';
import { falseVersion } from '../../src/generate/items/false-statement.js';
import { trueFalseItem } from '../../src/generate/items/truefalse.js';
import { statementOptionCode } from '../../src/generate/statement-codes.js';
import { statementsItems } from '../../src/generate/items/statements.js';
import { buildDistractorPool } from '../../src/generate/distractor-pool.js';
import type { Fact, Item } from '../../src/types.js';
import { fact, S_ABE, S_KISHIDA, S_LAVROV, S_PUTIN, S_THIRD } from './helpers.js';
import { seededRandom } from '../../src/util/random.js';

describe('statementOptionCode', () => {
  it.each([
    [[1], 3, '1 only'],
    [[3, 1], 3, '1 and 3 only'],
    [[2, 3], 3, '2 and 3 only'],
    [[1, 2, 3], 3, '1, 2 and 3'],
    [[], 3, 'None of the above'],
    [[2], 2, '2 only'],
    [[1, 2], 2, 'Both 1 and 2'],
    [[], 2, 'Neither 1 nor 2'],
    [[1, 2, 4], 4, '1, 2 and 4 only'],
    [[1, 2, 3, 4], 4, '1, 2, 3 and 4'],
  ])('%j of %d → %s', (nums, total, code) => {
    expect(statementOptionCode(nums, total)).toBe(code);
  });
});

const facts: Fact[] = [
  fact({ question: "Who is Russia's Foreign Minister?", answer: 'Sergei Lavrov', answerType: 'person', sentence: S_LAVROV, statement: "Sergei Lavrov is Russia's Foreign Minister.", score: 0.9 }),
  fact({ question: "Who is Japan's Foreign Minister?", answer: 'Fumio Kishida', answerType: 'person', sentence: S_KISHIDA, statement: "Fumio Kishida is Japan's Foreign Minister.", score: 0.8 }),
  fact({ question: 'Who was elected Prime Minister of Japan last December?', answer: 'Shinzo Abe', answerType: 'person', sentence: S_ABE, statement: 'Shinzo Abe was elected Prime Minister of Japan last December.', score: 0.7 }),
  fact({ question: 'Who is the Russian President?', answer: 'Vladimir Putin', answerType: 'person', sentence: S_PUTIN, statement: 'Vladimir Putin is the President of Russia.', score: 0.6 }),
  fact({ question: 'Which country became the third to have a two-plus-two mechanism with Japan?', answer: 'Russia', answerType: 'country', sentence: S_THIRD, statement: 'Russia became the third country to have a two-plus-two mechanism with Japan.', alsoTrue: ['United States', 'Australia'], score: 0.65 }),
];
const pool = buildDistractorPool(facts);

function truthOf(item: Item): number[] {
  return (item.statements ?? []).flatMap((s, i) => (s.correct ? [i + 1] : []));
}

describe('statements items', () => {
  const bySeed = Array.from({ length: 12 }, (_, i) => statementsItems(facts, pool, i + 1));

  it('make one or two items of 2–3 statements, with the prompt and numbered lines', () => {
    for (const items of bySeed) {
      expect(items.length).toBeGreaterThanOrEqual(1);
      expect(items.length).toBeLessThanOrEqual(2);
      for (const item of items) {
        const n = item.statements!.length;
        expect(n === 2 || n === 3).toBe(true);
        const lines = item.question.split('\n');
        expect(lines[0]).toBe('Consider the following statements:');
        expect(lines).toHaveLength(n + 2);
        item.statements!.forEach((s, i) => expect(lines[i + 1]).toBe(`${i + 1}. ${s.text}`));
        expect(lines[n + 1]).toMatch(/^(Which of the statements given above is\/are correct\?|How many of the above statements are correct\?)$/);
      }
    }
  });

  it('keep the answer code consistent with the shuffled statements', () => {
    for (const items of bySeed) {
      for (const item of items) {
        const n = item.statements!.length;
        const correct = truthOf(item);
        expect(new Set(item.options).size).toBe(4);
        expect(item.options![item.answerIndex!]).toBe(item.answer);
        if (item.question.endsWith('How many of the above statements are correct?')) {
          expect(item.answer).toBe(['None', 'Only one', 'Only two', 'All three'][correct.length]);
        } else {
          expect(item.answer).toBe(statementOptionCode(correct, n));
          // The right combination appears exactly once among the options.
          expect(item.options!.filter((o) => o === statementOptionCode(correct, n))).toHaveLength(1);
        }
      }
    }
  });

  it('make false statements by swapping in a value of the same class, and true ones verbatim', () => {
    const byText = new Map(facts.map((f) => [f.sentence, f]));
    let falseSeen = 0;
    for (const items of bySeed) {
      for (const item of items) {
        for (const s of item.statements!) {
          const f = byText.get(s.sentence)!;
          if (s.correct) expect(s.text).toBe(f.statement);
          else {
            falseSeen++;
            expect(s.text).not.toBe(f.statement);
            expect(s.text).not.toContain(f.answer);
            // Never made false with a value the article says is also true.
            expect(s.text).not.toMatch(/United States|Australia/);
          }
        }
      }
    }
    expect(falseSeen).toBeGreaterThan(0);
  });

  it('vary the truth pattern across seeds but not within one', () => {
    const patterns = new Set(bySeed.map((items) => JSON.stringify(items.map(truthOf))));
    expect(patterns.size).toBeGreaterThan(1);
    expect(statementsItems(facts, pool, 5)).toEqual(statementsItems(facts, pool, 5));
  });

  it('make none when fewer than three facts can give a statement', () => {
    expect(statementsItems(facts.slice(0, 2), pool, 1)).toEqual([]);
  });
});

describe('a false statement about a body written with its short form', () => {
  it('swaps the short form out with the name ("Jawaharlal Nehru University (JNU)")', () => {
    expect(swapAnswer('The top spot went to IISc Bengaluru, with Jawaharlal Nehru University (JNU) at the second spot.', 'Jawaharlal Nehru University', 'Banaras Hindu University', 'organisation')).toBe('The top spot went to IISc Bengaluru, with Banaras Hindu University at the second spot.');
    expect(swapAnswer('The report was released by the Reserve Bank of India (RBI) on Friday.', 'Reserve Bank of India', 'State Bank of India', 'organisation')).toBe('The report was released by the State Bank of India on Friday.');
    // (A bracket that is no short form of the answer stays.)
    expect(swapAnswer('The award went to Anna University (Chennai) this year.', 'Anna University', 'Osmania University', 'organisation')).toBe('The award went to Osmania University (Chennai) this year.');
  });
});

describe('a false statement about a place', () => {
  it('lets "the" come and go with the name swapped in', () => {
    const flag = 'The current New Zealand flag is partially based on the United Kingdom\'s flag.';
    expect(swapAnswer(flag, 'United Kingdom', 'Estonia', 'country')).toBe("The current New Zealand flag is partially based on Estonia's flag.");
    expect(swapAnswer('The United States and Australia set up the mechanism.', 'United States', 'Estonia', 'country')).toBe('Estonia and Australia set up the mechanism.');
    // (A country before its team or government keeps the noun's article: "by the Canada team".)
    expect(swapAnswer('The point led to a rush of success by the US team.', 'US', 'Canada', 'country')).toBe('The point led to a rush of success by the Canada team.');
    expect(swapAnswer('Talks were held with the Nepal government on Friday.', 'Nepal', 'United States', 'country')).toBe('Talks were held with the United States government on Friday.');
    expect(swapAnswer("It is based on Japan's flag.", 'Japan', 'United Kingdom', 'country')).toBe("It is based on the United Kingdom's flag.");
    expect(swapAnswer('Japan is the first country in Asia to have it.', 'Japan', 'Philippines', 'country')).toBe('The Philippines is the first country in Asia to have it.');
    expect(swapAnswer('Belgium faced Panama at the Fisht Stadium.', 'Panama', 'Netherlands', 'place')).toBe('Belgium faced the Netherlands at the Fisht Stadium.');
    // Names that take no article keep the sentence as it was; other answer types are untouched.
    expect(swapAnswer('Japan is the first country in Asia to have it.', 'Japan', 'Mongolia', 'country')).toBe('Mongolia is the first country in Asia to have it.');
    expect(swapAnswer('The Hague hosted the court.', 'Hague', 'Paris', 'person')).toBe('The Paris hosted the court.');
  });

  it('knows which names are said with "the"', () => {
    for (const n of ['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'Czech Republic', 'Solomon Islands', 'United Arab Emirates']) expect(takesThe(n)).toBe(true);
    for (const n of ['Estonia', 'Japan', 'Saudi Arabia', 'Mecca', 'Tokyo', 'New Zealand']) expect(takesThe(n)).toBe(false);
  });
});

describe('a false statement about a term', () => {
  it('is never made: a term swapped for another term is false at a glance', () => {
    const strategy = fact({ articleId: 'seed', question: "What is Japan's strategy called?", answer: 'active pacifism', answerType: 'term', sentence: S_THIRD, statement: "Japan's strategy is called active pacifism." });
    const war = fact({ articleId: 'seed', question: 'After which war was no peace treaty signed?', answer: 'World War II', answerType: 'term', sentence: S_LAVROV, statement: 'No peace treaty was signed after World War II.' });
    const pool = buildDistractorPool([strategy, war]);
    for (let seed = 1; seed <= 12; seed++) expect(trueFalseItem(strategy, pool, seed)?.answer).toBe('True');
    expect(falseVersion(strategy, strategy.statement!, pool, () => 0.5, ['World War II'])).toBeNull();
  });
});

describe('a false statement about a case named after a party', () => {
  it('is never made: "the DY Chandrachud judgment" for "the PV Narasimha Rao judgment" is false at a glance', () => {
    const S = 'The Supreme Court said the interpretation in the PV Narasimha Rao judgment contradicts Articles 105 and 194.';
    const rao = fact({ articleId: 'sc', question: 'Which judgment?', answer: 'PV Narasimha Rao', answerType: 'person', sentence: S, statement: S });
    const cji = fact({ articleId: 'sc', question: 'Who was the Chief Justice of India?', answer: 'DY Chandrachud', answerType: 'person', sentence: 'Chief Justice DY Chandrachud led the bench.', statement: 'Chief Justice DY Chandrachud led the bench.' });
    const pool = buildDistractorPool([rao, cji]);
    expect(falseVersion(rao, S, pool, () => 0.5, ['DY Chandrachud'])).toBeNull();
  });

  it('is never made where the article names the party in a case\'s title ("S. Azeez Basha v. Union of India"), though the statement says only "the view taken in Azeez Basha"', () => {
    const S = 'The CJI said that the view taken in Azeez Basha, which became the basis for denying the minority status to the AMU, is overruled.';
    const basha = fact({ articleId: 'amu', question: 'Whose view was overruled?', answer: 'Azeez Basha', answerType: 'person', sentence: S, statement: S });
    const cji = fact({ articleId: 'amu', question: 'Who led the bench?', answer: 'D Y Chandrachud', answerType: 'person', sentence: 'Chief Justice D Y Chandrachud led the bench.', statement: 'Chief Justice D Y Chandrachud led the bench.' });
    const pool = buildDistractorPool([basha, cji]);
    const article = ['The majority opinion overruled the 1967 judgment in the case of S. Azeez Basha v. Union of India.', S, cji.sentence];
    expect(falseVersion(basha, S, pool, () => 0.5, ['D Y Chandrachud'], article)).toBeNull();
    // (A person the article never names so is swapped as before: one of no other trade.)
    const petitioner = fact({ articleId: 'amu', question: 'Who filed the plea?', answer: 'Ravi Menon', answerType: 'person', sentence: 'Ravi Menon filed the plea in 2019.', statement: 'Ravi Menon filed the plea in 2019.' });
    const withPetitioner = buildDistractorPool([basha, cji, petitioner]);
    expect(falseVersion(basha, S, withPetitioner, () => 0.5, ['Ravi Menon'], [S, cji.sentence, petitioner.sentence])?.wrong).toBe('Ravi Menon');
  });
});

describe('a false statement about a person', () => {
  it('never swaps in one the article gives another trade ("shooter Manu Bhaker" into a javelin thrower\'s throw)', () => {
    const S = 'Arshad Nadeem also signed off in style with a closing throw of 91.79m.';
    const nadeem = fact({ articleId: 'jav', question: 'Who signed off with a closing throw of 91.79m?', answer: 'Arshad Nadeem', answerType: 'person', sentence: S, statement: S });
    const bhaker = fact({ articleId: 'jav', question: 'Who won two bronze medals?', answer: 'Manu Bhaker', answerType: 'person', sentence: 'Neeraj joins shooter Manu Bhaker, who won two bronze medals.', statement: 'Manu Bhaker won two bronze medals.' });
    const neeraj = fact({ articleId: 'jav', question: 'Who won silver?', answer: 'Neeraj Chopra', answerType: 'person', sentence: 'Neeraj Chopra won silver in the javelin throw.', statement: 'Neeraj Chopra won silver in the javelin throw.' });
    const pool = buildDistractorPool([nadeem, bhaker, neeraj]);
    const article = [S, bhaker.sentence, neeraj.sentence];
    expect(falseVersion(nadeem, S, pool, () => 0.5, ['Manu Bhaker'], article)?.wrong).not.toBe('Manu Bhaker');
    expect(falseVersion(nadeem, S, pool, () => 0.5, ['Neeraj Chopra'], article)?.wrong).toBe('Neeraj Chopra');
  });
});

describe('a false statement of how much a thing matters', () => {
  it('is never made: "The United Kingdom is an important nation for India …" is not shown false by the article', () => {
    const S = 'Fiji is an important nation for India in the sphere of maritime security.';
    const fiji = fact({ articleId: 'fj', question: 'Which nation is important for India in maritime security?', answer: 'Fiji', answerType: 'country', sentence: S, statement: S });
    const uk = fact({ articleId: 'fj', question: 'Who took Indian labourers to Fiji?', answer: 'United Kingdom', answerType: 'country', sentence: 'The British took Indian labourers to Fiji in 1879.', statement: 'The United Kingdom took Indian labourers to Fiji in 1879.' });
    const pool = buildDistractorPool([fiji, uk]);
    expect(falseVersion(fiji, S, pool, () => 0.5, ['United Kingdom'])).toBeNull();
    // (A plain fact still swaps.)
    expect(falseVersion({ ...fiji, sentence: 'Fiji hosted the summit in 2019.', statement: 'Fiji hosted the summit in 2019.' }, 'Fiji hosted the summit in 2019.', pool, () => 0.5, ['United Kingdom'])?.wrong).toBe('United Kingdom');
  });
});

describe('a false statement about a body of no known kind', () => {
  it('is never made: a committee swapped for a budget is false at a glance', () => {
    const S = 'The RBI Governor further said that the policy stance by the MPC is maintained as "neutral".';
    const mpc = fact({ articleId: 'rbi', question: 'Which body maintained its policy stance as neutral?', answer: 'MPC', answerType: 'organisation', sentence: S, statement: S });
    const budget = fact({ articleId: 'rbi', question: 'Which was presented on February 1?', answer: 'Union Budget', answerType: 'organisation', sentence: 'The Union Budget was presented on February 1.', statement: 'The Union Budget was presented on February 1.' });
    const pool = buildDistractorPool([mpc, budget]);
    expect(falseVersion(mpc, S, pool, () => 0.5, ['Union Budget'])).toBeNull();
    for (let seed = 1; seed <= 12; seed++) expect(trueFalseItem(mpc, pool, seed)?.answer ?? 'True').toBe('True');
  });
});

describe('names said with "the"', () => {
  it('knows places and bodies that take it, and names that do not', () => {
    for (const name of ['United States', 'Maldives', 'African Union', 'Reserve Bank of India', 'Supreme Court', 'Monetary Policy Committee']) expect(takesThe(name)).toBe(true);
    for (const name of ['India', 'NATO', 'ISRO', 'Google', 'Sergei Lavrov', 'Tokyo']) expect(takesThe(name)).toBe(false);
  });
});

describe('statementOf', () => {
  it('takes the sentence as its cloze words it when the cloze names what the sentence leaves vague, never a clause cut from it', () => {
    const trade = fact({ question: 'How much was the trade?', answer: '$52.76 billion', answerType: 'number', sentence: 'Bilateral trade between the two countries stood at $52.76 billion in 2022-23.', cloze: 'Bilateral trade between India and Saudi Arabia stood at {{c1::$52.76 billion}} in 2022-23.' });
    expect(statementOf(trade)).toBe('Bilateral trade between India and Saudi Arabia stood at $52.76 billion in 2022-23.');
    const cut = fact({ question: 'Which homepage?', answer: 'Hafokana', answerType: 'term', sentence: 'The group posted a video, and per instructions, loaded up Hanami and started bombarding the two countries’ Hafokana homepage.', cloze: 'Per instructions, loaded up Hanami and started bombarding the {{c1::Hafokana}} homepage.' });
    expect(statementOf(cut)).toBeNull();
    // (A cloze of the whole sentence that names a description shorter: "the five-year-long scheme".)
    const scheme = fact({ question: 'How much?', answer: '₹1.31 lakh crore', answerType: 'number', sentence: 'As per the minister, the government will spend ₹1.31 lakh crore for the five-year-long scheme.', cloze: 'As per the minister, the government will spend {{c1::₹1.31 lakh crore}} for the PM-POSHAN scheme.' });
    expect(statementOf(scheme)).toBe('As per the minister, the government will spend ₹1.31 lakh crore for the PM-POSHAN scheme.');
  });

  it('makes no statement of a forecast someone voiced, but does of what they stated happened', () => {
    const forecast = fact({ question: 'Who said it?', answer: 'Ashwini Vaishnaw', answerType: 'person', sentence: 'Minister Ashwini Vaishnaw said the decision would result in an additional income of Rs 87,000 crore for farmers.' });
    expect(statementOf(forecast)).toBeNull();
    const imd = fact({ question: 'Which organisation said it?', answer: 'India Meteorological Department', answerType: 'organisation', sentence: 'The India Meteorological Department said the cyclone will weaken into a deep depression by Friday evening.' });
    expect(statementOf(imd)).toBeNull();
    const stated = fact({ question: 'Who said it?', answer: 'Chief Minister Mohan Majhi', answerType: 'person', sentence: 'More than 5.8 lakh people were evacuated to cyclone shelters in 14 districts of Odisha on Thursday.' });
    expect(statementOf(stated)).toBe('More than 5.8 lakh people were evacuated to cyclone shelters in 14 districts of Odisha on Thursday.');
  });

  it('makes no statement of what a speaker says of their own work or side ("Modi said his work style is driven by …")', () => {
    const claim = fact({ question: 'What?', answer: 'nation', answerType: 'term', sentence: 'Prime Minister Narendra Modi said his work style is driven by the needs of the nation and not for electoral considerations.' });
    expect(statementOf(claim)).toBeNull();
    const toll = fact({ question: 'How many?', answer: '20', answerType: 'number', sentence: 'The district collector said the toll in the landslides had risen to 20 by Sunday evening.' });
    expect(statementOf(toll)).not.toBeNull();
  });

  it('makes no statement of what a speaker says a side is ready or able to do ("Singh said India is ready to match …")', () => {
    const ready = fact({ question: 'Who?', answer: 'Jitendra Singh', answerType: 'person', sentence: 'Singh said India is ready to match the global standards in space technology and genome sequencing.' });
    expect(statementOf(ready)).toBeNull();
    const poised = fact({ question: 'What?', answer: 'India', answerType: 'country', sentence: 'The minister said the country was now poised for a leading role in the semiconductor supply chain.' });
    expect(statementOf(poised)).toBeNull();
    const done = fact({ question: 'How many?', answer: '12', answerType: 'number', sentence: 'The minister said 12 new semiconductor units had been approved since 2022.' });
    expect(statementOf(done)).not.toBeNull();
  });

  it('makes no statement of a disaster\'s breakdown by village ("In Syanj, Gohar, nine people …", "one death each was reported from …")', () => {
    const village = fact({ question: 'How many?', answer: 'nine', answerType: 'number', sentence: 'In Syanj, Gohar, nine people from two houses were washed away.' });
    expect(statementOf(village)).toBeNull();
    const shed = fact({ question: 'How many?', answer: 'five', answerType: 'number', sentence: 'In Syathi village, Dharampur, a landslide destroyed two homes and five cow sheds.' });
    expect(statementOf(shed)).toBeNull();
    const each = fact({ question: 'Where?', answer: 'Gohar', answerType: 'place', sentence: 'One death each was reported from Old Market Karsog and Dharampur, while two deaths occurred in Gohar.' });
    expect(statementOf(each)).toBeNull();
    // (A state's or district's toll stands: "In Odisha, …" opens on one place.)
    const state = fact({ question: 'How many?', answer: '5.8 lakh', answerType: 'number', sentence: 'In Odisha, more than 5.8 lakh people were evacuated to cyclone shelters in 14 districts.' });
    expect(statementOf(state)).toBe('In Odisha, more than 5.8 lakh people were evacuated to cyclone shelters in 14 districts.');
  });

  it('makes no statement of a condolence or of a writer\'s hedged judgement', () => {
    const grief = fact({ question: 'Who condoled?', answer: 'Shashi Tharoor', answerType: 'person', sentence: 'Senior Congress leader Shashi Tharoor condoled the former Lok Sabha MP’s death and said that he was a gifted actor.' });
    expect(statementOf(grief)).toBeNull();
    const hedge = fact({ question: 'Which team?', answer: 'Australia', answerType: 'country', sentence: 'India may have dominated the first half of the series but Australia hit back and did not go down without a fight.' });
    expect(statementOf(hedge)).toBeNull();
    const seeming = fact({ question: 'Who?', answer: 'H T Lalremsanga', answerType: 'person', sentence: 'Prof H T Lalremsanga and his co-researchers seem to have a knack for discovering gecko species.' });
    expect(statementOf(seeming)).toBeNull();
    const plain = fact({ question: 'Which team?', answer: 'Australia', answerType: 'country', sentence: 'India beat Australia by six wickets in the final at Ahmedabad on Sunday.' });
    expect(statementOf(plain)).toBe('India beat Australia by six wickets in the final at Ahmedabad on Sunday.');
  });

  it('makes no statement whose answer is who spoke: another speaker swapped in would make only a remark false', () => {
    const speaker = fact({ question: 'Who said it?', answer: 'Narendra Modi', answerType: 'person', sentence: 'Narendra Modi said the people of the state were filled with enthusiasm after the result.' });
    expect(statementOf(speaker)).toBeNull();
    const noted = fact({ question: 'Who said it?', answer: 'Sanjay Malhotra', answerType: 'person', sentence: 'Governor Sanjay Malhotra also noted that inflation had eased to 2.1 per cent in June.', cloze: 'Governor {{c1::Sanjay Malhotra}} also noted that inflation had eased to 2.1 per cent in June.' });
    expect(statementOf(noted)).toBeNull();
    // (Someone named as what they did, not as who spoke, is a fact still.)
    const acted = fact({ question: 'Who inaugurated it?', answer: 'Narendra Modi', answerType: 'person', sentence: 'Narendra Modi inaugurated the Chenab rail bridge in Jammu and Kashmir on June 6.' });
    expect(statementOf(acted)).toBe('Narendra Modi inaugurated the Chenab rail bridge in Jammu and Kashmir on June 6.');
  });

  it('makes no statement of a day told relative to the report ("today", "yesterday")', () => {
    const today = fact({ question: 'How many?', answer: 'three', answerType: 'number', sentence: 'A police officer said that four bodies recovered today were badly decomposed.', statement: 'A police officer said that four bodies recovered today were badly decomposed.' });
    expect(statementOf(today)).toBeNull();
    // (Nor of what is expected: it has not happened.)
    const rain = fact({ question: 'When?', answer: 'June 2', answerType: 'date', sentence: 'Light rainfall with thunderstorms is expected over the plains of Northwest India between May 31 and June 2.' });
    expect(statementOf(rain)).toBeNull();
  });

  it('makes no statement of a step of a narrative ("Earlier, …", "Meanwhile, …")', () => {
    const step = fact({ question: 'Which country made a steady start?', answer: 'Australia', answerType: 'country', sentence: 'Earlier, Australia made a steady start, reaching 60 for one in 12 overs.', statement: 'Earlier, Australia made a steady start, reaching 60 for one in 12 overs.' });
    expect(statementOf(step)).toBeNull();
  });

  it('makes no statement of a feeling voiced or a judgement made', () => {
    for (const sentence of [
      'Modi expressed confidence that the dreams of various sections of society would now be fulfilled.',
      "India's presence at the World Health Assembly underscores its larger role in global health governance.",
      'Defence Minister Rajnath Singh hailed the commissioning as a testament to India’s growing strength.',
      // (A part given a weight, and a moment called a turning point: judgements of the writer.)
      'As chairperson, Meena Rao will play a crucial role in shaping the commission’s agenda.',
      'The new port is expected to play a key role in boosting trade with Central Asia.',
      'The launch marked a historic milestone for the country’s space programme.',
      'Narendra Modi also called Kenya an important partner in the Indo-Pacific.',
      // (Nor what someone called an incident: "one that has shaken the hearts of us all".)
      'Chief Minister Meena Rao described the incident as one that has shaken the whole state.',
    ]) expect(statementOf(fact({ question: 'What?', answer: 'x', answerType: 'term', sentence }))).toBeNull();
    const fact1 = fact({ question: 'Where?', answer: 'Geneva', answerType: 'place', sentence: 'The 78th World Health Assembly began on May 19 in Geneva under the theme "One World for Health".' });
    expect(statementOf(fact1)).not.toBeNull();
    const role = fact({ question: 'Who?', answer: 'Meena Rao', answerType: 'person', sentence: 'Meena Rao played the role of the prosecutor in the 1998 film.' });
    expect(statementOf(role)).not.toBeNull();
  });

  it('makes no statement of how a thing is seen ("was perceived by some as", "is widely regarded as")', () => {
    for (const sentence of [
      'The new rule was perceived by some lawyers as a move to curb the freedom of the bar.',
      'The corridor is widely regarded as a game changer for trade between the two countries.',
      'The reform is seen as a blow to the opposition in the state.',
      // (A noun the view is said of, with no "is": "a move widely seen as a step toward …".)
      'Modi will hold several bilateral meetings, including a discussion with Prime Minister Carney, a move widely seen as a step toward improving strained India-Canada ties.',
    ]) expect(statementOf(fact({ question: 'What?', answer: 'x', answerType: 'term', sentence }))).toBeNull();
    // (What a thing is called or made is still a fact: "is considered" needs its judgement.)
    const named = fact({ question: 'Which?', answer: 'Chilika Lake', answerType: 'place', sentence: 'Chilika Lake was declared the first Ramsar site of India in 1981.' });
    expect(statementOf(named)).not.toBeNull();
  });

  it('makes no statement of what a trade\'s people say of the news ("Economists say the sharp drop … has pulled WPI into negative territory")', () => {
    for (const sentence of [
      'Economists say the sharp drop in food and fuel prices has pulled headline WPI into negative territory, easing cost burdens for producers.',
      'Analysts believe the rate cut will revive demand for housing loans in the festive season.',
      'Some experts noted that the monsoon had been uneven across the southern states.',
    ]) expect(statementOf(fact({ question: 'What?', answer: 'x', answerType: 'term', sentence }))).toBeNull();
    // (What economists were counted or did is still a fact.)
    const polled = fact({ question: 'How many?', answer: '25', answerType: 'number', sentence: 'The Reserve Bank of India surveyed 25 economists before the policy meeting in June.' });
    expect(statementOf(polled)).not.toBeNull();
  });

  it('makes no statement of a claim or a report passed on ("allegedly", "claimed that", "is said to")', () => {
    for (const sentence of [
      'Allegedly, his sister pleaded with him to take the child to a doctor, but he refused.',
      'The police claimed that the accused had fled to Nepal after the attack.',
      'The petitioners allege that the land was acquired without any notice to the owners.',
      'The minister is reported to have met the contractor twice before the tender was floated.',
      'The gang reportedly smuggled 40 kg of gold through the Chennai airport last year.',
    ]) expect(statementOf(fact({ question: 'What?', answer: 'x', answerType: 'term', sentence }))).toBeNull();
    // (What a court or a body found stays a fact: "alleged" in a charge's name is no claim.)
    const found = fact({ question: 'Who?', answer: 'Meena Rao', answerType: 'person', sentence: 'Meena Rao was arrested by the CBI on charges of alleged corruption in the mining lease.' });
    expect(statementOf(found)).not.toBeNull();
  });

  it('makes no statement of what the publisher itself observed', () => {
    const observed = fact({ question: 'Whose Polaroids?', answer: 'Halston', answerType: 'person', sentence: 'Wikinews observed the USI exhibit identifies and features Polaroids of fashion designer Halston.' });
    expect(statementOf(observed)).toBeNull();
  });
});

describe('a statement too vague to mark false', () => {
  it('is none of a use or an aim told in general words, nor of three words', () => {
    const useful = fact({ question: 'What?', answer: 'NavIC', answerType: 'term', sentence: 'NavIC is useful for various civil and strategic applications.' });
    expect(statementOf(useful)).toBeNull();
    const aim = fact({ question: 'What?', answer: 'NavIC', answerType: 'term', sentence: 'The NVS series of satellites will sustain and enhance NavIC with improved features.' });
    expect(statementOf(aim)).toBeNull();
    const bare = fact({ question: 'Which satellites did India launch?', answer: 'NavIC', answerType: 'term', sentence: 'India has launched nine first-generation NavIC satellites.', statement: 'India launched NavIC.' });
    expect(statementOf(bare)).toBeNull();
    // (A use told with what it serves is still a statement.)
    const named = fact({ question: 'What?', answer: 'NavIC', answerType: 'term', sentence: 'NavIC is India’s version of GPS and consists of nine satellites.' });
    expect(statementOf(named)).toBe('NavIC is India’s version of GPS and consists of nine satellites.');
  });
});

describe('a forecast told before its teller', () => {
  it('is no statement ("… will train Indian conservationists, the ministry added")', () => {
    const told = fact({ question: 'From where?', answer: 'Africa', answerType: 'place', sentence: 'Cheetah managers and biologists from Africa will train Indian conservationists and forest officers, the ministry added.' });
    expect(statementOf(told)).toBeNull();
    const done = fact({ question: 'From where?', answer: 'Africa', answerType: 'place', sentence: 'Cheetah managers and biologists from Africa trained Indian forest officers at Kuno in 2022.' });
    expect(statementOf(done)).toBe('Cheetah managers and biologists from Africa trained Indian forest officers at Kuno in 2022.');
  });
});

describe('a false statement swaps in a name the article shows wrong', () => {
  it('a country the article never names is no swap ("Pakistan fought back …" of a final against Nepal); a figure still swaps', () => {
    const sentence = 'Nepal fought back in Turn 2 but could not challenge India’s control in New Delhi.';
    const nepal = fact({ question: 'Which country fought back in Turn 2?', answer: 'Nepal', answerType: 'country', sentence });
    const pool = buildDistractorPool([nepal]);
    const sentences = [sentence, 'India beat Nepal 78-40 in the final of the Kho Kho World Cup in New Delhi on Sunday.'];
    for (const seed of [1, 2, 3]) expect(falseVersion(nepal, sentence, pool, seededRandom(seed), [], sentences)).toBeNull();
    const outlay = fact({ question: 'How much will the scheme cost?', answer: '₹1.31 lakh crore', answerType: 'number', sentence: 'The scheme will cost ₹1.31 lakh crore over five years.' });
    expect(falseVersion(outlay, outlay.sentence, buildDistractorPool([outlay]), seededRandom(1), [], [outlay.sentence])).not.toBeNull();
  });
});

describe('a false statement about a titled person', () => {
  it('swaps in only someone the article gives the same title ("led by Justice _____" takes a judge, never "Justice Droupadi Murmu")', () => {
    const S = 'Justice Chandrachud has twice overturned judgments led by Justice YV Chandrachud.';
    const father = fact({ articleId: 'cji', question: 'Whose judgments did he overturn?', answer: 'YV Chandrachud', answerType: 'person', sentence: S, statement: S });
    const murmu = fact({ articleId: 'cji', question: 'Who administered the oath?', answer: 'Droupadi Murmu', answerType: 'person', sentence: 'President Droupadi Murmu administered the oath.', statement: 'President Droupadi Murmu administered the oath.' });
    const lalit = fact({ articleId: 'cji', question: 'Whom did he succeed?', answer: 'Uday Umesh Lalit', answerType: 'person', sentence: 'He succeeds Justice Uday Umesh Lalit, who demitted office on Tuesday.', statement: 'He succeeds Justice Uday Umesh Lalit.' });
    const sentences = [S, 'President Droupadi Murmu administered the oath.', 'He succeeds Justice Uday Umesh Lalit, who demitted office on Tuesday.'];
    const pool = buildDistractorPool([father, murmu, lalit]);
    const made = falseVersion(father, S, pool, () => 0.5, ['Droupadi Murmu', 'Uday Umesh Lalit'], sentences);
    expect(made?.wrong).not.toBe('Droupadi Murmu');
    expect(falseVersion(father, S, pool, () => 0.5, ['Droupadi Murmu'], [S, 'President Droupadi Murmu administered the oath.'])).toBeNull();
  });
});

describe('a false statement of what kind a thing is', () => {
  it('is never made: "India is a world leader in pharmaceuticals" from Switzerland\'s description is not shown false', () => {
    const S = 'Switzerland is a world leader in pharmaceuticals, spearheading new discoveries, and a top exporter of organic chemicals.';
    const swiss = fact({ articleId: 'efta', question: 'What is a world leader in pharmaceuticals …?', answer: 'Switzerland', answerType: 'country', sentence: S, statement: S, pattern: 'definition' });
    const india = fact({ articleId: 'efta', question: 'Which country signed the pact with EFTA?', answer: 'India', answerType: 'country', sentence: 'India signed the pact with EFTA in March.', statement: 'India signed the pact with EFTA in March.' });
    const pool = buildDistractorPool([swiss, india]);
    expect(falseVersion(swiss, S, pool, () => 0.5, ['India'], [S, india.sentence])).toBeNull();
    // (Nor of any pattern where the statement says what one is "a" kind of.)
    expect(falseVersion({ ...swiss, pattern: 'subject' }, S, pool, () => 0.5, ['India'], [S, india.sentence])).toBeNull();
  });
});

describe('statementOf: a link to the sentence before', () => {
  it('is left out ("On the other hand, archers … won gold" → "Archers … won gold")', () => {
    const S = 'On the other hand, archers Jyothi Vennam and Praveen Ojas won gold in their respective individual compound events.';
    const f = fact({ question: 'Who won gold?', answer: 'Jyothi Vennam', answerType: 'person', sentence: S });
    expect(statementOf(f)).toBe('Archers Jyothi Vennam and Praveen Ojas won gold in their respective individual compound events.');
  });
});

describe('a writer\'s grade of a showing', () => {
  it('is no statement to mark true or false, nor a deed to ask who did ("The LDF had put forth a good performance, …")', async () => {
    const graded = fact({ question: 'Which organisation?', answer: 'LDF', answerType: 'organisation', sentence: 'The LDF had put forth a good performance, with Annie increasing their vote share from 25.24% in 2019 to 26.09% in 2024.', cloze: 'The {{c1::LDF}} had put forth a good performance, with Annie increasing their vote share from 25.24% in 2019 to 26.09% in 2024.' });
    expect(statementOf(graded)).toBeNull();
    const { byPattern, factsOf } = await import('../extract/facts-of.js');
    expect(byPattern(factsOf(['CPI candidate Sathyan Mokeri came second with 2,11,407 votes.', 'The Left Democratic Front had put forth a good performance in the general election held earlier this year.']), 'subject').map((f) => f.answer)).not.toContain('Left Democratic Front');
  });
});

describe('how someone described a thing', () => {
  it('is their view, no statement to mark ("Ambassador Sergio Gor described the exchange as meaningful and productive")', () => {
    const view = fact({ question: 'Who?', answer: 'Sergio Gor', answerType: 'person', sentence: 'Ambassador Sergio Gor described the exchange as meaningful and productive, noting that it took place shortly after India’s Republic Day celebrations.', cloze: 'Ambassador {{c1::Sergio Gor}} described the exchange as meaningful and productive, noting that it took place shortly after India’s Republic Day celebrations.' });
    expect(statementOf(view)).toBeNull();
    // (A plain fact is still a statement.)
    const named = fact({ question: 'How far?', answer: '2,000 km', answerType: 'number', sentence: 'The missile has a range of 2,000 km, the ministry said.', cloze: 'The missile has a range of {{c1::2,000 km}}, the ministry said.' });
    expect(statementOf(named)).not.toBeNull();
  });
});

describe('a false statement its own sentence shows false', () => {
  it('is never made by swapping a figure against the comparison the sentence makes', async () => {
    const { contradictsItself } = await import('../../src/generate/items/false-statement.js');
    expect(contradictsItself('Transport and communication inflation stood at 2.95 per cent, marginally lower than 0.94 per cent in October.')).toBe(true);
    expect(contradictsItself('Urban food inflation also moved up, from 2.95 per cent to -3.60 per cent.')).toBe(true);
    expect(contradictsItself('Housing inflation remained steady, recording 0.88 per cent in November compared to 2.96 per cent in October.')).toBe(true);
    expect(contradictsItself('Gold imports fell from USD 5.14 billion to USD 9.6 billion in September.')).toBe(true);
    // (A swap the comparison allows is shown false by the article only: still a fair statement.)
    expect(contradictsItself('Transport and communication inflation stood at 0.88 per cent, marginally lower than 0.94 per cent in October.')).toBe(false);
    expect(contradictsItself('Urban food inflation also moved up, from -5.18 per cent to -3.60 per cent.')).toBe(false);
    expect(contradictsItself('Exports rose to USD 36 billion, up from USD 34 billion.')).toBe(false);
  });
});
