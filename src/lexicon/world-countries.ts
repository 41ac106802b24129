/**
 * The `world-countries` package, only the fields quizwire reads. The package is one 1.4 MB JSON
 * (translations, currencies, borders, …) that took ~12 ms of every start to parse; the build
 * writes a slim copy (`scripts/pack-data.mjs` → `dist/world-countries.slim.json`, stamped with
 * the package version), read instead when it is of the installed package. The lexicon
 * (src/lexicon/countries.ts) loads it from here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  /** Neighbours by land, as cca3 codes. */
  borders: string[];
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  /** English demonyms only. */
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
  /** km². */
  area: number;
}

/** Where the build leaves the slim copy (dist/, beside the compiled modules). */
export const SLIM_COUNTRIES = fileURLToPath(new URL('../world-countries.slim.json', import.meta.url));

interface SlimFile {
  version: string;
  countries: WorldCountry[];
}

export function worldCountriesVersion(): string {
  return (require('world-countries/package.json') as { version: string }).version;
}

/** The package's countries, each cut down to the fields above. */
export function slimWorldCountries(): WorldCountry[] {
  // `any`: the package's own shape; only the fields copied are read.
  return (require('world-countries') as any[]).map((c) => ({
    name: { common: c.name.common, official: c.name.official },
    cca2: c.cca2,
    cca3: c.cca3,
    borders: c.borders ?? [],
    altSpellings: c.altSpellings,
    capital: c.capital,
    region: c.region,
    subregion: c.subregion,
    ...(c.demonyms?.eng && { demonyms: { eng: c.demonyms.eng } }),
    ...(c.independent !== undefined && { independent: c.independent }),
    area: c.area,
  }));
}

let loaded: WorldCountry[] | null = null;

/** The countries, from the build's slim copy when it is current, else from the package. */
export function worldCountries(slim: string | null = SLIM_COUNTRIES): WorldCountry[] {
  if (slim !== SLIM_COUNTRIES) return readSlim(slim) ?? slimWorldCountries();
  return (loaded ??= readSlim(slim) ?? slimWorldCountries());
}

function readSlim(path: string | null): WorldCountry[] | null {
  if (!path) return null;
  let file: SlimFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as SlimFile;
  } catch {
    return null;
  }
  return file.version === worldCountriesVersion() ? file.countries : null;
}
