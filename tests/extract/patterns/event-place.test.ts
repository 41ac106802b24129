import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('event-place: where a named event was held', () => {
  it('asks where a meeting was held (seed)', () => {
    const facts = factsOf(['The two-plus-two ministerial meeting on security held in Tokyo on Saturday was the first of its kind.'], { date: '2013-11-02' });
    expect(ask(facts, 'event-place')).toContainEqual(['Where was the two-plus-two ministerial meeting on security held?', 'Tokyo']);
  });

  it('asks nothing of another edition of the event ("The last edition of the exercise … was held at …")', () => {
    const places = (last: string) => ask(factsOf(['The India-Thailand joint military exercise Maitree began at Umroi on Tuesday.', last], { date: '2025-09-03' }), 'event-place').map(([, a]) => a);
    expect(places('The last edition of the exercise between the two nations was held at Fort Vachiraprakan in Tak Province, Thailand.')).not.toContain('Tak Province');
    expect(places('The next edition of the Maitree exercise will be held in Bangkok in 2026.')).not.toContain('Bangkok');
    expect(places('The first edition of the Maitree exercise was held in Chiang Mai in 2006.')).not.toContain('Chiang Mai');
    // (This edition's is asked.)
    expect(ask(factsOf(['The 14th edition of the Maitree exercise was held in Shillong.'], { date: '2025-09-03' }), 'event-place').map(([, a]) => a)).toContain('Shillong');
  });

  it('works with "took place" and a plural event', () => {
    const facts = factsOf(['The G20 summit took place in Osaka on June 28.'], { date: '2019-07-01' });
    expect(ask(facts, 'event-place')).toContainEqual(['Where did the G20 summit take place?', 'Osaka']);
  });

  it('asks it of a meeting named by who met', () => {
    const facts = factsOf(["The Quad foreign ministers' meeting took place in Tokyo on Tuesday."], { date: '2023-09-10' });
    expect(ask(facts, 'event-place')).toEqual([["Where did the Quad foreign ministers' meeting take place?", 'Tokyo']]);
  });

  it('asks nothing about an event that does not say which ("the first meeting")', () => {
    const facts = factsOf(['The first meeting was held in Christchurch on May 16.'], { date: '2015-05-07' });
    expect(byPattern(facts, 'event-place')).toEqual([]);
  });
});

describe('event-place: a place near another', () => {
  it('asks where a named summit was held that someone arrived in a city to attend', () => {
    const facts = factsOf(['Prime Minister Narendra Modi arrived at the Sandton Convention Centre in Johannesburg to attend the 15th BRICS Summit on Tuesday.'], { date: '2023-08-22' });
    expect(ask(facts, 'event-place')).toContainEqual(['Where was the 15th BRICS Summit held?', 'Johannesburg']);
    // (Not a meeting of no name: "to attend the meeting".)
    expect(ask(factsOf(['The minister arrived in Kazan to attend the meeting on Tuesday.'], { date: '2024-10-22' }), 'event-place')).toEqual([]);
  });

  it('does not answer "where" with the place the venue is near ("at Kisama near Kohima")', () => {
    const facts = factsOf(['The Hornbill Festival began at Kisama near Kohima on Sunday, drawing tourists from across the country.'], { date: '2024-12-02' });
    // (The venue itself, read as a place after "began at", is where; never the town it is near.)
    expect(ask(facts, 'event-place').map(([, a]) => a)).not.toContain('Kohima');
    // Held near a place, and nothing else said of where: that place is the answer.
    expect(ask(factsOf(['The joint military exercise Yudh Abhyas was held near Jodhpur on Monday.'], { date: '2024-09-10' }), 'event-place').map(([, a]) => a)).toEqual(['Jodhpur']);
  });
});

