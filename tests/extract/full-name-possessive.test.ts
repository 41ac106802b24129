import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

// A name the sentence gives short ("Thomas'") is keyed and shown in full: the possessive is
// written for the full name, which need not end in "s".
const clozesOf = (facts: ReturnType<typeof factsOf>, start: string) => facts.filter((f) => f.sentence.startsWith(start) && f.answerType === 'person').map((f) => f.cloze);

describe('a short name with a bare possessive, shown in full', () => {
  it('takes "’s" when the full name does not end in "s" (a trial)', () => {
    const facts = factsOf([
      'Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney are on trial for the death of their daughter.',
      'The court heard evidence from the family doctor for three days.',
      "Allegedly, Thomas' sister pleaded with him to send the child to a conventional medical doctor.",
    ]);
    const clozes = clozesOf(facts, 'Allegedly');
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) expect(c).toContain("{{c1::Thomas Sam}}'s sister");
  });

  it('keeps the bare apostrophe when the full name ends in "s" (a sports report)', () => {
    const facts = factsOf([
      'Marcus Jonas of Kenya won the men’s marathon at the Mumbai Marathon on Sunday in two hours and nine minutes.',
      'The race was held in cool weather for the first time in years.',
      'Marcus’ coach Peter Kiprono said the team had trained in Iten for eight weeks before the race.',
    ]);
    const full = clozesOf(facts, 'Marcus’').filter((c) => c.includes('{{c1::Marcus Jonas}}'));
    expect(full.length).toBeGreaterThan(0);
    for (const c of full) expect(c).toContain('{{c1::Marcus Jonas}}’ coach');
  });
});
