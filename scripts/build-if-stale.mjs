#!/usr/bin/env node
// `npm start`, `npm test`, `npm run bench` and `npm run eval` start here: `npm run build` when
// dist/ is stale (scripts/build-stamp.mjs says why), nothing when it is up to date.
// `--stamp` (the last step of `npm run build`) marks dist/ as up to date.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason, writeStamp } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv.includes('--stamp')) {
  writeStamp(root);
} else {
  const reason = staleReason(root);
  if (reason) {
    console.error(`quizwire: building (${reason})`);
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exitCode = build.status ?? 1;
  }
}
