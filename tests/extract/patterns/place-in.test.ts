import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

describe('place-in: the country of a place written "City, Country"', () => {
  it('asks the country of a city written "City, Country"', () => {
    expect(ask(factsOf(['Over 345 pilgrims were killed near Mecca, Saudi Arabia, on Thursday.']), 'place-in')).toContainEqual(['In which country is Mecca?', 'Saudi Arabia']);
    expect(ask(factsOf(['The couple, from Sydney, Australia, are on trial for manslaughter.']), 'place-in')).toContainEqual(['In which country is Sydney?', 'Australia']);
    // Names in a list are not "city, country": no state is in the next state of the list.
    expect(ask(factsOf(['Elections were held in Jammu and Kashmir, Haryana, Maharashtra, Jharkhand and Delhi during his tenure.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['The team visited Paris, Berlin, Rome and Madrid in June.']), 'place-in')).toEqual([]);
  });

  it('asks nothing where a people\'s adjective opens the next phrase ("At the Gold Coast, Indian paddlers …")', () => {
    expect(ask(factsOf(['At the Gold Coast, Indian paddlers Manika Batra and Mouma Das on Sunday won the final tie 3-1.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['In Hangzhou, Chinese officials opened the new stadium on Sunday.']), 'place-in')).toEqual([]);
  });

  it('asks nothing of a pair the headline prints', () => {
    const title = 'Asian Games 2023: Indian triumphs in Hangzhou, China';
    expect(ask(factsOf(['Indian athletes competed at the 19th edition of the Asian Games, held in Hangzhou, China, in October.'], { title }), 'place-in')).toEqual([]);
    expect(ask(factsOf(['Indian athletes competed at the 19th edition of the Asian Games, held in Hangzhou, China, in October.']), 'place-in')).toContainEqual(['In which country is Hangzhou?', 'China']);
  });
});

describe('place-in: no capital a reader knows', () => {
  it('asks no "In which country is Moscow?", but a town\'s country', () => {
    expect(ask(factsOf(['As a test pilot, he led the MiG-29 upgrade team at Moscow, Russia, for three years.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['The stampede happened near Mina, Saudi Arabia, on Thursday morning.']), 'place-in')).toContainEqual(['In which country is Mina?', 'Saudi Arabia']);
  });
});

describe('place-in: where the news happened, in the lead', () => {
  it('asks no country of a place a profile names far from its lead', () => {
    const paragraphs = ['V Narayanan was appointed the new chairman of the space agency on Tuesday.', 'He joined the agency in 1984 as a young engineer.', 'He worked on solid propulsion for many years.', 'He is currently serving as the Director of the Liquid Propulsion Systems Centre in Valiamala, Kerala.'];
    expect(ask(factsOf(paragraphs), 'place-in')).toEqual([]);
  });
});
describe('place-in: a possessive after a comma opens a new phrase', () => {
  it('"to the Moon, India\'s launch vehicle" puts no Moon in India', () => {
    const facts = factsOf(['Carrying a billion dreams to the Moon, India’s heavy launch vehicle on Monday launched the Chandrayaan-2 spacecraft from Sriharikota.']);
    expect(ask(facts, 'place-in')).toEqual([]);
  });

  it('"in Colombo, Sri Lanka\'s capital" asks nothing either, while "in Kandy, Sri Lanka" still does', () => {
    expect(ask(factsOf(['The talks were held in Colombo, Sri Lanka’s commercial capital, on Friday.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['The talks were held in Kandy, Sri Lanka, on Friday.']), 'place-in')).toEqual([['In which country is Kandy?', 'Sri Lanka']]);
  });
});

describe('place-in: a state of its own country', () => {
  it('is known to every reader ("in New Jersey, the US"), while a town is still asked', () => {
    expect(ask(factsOf(['Pandit Jasraj passed away following a cardiac arrest in New Jersey, United States, on Monday.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['Pandit Jasraj passed away following a cardiac arrest in Kanata, Canada, on Monday.']), 'place-in')).toEqual([['In which country is Kanata?', 'Canada']]);
  });
});

describe('place-in: a state the lexicon knows', () => {
  it('is asked as a state ("In which state is Chitradurga?")', () => {
    const facts = factsOf(['The third test was conducted at the Aeronautical Test Range in Chitradurga, Karnataka on Sunday.']);
    expect(ask(facts, 'place-in')).toContainEqual(['In which state is Chitradurga?', 'Karnataka']);
  });

  it('asks no state of a metro or a state capital ("in Mumbai, Maharashtra", "in Lucknow, Uttar Pradesh")', () => {
    expect(ask(factsOf(['Prime Minister Narendra Modi inaugurated the Navi Mumbai International Airport in Mumbai, Maharashtra on Wednesday.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['The summit on millets opened in Lucknow, Uttar Pradesh on Monday.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['The tiger reserve was inaugurated in Raisen, Madhya Pradesh on Friday.']), 'place-in')).toEqual([['In which state is Raisen?', 'Madhya Pradesh']]);
  });
});

describe('place-in: someone\'s home town', () => {
  it('asks nothing ("the right-hand batter from Fazilka, Punjab", "hailing from Dharmapuri, Tamil Nadu")', async () => {
    const { byPattern, factsOf } = await import('../facts-of.js');
    expect(byPattern(factsOf(['Shubman Gill was named captain on Saturday, and the right-hand batter from Fazilka, Punjab will lead the side in England.']), 'place-in')).toEqual([]);
    expect(byPattern(factsOf(['The young wrestler, hailing from Dharmapuri, Tamil Nadu, won the gold medal on Sunday.']), 'place-in')).toEqual([]);
    // (Where the news happened is still asked.)
    expect(byPattern(factsOf(['A cloudburst struck Dharali, Uttarakhand on Tuesday, killing four people.']), 'place-in').map((f) => f.answer)).toEqual(['Uttarakhand']);
  });
});

describe('place-in: a country opening the main clause after a place\'s phrase', () => {
  it('is no country the place is in ("At the 2025 Deaflympics, India took home 20 medals")', () => {
    expect(ask(factsOf(['At the 2025 Deaflympics, India took home 20 medals, nine gold, seven silver, and four bronze.']), 'place-in')).toEqual([]);
    expect(ask(factsOf(['At the summit in Kazan, Russia, India signed three agreements.']), 'place-in').map(([, a]) => a)).not.toContain('India');
  });
});
