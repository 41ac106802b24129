/**
 * Temporary files of a run, named with the run's process id: the staged outputs beside their
 * targets (`.quizwire-tmp-<pid>-…`) and the folders that park facts, items and notes
 * (`quizwire-<what>-<pid>-…` in the temp folder). Named so, a run stopped at once can remove its
 * own, and the next run can remove those of a run that is no longer alive (issue 18).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The temp folder prefix for this run's spills of one kind ("facts", "items", "notes"). */
export function spillPrefix(what: string): string {
  return `quizwire-${what}-${process.pid}-`;
}

export function stagedName(base: string): string {
  return `.quizwire-tmp-${process.pid}-${base}`;
}

const STAGED = /^\.quizwire-tmp-(\d+)-/;
const SPILL = /^quizwire-(?:facts|items|notes)-(?:(\d+)-)?[\w-]{6}$/;
/** A spill folder from before names carried a process id: surely dead after a day. */
const OLD_SPILL_MS = 24 * 3600 * 1000;

/** Remove this run's own temporary files (a run stopped by a second Ctrl-C) in the temp folder
 *  and in `dirs` (the output folder, the page cache's), those given. Never throws. */
export function removeOwnTemps(...dirs: (string | undefined)[]): void {
  const own = (pid: string | undefined) => pid === String(process.pid);
  sweep(tmpdir(), SPILL, own);
  for (const dir of dirs) if (dir) sweep(dir, STAGED, own);
}

/** Remove what runs no longer alive left behind (in `dirs` too, those given); returns how many
 *  were removed. Never throws. */
export function removeLeftovers(...dirs: (string | undefined)[]): number {
  const dead = (pid: string | undefined, path: string) => (pid ? !isAlive(Number(pid)) : isOlderThan(path, OLD_SPILL_MS));
  let removed = sweep(tmpdir(), SPILL, dead);
  for (const dir of dirs) if (dir) removed += sweep(dir, STAGED, dead);
  return removed;
}

function sweep(dir: string, name: RegExp, remove: (pid: string | undefined, path: string) => boolean): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const m = name.exec(entry);
    const path = join(dir, entry);
    if (!m || !remove(m[1], path)) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      // Someone else's, or already gone: not ours to insist on.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isOlderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}
