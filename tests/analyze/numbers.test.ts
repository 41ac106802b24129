import { describe, expect, it } from 'vitest';
import { numberValue, ordinalValue } from '../../src/analyze/number-words.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf, entities } from './fixtures.js';

describe('a figure\'s minus typed as a dash', () => {
  it('is the figure\'s sign ("fell to –0.58 per cent"), never a range\'s dash ("2019–20")', () => {
    const a = analyzeArticle(articleOf(['Wholesale inflation fell to –0.58 per cent in July, after –0.13 per cent in June and 1.2 per cent in 2019–20.']));
    const shown = a.sentences[0].entities.filter((e) => e.cls === 'percent').map((e) => e.text);
    expect(shown).toEqual(['–0.58 per cent', '–0.13 per cent', '1.2 per cent']);
  });
});

describe('number words', () => {
  it('reads spelled-out and written numbers', () => {
    expect(numberValue('four')).toBe(4);
    expect(numberValue('twelve')).toBe(12);
    expect(numberValue('twenty-five')).toBe(25);
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('$2.5 million')).toBe(2_500_000);
    expect(numberValue('a hundred')).toBe(100);
    expect(numberValue('A$3 billion')).toBe(3_000_000_000);
    expect(numberValue('three hundred thousand')).toBe(300_000);
    expect(numberValue('years')).toBeNull();
  });

  it('reads ordinals', () => {
    expect(ordinalValue('third')).toBe(3);
    expect(ordinalValue('first')).toBe(1);
    expect(ordinalValue('21st')).toBe(21);
    expect(ordinalValue('twenty-first')).toBe(21);
    expect(ordinalValue('many')).toBeNull();
  });
});

describe('numeric entities', () => {
  it('classes numbers, ordinals, percents and money with values', () => {
    const a = analyzeArticle(articleOf([
      'Russia became the third country to join, and four islands are disputed. Forty percent of voters agreed, and the plan costs $26 million.',
    ]));
    const found = entities(a).map((e) => [e.cls, e.text, e.value]);
    expect(found).toContainEqual(['ordinal', 'third', 3]);
    expect(found).toContainEqual(['number', 'four', 4]);
    expect(found).toContainEqual(['percent', 'Forty percent', 40]);
    expect(found.find(([cls]) => cls === 'money')?.[2]).toBe(26_000_000);
  });

  it('reads "111th" and "212th" as one ordinal, not a "1" and an "11th"', () => {
    const a = analyzeArticle(articleOf(['Nepal was ranked 111th in the index, and Chad came 212th of 220 in the table.']));
    const found = entities(a).filter((e) => e.cls === 'ordinal' || e.cls === 'number').map((e) => [e.cls, e.text, e.value]);
    expect(found).toContainEqual(['ordinal', '111th', 111]);
    expect(found).toContainEqual(['ordinal', '212th', 212]);
    expect(found.some(([, text]) => text === '1' || text === '11th' || text === '12th')).toBe(false);
  });

  it('keeps the code that says whose dollars with the amount', () => {
    const a = analyzeArticle(articleOf(['The council will hold two polls at an estimated cost of NZ $ 14 million, and Canberra pledged A$3 billion. US $ 5 million more came from a fund.']));
    const money = entities(a).filter((e) => e.cls === 'money').map((e) => [e.text, e.value]);
    expect(money).toContainEqual(['NZ $ 14 million', 14_000_000]);
    expect(money).toContainEqual(['A$3 billion', 3_000_000_000]);
    expect(money).toContainEqual(['US $ 5 million', 5_000_000]);
    // Nor is the code read as a place of its own.
    expect(entities(a).some((e) => e.cls === 'place' && e.text === 'NZ')).toBe(false);
  });
});

