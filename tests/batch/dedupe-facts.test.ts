import { describe, expect, it } from 'vitest';
import { dedupeFacts, jaccard, tokenSet } from '../../src/batch/dedupe-facts.js';
import type { ArticleResult } from '../../src/pipeline.js';
import type { Fact } from '../../src/types.js';

let n = 0;
function fact(articleId: string, answer: string, question: string, sentence: string, score = 0.5): Fact {
  return { id: `f${n++}`, articleId, pattern: 'p', question, answer, answerType: 'country', sentence, sentenceIndex: 0, cloze: '', score };
}
function article(id: string, facts: Fact[]): ArticleResult {
  return { article: { id, title: id, date: null, place: null, site: null, source: `${id}.txt`, paragraphs: [] }, facts };
}

const Q = 'Which country became the third to hold two-plus-two talks with Japan?';
const S = 'Russia became the third country to hold two-plus-two talks with Japan on Saturday.';

describe('jaccard', () => {
  it('is shared tokens over all tokens, case and punctuation ignored', () => {
    expect(jaccard(tokenSet('A b, c.'), tokenSet('a B d'))).toBeCloseTo(2 / 4);
    expect(jaccard(tokenSet('x'), tokenSet('x'))).toBe(1);
    expect(jaccard(tokenSet('x'), tokenSet('y'))).toBe(0);
  });
});

describe('dedupeFacts', () => {
  it('drops a near-duplicate from another article: same answer, question reworded slightly', () => {
    const a = article('a', [fact('a', 'Russia', Q, S, 0.6)]);
    const b = article('b', [fact('b', 'russia', Q.replace('became', 'was'), 'Different sentence entirely about the talks.', 0.6)]);
    const out = dedupeFacts([a, b]);
    expect(out.dropped).toBe(1);
    expect(out.results[0].facts).toHaveLength(1);
    expect(out.results[1].facts).toHaveLength(0);
  });

  it('keeps the higher score, and on a tie the earlier article', () => {
    const low = article('a', [fact('a', 'Russia', Q, S, 0.4)]);
    const high = article('b', [fact('b', 'Russia', Q, S, 0.9)]);
    const out = dedupeFacts([low, high]);
    expect(out.results[0].facts).toHaveLength(0);
    expect(out.results[1].facts).toHaveLength(1);
    const tie = dedupeFacts([article('a', [fact('a', 'Russia', Q, S)]), article('b', [fact('b', 'Russia', Q, S)])]);
    expect(tie.results.map((r) => r.facts.length)).toEqual([1, 0]);
  });

  it('keeps facts with a different answer, or a question and sentence that differ enough', () => {
    const a = article('a', [fact('a', 'Russia', Q, S)]);
    const other = article('b', [fact('b', 'China', Q, S.replace('Russia', 'China'))]);
    const differ = article('c', [fact('c', 'Russia', 'Which country sold gas to Ukraine in the winter of 2014?', 'Russia sold gas to Ukraine in the winter.')]);
    expect(dedupeFacts([a, other, differ]).dropped).toBe(0);
  });

  it('never merges two facts of the same article', () => {
    expect(dedupeFacts([article('a', [fact('a', 'Russia', Q, S), fact('a', 'Russia', Q, S)])]).dropped).toBe(0);
  });

  it('respects the threshold, and leaves its input unchanged', () => {
    const a = article('a', [fact('a', 'Russia', 'one two three four five', 'x')]);
    const b = article('b', [fact('b', 'Russia', 'one two three four six', 'y')]);
    expect(dedupeFacts([a, b]).dropped).toBe(0); // 4/6 < 0.8
    expect(dedupeFacts([a, b], { threshold: 0.6 }).dropped).toBe(1);
    expect(b.facts).toHaveLength(1);
  });
});
