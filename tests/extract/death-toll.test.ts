import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('the toll of a disaster', () => {
  const score = (paragraphs: string[], answer: string) => Math.max(0, ...factsOf(paragraphs).filter((f) => f.answer === answer).map((f) => f.score));

  it('ranks above a place its sentence names ("At least 24 people were killed … near Sabalpur Diara in Patna")', () => {
    const story = [
      'Patna: Bihar Chief Minister Nitish Kumar on Sunday ordered a magisterial inquiry into the boat capsize after visiting the injured in hospital.',
      'At least 24 people were killed on Saturday evening after a crowd of revellers that had crowded onto an old boat while watching the kite contest was swept away by the current near Sabalpur Diara in Patna.',
      'At least 40 people were watching the kite festival at a ground near the river bank.',
    ];
    expect(score(story, '24')).toBeGreaterThan(score(story, 'Sabalpur Diara'));
    // (A count of the living gets no such weight.)
    expect(score(story, '24')).toBeGreaterThan(score(story, '40'));
  });

  it('is read past what the toll is of ("The death toll from a series of landslides that struck X on Tuesday has risen to _____")', () => {
    const story = [
      'The Army on Wednesday rescued over 1,000 people trapped in the hill villages.',
      'The death toll from a series of landslides that struck Wayanad on Tuesday has risen to 174, with at least 225 people reported missing.',
    ];
    expect(score(story, '174')).toBeGreaterThan(score(story, '225'));
  });

  it('is read past "including …" before "were killed"', () => {
    const including = [
      'The Civil Aviation Minister on Saturday ordered an inquiry into the crash of the Dubai flight.',
      'Eighteen people including the two pilots were killed when the plane skidded off the runway in Kozhikode, which had 190 people on board.',
      'An investigation team is looking into what led to the accident.',
    ];
    expect(score(including, 'Eighteen')).toBeGreaterThan(score(including, 'Kozhikode'));
  });

  it('is asked of a disaster that "claimed" it ("after a devastating fire claimed 25 lives")', () => {
    const asked = (paragraphs: string[]) => factsOf(paragraphs).map((f) => [f.question, f.answer]);
    expect(asked(['Police booked the owners of a nightclub in Goa, its manager, and the event organisers after a devastating fire claimed 25 lives on Saturday night.'])).toContainEqual(['How many lives did the fire in Goa claim?', '25']);
    expect(asked(['Rescue work went on through the night at the cracker unit, where the blast, which claimed the lives of 12 workers, flattened two sheds near Sivakasi.'])).toContainEqual(['How many lives did the blast claim?', '12']);
  });
});
