import { describe, expect, it } from 'vitest';
import { joinedSplitSums } from '../../src/ingest/split-figure.js';
import { withoutListNumber, withoutStrayStops } from '../../src/ingest/glued-sentence.js';

describe('a sum whose thousands a stray space cut in two', () => {
  it('is one figure again after a currency sign and before its unit ("Rs 55, 825 crore")', () => {
    expect(joinedSplitSums('The government has made an outlay of Rs 55, 825 crore.')).toBe('The government has made an outlay of Rs 55,825 crore.');
    expect(joinedSplitSums('a fund of ₹1, 500 crore for five years')).toBe('a fund of ₹1,500 crore for five years');
  });

  it('leaves a list of figures alone ("Rs 55, 825 and 900 crore" has no unit after its middle one; "55, 825 crore" no sign)', () => {
    for (const p of ['Shares rose by Rs 55, 825 and 900 crore in three years.', 'In 2021, 825 crore doses were given.', 'The toll rose to 55, 825 lakh people were hit.']) expect(joinedSplitSums(p)).toBe(p);
  });
});

describe('a stop left before a comma', () => {
  it('goes, the comma staying ("on December 1, 2022. , with a long tenure")', () => {
    expect(withoutStrayStops('He took over on December 1, 2022. , with a long tenure in hand.')).toBe('He took over on December 1, 2022, with a long tenure in hand.');
    expect(withoutStrayStops('Prices rose. The index fell.')).toBe('Prices rose. The index fell.');
    // (An article typed twice goes too: "passed the The Biological Diversity (Amendment) Bill".)
    expect(withoutStrayStops('Amidst the din, the House passed the The Biological Diversity (Amendment) Bill.')).toBe('Amidst the din, the House passed the Biological Diversity (Amendment) Bill.');
    // (Two apostrophes typed for a quotation mark are one: "the ''most prestigious'' award".)
    expect(withoutStrayStops("It is recognised as the ''most prestigious literary award'', the statement said.")).toBe('It is recognised as the "most prestigious literary award", the statement said.');
    expect(withoutStrayStops("The poet's work won. It's done.")).toBe("The poet's work won. It's done.");
    expect(withoutStrayStops('He read The Hindu and The Times of India.')).toBe('He read The Hindu and The Times of India.');
    // (A stop typed twice ends the sentence once; an ellipsis stays.)
    expect(withoutStrayStops('Patnaik won the subsequent elections in the state.. Interestingly, talks failed.')).toBe('Patnaik won the subsequent elections in the state. Interestingly, talks failed.');
    expect(withoutStrayStops('The count rose to 41.. and then fell..')).toBe('The count rose to 41. and then fell.');
    expect(withoutStrayStops('He paused... and went on.')).toBe('He paused... and went on.');
  });
});

describe('a list number opening a paragraph', () => {
  it('goes ("1.Birla has been elected …", "2. He is an MP …"), a figure opening a sentence stays', () => {
    expect(withoutListNumber('1.Birla has been elected as the Speaker for the second term in a row.')).toBe('Birla has been elected as the Speaker for the second term in a row.');
    expect(withoutListNumber('2. He is an MP from Kota.')).toBe('He is an MP from Kota.');
    expect(withoutListNumber('1.5 million people were evacuated from the coast.')).toBe('1.5 million people were evacuated from the coast.');
    expect(withoutListNumber('2024 was the warmest year on record.')).toBe('2024 was the warmest year on record.');
  });
});
