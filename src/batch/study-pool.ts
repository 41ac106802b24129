/**
 * A fixed set of worker threads that study texts. Each worker holds at most PER_WORKER tasks
 * from a shared queue: two, so it starts the next one without waiting for this thread to hand
 * it over, and few enough that a long article does not hold up the others. A worker that dies
 * fails only its own tasks, and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { StudyOutcome, StudyTask } from './study-one.js';

interface Job {
  id: number;
  task: StudyTask;
  resolve: (o: StudyOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, oldest first (a worker answers in order). */
  jobs: Job[];
}

const PER_WORKER = 2;

export class StudyPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Never rejects: a crash becomes a failed outcome naming what happened. */
  study(task: StudyTask): Promise<StudyOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'internal error: study pool closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'internal error: study pool closed' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./study-worker.js', import.meta.url));
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (msg: { id: number; outcome: StudyOutcome }) => {
      const at = slot.jobs.findIndex((j) => j.id === msg.id);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      job.resolve(msg.outcome);
      this.dispatch();
    });
    const died = (why: string) => {
      const jobs = slot.jobs.splice(0);
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      for (const job of jobs) job.resolve({ ok: false, reason: `internal error: ${why}` });
      this.dispatch();
    };
    worker.on('error', (err: Error) => died(`worker crashed: ${err.message}`));
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
    for (const slot of this.slots) if (slot.jobs.length === 0) slot.worker.unref();
  }
}
