/**
 * generate for one article of a batch whose facts wait in a spill file: read them, leave out
 * the ones the batch found to repeat another article's, make the items. The same code runs in
 * a worker thread and in-process, so `--jobs` never changes what comes out.
 */
import { generateItems, type DistractorPool, type GenerateOptions } from '../generate/index.js';
import type { Fact, Item } from '../types.js';
import { readSpilled, type SpillSlot } from './json-spill.js';

export interface GenerateTask {
  /** The spill file and where this article's facts are in it. */
  spill: string;
  slot: SpillSlot;
  /** Indexes of the facts to leave out (near-duplicates of another article's). */
  dropped: number[];
  headline: string;
  /** Send the items back as JSON text (to be parked on disk as well as used). */
  json?: boolean;
}

/** What every article's generation shares: sent to each worker once. */
export interface GenerateShared {
  pool: DistractorPool;
  options: GenerateOptions;
}

export type GenerateOutcome = { ok: true; items: Item[] } | { ok: true; itemsJson: string } | { ok: false; reason: string };

export function generateOne(task: GenerateTask, shared: GenerateShared): GenerateOutcome {
  try {
    const skip = new Set(task.dropped);
    const facts = readSpilled<Fact[]>(task.spill, task.slot).filter((_, i) => !skip.has(i));
    const items = generateItems(facts, { options: shared.options, pool: shared.pool, headlines: [task.headline] });
    return task.json ? { ok: true, itemsJson: JSON.stringify(items) } : { ok: true, items };
  } catch (err) {
    return { ok: false, reason: `internal error while generating: ${(err as Error)?.message ?? String(err)}` };
  }
}
