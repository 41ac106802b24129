import { describe, expect, it } from 'vitest';
import { CORPUS, factsOfFile } from './facts-of.js';

// The acceptance list for the seed, "in some wording": each is checked by its answer and
// the words a student needs to see in the question, not by a fixed string.
describe('the seed article (The Hindu, 2 November 2013)', () => {
  const facts = factsOfFile(`${CORPUS}seed/russia-japan-2plus2.txt`);
  const has = (answer: RegExp, question: RegExp) =>
    facts.some((f) => answer.test(f.answer) && question.test(f.question));

  it('asks which was the third country after the United States and Australia → Russia', () => {
    expect(has(/^Russia$/, /third country.*United States and Australia/)).toBe(true);
  });
  it('asks which was the first country in Asia → Japan', () => {
    expect(has(/^Japan$/, /first country in Asia/)).toBe(true);
  });
  it("asks Lavrov's and Kishida's offices", () => {
    expect(has(/Sergei Lavrov/, /Foreign Minister of Russia/)).toBe(true);
    expect(has(/Fumio Kishida/, /Foreign Minister of Japan/)).toBe(true);
  });
  it('asks who said "marks a new stage …"', () => {
    expect(has(/Sergei Lavrov/, /^Who said .*marks a new stage/)).toBe(true);
  });
  it('asks where the meeting was held → Tokyo', () => {
    expect(has(/^Tokyo$/, /^Where .*meeting.*held/)).toBe(true);
  });
  it('asks how many Kuril Islands → four', () => {
    expect(has(/^four$/i, /^How many Kuril Islands/)).toBe(true);
  });
  it('asks who was the first Japanese leader in 10 years to visit Russia → Shinzo Abe', () => {
    expect(has(/^Shinzo Abe$/, /first Japanese leader in 10 years/)).toBe(true);
  });
  it('asks which exercises were agreed → anti-terrorism and anti-piracy', () => {
    expect(has(/anti-terrorism and anti-piracy/, /exercises/)).toBe(true);
  });
  it('asks what Japan’s strategy is called → active pacifism', () => {
    expect(has(/active pacifism/, /Japan’s strategy/)).toBe(true);
  });
  it('makes nothing from the page tail (sign-in box, comment rules)', () => {
    for (const f of facts) expect(f.sentence).not.toMatch(/Sign in|Comments|Vuukle|newsletter|abide by/i);
  });
  it('gives every fact a stable id and a cloze that holds its answer', () => {
    const again = factsOfFile(`${CORPUS}seed/russia-japan-2plus2.txt`);
    expect(again.map((f) => f.id)).toEqual(facts.map((f) => f.id));
    for (const f of facts) expect(f.cloze).toMatch(/\{\{c1::[^}]+\}\}/);
  });
});

describe('the other patterns on other articles', () => {
  it('asks the kind of thing agreed ("What kind of exercises …")', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(['India and France have agreed to hold joint naval exercises in the Indian Ocean next year.']);
    expect(facts.some((f) => f.pattern === 'agreed-kind' && f.answer === 'naval' && /^What kind of exercises have India and France agreed to hold/.test(f.question))).toBe(true);
  });

  it('asks who founded something, from a passive with "by"', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(['The FIRST Global competition was founded by Dean Kamen to encourage interest in science.']);
    expect(facts.some((f) => f.answer === 'Dean Kamen' && f.question === 'Who founded the FIRST Global competition?')).toBe(true);
  });

  it('turns a named subject into the question word ("Which country …")', async () => {
    const { factsOf } = await import('./facts-of.js');
    const facts = factsOf(['Sweden had better ball possession in the second half of the game.']);
    expect(facts.some((f) => f.pattern === 'subject' && f.answer === 'Sweden' && f.question === 'Which country had better ball possession in the second half of the game?')).toBe(true);
  });
});
