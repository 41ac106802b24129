import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/generate/equivalence.js';

describe('a percentage however the text writes it', () => {
  it('"6.5%", "6.5 per cent" and "6.5 percent" are one figure', () => {
    expect(mentions('RBI keeps repo rate unchanged at 6.5%', '6.5 per cent', 'number')).toBe(true);
    expect(mentions('kept at 6.5 per cent on Friday', '6.5%', 'number')).toBe(true);
    expect(mentions('kept at 6.25 per cent on Friday', '6.5%', 'number')).toBe(false);
  });
});
