import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('relation: a named relative of a named person', () => {
  it('asks who a named relative is ("X, 42, and his wife Y", "X\'s daughter, Y")', () => {
    expect(ask(factsOf(['Thomas Sam, 42, and his wife Manju Sam, 36, are undergoing trial in Sydney.']), 'relation')).toContainEqual(['Who is Thomas Sam’s wife?', 'Manju Sam']);
    expect(ask(factsOf(["Senator John Smith's daughter, Anna Smith, won the race in Texas."]), 'relation')).toContainEqual(['Who is John Smith’s daughter?', 'Anna Smith']);
  });

  it('asks nothing when the relative is not named', () => {
    expect(byPattern(factsOf(['Thomas Sam and his wife were arrested in Sydney on Monday.']), 'relation')).toEqual([]);
  });
});
