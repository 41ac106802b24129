import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/types.js';
import { formatStatementCode, parseStatementCode, reorderStatements } from '../../src/render/shared/statements.js';
import { correctNumbers, sampleItems } from './sample-quiz.js';

function statementsItem(correct: boolean[], options: string[], answer: string): Item {
  return {
    id: 'st',
    articleId: 'a',
    factId: 'f',
    type: 'statements',
    question: 'Which of the statements given above is/are correct?',
    answer,
    options,
    answerIndex: options.indexOf(answer),
    statements: correct.map((c, i) => ({ text: `Statement ${String.fromCharCode(65 + i)}`, correct: c, sentence: `s${i}` })),
    sentence: 's0',
    answerType: 'statements',
    score: 1,
    tags: [],
  };
}

/** Every permutation of 0..n-1. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

describe('parseStatementCode / formatStatementCode', () => {
  it('reads the usual code forms and writes them back unchanged', () => {
    for (const text of ['1 only', '2 and 3 only', '1, 2 and 3', 'Both 1 and 2', 'Neither 1 nor 2', 'Only 1 and 3', '1, 2 and 4 only']) {
      const code = parseStatementCode(text);
      expect(code, text).not.toBeNull();
      expect(formatStatementCode(code!)).toBe(text);
    }
  });
  it('does not take count forms or ordinary answers for codes', () => {
    for (const text of ['Only one', 'Only two', 'All three', 'None', 'All of the above', 'Tokyo', '1956 treaty']) {
      expect(parseStatementCode(text), text).toBeNull();
    }
  });
});

describe('reorderStatements', () => {
  it('swaps two statements and moves the answer with them', () => {
    const item = statementsItem([true, false], ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'], '1 only');
    const out = reorderStatements(item, [1, 0]);
    expect(out.statements!.map((s) => s.text)).toEqual(['Statement B', 'Statement A']);
    expect(out.options).toEqual(['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2']);
    expect(out.answer).toBe('2 only');
    expect(out.answerIndex).toBe(1);
    // The input is not modified.
    expect(item.answer).toBe('1 only');
    expect(item.statements![0].text).toBe('Statement A');
  });

  it('keeps the answer right under every order of three statements', () => {
    const options = ['1 and 2 only', '2 and 3 only', '1 and 3 only', '1, 2 and 3'];
    const truths: boolean[][] = [
      [true, false, true],
      [true, true, false],
      [false, true, true],
      [true, true, true],
    ];
    for (const truth of truths) {
      const right = options.find((o) => {
        const nums = parseStatementCode(o)!.numbers;
        return nums.join() === truth.flatMap((t, i) => (t ? [i + 1] : [])).join();
      })!;
      const item = statementsItem(truth, options, right);
      for (const order of permutations(3)) {
        const out = reorderStatements(item, order);
        const named = parseStatementCode(out.options![out.answerIndex!])!.numbers;
        expect(named, `${truth} ${order}`).toEqual(correctNumbers(out));
        expect(out.answer).toBe(out.options![out.answerIndex!]);
        // Same set of codes as before, one each.
        expect(new Set(out.options).size).toBe(4);
      }
    }
  });

  it('puts rewritten code options back in reading order', () => {
    const item = statementsItem([true, false, true], ['1 and 2 only', '2 and 3 only', '1 and 3 only', '1, 2 and 3'], '1 and 3 only');
    const out = reorderStatements(item, [2, 0, 1]);
    expect(out.options).toEqual(['1 and 2 only', '1 and 3 only', '2 and 3 only', '1, 2 and 3']);
    // New 1 = old 3 (true), new 2 = old 1 (true), new 3 = old 2 (false).
    expect(out.answer).toBe('1 and 2 only');
    expect(out.answerIndex).toBe(0);
  });

  it('leaves count forms and their answer alone', () => {
    const item = statementsItem([true, true, false], ['Only one', 'Only two', 'All three', 'None'], 'Only two');
    const out = reorderStatements(item, [2, 1, 0]);
    expect(out.options).toEqual(item.options);
    expect(out.answer).toBe('Only two');
    expect(out.answerIndex).toBe(1);
    expect(out.statements!.map((s) => s.correct)).toEqual([false, true, true]);
  });

  it('is the identity for the identity order', () => {
    const item = statementsItem([false, true], ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'], '2 only');
    expect(reorderStatements(item, [0, 1])).toEqual(item);
  });

  it('rejects an order that is not a permutation of the statements', () => {
    const item = statementsItem([true, false], ['1 only', '2 only'], '1 only');
    expect(() => reorderStatements(item, [0, 0])).toThrow(RangeError);
    expect(() => reorderStatements(item, [0])).toThrow(RangeError);
    expect(() => reorderStatements(item, [0, 2])).toThrow(RangeError);
  });

  it('finds the answer by text when answerIndex is missing', () => {
    const item = { ...statementsItem([false, true], ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'], '2 only'), answerIndex: undefined };
    const out = reorderStatements(item, [1, 0]);
    expect(out.answer).toBe('1 only');
    expect(out.answerIndex).toBe(0);
  });

  it('keeps every sample statements item consistent under reversal', () => {
    for (const item of sampleItems().filter((i) => i.type === 'statements')) {
      const n = item.statements!.length;
      const out = reorderStatements(item, Array.from({ length: n }, (_, i) => n - 1 - i));
      const code = parseStatementCode(out.answer);
      if (code) expect(code.numbers.sort()).toEqual(correctNumbers(out));
      else expect(out.answer).toBe(item.answer);
    }
  });
});
