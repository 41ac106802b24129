/**
 * Countries: built once, on first use, from `world-countries` (names, official names, spellings,
 * demonyms, region, capitals, borders) and the English names of `i18n-iso-countries`, plus the
 * curated forms news uses (data/countries.ts). Read through the lexicon's API (index.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { reEscape } from '../util/re-escape.js';
import { DISPLAY_NAME, EXTRA_ALIASES, EXTRA_DEMONYMS, FORMER_STATES, HOME_NATIONS, MAJOR_POWERS, NEWSWORTHY_SMALL, NOT_COUNTRIES } from './data/countries.js';
import { addFirst, lexiconKey, lookUp } from './key.js';
import { worldCountries, worldCountriesVersion } from './world-countries.js';

export interface Country {
  /** Common English name ("United States"). */
  name: string;
  /** ISO alpha-2 code; "" for the UK's home nations. */
  code: string;
  /** Every spelling that means this country, `name` first (not demonyms). */
  aliases: readonly string[];
  /** English demonyms ("American"), the package's first. */
  demonyms: readonly string[];
  region: string;
  subregion: string;
  capitals: readonly string[];
  /** Neighbours by land (common names). */
  neighbours: readonly string[];
  independent: boolean;
  /** Micro-states (Monaco, Tuvalu) look silly beside a major power as options. */
  micro: boolean;
  /** The country this one is part of (the UK for its home nations). */
  partOf?: string;
}

interface CountryIndex {
  all: Country[];
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCapital: Map<string, Country>;
}

// i18n-iso-countries ships CommonJS with a JSON payload; require() loads it the same way on every Node.
const require = createRequire(import.meta.url);

/** Latin-script spellings only; short codes come from the curated list alone. */
/** Native names English news writes only inside other names ("Nihon Hidankyo", "Nippon Steel"):
 *  read as the country, they split those names in two. */
// ("Chief Minister Bhagwant Mann": the Isle of Man's "Mann" is a common surname.)
const ONLY_IN_NAMES = new Set(['Nihon', 'Nippon', 'Mann', 'Mannin']);

function usableSpelling(s: string): boolean {
  return s.length > 3 && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(s) && !ONLY_IN_NAMES.has(s);
}

