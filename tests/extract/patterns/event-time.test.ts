import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('event-time: when a named event was held', () => {
  it('asks when a meeting was held, resolving "Saturday" (seed)', () => {
    const facts = factsOf(['The two-plus-two ministerial meeting on security held in Tokyo on Saturday was the first of its kind.'], { date: '2013-11-02' });
    expect(ask(facts, 'event-time')).toContainEqual(['When was the two-plus-two ministerial meeting on security held?', '2 November 2013 (Saturday)']);
  });

  it('works with "took place" and "began", dated by the article', () => {
    const quad = factsOf(["The Quad foreign ministers' meeting took place in Tokyo on Tuesday."], { date: '2023-09-10' });
    expect(ask(quad, 'event-time')).toEqual([["When did the Quad foreign ministers' meeting take place?", '5 September 2023 (Tuesday)']]);
    const hornbill = factsOf(['The annual Hornbill Festival began in Kohima on Friday.'], { date: '2023-09-10' });
    expect(ask(hornbill, 'event-time')).toEqual([['When did the annual Hornbill Festival begin?', '8 September 2023 (Friday)']]);
  });

  it('asks one being held as such, and no start of a range of days', () => {
    const festival = factsOf(['The annual Hornbill Festival is being held in Kohima on Friday.'], { date: '2023-09-10' });
    expect(ask(festival, 'event-time')).toEqual([['When is the annual Hornbill Festival being held?', '8 September 2023 (Friday)']]);
    const session = factsOf(['The 19th session of the Committee is being held at Kasane in Botswana from December 4 to 9.'], { date: '2024-12-05' });
    expect(ask(session, 'event-time')).toEqual([]);
    expect(ask(session, 'event-place').map(([q]) => q)).not.toContain('Where was the 19th session of the Committee is being held?');
  });

  it('asks nothing of one of two years an event was held in ("held in 2019 and 2022")', () => {
    const twice = factsOf(['The Tiger Triumph exercise between India and the US was held in 2019 and 2022.'], { date: '2024-03-18' });
    expect(ask(twice, 'event-time')).toEqual([]);
    const once = factsOf(['The Tiger Triumph exercise between India and the US was held in 2019.'], { date: '2024-03-18' });
    expect(ask(once, 'event-time').map(([, a]) => a)).toEqual(['2019']);
  });

  it('asks nothing about an event that does not say which ("the first meeting", "the meeting")', () => {
    expect(byPattern(factsOf(['The first meeting was held in Christchurch on May 16.'], { date: '2015-05-07' }), 'event-time')).toEqual([]);
    expect(byPattern(factsOf(['The meeting was held on Friday.'], { date: '2015-05-07' }), 'event-time')).toEqual([]);
    // Nor one told of by how it was ("a simple but impressive ceremony", "a grand function").
    expect(byPattern(factsOf(['Justice Meera Rao was sworn in as the Chief Justice of the Orissa High Court in a simple but impressive ceremony held at Raj Bhavan on Monday.'], { date: '2015-05-07' }), 'event-time')).toEqual([]);
    expect(byPattern(factsOf(['The new bridge over the river was opened to traffic at a colourful ceremony held in Dhubri on Friday.'], { date: '2015-05-07' }), 'event-time')).toEqual([]);
  });
});
