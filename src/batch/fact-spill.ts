/**
 * Facts parked on disk between studying a batch and generating from it: a year of articles
 * has hundreds of megabytes of facts, and none is needed again until its article's turn. One
 * temporary file, appended to and read back by offset (from any thread: worker threads read
 * their articles' facts themselves); removed on close.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact } from '../types.js';

/** Where one article's facts are in the spill file. */
export interface SpillSlot {
  offset: number;
  length: number;
}

export class FactSpill {
  readonly path: string;
  private readonly dir: string;
  private fd: number;
  private size = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'quizwire-facts-'));
    this.path = join(this.dir, 'facts.jsonl');
    this.fd = openSync(this.path, 'w+');
  }

  /** Park an article's facts, given as their JSON text. */
  append(factsJson: string): SpillSlot {
    const bytes = Buffer.from(`${factsJson}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.size + written);
    const slot = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return slot;
  }

  read(slot: SpillSlot): Fact[] {
    return readSpilledFacts(this.path, slot);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One article's facts from a spill file (by path, so a worker thread can read them). */
export function readSpilledFacts(path: string, slot: SpillSlot): Fact[] {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(slot.length);
    let got = 0;
    while (got < slot.length) {
      const n = readSync(fd, buf, got, slot.length - got, slot.offset + got);
      if (n === 0) throw new Error(`spill file ${path} ends early`);
      got += n;
    }
    return JSON.parse(buf.toString('utf8')) as Fact[];
  } finally {
    closeSync(fd);
  }
}
