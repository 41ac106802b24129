#!/usr/bin/env node
// Part of `npm run build`, after tsc: packs wink's core model into dist/wink-core.pack, which
// loads faster than the package's JSON (see src/analyze/wink-model-pack.ts). Without the pack
// (or with a stale one) quizwire reads the JSON as before: same model, slower start.
import { writeFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const { CORE_PACK, coreModelJson, coreModelStamp } = await import(join(dist, 'analyze/wink-model.js'));
const { packCoreModel } = await import(join(dist, 'analyze/wink-model-pack.js'));
const tmp = `${CORE_PACK}.tmp`;
try {
  writeFileSync(tmp, packCoreModel(coreModelJson(), coreModelStamp()));
  renameSync(tmp, CORE_PACK);
} catch (err) {
  rmSync(tmp, { force: true });
  rmSync(CORE_PACK, { force: true });
  console.warn(`quizwire build: wink model not packed (${err.message}); it will be read from its JSON`);
}
