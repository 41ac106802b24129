/**
 * Issue 18: what generation compares pairwise stays bounded per article: a long article with
 * thousands of names keeps its best 300 facts, each with at most 12 related names.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/extract/check-draft.js';
import type { FactDraft } from '../../src/extract/draft.js';
import { studyText } from '../../src/index.js';
// @ts-expect-error a plain .mjs module shared with the bench
import { pathologicalShapes } from '../bench/pathological-shapes.mjs';

describe('facts per article', () => {
  it('are capped at the best 300, best first', () => {
    const [, , text] = (pathologicalShapes(40_000) as [string, string, string][]).find(([name]) => name === 'distinct names')!;
    const { facts } = studyText(text, { source: 'names.txt', kind: 'text' });
    expect(facts).toHaveLength(300);
    for (let i = 1; i < facts.length; i++) expect(facts[i].score).toBeLessThanOrEqual(facts[i - 1].score);
    expect(Math.max(...facts.map((f) => f.related?.length ?? 0))).toBe(12);
  });
});

describe('the answer-in-article check', () => {
  const draft: FactDraft = { pattern: 'p', question: 'Which country held the talks?', answer: 'Russia', answerType: 'country', sentenceIndex: 0, confidence: 1, about: [] };

  it("looks in the draft's sentence first, then in the whole article", () => {
    expect(checkDraft(draft, ' ', ' russia held the talks ')).toBeNull();
    expect(checkDraft(draft, ' talks in russia ', ' the talks ')).toBeNull();
    expect(checkDraft(draft, ' talks in japan ', ' the talks ')).toBe('answer not in article');
    expect(checkDraft(draft, ' talks in japan ')).toBe('answer not in article');
  });
});
