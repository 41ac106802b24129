import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type FileStatus = 'new' | 'changed' | 'unchanged';

/** A rendered file written to a temporary name beside its target, not yet in place. */
export interface StagedFile {
  path: string;
  tmp: string;
  /** Against what is on disk now ("3 new, 2 changed"). */
  status: FileStatus;
}

/**
 * Write a file's content to a temporary file beside its target. A run stages every output as it
 * is rendered (so a year of articles never holds all formats in memory at once), then moves them
 * all into place, or removes them all when something fails: never half an output set.
 */
export function stageFile(path: string, content: string | Uint8Array): StagedFile {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.quizwire-tmp-${process.pid}-${basename(path)}`);
  const old = openExisting(path);
  let same = old !== null;
  let size = 0;
  let fd = -1;
  try {
    fd = openSync(tmp, 'w');
    for (const chunk of byteChunks(content)) {
      if (same) same = matches(old!, chunk, size);
      writeAll(fd, chunk);
      size += chunk.length;
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    if (fd >= 0) closeSync(fd);
    if (old) closeSync(old.fd);
  }
  const status = old === null ? 'new' : same && old.size === size ? 'unchanged' : 'changed';
  return { path, tmp, status };
}

/** Text is encoded a slice at a time: a year's worksheet is hundreds of megabytes, and one
 *  Buffer of all of it would double what the run holds. */
const CHUNK_CHARS = 1 << 22;

function* byteChunks(content: string | Uint8Array): Generator<Uint8Array> {
  if (typeof content !== 'string') {
    yield content;
    return;
  }
  for (let at = 0; at < content.length; ) {
    let end = Math.min(at + CHUNK_CHARS, content.length);
    // Never split a surrogate pair: each half alone would encode as U+FFFD.
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield Buffer.from(content.slice(at, end), 'utf8');
    at = end;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function openExisting(path: string): { fd: number; size: number } | null {
  try {
    const fd = openSync(path, 'r');
    return { fd, size: statSync(path).size };
  } catch {
    return null;
  }
}

/** Whether the file on disk holds `chunk` at `offset`. */
function matches(old: { fd: number; size: number }, chunk: Uint8Array, offset: number): boolean {
  if (offset + chunk.length > old.size) return false;
  const buf = Buffer.allocUnsafe(chunk.length);
  let got = 0;
  while (got < chunk.length) {
    const n = readSync(old.fd, buf, got, chunk.length - got, offset + got);
    if (n === 0) return false;
    got += n;
  }
  return buf.equals(chunk);
}

/** Move a staged file into place (rename: atomic on one file system). */
export function commitStaged(file: StagedFile): void {
  renameSync(file.tmp, file.path);
}

export function discardStaged(files: readonly StagedFile[]): void {
  for (const f of files) rmSync(f.tmp, { force: true });
}

/** How a file on disk compares with new content: new, changed or unchanged. */
export function statusOf(path: string, bytes: Buffer): FileStatus {
  try {
    if (statSync(path).size !== bytes.length) return 'changed';
    return readFileSync(path).equals(bytes) ? 'unchanged' : 'changed';
  } catch {
    return 'new';
  }
}
