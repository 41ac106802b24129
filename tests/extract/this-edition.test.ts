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

  it('finds the event named after its kind written small, names it in "the last edition", and does not count it against itself', () => {
    const nomadic = clozes('India, Mongolia joint military exercise Nomadic Elephant begins in Meghalaya', [
      'The 16th edition of the India-Mongolia joint military exercise Nomadic Elephant commenced at Umroi in Meghalaya on Monday.',
      'This is the 16th edition of the exercise, which is an annual training event conducted alternately in Mongolia and India.',
      'The last edition was held in Ulaanbaatar in 2023.',
    ]);
    // (Not "Nomadic Elephant is the 16th edition of the Nomadic Elephant exercise".)
    expect(nomadic).toContain('Nomadic Elephant, an annual training event conducted alternately in _____ and India, is in its 16th edition.');
    expect(nomadic.some((q) => /^The last edition of Nomadic Elephant was held in/.test(q))).toBe(true);
    const summit = clozes('Global fintech summit Money Matters opens in Mumbai', [
      'The third global fintech summit Money Matters opened in Mumbai on Tuesday with 2,000 delegates.',
      'The previous edition was held in Bengaluru in 2024.',
    ]);
    expect(summit.some((q) => /^The previous edition of Money Matters was held in/.test(q))).toBe(true);
  });
});

describe('"This was the first edition of" the event itself', () => {
  it('asks what the clause after it tells of the edition ("The first edition of the Kho Kho World Cup was organised with the backing of the _____")', () => {
    const found = clozes('India men’s and women’s teams win Kho Kho World Cup', [
      'The Indian men’s kho kho team secured the inaugural Kho Kho World Cup title by defeating Nepal 54-36 in the final on Sunday.',
      'This was the first edition of the Kho Kho World Cup, organised with the backing of the Indian Olympic Association (IOA).',
    ]);
    expect(found.some((q) => /^The first edition of the Kho Kho World Cup was organised with the backing of the _____/.test(q))).toBe(true);
    expect(found.some((q) => /Kho Kho World Cup was the first edition of the Kho Kho World Cup/.test(q))).toBe(false);
  });
});
