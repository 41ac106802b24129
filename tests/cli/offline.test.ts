/**
 * The offline promise: with no URL or feed given, quizwire opens no connection. The CLI runs
 * with a preloaded guard (no-network-guard.cjs) that logs and refuses every way of reaching the
 * network, in the main thread and in the worker threads alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, filesIn, ROOT, tempDir } from './run-cli.js';

const GUARD = join(ROOT, 'tests/cli/no-network-guard.cjs');

function guarded(args: string[]) {
  const dir = tempDir();
  const log = join(dir, 'network.log');
  const r = cli(args, { env: { NODE_OPTIONS: `--require ${GUARD}`, QUIZWIRE_NETWORK_LOG: log } });
  return { ...r, attempts: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

describe('offline by default', () => {
  it('a run over files, in workers and in every format, never tries the network', () => {
    const out = tempDir();
    const state = join(out, 'state.json');
    const formats = ['json', 'anki', 'apkg', 'worksheet', 'markdown'].flatMap((f) => ['-f', f]);
    const r = guarded(['generate', join(ROOT, 'seeds'), '--out', out, ...formats, '-j', '2', '--state', state, '--since', '9999d']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.attempts).toEqual([]);
    expect(filesIn(out).length).toBeGreaterThan(4);
  });

  it('the guard does catch a run that reaches out (so the test above can fail)', () => {
    const r = guarded(['generate', 'http://127.0.0.1:9/article.html', '--cache', tempDir(), '--out', '-', '-f', 'json']);
    expect(r.status).toBe(1);
    expect(r.attempts.length).toBeGreaterThan(0);
  });
});
