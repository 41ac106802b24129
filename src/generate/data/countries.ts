/**
 * Countries for distractors and alias checks, from the `world-countries` package
 * (names, official names, demonyms, region/subregion, capitals) plus the short forms
 * news text really uses ("U.S.", "Britain") that the package lacks or hides among codes.
 */
import { normalizeKey } from '../../util/ids.js';
import { reEscape } from '../../util/re-escape.js';
import { worldCountries as loadWorldCountries } from '../../util/world-countries.js';

export interface CountryInfo {
  /** Common English name ("United States"). */
  name: string;
  /** Every spelling that means this country, including `name` (not demonyms). */
  aliases: string[];
  /** English demonyms ("American"). */
  demonyms: string[];
  region: string;
  subregion: string;
  capitals: string[];
  independent: boolean;
  /** Micro-states (Monaco, Tuvalu) look silly beside a major power as distractors. */
  micro: boolean;
}

const worldCountries = loadWorldCountries();

/** Short forms used in news copy; keyed by ISO alpha-2 code. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  KR: ['Korea Republic', 'Republic of Korea', 'ROK'],
  KP: ['DPRK', 'Democratic People\'s Republic of Korea'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Czech Republic'],
  TR: ['Turkey'],
  MM: ['Burma'],
  CI: ["Côte d'Ivoire"],
  NL: ['Holland', 'The Netherlands'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC'],
  TW: ['Republic of China'],
  VA: ['Holy See', 'Vatican'],
};

/** Adjectives news uses as demonyms that the package lacks. */
const EXTRA_DEMONYMS: Record<string, string[]> = { SA: ['Saudi'] };

/** UK home nations compete and are reported as countries of their own. */
const HOME_NATIONS: CountryInfo[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'].map((name) => ({
  name,
  aliases: [name],
  demonyms: name === 'England' ? ['English'] : name === 'Scotland' ? ['Scottish', 'Scots'] : name === 'Wales' ? ['Welsh'] : ['Northern Irish'],
  region: 'Europe',
  subregion: 'Northern Europe',
  capitals: [],
  independent: false,
  micro: false,
}));

/** Small by area but often in the news, so fair distractors. */
const NEWSWORTHY_SMALL = new Set(['SG', 'BH', 'MT', 'MV']);

/** Names English news uses where the package's common name differs. */
const DISPLAY_NAME: Record<string, string> = { TR: 'Turkey' };

/** Latin-script spellings only; two/three-letter codes are kept only when curated above. */
function usableSpelling(s: string): boolean {
  return s.length > 3 && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(s);
}

function buildCountries(): CountryInfo[] {
  const out: CountryInfo[] = [];
  for (const c of worldCountries) {
    const name = DISPLAY_NAME[c.cca2] ?? c.name.common;
    const aliases = new Set<string>([name, c.name.common, c.name.official, ...c.altSpellings.filter(usableSpelling)]);
    for (const extra of EXTRA_ALIASES[c.cca2] ?? []) aliases.add(extra);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) {
      if (eng.m) demonyms.add(eng.m);
      if (eng.f) demonyms.add(eng.f);
    }
    for (const extra of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(extra);
    out.push({
      name,
      aliases: [...aliases],
      demonyms: [...demonyms],
      region: c.region,
      subregion: c.subregion,
      capitals: c.capital ?? [],
      independent: c.independent === true,
      micro: c.area < 1000 && !NEWSWORTHY_SMALL.has(c.cca2),
    });
  }
  return out.concat(HOME_NATIONS);
}

const COUNTRIES: CountryInfo[] = buildCountries();

/** Lookup by normalised alias, with a leading "the" ignored ("the U.S." = "US"). */
const BY_KEY = new Map<string, CountryInfo>();
const BY_DEMONYM = new Map<string, CountryInfo>();
for (const c of COUNTRIES) {
  for (const a of c.aliases) {
    const key = countryKey(a);
    if (key && !BY_KEY.has(key)) BY_KEY.set(key, c);
  }
  for (const d of c.demonyms) {
    const key = countryKey(d);
    if (key && !BY_DEMONYM.has(key)) BY_DEMONYM.set(key, c);
  }
}

export function countryKey(name: string): string {
  return normalizeKey(name.replace(/\./g, '')).replace(/^the /, '');
}

/** The country a name (or alias) refers to, or null. Demonyms are not names. */
export function countryOf(name: string): CountryInfo | null {
  return BY_KEY.get(countryKey(name)) ?? null;
}

/** The country a demonym ("Japanese") belongs to, or null. */
export function countryOfDemonym(word: string): CountryInfo | null {
  return BY_DEMONYM.get(countryKey(word)) ?? null;
}

/** Sovereign countries (plus the UK home nations), for picking distractors. */
export function allCountries(): readonly CountryInfo[] {
  return COUNTRIES;
}

/** Capital city → its country, for recognising cities. */
const BY_CAPITAL = new Map<string, CountryInfo>();
for (const c of COUNTRIES) for (const cap of c.capitals) {
  const key = normalizeKey(cap);
  if (!BY_CAPITAL.has(key) || c.independent) BY_CAPITAL.set(key, c);
}

export function capitalOf(city: string): CountryInfo | null {
  return BY_CAPITAL.get(normalizeKey(city)) ?? null;
}

/**
 * Whether one country is part of the other: the United Kingdom and its home nations. "England"
 * beside "United Kingdom" in one question's options leaves two right answers.
 */
export function partOfEachOther(a: string, b: string): boolean {
  const [x, y] = [countryOf(a), countryOf(b)];
  if (!x || !y || x === y) return false;
  const nation = (c: CountryInfo) => HOME_NATIONS.includes(c);
  const kingdom = (c: CountryInfo) => c.name === 'United Kingdom';
  return (nation(x) && kingdom(y)) || (kingdom(x) && nation(y));
}

/** States that no longer exist (their names), and the countries that carry them on. */
const FORMER_STATES: [string[], string[]][] = [
  [['Soviet Union', 'USSR', 'U.S.S.R.'], ['Russia', 'Ukraine', 'Belarus', 'Kazakhstan']],
  [['Yugoslavia'], ['Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia']],
  [['Czechoslovakia'], ['Czechia', 'Slovakia']],
  [['East Germany', 'West Germany'], ['Germany']],
];
const FORMER_NAMES = new Set(FORMER_STATES.flatMap(([names]) => names));
const FORMER_IN_TEXT = FORMER_STATES.map(([names, heirs]) => [new RegExp(`(?:^|[^\\p{L}])(?:${names.map(reEscape).join('|')})(?![\\p{L}])`, 'u'), heirs] as const);

/** A state that no longer exists, named alone ("the former Soviet Union"): a country, for options. */
export function isFormerState(name: string): boolean {
  return FORMER_NAMES.has(name.trim().replace(/^the\s+/i, '').replace(/^former\s+/i, ''));
}

/**
 * Whether a text names a former state that `candidate` carries on: Russia beside "the former
 * Soviet Union" in a question reads as a second right answer, or a trick.
 */
export function succeedsStateIn(candidate: string, text: string): boolean {
  const c = countryOf(candidate);
  return c !== null && FORMER_IN_TEXT.some(([named, heirs]) => heirs.includes(c.name) && named.test(text));
}
