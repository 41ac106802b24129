import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('listed: what was put on a named list', () => {
  it('asks what was included or inscribed, with the list as the article names it', () => {
    const festival = factsOf(['As Chhath was included in UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity, India on Friday welcomed the decision.'], { date: '2026-12-04' });
    expect(ask(festival, 'listed')).toEqual([['What was included in UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity in December 2026?', 'Chhath']]);
    const site = factsOf(['The Charaideo Maidams of Assam have been inscribed on the UNESCO World Heritage List on Friday.'], { date: '2024-07-26' });
    expect(ask(site, 'listed')).toEqual([['What were inscribed on the UNESCO World Heritage List in July 2024?', 'Charaideo Maidams of Assam']]);
  });

  it('asks a place by its kind, and a thing "of" a place as the thing', () => {
    const city = factsOf(['Srinagar was included in the UNESCO Creative Cities Network on Tuesday for its crafts.'], { date: '2021-11-09' });
    expect(ask(city, 'listed')).toEqual([['Which city was included in the UNESCO Creative Cities Network in November 2021?', 'Srinagar']]);
    const dance = factsOf(['Garba of Gujarat was added to UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity on Wednesday.'], { date: '2023-12-06' });
    expect(ask(dance, 'listed').map(([, a]) => a)).toEqual(['Garba of Gujarat']);
  });

  it('asks nothing of a list named in lower case ("the list of Ramsar sites")', () => {
    expect(byPattern(factsOf(['The Nanda Lake wetland was added to the list of Ramsar sites on Friday.']), 'listed')).toEqual([]);
  });
});

describe('listed: a name described between commas before the verb', () => {
  it('is the thing listed ("Gujarat\'s \'Garba\', a popular dance form …, has been included in …")', () => {
    const facts = factsOf([
      "Kolkata's 'Durga Puja', a ten-day festival of the Goddess, has been inscribed on the Representative List of Intangible Cultural Heritage (ICH) of Humanity by UNESCO.",
      'The Sun Temple of Konark, a thirteenth-century monument in Odisha, was added to the Tentative List in 2019.',
    ]);
    const asked = ask(facts, 'listed');
    expect(asked).toContainEqual([expect.stringMatching(/^What was inscribed on the Representative List of Intangible Cultural Heritage \(ICH\) of Humanity/), 'Durga Puja']);
  });
});

describe('listed: the listing said as a noun', () => {
  it('asks what the inscription or inclusion was of ("hailed the inscription of \'Maratha Military Landscapes\' on the UNESCO World Heritage List")', () => {
    const forts = factsOf(["Prime Minister Narendra Modi on Saturday hailed the inscription of 'Maratha Military Landscapes' on the UNESCO World Heritage List, and said every Indian is elated."], { date: '2025-07-12' });
    expect(ask(forts, 'listed')).toEqual([['What was inscribed on the UNESCO World Heritage List in July 2025?', 'Maratha Military Landscapes']]);
    const dance = factsOf(['The state government celebrated the inclusion of Garba in UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity on Wednesday.'], { date: '2023-12-06' });
    expect(ask(dance, 'listed').map(([, a]) => a)).toEqual(['Garba']);
    // (Not a list named in lower case.)
    expect(byPattern(factsOf(['Officials welcomed the inclusion of Nanda Lake in the list of Ramsar sites.']), 'listed')).toEqual([]);
  });
});

