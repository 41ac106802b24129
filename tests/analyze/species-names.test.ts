import { describe, expect, it } from 'vitest';
import { speciesNames } from '../../src/analyze/species-names.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

const names = (text: string) => speciesNames(text).map((r) => text.slice(r.start, r.end));

describe('scientific names in a story of a find', () => {
  it('are read whole: a genus and its lower-case epithet, or a genus after its rank', () => {
    expect(names('The newly identified species, Piratula acuminata, belongs to the family Lycosidae.')).toEqual(['Piratula acuminata']);
    expect(names('A new species of snake, Rhabdops aquaticus, was found in the Western Ghats.')).toEqual(['Rhabdops aquaticus']);
    expect(names('This marks the first record of the genus Piratula in India.')).toEqual(['Piratula']);
  });

  it('are not looked for where no species or genus is spoken of, nor made of everyday words', () => {
    expect(names('Kerala received heavy rain on Monday, the IMD said.')).toEqual([]);
    expect(names('The species found in Assam area was recorded in the park.')).toEqual([]);
  });

  it('become one term of the sentence, not a person and a word', () => {
    const a = analyzeArticle(articleOf(['The newly identified species, Piratula acuminata, belongs to the family Lycosidae.']));
    expect(a.sentences[0].entities.map((e) => `${e.text}[${e.cls}]`)).toContain('Piratula acuminata[term]');
  });
});
