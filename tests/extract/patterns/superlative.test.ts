import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'superlative').map((f) => [f.question, f.answer]);

describe('superlative: a record named in apposition', () => {
  it('asks a superlative that says where', () => {
    expect(asked(['Lake Chilika, the largest brackish water lagoon in Asia, is home to Irrawaddy dolphins.'])).toEqual([['Which is the largest brackish water lagoon in Asia?', 'Lake Chilika']]);
  });

  it('asks a first or a superlative that an owner names ("India’s first …")', () => {
    expect(asked(['ISRO on Saturday launched Aditya-L1, India’s first space-based mission to study the Sun, from Sriharikota.'])).toEqual([
      ["Which is India’s first space-based mission to study the Sun?", 'Aditya-L1'],
    ]);
    expect(asked(['Kaziranga, Assam’s oldest national park, is home to two-thirds of the one-horned rhinos.'])).toEqual([["Which is Assam’s oldest national park?", 'Kaziranga']]);
  });

  it('asks the apposition past the day the deed was done ("inaugurated X on Sunday, India’s longest …")', () => {
    expect(asked(['Prime Minister Modi inaugurated Sudarshan Setu on Sunday, India’s longest cable-stayed bridge, connecting Okha to Beyt Dwarka island.'])).toEqual([
      ['Which is India’s longest cable-stayed bridge?', 'Sudarshan Setu'],
    ]);
    expect(asked(['The Chief Minister opened the Zojila Tunnel today, Asia’s longest bi-directional tunnel, in Ladakh.'])).toEqual([
      ['Which is Asia’s longest bi-directional tunnel?', 'Zojila Tunnel'],
    ]);
  });

  it('asks the apposition past a short form, of a superlative joined to its measure, to a "with" or the end ("the world’s highest-resolution … model")', () => {
    expect(asked(['The Centre launched the Bharat Forecast System (BFS) on Monday, the world’s highest-resolution numerical weather prediction model with a spatial resolution of 6 kilometers.'])).toEqual([
      ['Which is the world’s highest-resolution numerical weather prediction model?', 'Bharat Forecast System'],
    ]);
    expect(asked(['The minister opened the Atal Setu (MTHL) on Friday, India’s longest sea bridge.'])).toEqual([['Which is India’s longest sea bridge?', 'Atal Setu']]);
  });

  it('asks a record the story’s country or the world owns ("the country’s longest river bridge" → India’s; "is the world’s longest highway tunnel")', () => {
    const bridge = factsOf(['Prime Minister Narendra Modi on Friday inaugurated the Dhola-Sadia Bridge, the country’s longest river bridge, over the Lohit in Assam.', 'The bridge will cut travel time between Assam and Arunachal Pradesh, India’s north-eastern states.'], { title: 'PM Modi inaugurates India’s longest bridge in Assam' });
    expect(ask(bridge, 'superlative')).toContainEqual(['Which is India’s longest river bridge?', 'Dhola-Sadia Bridge']);
    expect(ask(factsOf(['The Atal Rohtang Tunnel is the world’s longest highway tunnel.']), 'superlative')).toContainEqual(['Which is the world’s longest highway tunnel?', 'Atal Rohtang Tunnel']);
    // (A country's place in the world beside its news is background.)
    expect(asked(['India, the world’s third-largest greenhouse gas emitter, ranked 176th out of 180 nations in the index.'])).toEqual([]);
    expect(ask(factsOf(['India is the world’s third-largest greenhouse gas emitter, the report said.']), 'superlative')).toEqual([]);
    // (A people's name standing for the person named before is no country: "after the Iranian became …".)
    expect(ask(factsOf(['Dabang Delhi’s Fazel Atrachali etched his name in the record books after the Iranian became the most successful foreigner in the history of the Pro Kabaddi League.']), 'superlative')).toEqual([]);
    // (No country the story names: "the country’s" says not which.)
    expect(asked(['The Kovalam Bridge, the country’s longest river bridge, opened on Friday.'])).toEqual([]);
  });

  it('asks an owner’s record said as the predicate, an aside on the capacity before the verb', () => {
    expect(ask(factsOf(['The Gulf Cooperation Council, as a bloc, is India’s largest trading partner in crude oil, the ministry said on Friday.']), 'superlative')).toContainEqual([
      'Which is India’s largest trading partner in crude oil?', 'Gulf Cooperation Council',
    ]);
    expect(ask(factsOf(['The Jawaharlal Nehru Port remains India’s busiest port for container traffic, the shipping ministry said.']), 'superlative')).toContainEqual([
      'Which is India’s busiest port for container traffic?', 'Jawaharlal Nehru Port',
    ]);
    // (Held once is no record now.)
    expect(ask(factsOf(['Kolkata was India’s busiest port for container traffic in the 1960s.']), 'superlative')).toEqual([]);
  });

  it('asks nothing of an office or a plain description in apposition', () => {
    expect(asked(['He met Narendra Modi, India’s Prime Minister, in Delhi on Monday.'])).toEqual([]);
    expect(asked(['The team met Alireza Mehraban, the coach of the team, in Kabul.'])).toEqual([]);
  });

  it('asks nothing of a superlative that says not where or of what: it has many answers', () => {
    expect(asked(['Lake Chilika, the largest lagoon, attracts birds every winter.'])).toEqual([]);
  });

  it('asks a record someone holds now, a "He" carrying on the subject before; not one held once', () => {
    const facts = factsOf([
      'Indian Grandmaster D Gukesh scripted history on Thursday as he won the World Chess Championship by defeating title holder Ding Liren of China. He is the youngest world chess champion.',
      'Before that, Garry Kasparov of Russia was the youngest world chess champion when he won the title at the age of 22.',
    ]);
    expect(ask(facts, 'superlative')).toEqual([['Who is the youngest world chess champion?', 'D Gukesh']]);
  });

  it('asks the most successful or decorated, in a league\'s or a games\' history', () => {
    expect(ask(factsOf(['With this victory, Fazel Atrachali became the most successful foreign player in PKL history, adding another record to his career.']), 'superlative')).toContainEqual([
      'Who became the most successful foreign player in PKL history?', 'Fazel Atrachali',
    ]);
    expect(ask(factsOf(['Michael Phelps became the most decorated Olympian in Olympic history on Tuesday.']), 'superlative').map(([, a]) => a)).toContainEqual('Michael Phelps');
  });

  it('asks a record someone became, said as the predicate ("became the youngest world chess champion ever")', () => {
    expect(ask(factsOf(['History was made in Singapore on Thursday, as D. Gukesh became the youngest world chess champion ever after defeating Ding Liren of China.']), 'superlative')).toContainEqual([
      'Who became the youngest world chess champion ever?', 'D. Gukesh',
    ]);
    expect(ask(factsOf(['In 2023, India became the most populous country in the world, overtaking China.']), 'superlative')).toContainEqual([
      'Which became the most populous country in the world?', 'India',
    ]);
    // (A record with no kind named is no question: "the youngest ever".)
    expect(ask(factsOf(['At 17, Rohan Sharma became the youngest ever to win the title in Pune.']), 'superlative')).toEqual([]);
  });

  it('asks a record with a demonym in it and the region it holds in, not the city it was set in', () => {
    expect(asked(['India’s Aarav Mehta became the youngest Asian swimming champion, beating defending champion Kenji Sato of Japan in Bangkok on Sunday.'])).toEqual([
      ['Who became the youngest Asian swimming champion?', 'Aarav Mehta'],
    ]);
    expect(asked(['The Vizhinjam International Seaport became the busiest transshipment port in South Asia in October.'])).toEqual([
      ['Which became the busiest transshipment port in South Asia?', 'Vizhinjam International Seaport'],
    ]);
    expect(asked(['Koneru Sita became the youngest world rapid chess champion in Doha on Friday.'])).toEqual([['Who became the youngest world rapid chess champion?', 'Koneru Sita']]);
  });

  it('leaves a record "to" do something to the ordinal pattern, which asks it whole', () => {
    expect(asked(['Veteran climber Sunita Rao became the oldest Indian woman to scale Mount Everest on Monday.'])).toEqual([]);
    expect(ask(factsOf(['Veteran climber Sunita Rao became the oldest Indian woman to scale Mount Everest on Monday.']), 'ordinal')).toContainEqual([
      'Who was the oldest Indian woman to scale Mount Everest?', 'Sunita Rao',
    ]);
  });
});
