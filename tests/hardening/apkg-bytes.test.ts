/** Issue 18: an .apkg's bytes depend on the input (and --seed), not on the clock, also from stdin. */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, SEED } from '../cli/run-cli.js';

function apkgFromStdin(env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [CLI, 'generate', '-', '--out', '-', '-f', 'apkg', '--seed', '7'], { input: readFileSync(SEED), env: { ...process.env, ...env } });
  expect(r.status, r.stderr.toString()).toBe(0);
  return createHash('sha256').update(r.stdout).digest('hex');
}

describe('the .apkg of stdin', () => {
  it('is byte-identical on runs in different seconds; SOURCE_DATE_EPOCH sets its time', async () => {
    const first = apkgFromStdin();
    await new Promise((resolve) => setTimeout(resolve, 1050 - (Date.now() % 1000)));
    expect(apkgFromStdin()).toBe(first);
    expect(apkgFromStdin({ SOURCE_DATE_EPOCH: '1700000000' })).not.toBe(first);
  });
});
