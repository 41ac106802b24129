import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

describe('theme: the theme an event was held under', () => {
  it('asks a quoted theme of the event the sentence names', () => {
    const facts = factsOf(['The theme for this year’s World Environment Day is “Beat Plastic Pollution”, the ministry said.'], { date: '2025-06-05' });
    expect(ask(facts, 'theme')).toContainEqual(['What was the theme of World Environment Day in 2025?', 'Beat Plastic Pollution']);
    const summit = factsOf(['Leaders gathered in New Delhi for the G20 Summit on Saturday.', 'The summit was held under the theme “One Earth, One Family, One Future”.'], { date: '2023-09-09' });
    expect(ask(summit, 'theme')).toContainEqual(['What was the theme of the G20 Summit?', 'One Earth, One Family, One Future']);
  });

  it('asks a plain theme of the last event the article named ("This year’s theme was water security.")', () => {
    const facts = factsOf(['A team of girls from Kenya won a bronze medal at the World Robotics Challenge in Geneva on Tuesday.', 'Teams from 160 countries took part.', 'This year’s theme was water security.'], { date: '2017-07-18' });
    expect(ask(facts, 'theme')).toContainEqual(['What was the theme of the World Robotics Challenge in 2017?', 'water security']);
    // (Its card says whose theme: the sentence's own cloze names no event.)
    expect(facts.find((f) => f.pattern === 'theme')?.cloze).toBe('The theme of the World Robotics Challenge in 2017 was “{{c1::water security}}”.');
  });

  it('asks nothing where no event is named, nor a theme that is a clause', () => {
    expect(ask(factsOf(['The theme was water security, organisers said.'], { date: '2017-07-18' }), 'theme')).toEqual([]);
    expect(ask(factsOf(['The Paris Book Fair opened on Monday.', 'The theme of the fair was that readers should write back to authors.']), 'theme')).toEqual([]);
    expect(ask(factsOf(['Critics said the theme of the film was dark.']), 'theme')).toEqual([]);
  });
});
