import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('sentences that must give no item', () => {
  it('a question in the text gives no fact', () => {
    expect(factsOf(['Will India win the next World Cup in Australia?'])).toEqual([]);
  });

  it('every fact obeys the rules: answer not in question, no dangling pronoun, well formed', () => {
    const facts = factsOf([
      'He said they would visit it soon.',
      'This was the first time such an event happened in the city.',
      'Russia and Japan have agreed to conduct the first ever anti-terrorism exercises between their navies.',
    ]);
    for (const f of facts) {
      if (f.pattern === 'cloze') continue;
      expect(f.question).toMatch(/^[A-Z].*\?$/);
      expect(f.question.toLowerCase()).not.toContain(f.answer.toLowerCase());
      expect(f.question).not.toMatch(/\b(he|they|it|this)\b/i);
      // "their" only where the question itself names who ("Russia and Japan … their navies").
      if (/\btheir\b/.test(f.question)) expect(f.question).toMatch(/(^Which two|[A-Z]\w+ and [A-Z]\w+ ).*\btheir\b/);
    }
  });
});
