/**
 * A fixed set of worker threads running one script, fed from a shared queue. Each worker
 * holds at most PER_WORKER tasks: two, so it starts the next one without waiting for this
 * thread to hand it over, and few enough that a long task does not hold up the others. A
 * worker that dies fails only its own tasks, and a new worker (sent the broadcasts so far)
 * takes its place. A pool may cap each worker's heap (`maxOldGenerationMb`): V8 then collects
 * garbage sooner instead of growing the heap while there is memory to spare. A worker that
 * runs out of that heap is replaced by one with twice the cap, which redoes its tasks, so a
 * cap too small for a batch costs time, never items. A pool may give each task a time budget
 * (`budgetMs`): a worker still on a task past it is terminated, that task fails, and its other
 * tasks go to a new worker, so one stuck input never holds up the rest.
 */
import type { Worker } from 'node:worker_threads';
import { workerThreads } from './worker-threads.js';

interface Job<Task, Outcome> {
  id: number;
  task: Task;
  resolve: (o: Outcome) => void;
  /** Set while the task is its worker's current one and has a budget. */
  timer?: NodeJS.Timeout;
}

interface Slot<Task, Outcome> {
  worker: Worker;
  /** This worker's heap cap in MB (undefined: V8's default). */
  heapMb: number | undefined;
  /** Tasks sent to this worker, oldest first (a worker answers in order). */
  jobs: Job<Task, Outcome>[];
  /** Said it is ready (with a budget: its start-up does not count against a task's time). */
  ready: boolean;
}

/** What a worker script receives: a task with its number, or a message for every worker. */
export type WorkerMessage<Task, Shared = unknown> = { id: number; task: Task } | { shared: Shared };

const PER_WORKER = 2;
/** Past this, a worker out of memory is a real failure, not a cap set too low. */
const MAX_HEAP_MB = 4096;

export interface WorkerPoolOptions<Task = unknown> {
  /** Each worker's old-generation heap cap in MB, doubled for a worker that runs out. */
  maxOldGenerationMb?: number;
  /** How long a task may run (from when its worker starts it) before it is stopped. The
   *  worker script then posts `{ ready: true }` once loaded: no budget runs before that. */
  budgetMs?: (task: Task) => number;
}

export class WorkerPool<Task, Outcome> {
  private readonly slots: Slot<Task, Outcome>[] = [];
  private readonly queue: Job<Task, Outcome>[] = [];
  private readonly broadcasts: unknown[] = [];
  private nextId = 0;
  private closed = false;

  /** `failed(reason)` is the outcome of a task whose worker crashed or was closed. */
  constructor(
    private readonly script: URL,
    size: number,
    private readonly failed: (reason: string) => Outcome,
    private readonly options: WorkerPoolOptions<Task> = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(options.maxOldGenerationMb));
  }

  /** Never rejects: a crash becomes the `failed` outcome naming what happened. */
  run(task: Task): Promise<Outcome> {
    if (this.closed) return Promise.resolve(this.failed('internal error: worker pool closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  /** Sent to every worker (and to any that replaces one) before the tasks that follow. */
  broadcast(shared: unknown): void {
    this.broadcasts.push(shared);
    for (const slot of this.slots) slot.worker.postMessage({ shared });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(this.failed('internal error: worker pool closed'));
    // Tasks still running end too (a pool closed on Ctrl-C does not wait for them).
    for (const slot of this.slots) {
      for (const job of slot.jobs.splice(0)) {
        clearTimeout(job.timer);
        job.resolve(this.failed('internal error: worker pool closed'));
      }
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(heapMb: number | undefined): Slot<Task, Outcome> {
    const worker = new (workerThreads().Worker)(this.script, heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {});
    const slot: Slot<Task, Outcome> = { worker, heapMb, jobs: [], ready: !this.options.budgetMs };
    for (const shared of this.broadcasts) worker.postMessage({ shared });
    worker.on('message', (msg: { id: number; outcome: Outcome } | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        if (slot.jobs.length > 0) this.startBudget(slot);
        return;
      }
      const at = slot.jobs.findIndex((j) => j.id === msg.id);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      clearTimeout(job.timer);
      job.resolve(msg.outcome);
      this.dispatch();
    });
    const died = (why: string, outOfMemory = false) => {
      const jobs = slot.jobs.splice(0);
      for (const job of jobs) {
        clearTimeout(job.timer);
        job.timer = undefined;
      }
      const i = this.slots.indexOf(slot);
      // Out of a capped heap: a worker with twice the cap redoes the tasks, first in line.
      const retry = outOfMemory && slot.heapMb !== undefined && slot.heapMb < MAX_HEAP_MB;
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn(retry ? slot.heapMb! * 2 : slot.heapMb);
      if (retry && !this.closed) this.queue.unshift(...jobs);
      else for (const job of jobs) job.resolve(this.failed(`internal error: ${why}`));
      this.dispatch();
    };
    worker.on('error', (err: Error & { code?: string }) => died(`worker crashed: ${err.message}`, err.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) died(`worker stopped (exit code ${code})`);
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.jobs.length < PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.ref();
        slot.worker.postMessage({ id: job.id, task: job.task });
      }
    }
    for (const slot of this.slots) {
      if (slot.jobs.length === 0) slot.worker.unref();
      else this.startBudget(slot);
    }
  }

  /** The budget runs for a worker's current task (its first: a worker answers in order). */
  private startBudget(slot: Slot<Task, Outcome>): void {
    const job = slot.jobs[0];
    if (!this.options.budgetMs || !slot.ready || job.timer) return;
    const ms = this.options.budgetMs(job.task);
    job.timer = setTimeout(() => this.overBudget(slot, job, ms), ms);
  }

  /** Stop the worker stuck on `job`; its other tasks go back to the queue, first in line. */
  private overBudget(slot: Slot<Task, Outcome>, job: Job<Task, Outcome>, ms: number): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || slot.jobs[0] !== job || this.closed) return;
    this.slots[i] = this.spawn(slot.heapMb);
    const [, ...rest] = slot.jobs.splice(0);
    void slot.worker.terminate();
    job.resolve(this.failed(`stopped after ${(ms / 1000).toFixed(0)} s, the time allowed for one article`));
    this.queue.unshift(...rest);
    this.dispatch();
  }
}
