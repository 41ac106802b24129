import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs, { date: '2024-02-15' }), 'court-ruling').map((f) => [f.question, f.answer]);

describe('court-ruling: a law whose validity the court upheld', () => {
  it('asks which law, past "the constitutional validity of"', () => {
    expect(asked(['The Supreme Court on Tuesday upheld the constitutional validity of the Bihar Land Reforms Act, 1950, and set aside the High Court verdict.'])).toContainEqual([
      'Which act did the Supreme Court uphold in February 2024?',
      'Bihar Land Reforms Act',
    ]);
  });
});

describe('court-ruling: how the Bench split', () => {
  it('asks by what majority, of the court\'s verb phrase ("in a 3-2 verdict", "by a 4:1 majority", "by a majority of 3:2")', () => {
    expect(asked(['The Constitution Bench of the Supreme Court on Monday upheld the abrogation of Article 370 in a 4-1 verdict, with one judge dissenting.'])).toContainEqual([
      'By what majority did the Supreme Court uphold the abrogation of Article 370 in February 2024?',
      '4-1',
    ]);
    expect(asked(['A seven-judge Bench of the Supreme Court ruled that States may sub-classify Scheduled Castes by a 6:1 majority.'])).toContainEqual([
      'By what majority did the Supreme Court rule that States may sub-classify Scheduled Castes in February 2024?',
      '6:1',
    ]);
    expect(asked(['The Kerala High Court on Friday dismissed the plea of the temple board by a majority of 2:1.'])).toContainEqual([
      'By what majority did the Kerala High Court dismiss the plea of the temple board in February 2024?',
      '2:1',
    ]);
    // ("struck down nikah halala, or temporary marriage, by a 3:2 verdict": a verdict by its split, the aside's comma aside.)
    expect(asked(['In a far-reaching order, the Supreme Court on Tuesday struck down nikah halala, or temporary marriage, by a 3:2 verdict of the constitutional bench.'])).toContainEqual([
      'By what majority did the Supreme Court strike down nikah halala in February 2024?',
      '3:2',
    ]);
    // (Not a score, nor a split with no court before it.)
    expect(asked(['India beat Pakistan 3-1 in the final at Hulunbuir on Tuesday.'])).toEqual([]);
    expect(asked(['The council rejected the proposal in a 3-2 vote on Monday.'])).toEqual([]);
  });
});

describe('court-ruling: what a court did to a named law, scheme or order', () => {
  it('asks which one, by its kind, the court named as the subject', () => {
    expect(asked(['A five-judge Constitution Bench of the Supreme Court on Thursday struck down the Electoral Bonds Scheme, holding that it violated the right to information.'])).toEqual([
      ['Which scheme did the Supreme Court strike down in February 2024?', 'Electoral Bonds Scheme'],
    ]);
    expect(asked(['The Supreme Court stayed the Farm Laws in January.'])).toEqual([['Which laws did the Supreme Court stay in January 2024?', 'Farm Laws']]);
    // A law named with what it does in brackets, and its year: one name, asked by its kind.
    expect(asked(['The Supreme Court on Tuesday struck down the Goa Fishing Boats (Regulation) Act, 2022, holding that it violated the right to trade.'])).toEqual([
      ['Which act did the Supreme Court strike down in February 2024?', 'Goa Fishing Boats (Regulation) Act, 2022'],
    ]);
  });

  it('asks a scheme or law the report writes in lower case, whole with its kind', () => {
    expect(asked(['A five-judge Constitution Bench of the Supreme Court on Thursday struck down the electoral bonds scheme, holding that it violated the right to information.'])).toEqual([
      ['Which scheme did the Supreme Court strike down in February 2024?', 'electoral bonds scheme'],
    ]);
    // Not a phrase that points elsewhere ("its order").
    expect(asked(['The Supreme Court on Monday stayed its own order on the demolitions in Delhi.'])).toEqual([]);
  });

  it('asks nothing when no court acts or the object names no law', () => {
    expect(asked(['The government struck down the Electoral Bonds Scheme, the minister said.'])).toEqual([]);
    expect(asked(['The Supreme Court on Monday upheld the abrogation of Article 370.'])).toEqual([]);
  });
});

describe('court-ruling: a name whose kind the next word says', () => {
  it('asks the name with its kind ("the Electoral Bond scheme"), a day between the court and its verb', () => {
    expect(asked(['In a landmark judgment, the Supreme Court on Thursday struck down the Electoral Bond scheme for the funding of political parties.'])).toEqual([
      ['Which scheme did the Supreme Court strike down in February 2024?', 'Electoral Bond scheme'],
    ]);
    expect(asked(['The Allahabad High Court on Friday quashed the Madrasa Education act of 2004, calling it unconstitutional.']).map(([, a]) => a)).toEqual(['Madrasa Education act']);
  });
});
