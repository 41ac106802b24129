/**
 * Whole reads and writes on an open file: `readSync` and `writeSync` may move fewer bytes
 * than asked, so each loops until it is done.
 */
import { readSync, writeSync } from 'node:fs';

/** Write all of `bytes` at `position` (or at the file's current position). */
export function writeAll(fd: number, bytes: Uint8Array, position?: number): void {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

/** `length` bytes from `position`, or null when the file ends first. */
export function readExactly(fd: number, length: number, position: number): Buffer | null {
  const buf = Buffer.allocUnsafe(length);
  for (let got = 0; got < length; ) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) return null;
    got += n;
  }
  return buf;
}
