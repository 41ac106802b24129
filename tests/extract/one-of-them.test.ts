import { describe, expect, it } from 'vitest';
import { withoutOneOfThem } from '../../src/extract/one-of-them.js';
import { byPattern, factsOf } from './facts-of.js';

describe('"One of them, <name>, was …": the name says which one', () => {
  it('drops the opening that points back, with the comma that closed the apposition', () => {
    expect(withoutOneOfThem('One of them, Soman’s Slender Arm Frog (Leptobrachium somani), was discovered at {{c1::Tiwari Gaon}}.')).toBe('Soman’s Slender Arm Frog (Leptobrachium somani) was discovered at {{c1::Tiwari Gaon}}.');
    expect(withoutOneOfThem('The other of the two, INS Arighaat, has been at sea since May.')).toBe('INS Arighaat has been at sea since May.');
  });

  it('leaves it where no verb follows the apposition', () => {
    const text = 'One of them, the oldest, lived in Pune, Maharashtra, for years.';
    expect(withoutOneOfThem(text)).toBe(text);
  });

  it('lets the sentence be asked', () => {
    const facts = factsOf(['Scientists found two new frogs in Arunachal Pradesh.', 'One of them, Soman’s Slender Arm Frog (Leptobrachium somani), was discovered at Tiwari Gaon and named after late E Somanath, a noted journalist from Kerala.']);
    expect(byPattern(facts, 'cloze').filter((f) => f.sentenceIndex === 1).map((f) => f.answer)).toContain('E Somanath');
  });
});
