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
  // Node reads the certificates of NODE_EXTRA_CA_CERTS as it starts, whether or not it ever
  // makes a TLS connection: where it is set (to the system's bundle, say) that was ~40 ms of CPU
  // for each of the suite's ~130 processes. No test makes one (the web tests are served over
  // plain HTTP on 127.0.0.1), so the workers and their CLI processes start without it.
  delete process.env.NODE_EXTRA_CA_CERTS;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (!left.length) return;
    // A throw here is only printed (vitest still exits 0), so the exit code is set as well.
    console.error(`quizwire tests: left in the temporary folder: ${left.join(', ')}`);
    process.exitCode = 1;
  };
}
