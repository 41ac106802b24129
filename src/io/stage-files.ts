import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../types.js';
import { readExactly, writeAll } from './fd-io.js';
import { stagedName } from './leftovers.js';

type Content = OutputFile['content'];

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
export function stageFile(path: string, content: Content): StagedFile {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), stagedName(basename(path)));
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

/** The content as bytes, a slice at a time. */
export function* byteChunks(content: Content): Generator<Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  for (const text of typeof content === 'string' ? [content] : content.chunks()) {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(at + CHUNK_CHARS, text.length);
      // Never split a surrogate pair: each half alone would encode as U+FFFD.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield Buffer.from(text.slice(at, end), 'utf8');
      at = end;
    }
  }
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
  return readExactly(old.fd, chunk.length, offset)?.equals(chunk) ?? false;
}

/** Move a staged file into place (rename: atomic on one file system). */
export function commitStaged(file: StagedFile): void {
  renameSync(file.tmp, file.path);
}

export function discardStaged(files: readonly StagedFile[]): void {
  for (const f of files) rmSync(f.tmp, { force: true });
}

/** How a file on disk compares with new content: new, changed or unchanged (read and
 *  compared a slice at a time). */
export function statusOf(path: string, content: Content): FileStatus {
  const old = openExisting(path);
  if (!old) return 'new';
  try {
    let size = 0;
    for (const chunk of byteChunks(content)) {
      if (!matches(old, chunk, size)) return 'changed';
      size += chunk.length;
    }
    return size === old.size ? 'unchanged' : 'changed';
  } finally {
    closeSync(old.fd);
  }
}
