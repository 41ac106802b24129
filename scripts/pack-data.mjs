#!/usr/bin/env node
// Part of `npm run build`, after tsc: data packages cut down to what quizwire reads, in forms
// that load faster at start-up. Each is stamped with its package's version; without one (or
// with a stale one) quizwire reads the package itself: the same data, a slower start.
//   dist/wink-core.pack             wink's core model (src/analyze/wink-model-pack.ts)
//   dist/world-countries.slim.json  the fields of world-countries used (src/lexicon/world-countries.ts)
//   dist/country-index.json         the lexicon's country index built from it (src/lexicon/countries.ts)
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');

/** Write `make()`'s bytes to `path` through a temporary file; on failure, leave no file. */
function pack(path, what, make) {
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, make());
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(path, { force: true });
    console.warn(`quizwire build: ${what} not packed (${err.message}); it will be read from its package`);
  }
}

const wink = await import(join(dist, 'analyze/wink-model.js'));
const { packCoreModel } = await import(join(dist, 'analyze/wink-model-pack.js'));
pack(wink.CORE_PACK, "wink's model", () => packCoreModel(wink.coreModelJson(), wink.coreModelStamp()));

const countries = await import(join(dist, 'lexicon/world-countries.js'));
pack(countries.SLIM_COUNTRIES, 'world-countries', () => JSON.stringify({ version: countries.worldCountriesVersion(), countries: countries.slimWorldCountries() }));

// The country index built from that data and the lexicon's (src/lexicon/countries.ts): read
// whole at start-up instead of built (~10 ms of a cold run). Packed after the slim copy it reads.
const index = await import(join(dist, 'lexicon/countries.js'));
pack(index.COUNTRY_INDEX_PACK, 'the country index', () => index.packCountryIndex());
