import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { writeAtomic } from '../io/write-atomic.js';
import type { OutputFile } from '../types.js';
import type { InterruptWatch } from './interrupt.js';

export type FileStatus = 'new' | 'changed' | 'unchanged';

export interface PlannedFile {
  file: OutputFile;
  path: string;
  /** Against what is on disk now: what a dry run reports ("3 new, 2 changed"). */
  status: FileStatus;
}

function sameContent(path: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    if (statSync(path).size !== bytes.length) return false;
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Where each file would go, and whether it is new, changed or unchanged. */
export function planOutputs(files: OutputFile[], out: string): PlannedFile[] {
  return files.map((file) => {
    const path = join(out, file.name);
    const status: FileStatus = !exists(path) ? 'new' : sameContent(path, file.content) ? 'unchanged' : 'changed';
    return { file, path, status };
  });
}

/**
 * Write the planned files, each atomically (a reader never sees half a file). Between two
 * files the run may be interrupted: it stops there, and says which files were written.
 */
export async function writeOutputs(planned: PlannedFile[], interrupt: InterruptWatch): Promise<{ written: PlannedFile[]; interrupted: boolean }> {
  const written: PlannedFile[] = [];
  for (const p of planned) {
    // Let a pending Ctrl-C be handled before starting the next file.
    await nextTurn();
    if (interrupt.requested) return { written, interrupted: true };
    writeAtomic(p.path, p.file.content);
    written.push(p);
  }
  return { written, interrupted: false };
}

/** `--out -`: the one format's content to stdout. */
export function writeToStdout(files: OutputFile[]): void {
  for (const f of files) process.stdout.write(f.content);
}
