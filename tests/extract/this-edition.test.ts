import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from './facts-of.js';

const clozes = (title: string, lines: string[]) => byPattern(factsOf(lines, { title }), 'cloze').map((f) => f.question);

describe('"This is the Nth edition" in a report of one named event', () => {
  it('names the event the headline and lead name, and asks the edition', () => {
    const exercise = clozes('India-US joint military exercise Yudh Abhyas-2024 commences in Rajasthan', [
      'The India-US Joint Military Exercise Yudh Abhyas-2024 commenced on Monday in Rajasthan.',
      'This is the 20th edition of the Annual Exercise which alternatively is held in the USA and India.',
    ]);
    expect(exercise).toContain('Yudh Abhyas-2024 is the _____ edition of the Annual Exercise which alternatively is held in the USA and India.');
    const games = clozes('Khelo India Youth Games open in Patna', [
      'The Khelo India Youth Games opened in Patna on Sunday with 8,500 athletes.',
      'This is the seventh edition of the Games, held for the first time in Bihar.',
    ]);
    expect(games.some((q) => /^Khelo India Youth Games is the _____ edition/.test(q))).toBe(true);
  });

  it('leaves the text alone where the headline names no event, so no card leans on "This"', () => {
    const none = clozes('A busy week in Delhi', ['Officials met in Delhi on Monday to plan the summit.', 'This is the 20th edition of the annual meeting held in the capital.']);
    expect(none.filter((q) => /edition/.test(q))).toEqual([]);
  });
});
