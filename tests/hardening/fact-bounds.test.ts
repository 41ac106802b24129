/**
 * Issue 18: what is compared pairwise stays bounded per article: a long article with thousands
 * of names keeps its best 300 facts, each with at most 12 related names; an answer is looked for
 * in its sentence first; an antecedent at most 200 sentences back.
 */
import { describe, expect, it } from 'vitest';
import { buildContext, lastEntityBefore, sentenceOfEntity } from '../../src/extract/article-context.js';
import { checkDraft } from '../../src/extract/check-draft.js';
import type { FactDraft } from '../../src/extract/draft.js';
import { studyText } from '../../src/index.js';
import type { Entity, Sentence } from '../../src/types.js';
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

  it('finds a question naming "the organisation" or "the agency" without saying which dangling', () => {
    const asked = (question: string) => checkDraft({ ...draft, question, answer: 'Ravi Rao', answerType: 'person' }, ' ravi rao ');
    expect(asked('Who was the head of the organisation?')).toBe('dangling reference');
    expect(asked('Who heads the agency?')).toBe('dangling reference');
    expect(asked('Who was the head of the Organisation of Islamic Cooperation?')).toBeNull();
    expect(asked('Who was the Congress president at the time?')).toBe('dangling reference');
    expect(asked('Who was the Congress president at the time of the 2004 election?')).toBeNull();
    // (Nor "the announcement" or "the statement" of nothing said.)
    expect(asked('Which organisation shared the announcement?')).toBe('dangling reference');
    expect(asked('Who issued the statement?')).toBe('dangling reference');
    expect(asked('Who issued the statement of condolence?')).toBeNull();
  });
});

describe('the antecedent search', () => {
  /** An article of `n` sentences, a name only in the first. */
  function context(n: number) {
    const name: Entity = { text: 'Sergei Lavrov', cls: 'person', start: 0, end: 13, canonical: 'Sergei Lavrov' };
    const sentences: Sentence[] = Array.from({ length: n }, (_, index) => ({ index, paragraph: index, text: index ? 'He spoke.' : 'Sergei Lavrov spoke.', tokens: [], entities: index ? [] : [name] }));
    const article = { id: 'a', title: 't', date: null, place: null, site: null, source: 'a.txt', paragraphs: [] };
    return { ctx: buildContext({ article, sentences }), sentences, name };
  }

  it('finds a name up to 200 sentences back and no further (a bound in a very long input)', () => {
    const { ctx, sentences, name } = context(260);
    const person = (e: Entity) => e.cls === 'person';
    expect(lastEntityBefore(ctx, sentences[200], 0, person, Infinity)).toBe(name);
    expect(lastEntityBefore(ctx, sentences[201], 0, person, Infinity)).toBeNull();
    expect(sentenceOfEntity(ctx, name)).toBe(sentences[0]);
  });
});
