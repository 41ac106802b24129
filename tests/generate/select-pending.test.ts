import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/generate/select.js';
import { selectSet } from '../../src/generate/select-set.js';
import type { Fact, Item, ItemType } from '../../src/types.js';
import { seededRandom } from '../../src/util/random.js';

const TYPES: ItemType[] = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];
const ANSWERS = ['Russia', 'Japan', 'India', 'Tokyo', '1999', 'Putin', 'Abe', 'NATO'];

/** A random article's candidates: some multiple choices pending, a share of them impossible. */
function article(seed: number): { facts: Fact[]; lazy: Candidate[]; eager: Candidate[]; finishes: () => number } {
  const rnd = seededRandom(seed);
  const lazy: Candidate[] = [];
  const eager: Candidate[] = [];
  const facts: Fact[] = [];
  let finished = 0;
  const count = 5 + Math.floor(rnd() * 30);
  for (let f = 0; f < count; f++) {
    const answer = ANSWERS[Math.floor(rnd() * ANSWERS.length)];
    const sentence = `Sentence ${Math.floor(rnd() * count)} says ${answer}.`;
    const score = Math.round(rnd() * 100) / 100;
    facts.push({ id: `f${f}`, articleId: 'a', pattern: 'relation', question: `What about ${answer} in fact ${f}?`, answer, answerType: 'place', sentence, sentenceIndex: f, cloze: '', score });
    for (const type of TYPES.slice(0, 1 + Math.floor(rnd() * 4))) {
      const item: Item = { id: `i${seed}-${f}-${type}`, articleId: 'a', factId: `f${f}`, type, question: `What about ${answer} in fact ${f} (${type})?`, answer, sentence, answerType: 'place', score, tags: [type === 'cloze' && rnd() < 0.5 ? 'cloze' : 'relation', 'place'] };
      if (type !== 'mcq') {
        lazy.push({ item, factIds: [item.factId] });
        eager.push({ item, factIds: [item.factId] });
        continue;
      }
      const possible = rnd() < 0.6;
      const done: Item = { ...item, options: [answer, 'A', 'B', 'C'], answerIndex: 0 };
      lazy.push({ item, factIds: [item.factId], finish: () => (finished++, possible ? done : null) });
      if (possible) eager.push({ item: done, factIds: [item.factId] });
    }
  }
  return { facts, lazy, eager, finishes: () => finished };
}

describe('selectSet with pending candidates', () => {
  it('picks exactly what it picks when every candidate is finished first', () => {
    let pending = 0;
    let finished = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { facts, lazy, eager, finishes } = article(seed);
      const max = 1 + (seed % 20);
      const opts = { types: TYPES, max, headline: 'Sentence 1 says Russia' };
      const picked = selectSet(facts, lazy, opts);
      expect(picked).toEqual(selectSet(facts, eager, opts));
      // Nothing unfinished gets out.
      for (const item of picked) if (item.type === 'mcq') expect(item.options).toHaveLength(4);
      pending += lazy.filter((c) => c.item.type === 'mcq').length;
      finished += finishes();
    }
    // …and it gets there without finishing every candidate.
    expect(finished).toBeLessThan(pending * 0.8);
  });
});
