/**
 * JSON parked on disk while a batch runs: an article's facts between studying and generating
 * (a year of articles has hundreds of megabytes of them, none needed until its article's turn),
 * and its items for a renderer on another thread. One temporary file, appended to and read back
 * by offset (from any thread: a worker reads its articles' share itself); removed on close.
 */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExactly, writeAll } from '../io/fd-io.js';
import { spillPrefix } from '../io/leftovers.js';

/** Where one piece of JSON is in the spill file. */
export interface SpillSlot {
  offset: number;
  length: number;
}

export class JsonSpill {
  readonly path: string;
  private readonly dir: string;
  private fd: number;
  private size = 0;

  constructor(what: string) {
    try {
      this.dir = mkdtempSync(join(tmpdir(), spillPrefix(what)));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new Error(`cannot make a temporary folder in ${tmpdir()} (${code}); set TMPDIR to a writable folder`);
    }
    this.path = join(this.dir, `${what}.jsonl`);
    this.fd = openSync(this.path, 'w+');
  }

  /** Park a piece of JSON text. */
  append(json: string): SpillSlot {
    const bytes = Buffer.from(`${json}\n`, 'utf8');
    writeAll(this.fd, bytes, this.size);
    const slot = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return slot;
  }

  /** Read a piece back through the spill's own descriptor (no open per read). */
  read<T>(slot: SpillSlot): T {
    return readSlot<T>(this.fd, this.path, slot);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One piece from a spill file (by path, so a worker thread can read it). */
export function readSpilled<T>(path: string, slot: SpillSlot): T {
  const fd = openSync(path, 'r');
  try {
    return readSlot<T>(fd, path, slot);
  } finally {
    closeSync(fd);
  }
}

function readSlot<T>(fd: number, path: string, slot: SpillSlot): T {
  const buf = readExactly(fd, slot.length, slot.offset);
  if (!buf) throw new Error(`spill file ${path} ends early`);
  return JSON.parse(buf.toString('utf8')) as T;
}
