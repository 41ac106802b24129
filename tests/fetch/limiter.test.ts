import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/fetch/limiter.js';

/** Tasks that wait until the test lets them finish, counting how many run at once. */
function harness() {
  const running = new Map<string, number>();
  let total = 0;
  const peak = { total: 0, byKey: new Map<string, number>() };
  const release: (() => void)[] = [];
  const task = (key: string) => () =>
    new Promise<string>((resolve) => {
      total++;
      running.set(key, (running.get(key) ?? 0) + 1);
      peak.total = Math.max(peak.total, total);
      peak.byKey.set(key, Math.max(peak.byKey.get(key) ?? 0, running.get(key)!));
      release.push(() => {
        total--;
        running.set(key, running.get(key)! - 1);
        resolve(key);
      });
    });
  /** Let every task started so far finish, until all have. */
  const drain = async (all: Promise<unknown>[]) => {
    let done = false;
    void Promise.all(all).then(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r));
      release.splice(0).forEach((f) => f());
    }
  };
  return { task, peak, drain };
}

describe('Limiter', () => {
  it('runs at most N tasks at once, and at most M of one host', async () => {
    const h = harness();
    const limiter = new Limiter(3, 2);
    const keys = ['a', 'a', 'a', 'a', 'b', 'b', 'c', 'a', 'c'];
    const all = keys.map((k) => limiter.run(k, h.task(k)));
    await h.drain(all);
    expect(await Promise.all(all)).toEqual(keys);
    expect(h.peak.total).toBe(3);
    expect(Math.max(...h.peak.byKey.values())).toBe(2);
  });

  it('frees its place when a task fails', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('a', () => Promise.resolve(7))).resolves.toBe(7);
  });
});
