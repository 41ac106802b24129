import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { OutputFile } from '../types.js';

/** Write rendered files into a folder (each atomically), or one file's content to stdout. */
export function writeOutputs(files: OutputFile[], out: string): string[] {
  if (out === '-') {
    for (const f of files) process.stdout.write(f.content);
    return ['-'];
  }
  return files.map((f) => {
    const path = join(out, f.name);
    writeAtomic(path, f.content);
    return path;
  });
}
