import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('capital: the capital of a country', () => {
  it('asks the capital in each way news writes it', () => {
    const capitals = (paragraphs: string[]) => ask(factsOf(paragraphs), 'capital');
    expect(capitals(['The Maldives, an archipelago of about 1,200 islands in the Indian Ocean, lies about 1,000 km from India. Its capital is Malé.'])).toEqual([['What is the capital of the Maldives?', 'Malé']]);
    expect(capitals(['The summit will be held in Baku, the capital of Azerbaijan, in November.'])).toEqual([['What is the capital of Azerbaijan?', 'Baku']]);
    expect(capitals(["Protests spread to Kenya's capital, Nairobi, on Tuesday."])).toEqual([['What is the capital of Kenya?', 'Nairobi']]);
    expect(capitals(['Officials in the capital of Peru, Lima, said the quake was felt widely.'])).toEqual([['What is the capital of Peru?', 'Lima']]);
  });

  it('asks nothing of capital markets, a capital of fashion or an "its" with no country before it', () => {
    const none = (text: string) => expect(byPattern(factsOf([text]), 'capital')).toEqual([]);
    none("Kenya's capital markets fell sharply in Nairobi on Tuesday.");
    none('Paris, the capital of fashion, opened its week of shows on Monday.');
    none('The company reported record profits in March. Its capital is London, where it employs 4,000 people.');
  });
});
