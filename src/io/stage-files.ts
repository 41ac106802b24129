import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const status = statusOf(path, bytes);
  try {
    writeFileSync(tmp, bytes);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return { path, tmp, status };
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
