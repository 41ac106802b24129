import { describe, expect, it } from 'vitest';
import { isWellFormed } from '../../src/extract/check-draft.js';

describe('isWellFormed: a count asked of a verb that wants what they were to do', () => {
  it('is cut before it ("How many entities did Sebi ask?"), while a whole question stands', () => {
    expect(isWellFormed('How many entities did Sebi ask?')).toBe(false);
    expect(isWellFormed('How many companies did the court order?')).toBe(false);
    expect(isWellFormed('How many entities did Sebi ask to refund the money?')).toBe(true);
    expect(isWellFormed('How many wickets did Ashwin take?')).toBe(true);
  });
});
