// Child process for pathological-shapes.test.ts: studies and generates the pathological shapes
// of the given indices at about BYTES each, one after another in this process, and prints
// "<index> <facts>" as each is done. A shape that hangs stops the lines: the test, which stops
// this process when no line comes in time, names the shape after the last one done.
// Usage: node study-shapes.mjs BYTES INDEX...
import { join } from 'node:path';
import { pathologicalShapes } from '../bench/pathological-shapes.mjs';

const lib = await import(join(import.meta.dirname, '../../dist/index.js'));
const [bytes, ...indices] = process.argv.slice(2).map(Number);
const shapes = pathologicalShapes(bytes);
for (const index of indices) {
  const [, ext, text] = shapes[index];
  const r = lib.studyText(text, { source: `shape.${ext}`, kind: ext === 'md' ? 'markdown' : 'text' });
  lib.buildDocument([r], { types: lib.DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });
  console.log(`${index} ${r.facts.length}`);
}
