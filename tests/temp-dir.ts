/**
 * Temporary folders for tests, removed after their test file (tests/setup/remove-temp-dirs.ts
 * does it for every file): a test may make as many as it likes and never cleans up by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// On globalThis: the setup file and the test file may each load their own copy of this module.
const made: string[] = ((globalThis as { quizwireTempDirs?: string[] }).quizwireTempDirs ??= []);

export function tempDir(prefix = 'quizwire-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