function build(): CountryIndex {
  const source = worldCountries().filter((c) => !NOT_COUNTRIES.includes(c.cca2));
  const codeOf3 = new Map(source.map((c) => [c.cca3, c.cca2]));
  const nameOf = (cca2: string, common: string) => DISPLAY_NAME[cca2] ?? common;
  const nameOf3 = new Map(source.map((c) => [c.cca3, nameOf(c.cca2, c.name.common)]));
  const all: Country[] = source.map((c) => {
    const name = nameOf(c.cca2, c.name.common);
    const aliases = new Set([name, c.name.common, c.name.official, ...c.altSpellings.filter(usableSpelling), ...(EXTRA_ALIASES[c.cca2] ?? [])]);
    const eng = c.demonyms?.eng;
    const demonyms = new Set([eng?.m, eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter((d): d is string => !!d));
    return {
      name,
      code: c.cca2,
      aliases: [...aliases],
      demonyms: [...demonyms],
      region: c.region,
      subregion: c.subregion,
      capitals: c.capital ?? [],
      neighbours: c.borders.filter((b) => codeOf3.has(b)).map((b) => nameOf3.get(b)!),
      independent: c.independent === true,
      micro: c.area < 1000 && !NEWSWORTHY_SMALL.includes(c.cca2),
    };
  });
  for (const h of HOME_NATIONS) {
    all.push({ name: h.name, code: '', aliases: [h.name], demonyms: h.demonyms, region: 'Europe', subregion: 'Northern Europe', capitals: [], neighbours: [], independent: false, micro: false, partOf: 'United Kingdom' });
  }

  const byCode = new Map(all.map((c) => [c.code, c]));
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  // Common names first so an alias never shadows a real name ("Congo" is both Congos' alias);
  // then sovereign states, so a shared alias or demonym ("French") means the state, not a territory.
  for (const c of all) addFirst(byName, c.name, c);
  const sovereignFirst = [...all].sort((x, y) => Number(y.independent) - Number(x.independent));
  for (const c of sovereignFirst) {
    for (const a of c.aliases) if (!EXTRA_ALIASES[c.code]?.includes(a)) addFirst(byName, a, c);
    for (const d of c.demonyms) {
      addFirst(byDemonym, d, c);
      // People-nouns: "Afghans", "Americans" ("Chinese", "Swiss" have none).
      if (/[^sh]$/.test(d)) addFirst(byDemonym, `${d}s`, c);
    }
  }
  const isoEnglish = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  for (const [code, value] of Object.entries(isoEnglish.countries)) {
    const c = byCode.get(code);
    // "Korea, Republic of" → "Republic of Korea".
    if (c) for (const n of [value].flat()) if (n.length > 3) addFirst(byName, n.replace(/^(.*), (.*)$/, '$2 $1'), c);
  }
  // Curated short forms win over any package spelling.
  for (const c of all) for (const a of EXTRA_ALIASES[c.code] ?? []) byName.set(lexiconKey(a), c);

  const byCapital = new Map<string, Country>();
  for (const c of all) for (const cap of c.capitals) {
    const key = lexiconKey(cap);
    if (!byCapital.has(key) || c.independent) byCapital.set(key, c);
  }
  return { all, byName, byDemonym, byCapital };
}

/** The index as the build packs it (`scripts/pack-data.mjs`): built from the same data by the
 *  same dist code, so it can go stale only with dist itself, which a build replaces whole. Its
 *  maps are written as [key, position in `all`] pairs. Reading it saves a cold run ~10 ms. */
export const COUNTRY_INDEX_PACK = fileURLToPath(new URL('../country-index.json', import.meta.url));

interface PackedIndex {
  version: string;
  all: Country[];
  byName: [string, number][];
  byDemonym: [string, number][];
  byCapital: [string, number][];
}

/** The index as JSON, for the build's pack. */
export function packCountryIndex(): string {
  const { all, byName, byDemonym, byCapital } = build();
  const at = new Map(all.map((c, i) => [c, i]));
  const pairs = (m: Map<string, Country>) => [...m].map(([k, c]) => [k, at.get(c)!] as [string, number]);
  const packed: PackedIndex = { version: worldCountriesVersion(), all, byName: pairs(byName), byDemonym: pairs(byDemonym), byCapital: pairs(byCapital) };
  return JSON.stringify(packed);
}

function readPack(): CountryIndex | null {
  let packed: PackedIndex;
  try {
    packed = JSON.parse(readFileSync(COUNTRY_INDEX_PACK, 'utf8')) as PackedIndex;
  } catch {
    return null;
  }
  if (packed.version !== worldCountriesVersion()) return null;
  const maps = (pairs: [string, number][]) => new Map(pairs.map(([k, i]) => [k, packed.all[i]]));
  return { all: packed.all, byName: maps(packed.byName), byDemonym: maps(packed.byDemonym), byCapital: maps(packed.byCapital) };
}

let index: CountryIndex | null = null;
const countryIndex = (): CountryIndex => (index ??= readPack() ?? build());

/** Every country and territory, and the UK's home nations. */
export function allCountries(): readonly Country[] {
  return countryIndex().all;
}

/** The country a name or alias stands for ("U.S.", "the Netherlands"), not a demonym. */
export function countryNamed(name: string): Country | null {
  return lookUp(countryIndex().byName, name) ?? null;
}

/** The country of a demonym or people-noun ("Japanese", "Afghans"). */
export function countryOfDemonym(word: string): Country | null {
  return lookUp(countryIndex().byDemonym, word) ?? null;
}

/** The country whose capital this is ("Tokyo" → Japan). */
export function countryOfCapital(city: string): Country | null {
  return lookUp(countryIndex().byCapital, city) ?? null;
}

/** Whether one is part of the other (the UK and its home nations): two right answers side by side. */
export function partOfEachOther(a: string, b: string): boolean {
  const [x, y] = [countryNamed(a), countryNamed(b)];
  if (!x || !y || x === y) return false;
  return x.partOf === y.name || y.partOf === x.name;
}

const FORMER_NAMES = new Set(FORMER_STATES.flatMap((f) => f.names));
let formerInText: (readonly [RegExp, readonly string[]])[] | null = null;

/** A state that no longer exists, named alone ("the former Soviet Union"). */
export function isFormerState(name: string): boolean {
  return FORMER_NAMES.has(name.trim().replace(/^the\s+/i, '').replace(/^former\s+/i, ''));
}

/** Whether a text names a former state that `candidate` carries on (Russia beside "the Soviet Union"). */
export function succeedsStateIn(candidate: string, text: string): boolean {
  const c = countryNamed(candidate);
  if (!c) return false;
  formerInText ??= FORMER_STATES.map((f) => [new RegExp(`(?:^|[^\\p{L}])(?:${f.names.map(reEscape).join('|')})(?![\\p{L}])`, 'u'), f.heirs] as const);
  return formerInText.some(([named, heirs]) => heirs.includes(c.name) && named.test(text));
}

/** Whether a country is one of the major powers (the G20's members). */
export function isMajorPower(c: Country): boolean {
  return MAJOR_POWERS.includes(c.code);
}