describe('listed: a product given the GI tag', () => {
  it('asks what was given it, by the place\'s name and what it is ("Narasapuram crochet craft", "Dindigul locks and Kandangi sarees")', () => {
    const craft = factsOf(['The intricate Narasapuram crochet craft, with its tradition of lace-making dating back to the 19th century, has received the prestigious Geographical Indications (GI) tag.'], { date: '2024-11-24' });
    expect(ask(craft, 'listed')).toEqual([['What was given the Geographical Indication (GI) tag in November 2024?', 'Narasapuram crochet craft']]);
    const two = factsOf(['Six years after the applications were filed, Dindigul locks and Kandangi sarees in Tamil Nadu were finally granted their Geographical Indication (GI) tags in Chennai Thursday.'], { date: '2023-04-06' });
    expect(ask(two, 'listed').map(([, a]) => a)).toEqual(['Dindigul locks and Kandangi sarees']);
    // (Not a sentence about the tag in general.)
    expect(byPattern(factsOf(['Having a GI tag helps consumers know which products are genuine.']), 'listed')).toEqual([]);
  });

  it('takes no verb into the product, nor the object of a relative clause ("13 articles that embody Bodo identity had received …")', () => {
    expect(byPattern(factsOf(['Today, 13 articles that embody Bodo identity had received the prestigious GI tag from the Registry.']), 'listed')).toEqual([]);
    expect(ask(factsOf(['Kandangi sarees had received the GI tag in 2019.']), 'listed').map(([, a]) => a)).toEqual(['Kandangi sarees']);
    expect(ask(factsOf(['Madurai Malli jasmine had received the GI tag in 2013 after a long wait.']), 'listed').map(([, a]) => a)).toEqual(['Madurai Malli jasmine']);
  });

  it('asks each product of a list by what its brackets say it is ("the Assam Jaapi (a traditional bamboo hat)")', () => {
    const assam = factsOf(['Among the products granted the GI tag are the Assam Jaapi (a traditional bamboo hat), Assam Bihu Dhol (a traditional drum played during Bihu), Sarthebari Metal Craft, and Assam Mising Handloom Products.'], { date: '2024-04-01' });
    expect(ask(assam, 'listed')).toEqual([
      ['Which traditional bamboo hat was given the Geographical Indication (GI) tag in April 2024?', 'Assam Jaapi'],
      ['Which traditional drum played during Bihu was given the Geographical Indication (GI) tag in April 2024?', 'Assam Bihu Dhol'],
    ]);
    const odisha = factsOf(['Odisha’s Kandhamal Haladi (a variety of turmeric) and Koraput Kala Jeera (an aromatic black rice) have received the GI tag.'], { date: '2024-02-10' });
    expect(ask(odisha, 'listed').map(([q, a]) => [q.replace(/ in .*$/, ''), a])).toEqual(expect.arrayContaining([['Which variety of turmeric was given the Geographical Indication (GI) tag', 'Kandhamal Haladi'], ['Which aromatic black rice was given the Geographical Indication (GI) tag', 'Koraput Kala Jeera']]));
    expect(ask(factsOf(['The tags were granted the GI status with help from Padma Shri Rajani Kant (a GI expert) on Sunday.']), 'listed')).toEqual([]);
    // (Not where no tag is given: "Having the GI tag …".)
    expect(ask(factsOf(['Having the GI tag helps the Assam Jaapi (a traditional bamboo hat) sell abroad.']), 'listed')).toEqual([]);
  });
});

describe('listed: a site declared a World Heritage site', () => {
  it('asks which, by its name and kind ("Telangana’s 800-year-old Ramappa temple on Sunday was declared a World Heritage site by UNESCO")', () => {
    const temple = factsOf(['Telangana’s 800-year-old Ramappa temple on Sunday was declared a World Heritage site by UNESCO, the Culture Ministry announced.'], { date: '2021-07-25' });
    expect(ask(temple, 'listed')).toEqual([['What was declared a UNESCO World Heritage site in July 2021?', 'Ramappa temple']]);
    const city = factsOf(['The walled city of Jaipur was declared a World Heritage site by UNESCO on Saturday.'], { date: '2019-07-06' });
    expect(byPattern(city, 'listed').map((f) => f.answer)).not.toContain('The walled city');
  });
});

describe('listed: a name with a subtitle after a colon', () => {
  it('is never the subtitle ("Dholavira: A Harrapan City was inscribed on the World Heritage List")', () => {
    const asked = ask(factsOf(['Unesco on Tuesday added Dholavira, a Harappan-era city in Gujarat, to its list of world heritage sites.', 'Prime Minister Narendra Modi said Dholavira was an important urban centre.', '“Dholavira: A Harrapan City was inscribed on the World Heritage List today, 27 July,” Unesco said in a statement.']), 'listed');
    expect(asked.map(([, a]) => a)).not.toContain('Harrapan City');
  });
});
