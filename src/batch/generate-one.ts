/**
 * generate for one article of a batch whose facts wait in a spill file: read them, leave out
 * the ones the batch found to repeat another article's, make the items. The same code runs in
 * a worker thread and in-process, so `--jobs` never changes what comes out.
 */
import { generateItems, type DistractorPool, type GenerateOptions } from '../generate/index.js';
import type { Item } from '../types.js';
import { readSpilledFacts, type SpillSlot } from './fact-spill.js';

export interface GenerateTask {
  /** The spill file and where this article's facts are in it. */
  spill: string;
  slot: SpillSlot;
  /** Indexes of the facts to leave out (near-duplicates of another article's). */
  dropped: number[];
  headline: string;
}

/** What every article's generation shares: sent to each worker once. */
export interface GenerateShared {
  pool: DistractorPool;
  options: GenerateOptions;
}

export type GenerateOutcome = { ok: true; items: Item[] } | { ok: false; reason: string };

export function generateOne(task: GenerateTask, shared: GenerateShared): GenerateOutcome {
  try {
    const skip = new Set(task.dropped);
    const facts = readSpilledFacts(task.spill, task.slot).filter((_, i) => !skip.has(i));
    return { ok: true, items: generateItems(facts, { options: shared.options, pool: shared.pool, headlines: [task.headline] }) };
  } catch (err) {
    return { ok: false, reason: `internal error while generating: ${(err as Error)?.message ?? String(err)}` };
  }
}
