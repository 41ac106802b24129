import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('"the Southeast Asian nation" of a report of one visit', () => {
  it('is the one foreign country the headline names', () => {
    const facts = factsOf([
      'Prime Minister Narendra Modi arrived in Bandar Seri Begawan on Tuesday on a two-day visit.',
      'Modi became the first Indian Prime Minister to undertake a bilateral visit to the Southeast Asian nation.',
    ], { title: 'PM Modi arrives in Brunei on first leg of two-nation visit', date: '2024-09-03' });
    const texts = facts.flatMap((f) => [f.question, f.cloze]);
    expect(texts.some((t) => /bilateral visit to Brunei\b/.test(t))).toBe(true);
    expect(texts.some((t) => /Southeast Asian nation/.test(t))).toBe(false);
  });

  it('is left as written where the headline names no one foreign country, or "South Asian" could be India', () => {
    const two = factsOf(['Modi became the first Indian Prime Minister to visit the island nation in 20 years.'], { title: 'Modi visits Mauritius and Sri Lanka', date: '2024-09-03' });
    expect(two.flatMap((f) => [f.question, f.cloze]).some((t) => /Mauritius|Sri Lanka/.test(t))).toBe(false);
    const south = factsOf(['Ministers of the South Asian nation held talks with the visiting delegation for 40 minutes.'], { title: 'Brunei delegation visits Delhi', date: '2024-09-03' });
    expect(south.flatMap((f) => [f.question, f.cloze]).some((t) => /Ministers of Brunei/.test(t))).toBe(false);
  });
});
