import { describe, expect, it } from 'vitest';
import { selectBalanced, type Candidate } from '../../src/generate/select.js';
import type { Item, ItemType } from '../../src/types.js';
import { seededRandom } from '../../src/util/random.js';

const TYPES: ItemType[] = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];
const ANSWERS = ['Russia', 'Japan', 'India', 'Tokyo', '1999', 'Putin', 'Abe', 'NATO'];

/** A random article's candidates: some multiple choices pending, a share of them impossible. */
function article(seed: number): { lazy: Candidate[]; eager: Candidate[]; finishes: () => number } {
  const rnd = seededRandom(seed);
  const lazy: Candidate[] = [];
  const eager: Candidate[] = [];
  let finished = 0;
  const facts = 5 + Math.floor(rnd() * 30);
  for (let f = 0; f < facts; f++) {
    const answer = ANSWERS[Math.floor(rnd() * ANSWERS.length)];
    const sentence = `Sentence ${Math.floor(rnd() * facts)} says ${answer}.`;
    const score = Math.round(rnd() * 100) / 100;
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
  return { lazy, eager, finishes: () => finished };
}

describe('selectBalanced with pending candidates', () => {
  it('picks exactly what it picks when every candidate is finished first', () => {
    let pending = 0;
    let finished = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { lazy, eager, finishes } = article(seed);
      const max = 1 + (seed % 20);
      const picked = selectBalanced(lazy, TYPES, max).map((c) => c.item);
      expect(picked).toEqual(selectBalanced(eager, TYPES, max).map((c) => c.item));
      // Nothing unfinished gets out.
      for (const item of picked) if (item.type === 'mcq') expect(item.options).toHaveLength(4);
      pending += lazy.filter((c) => c.item.type === 'mcq').length;
      finished += finishes();
    }
    // …and it gets there without finishing every candidate.
    expect(finished).toBeLessThan(pending * 0.8);
  });
});
