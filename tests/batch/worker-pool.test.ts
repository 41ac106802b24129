import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.js';

type Outcome = { ok: true; n: number; held: number } | { ok: false; reason: string };
const script = new URL('./fixtures/hungry-worker.mjs', import.meta.url);
const failed = (reason: string): Outcome => ({ ok: false, reason });

describe('WorkerPool with a heap cap', () => {
  it('redoes a task whose worker ran out of its capped heap, on a worker with a bigger cap', async () => {
    const pool = new WorkerPool<{ n: number; mb: number }, Outcome>(script, 2, failed, { maxOldGenerationMb: 16 });
    try {
      // 64 MB of live arrays cannot fit a 16 MB old generation: the pool doubles the cap until it does.
      const outcomes = await Promise.all([1, 2, 3].map((n) => pool.run({ n, mb: n === 2 ? 64 : 1 })));
      expect(outcomes).toEqual([
        { ok: true, n: 1, held: 1 },
        { ok: true, n: 2, held: 64 },
        { ok: true, n: 3, held: 1 },
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('still fails only the task of a worker that crashed for another reason', async () => {
    const pool = new WorkerPool<{ n: number; mb: number; crash?: boolean }, Outcome>(script, 1, failed, { maxOldGenerationMb: 64 });
    try {
      const crashed = await pool.run({ n: 1, mb: 1, crash: true });
      expect(crashed.ok).toBe(false);
      expect((crashed as { reason: string }).reason).toMatch(/crashed on purpose/);
      expect(await pool.run({ n: 2, mb: 1 })).toEqual({ ok: true, n: 2, held: 1 });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
