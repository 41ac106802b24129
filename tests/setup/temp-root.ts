/**
 * Vitest global setup: the whole run, its workers and the CLI processes they start, use one
 * temporary folder of its own (TMPDIR), so runs side by side do not see each other's files.
 * At the end it must be empty: whatever a test or the CLI left behind fails the run, by name.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'quizwire-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (!left.length) return;
    // A throw here is only printed (vitest still exits 0), so the exit code is set as well.
    console.error(`quizwire tests: left in the temporary folder: ${left.join(', ')}`);
    process.exitCode = 1;
  };
}
