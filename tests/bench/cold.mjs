#!/usr/bin/env node
// One article, cold, to JSON (the budget of issue 16: ≤ 4× `node -e 0`), without the batch of
// `npm run bench`: runs interleaved with `node -e 0` (this VM's speed drifts, and other work on it
// slows both alike); median (range) of wall time and of user+sys CPU (/usr/bin/time, when present).
// Usage: node tests/bench/cold.mjs [--runs 9] [other-checkout ...]   (each with its own `npm run build`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 9;
const roots = [join(dirname(fileURLToPath(import.meta.url)), '../..'), ...args];
const hasTime = existsSync('/usr/bin/time');
const work = mkdtempSync(join(tmpdir(), 'quizwire-cold-'));

function run(nodeArgs) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, hasTime ? ['-f', '%U %S', process.execPath, ...nodeArgs] : nodeArgs, { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`run failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const [user, sys] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
  return { wall, cpu: (user + sys) * 1000 };
}

try {
  const commands = [
    ['node -e 0', ['-e', '0']],
    ...roots.map((root) => [root, [join(root, 'dist/cli/main.js'), 'generate', join(root, 'seeds/russia-japan-2plus2.txt'), '--out', join(work, 'out'), '--quiet', '--format', 'json']]),
  ];
  const times = commands.map(() => []);
  for (const [, a] of commands) run(a); // warm the file cache
  for (let i = 0; i < runs; i++) commands.forEach(([, a], k) => times[k].push(run(a)));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const show = (rs, key) => {
    const xs = rs.map((r) => r[key]);
    return `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  };
  const bare = median(times[0].map((r) => r.wall));
  commands.forEach(([name], k) => {
    const ratio = median(times[k].map((r) => r.wall)) / bare;
    console.log(`${name}: wall ${show(times[k], 'wall')}, ×${ratio.toFixed(2)} node -e 0; cpu ${show(times[k], 'cpu')}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
