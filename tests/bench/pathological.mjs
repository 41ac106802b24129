// `npm run bench -- --pathological [--sizes 0.1,0.5,2]`: each hostile shape of issue 18 at a few
// sizes, in seconds per MB (study + generate, one thread, warm). Flat across sizes means linear.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathologicalShapes } from './pathological-shapes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '0.1,0.5,2').split(',').map(Number);
const LIMIT_S = 300;

const names = pathologicalShapes(100).map(([name]) => name);
console.log(`pathological shapes, seconds per MB (study + generate, one thread, warm; limit ${LIMIT_S} s):`);
console.log(`  ${'shape'.padEnd(20)}${sizes.map((mb) => `${mb} MB`.padStart(12)).join('')}`);
names.forEach((name, i) => {
  const cells = sizes.map((mb) => {
    const r = spawnSync(process.execPath, [join(here, 'measure-shape.mjs'), String(i), String(Math.round(mb * 1e6))], { encoding: 'utf8', timeout: LIMIT_S * 1000 });
    if (r.status !== 0) return r.signal ? 'timeout' : 'failed';
    const [seconds] = r.stdout.trim().split(' ').map(Number);
    return `${(seconds / mb).toFixed(2)} s/MB`;
  });
  console.log(`  ${name.padEnd(20)}${cells.map((c) => c.padStart(12)).join('')}`);
});
