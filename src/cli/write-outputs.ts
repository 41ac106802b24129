import { join } from 'node:path';
import { byteChunks, statusOf, type FileStatus } from '../io/stage-files.js';
import type { OutputFile } from '../types.js';

export type { FileStatus };

export interface PlannedFile {
  file: OutputFile;
  path: string;
  /** Against what is on disk now: what a dry run reports ("3 new, 2 changed"). */
  status: FileStatus;
}

/** Where each file would go, and whether it is new, changed or unchanged (for a dry run). */
export function planOutputs(files: OutputFile[], out: string): PlannedFile[] {
  return files.map((file) => {
    const path = join(out, file.name);
    return { file, path, status: statusOf(path, file.content) };
  });
}

/** `--out -`: the one format's content to stdout. A reader that stops early (`| head`) is
 *  no error: the run ends quietly, as other command-line tools do. */
export function writeToStdout(files: OutputFile[]): void {
  process.stdout.once('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  for (const f of files) for (const chunk of byteChunks(f.content)) process.stdout.write(chunk);
}
