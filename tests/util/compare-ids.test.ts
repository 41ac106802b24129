import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/util/compare-ids.js';
import { seededRandom } from '../../src/util/random.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-,';

describe('compareIds', () => {
  it('orders every pair of id characters as localeCompare does', () => {
    for (const a of ALPHABET) for (const b of ALPHABET) expect([a, b, compareIds(a, b)]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
  });

  it('orders ids, prefixes and case variants as localeCompare does', () => {
    const random = seededRandom(16);
    const text = (length: number) => Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
    const recase = (s: string) => [...s].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
    for (let k = 0; k < 50_000; k++) {
      const a = text(1 + Math.floor(random() * 12));
      const b = random() < 0.3 ? recase(a) : random() < 0.2 ? a.slice(0, 1 + Math.floor(random() * a.length)) : text(1 + Math.floor(random() * 12));
      if (compareIds(a, b) !== Math.sign(a.localeCompare(b))) expect([a, b, compareIds(a, b)]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
    }
  });

  it('falls back to localeCompare for other characters', () => {
    for (const [a, b] of [['é', 'f'], ['ab', 'a.'], ['Zürich', 'Zurich'], ['a b', 'ab']]) expect(compareIds(a, b)).toBe(Math.sign(a.localeCompare(b)));
  });
});