describe('event-place: a ceremony', () => {
  it('asks no place or day of a ceremony ("Where was an Investiture Ceremony held?"), an event’s still', () => {
    const facts = factsOf(['President Ram Nath Kovind conferred the Bharat Ratna on Pranab Mukherjee on Thursday. An Investiture Ceremony was held at Rashtrapati Bhavan for the occasion.', 'The 17th BRICS Summit was held in Rio de Janeiro on July 6.']);
    const asked = facts.filter((f) => f.pattern === 'event-place' || f.pattern === 'event-time').map((f) => f.question);
    expect(asked.some((q) => /Ceremony/i.test(q))).toBe(false);
    expect(asked.some((q) => /BRICS Summit/.test(q))).toBe(true);
  });
});

describe('event-place: where a warship was commissioned', () => {
  it('asks it from the passive and from the ceremony ("attended the Commissioning Ceremony of INS Tushil at Russia\'s Kaliningrad")', () => {
    expect(ask(factsOf(['INS Tushil was commissioned into the Indian Navy at Kaliningrad, Russia on Monday.']), 'event-place')).toContainEqual(['Where was INS Tushil commissioned?', 'Kaliningrad']);
    expect(ask(factsOf(["Union Defence Minister Rajnath Singh attended the Commissioning Ceremony of INS Tushil at Russia's Kaliningrad on Monday."]), 'event-place')).toContainEqual(['Where was INS Tushil commissioned?', 'Kaliningrad']);
    expect(ask(factsOf(['The Navy commissioned INS Arighaat at Visakhapatnam on Thursday.']), 'event-place')).toContainEqual(['Where was INS Arighaat commissioned?', 'Visakhapatnam']);
    // (Where no place follows, nothing.)
    expect(ask(factsOf(['INS Arighaat was commissioned into the Indian Navy on Thursday.']), 'event-place')).toEqual([]);
  });
});

describe('event-place: the place chosen to host a named event', () => {
  it('asks which city or country was chosen as its host ("… city of Ahmedabad … endorsed as the host city for the 2030 Commonwealth Games")', () => {
    const asked = (text: string) => ask(factsOf([text]), 'event-place');
    expect(asked('The western Indian city of Ahmedabad in the state of Gujarat was on Wednesday officially endorsed as the host city for the 2030 Commonwealth Games, which will be the centenary edition.')).toContainEqual(['Which city was chosen to host the 2030 Commonwealth Games?', 'Ahmedabad']);
    expect(asked('Saudi Arabia was officially confirmed as the host nation for the 2034 FIFA World Cup on Wednesday.')).toContainEqual(['Which country was chosen to host the 2034 FIFA World Cup?', 'Saudi Arabia']);
    expect(asked('India has been chosen as the host country for the 2026 Hockey World Cup.')).toContainEqual(['Which country was chosen to host the 2026 Hockey World Cup?', 'India']);
    // (A host of something else, or a bid only, is no choice of a host.)
    expect(asked('Delhi hosted the G20 summit in 2023, the minister recalled.')).toEqual([]);
    expect(asked('Ahmedabad is bidding to be named as the host city for the 2036 Olympics.')).toEqual([]);
  });

  it('asks who hosts it where the event is "(to be) hosted by" them, two hosts as one answer', () => {
    const asked = (text: string) => ask(factsOf([text]), 'event-place');
    expect(asked('With this victory, India secured direct qualification for the FIH Hockey World Cup 2026, to be co-hosted by Belgium and the Netherlands from August 14 to 30.')).toContainEqual(['Which countries will co-host the FIH Hockey World Cup 2026?', 'Belgium and Netherlands']);
    expect(asked('The 2026 Asian Games will be hosted by Japan in Aichi and Nagoya.')).toContainEqual(['Which country will host the 2026 Asian Games?', 'Japan']);
    expect(asked('The 2023 G20 Summit was hosted by India in New Delhi.')).toContainEqual(['Which country hosted the 2023 G20 Summit?', 'India']);
    // (Not a meeting of no name.)
    expect(asked('The talks were hosted by Qatar on Sunday.')).toEqual([]);
  });
});
