/**
 * Worker-thread entry for generation: keeps the shared pool and options it is sent once,
 * then generates each article it is sent. Loaded from the compiled dist/ next to worker-pool.js.
 */
import { parentPort } from 'node:worker_threads';
import { generateOne, type GenerateShared, type GenerateTask } from './generate-one.js';
import type { WorkerMessage } from './worker-pool.js';

let shared: GenerateShared | null = null;

parentPort?.on('message', (msg: WorkerMessage<GenerateTask, GenerateShared>) => {
  if ('shared' in msg) shared = msg.shared;
  else if (!shared) parentPort!.postMessage({ id: msg.id, outcome: { ok: false, reason: 'internal error: no distractor pool' } });
  else parentPort!.postMessage({ id: msg.id, outcome: generateOne(msg.task, shared) });
});
