import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from './facts-of.js';

const clozes = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'cloze').map((f) => f.cloze);

describe('a sentence that opens on a bare common noun the sentences before qualified', () => {
  it('says it as they did ("The selection committee …", "The repo rate …")', () => {
    const committee = clozes(['Under the new law, a selection committee headed by the Prime Minister recommends names to the President.', 'The committee includes the Leader of Opposition in the Lok Sabha and a Union Cabinet Minister.']);
    expect(committee.filter((c) => c.startsWith('The selection committee includes')).length).toBeGreaterThan(0);
    const rate = clozes(['The Reserve Bank of India cut the policy repo rate by 25 basis points on Friday.', 'The rate has remained unchanged since February 2023 in Mumbai.']);
    expect(rate.filter((c) => c.startsWith('The repo rate has remained')).length).toBeGreaterThan(0);
  });

  it('leaves it when the qualifier is a number part, or two ways of qualifying it were given', () => {
    const page = clozes(['The 131-page document was found on Castlefrank Road in Kanata, Ontario.', 'The document detailed security vulnerabilities of the NEMISIS database in Ottawa.']);
    expect(page.some((c) => c.startsWith('The page document'))).toBe(false);
    // An adjective says something of the noun that need not hold in the next sentence.
    const high = clozes(['The IMD said its first-stage forecast suggests high probability of normal monsoon in Kerala.', 'The probability of a normal rainfall during the June-September period is 41 percent, the IMD added.']);
    expect(high.some((c) => c.startsWith('The high probability'))).toBe(false);
    const two = clozes(['The bank cut its repo rate and raised its bank rate on Friday in Mumbai.', 'The rate has remained unchanged since February 2023 in Mumbai.']);
    expect(two.some((c) => /^The (?:repo|bank) rate has remained/.test(c))).toBe(false);
    // A noun with its own "of" complement says which already ("The process of landfall …").
    const landfall = clozes(['The cyclone is likely to cross the coast, and the landfall process will start at midnight.', 'The process of landfall will be completed in three hours, according to the Special Relief Commissioner, Pradeep Kr Jena.']);
    expect(landfall.some((c) => c.startsWith('The landfall process of landfall'))).toBe(false);
  });
});