describe('Indian units', () => {
  it('keep lakh and crore with their number', () => {
    const a = analyzeArticle(articleOf(['Capital expenditure was kept at ₹11.11 lakh crore, and about 30 lakh families would benefit from ₹13,000 crore.']));
    const texts = a.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(texts).toContainEqual(['money', '₹11.11 lakh crore']);
    expect(texts).toContainEqual(['money', '₹13,000 crore']);
    expect(texts.some(([, t]) => t.endsWith('30 lakh'))).toBe(true);
    // (A thousands comma typed with a space, "Rs 62, 635 crores", is inside the figure.)
    const spaced = analyzeArticle(articleOf(['Farmers will get an additional return of Rs 48, 210 crores on the notified crops.'])).sentences.flatMap((s) => s.entities);
    expect(spaced.filter((e) => e.cls === 'money').map((e) => [e.text, e.value])).toEqual([['Rs 48, 210 crores', 482100000000]]);
    // Joined by a hyphen before the noun it prices.
    const hyphen = analyzeArticle(articleOf(['The Cabinet approved a ₹30,000-crore compensation package for oil companies.']));
    expect(hyphen.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text])).toContainEqual(['money', '₹30,000-crore']);
    // (And the unit after a hyphened one: "a Rs 100-lakh crore plan", "a ₹1.5-lakh crore outlay".)
    const lakhCrore = analyzeArticle(articleOf(['Modi launched Gati Shakti, a Rs 100-lakh crore national master plan.', 'The Cabinet cleared a ₹1.5-lakh crore outlay for roads.']));
    const hyphened = lakhCrore.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'money').map((e) => e.text);
    expect(hyphened).toEqual(['Rs 100-lakh crore', '₹1.5-lakh crore']);
    // (A number hyphened onto a name or its bracket is the code's: "Earth Observation Satellite (EOS)-6".)
    const code = analyzeArticle(articleOf(['Earth Observation Satellite (EOS)-6 will be the primary passenger.', 'The INSAT-3DS satellite weighs 2,274 kg.']));
    expect(code.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'number').map((e) => e.text)).toEqual(['2,274']);
    // A currency sign glued to the number, which wink reads as "Rs." "2" "," "000".
    const glued = analyzeArticle(articleOf(['The Cabinet approved Mission Mausam with an outlay of Rs.2,000 crore over two years, and Rs.1,25,000 for each district.']));
    const money = glued.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'money').map((e) => e.text);
    expect(money).toContain('Rs.2,000 crore');
    expect(money.some((t) => /^Rs\.1,25,000/.test(t))).toBe(true);
    // A rupee sign with no dot glued to the figure's first digits: wink reads "Rs2" "." "37".
    // ("Rs3,647.62 crore": thousands and decimals after a glued sign, one amount.)
    const decimals = analyzeArticle(articleOf(['The cabinet approved a total of Rs3,647.62 crore in funding.'])).sentences[0].entities.filter((e) => e.cls === 'money').map((e) => e.text);
    expect(decimals).toEqual(['Rs3,647.62 crore']);
    expect(analyzeArticle(articleOf(['The state approved Rs3647 crore for roads.'])).sentences[0].entities.filter((e) => e.cls === 'money').map((e) => e.text)).toEqual(['Rs3647 crore']);
    const rs = analyzeArticle(articleOf(['GST collections rose to Rs2.37 lakh crore in April from Rs2.10 lakh crore, and refunds rose to Rs27,341 crore.']));
    expect(rs.sentences.flatMap((s) => s.entities).filter((e) => e.cls === 'money').map((e) => e.text)).toEqual(['Rs2.37 lakh crore', 'Rs2.10 lakh crore', 'Rs27,341 crore']);
    // A unit written onto the number.
    const throw_ = analyzeArticle(articleOf(['Rinku Hooda delivered a winning effort of 66.37m to break the record.']));
    expect(throw_.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text])).toContainEqual(['number', '66.37m']);
  });
});

describe('a span of time joined to its number by a hyphen', () => {
  it('is one figure with its number ("a 15-day notice", "a 27-year hiatus")', () => {
    const a = analyzeArticle(articleOf(['The court ordered a prior 15-day notice before any demolition.', 'The party returned to power after a 27-year hiatus.', 'The panel has a two-month deadline and a 10-member team.']));
    const texts = a.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(texts).toContainEqual(['number', '15-day']);
    expect(texts).toContainEqual(['number', '27-year']);
    expect(texts).toContainEqual(['number', 'two-month']);
    // (Only a span of time: a team's size stays the bare number.)
    expect(texts).toContainEqual(['number', '10']);
  });
});

describe('a win\'s margin', () => {
  it('is one figure with its unit after "by" ("by 7 runs", "by six wickets"), not elsewhere', () => {
    const a = analyzeArticle(articleOf(['India defeated South Africa by 7 runs in the final at Barbados.', 'Mumbai Indians won by six wickets at Chennai.', 'Kohli scored 76 runs off 59 balls.']));
    const texts = a.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(texts).toContainEqual(['number', '7 runs']);
    expect(texts).toContainEqual(['number', 'six wickets']);
    expect(texts).toContainEqual(['number', '76']);
  });
});

describe('a financial year written with an apostrophe', () => {
  it('is one date ("2017-’18"), not a year and a number', () => {
    const a = analyzeArticle(articleOf(['The scheme introduced in 2019-’20 was struck down by the court.', "Loans worth Rs 900 crore were given in 2021-'22 alone."]));
    const texts = a.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(texts).toContainEqual(['date', '2019-’20']);
    expect(texts).toContainEqual(['date', "2021-'22"]);
    expect(texts).not.toContainEqual(['number', '20']);
    expect(texts).not.toContainEqual(['number', '22']);
  });
});

describe('a fraction of a counted dozen', () => {
  it('is one figure with its "half" ("over half a dozen explosions")', () => {
    const a = analyzeArticle(articleOf(['The rescuers conducted over half a dozen controlled explosions to clear the boulders.']));
    const texts = a.sentences.flatMap((s) => s.entities).map((e) => [e.cls, e.text]);
    expect(texts).toContainEqual(['number', 'half a dozen']);
    expect(texts).not.toContainEqual(['number', 'a dozen']);
  });
});
