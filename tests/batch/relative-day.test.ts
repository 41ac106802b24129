import { describe, expect, it } from 'vitest';
import { resolveDay } from '../../src/batch/relative-day.js';

describe('resolveDay', () => {
  // Local time: the user's calendar.
  const now = new Date(2026, 2, 1, 0, 30); // 1 March 2026, just after midnight

  it('reads ISO days, today, yesterday and Nd by the calendar', () => {
    expect(resolveDay('2026-12-01', now)).toBe('2026-12-01');
    expect(resolveDay('today', now)).toBe('2026-03-01');
    expect(resolveDay('Yesterday', now)).toBe('2026-02-28');
    expect(resolveDay('7d', now)).toBe('2026-02-22');
    expect(resolveDay('0d', now)).toBe('2026-03-01');
    expect(resolveDay('365d', now)).toBe('2025-03-01');
  });

  it('refuses anything else', () => {
    for (const bad of ['2026-02-30', 'last week', '7', '-1d', 'd', '7 d']) expect(resolveDay(bad, now), bad).toBeNull();
  });
});
