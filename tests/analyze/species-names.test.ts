import { describe, expect, it } from 'vitest';
import { speciesNames } from '../../src/analyze/species-names.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

const names = (text: string) => speciesNames(text).map((r) => text.slice(r.start, r.end));

describe('scientific names in a story of a find', () => {
  it('are read whole: a genus and its lower-case epithet, or a genus after its rank', () => {
    expect(names('The newly described species, Hasarius kolkataensis, belongs to the family Salticidae.')).toEqual(['Hasarius kolkataensis']);
    expect(names('A new species of frog, Raorchestes silvanus, was found in the Western Ghats.')).toEqual(['Raorchestes silvanus']);
    expect(names('This marks the first record of the genus Hasarius in the state.')).toEqual(['Hasarius']);
  });

  it('are not looked for where no species or genus is spoken of, nor made of everyday words', () => {
    expect(names('Kerala received heavy rain on Monday, the IMD said.')).toEqual([]);
    expect(names('The species found in Assam area was recorded in the park.')).toEqual([]);
  });

  it('become one term of the sentence, not a person and a word', () => {
    const a = analyzeArticle(articleOf(['The newly described species, Hasarius kolkataensis, belongs to the family Salticidae.']));
    expect(a.sentences[0].entities.map((e) => `${e.text}[${e.cls}]`)).toContain('Hasarius kolkataensis[term]');
  });
});

describe('an epithet in -i', () => {
  it('is read with its genus ("named Rhabdophis bindi", "named Cnemaspis rashidi"), a town in -i no epithet', () => {
    const read = (text: string) => analyzeArticle(articleOf([text])).sentences.flatMap((s) => s.entities.map((e) => e.text));
    expect(read('The new species has been named Rhabdophis bindi for the red spot on its neck.')).toContain('Rhabdophis bindi');
    expect(read('The gecko species was named Cnemaspis rashidi after the scientist’s father.')).toContain('Cnemaspis rashidi');
  });
});

