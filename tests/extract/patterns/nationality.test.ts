import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

describe('nationality: which country the people a sentence is about come from', () => {
  it('asks the country of a group its demonym names, as the sentence’s subject', () => {
    const facts = factsOf([
      'A group of Afghan teenagers was awarded a silver medal on Tuesday at the FIRST Global Challenge in Washington D.C.',
      'The Afghan team had been denied visas to enter the United States, officials in Afghanistan said.',
    ]);
    expect(ask(facts, 'nationality')).toContainEqual([
      'A group of teenagers from which country was awarded a silver medal on Tuesday at the FIRST Global Challenge in Washington D.C.?',
      'Afghanistan',
    ]);
  });

  it('reads Indian news: fishermen, nationals, a team, with a count or a modifier before the noun', () => {
    const facts = factsOf([
      'Twelve Indian fishermen were arrested by the Sri Lankan Navy near Delft island on Sunday for allegedly poaching.',
      'Three Nepali trekking guides were rescued from the Annapurna base camp after an avalanche, officials said.',
      'India and Sri Lanka have discussed the fishermen issue for years.',
    ]);
    const asked = ask(facts, 'nationality');
    expect(asked).toContainEqual(['Twelve fishermen from which country were arrested by the Sri Lankan Navy near Delft island on Sunday for allegedly poaching?', 'India']);
    expect(asked).toContainEqual(['Three trekking guides from which country were rescued from the Annapurna base camp after an avalanche?', 'Nepal']);
  });

  it('asks nothing of a demonym in a name, before an office, or away from the subject', () => {
    const facts = factsOf([
      'Indian Navy ships reached the port of Colombo on Monday for a joint exercise.',
      'Indian Prime Minister Narendra Modi met the Japanese delegation in Tokyo on Monday.',
      'The talks were attended by Japanese officials and Indian diplomats in Tokyo.',
      'The Indian team, led by Rohit Sharma, won the final in Ahmedabad.',
    ]);
    expect(ask(facts, 'nationality')).toEqual([]);
  });

  it('asks nothing when the rest of the question names the country by its demonym', () => {
    const facts = factsOf([
      'The Maldivian contingent is being represented by marine troops of the Maldivian National Defence Force, while the Indian side is represented by the Mahar Regiment.',
      'The exercise will run in Pune until October 20.',
    ]);
    expect(ask(facts, 'nationality').map(([, a]) => a)).not.toContain('Maldives');
  });
});

describe('nationality: what the people did', () => {
  it('ends where another clause begins ("… in 1979 while Indonesia are the most successful nation …")', () => {
    const asked = ask(factsOf(['Indian men had previously reached the Thomas Cup semis in 1952, 1955, and 1979 while Indonesia are the most successful nation in the history of the tournament.']), 'nationality');
    expect(asked).toContainEqual(['Men from which country had previously reached the Thomas Cup semis in 1952, 1955, and 1979?', 'India']);
  });
});

describe('nationality: the story’s own country honouring its own', () => {
  it('is not asked ("Indian athletes … conferred … by President Droupadi Murmu"); abroad or beside another country, it is', () => {
    const home = ask(factsOf(['Indian athletes have been conferred with the National Sports Awards by President Droupadi Murmu at Rashtrapati Bhawan in New Delhi.', 'The awards were given to 26 athletes from India in all.', 'India’s President also praised the coaches from India.']), 'nationality');
    expect(home).toEqual([]);
    const abroad = ask(factsOf(['Indian fishermen were arrested by the Sri Lankan Navy near Katchatheevu on Sunday night.', 'The fishermen from India had set sail from Rameswaram.', 'India has taken up the matter with Sri Lanka.']), 'nationality');
    expect(abroad.map(([, a]) => a)).toContain('India');
  });
});
