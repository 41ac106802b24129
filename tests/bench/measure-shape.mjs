// One pathological shape, studied and generated in this process after a warm-up on 150 KB of
// news (so start-up, JIT and wink's first-use word table do not count, as in a batch's worker;
// --cold skips it): prints "<seconds> <facts>". One process each.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathologicalShapes } from './pathological-shapes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const lib = await import(join(root, 'dist/index.js'));
const [index, bytes] = process.argv.slice(2).map(Number);
const [, ext, text] = pathologicalShapes(bytes)[index];
const study = (t, kind) => {
  const r = lib.studyText(t, { source: `shape.${ext}`, kind });
  lib.buildDocument([r], { types: lib.DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });
  return r;
};
if (!process.argv.includes('--cold')) study(pathologicalShapes(150_000)[2][2], 'text');
const t0 = performance.now();
const r = study(text, ext === 'md' ? 'markdown' : 'text');
console.log(`${((performance.now() - t0) / 1000).toFixed(3)} ${r.facts.length}`);
