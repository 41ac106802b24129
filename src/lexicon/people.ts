/**
 * Words about people: offices and titles (data/offices.ts), honorifics (data/honorifics.ts) and
 * given names with gender (data/given-names.ts), as the sets and regex alternations the analyser,
 * the patterns and the generator read. Read through the lexicon's API (index.ts).
 */
import { reEscape } from '../util/re-escape.js';
import { FEMALE, MALE, UNSPECIFIED } from './data/given-names.js';
import { HONORIFICS } from './data/honorifics.js';
import { COMPOUND_RANKS, OFFICE_WORDS, ROLE_SYNONYMS, TITLE_MODIFIERS, type RoleGroup } from './data/offices.js';

export type { RoleGroup };

/** What an office word is used for; see data/offices.ts. */
export type OfficeUse = 'appointed' | 'appositive' | 'unique' | 'unique-modifier' | 'before-name';
const USE_LETTER: Record<OfficeUse, string> = { appointed: 'a', appositive: 'p', unique: 'u', 'unique-modifier': 'U', 'before-name': 't' };

/** Office words of one use, as written in news ("Chief Minister", "CEO"). */
export function officeWords(use: OfficeUse): string[] {
  const letter = USE_LETTER[use];
  const rows = [...OFFICE_WORDS.map(([w, , uses]) => [w, uses] as const), ...TITLE_MODIFIERS];
  return rows.filter(([, uses]) => uses.includes(letter)).map(([w]) => w);
}

/** Words as one regex alternation, escaped, longest first (so "Chief Minister" beats "Chief"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(reEscape).join('|');
}

function lowerSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => w.toLowerCase()));
}

/** Honorifics with a use letter, lower-case, with their dotted forms where they have one. */
function honorificSet(letter: string): Set<string> {
  const out = new Set<string>();
  for (const [w, , uses] of HONORIFICS) {
    if (!uses.includes(letter)) continue;
    out.add(w.toLowerCase());
    if (uses.includes('d')) out.add(`${w.toLowerCase()}.`);
  }
  return out;
}

let heads: Set<string> | null = null;
let fullNameHeads: Set<string> | null = null;
let modifiers: Set<string> | null = null;
let courtesy: Set<string> | null = null;
let nameTitles: Set<string> | null = null;

/** Lower-case words that can end a title: the office itself, or an honorific. */
export function titleHeads(): ReadonlySet<string> {
  return (heads ??= new Set([...lowerSet(OFFICE_WORDS.filter(([, , u]) => u.includes('h')).map(([w]) => w)), ...honorificSet('h')]));
}

/** Lower-case title heads that end a title only before a name of two words or more ("PM"). */
export function titleHeadsBeforeFullName(): ReadonlySet<string> {
  return (fullNameHeads ??= lowerSet(OFFICE_WORDS.filter(([, , u]) => u.includes('f')).map(([w]) => w)));
}

let nameOpeners: ReadonlySet<string> | undefined;
/** Lower-case titles that, before one more word, are part of the name ("Sheikh Hasina"). */
export function titlesOpeningName(): ReadonlySet<string> {
  return (nameOpeners ??= lowerSet(OFFICE_WORDS.filter(([, , u]) => u.includes('o')).map(([w]) => w)));
}

/** Lower-case words that may stand before the head inside a title. */
export function titleModifiers(): ReadonlySet<string> {
  return (modifiers ??= lowerSet([...OFFICE_WORDS.map(([w, , u]) => [w, u] as const), ...TITLE_MODIFIERS].filter(([, u]) => u.includes('m')).map(([w]) => w)));
}

let ranks: ReadonlySet<string> | undefined;
/** Lower-case ranks of two words, space between ("group captain"). */
export function compoundRanks(): ReadonlySet<string> {
  return (ranks ??= lowerSet(COMPOUND_RANKS));
}

/** Lower-case courtesy honorifics ("mr", "mr.", "dame"): dropped from a name, no role. */
export function courtesyHonorifics(): ReadonlySet<string> {
  return (courtesy ??= honorificSet('c'));
}

let respect: ReadonlySet<string> | undefined;
/** Lower-case words of respect before a name ("ustad", "pt.", "late"): no given name of it. */
export function honorificsOfRespect(): ReadonlySet<string> {
  return (respect ??= honorificSet('r'));
}

let after: ReadonlySet<string> | undefined;
/** Honorifics that follow a name, as written ("Saab" in "Dilip Saab"). */
export function honorificsAfterName(): ReadonlySet<string> {
  return (after ??= new Set(HONORIFICS.filter(([, , u]) => u.includes('p')).map(([w]) => w)));
}

/** Honorifics that stand before a name in questions ("Mr", "Shri", "Prof"), as written. */
export function honorificsBeforeName(): string[] {
  return HONORIFICS.filter(([, , u]) => u.includes('b')).map(([w]) => w);
}

/** Honorifics that tell a gender when they stand before a name, as written. */
export function honorificsOfGender(gender: 'm' | 'f'): string[] {
  return HONORIFICS.filter(([, g, u]) => g === gender && u.includes('g')).map(([w]) => w);
}

/** Lower-case titles left out when two spellings of a name are compared ("President Putin" = "Putin"). */
export function nameTitleWords(): ReadonlySet<string> {
  return (nameTitles ??= new Set([...lowerSet(OFFICE_WORDS.filter(([, , u]) => u.includes('n')).map(([w]) => w)), ...honorificSet('n')]));
}

let roles: Map<string, { role: string; group: RoleGroup }> | null = null;

/** The role a word names, canonical ("spokeswoman" → spokesperson), with its group; or null. */
export function roleOfWord(word: string): { role: string; group: RoleGroup } | null {
  if (!roles) {
    roles = new Map();
    const groups = new Map(OFFICE_WORDS.map(([w, g]) => [w.toLowerCase(), g]));
    for (const [w, g, uses] of OFFICE_WORDS) {
      if (!uses.includes('r')) continue;
      const lower = w.toLowerCase();
      const role = ROLE_SYNONYMS[lower] ?? lower;
      roles.set(lower, { role, group: groups.get(role) ?? g });
    }
  }
  return roles.get(word.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

/** The group of people an office or title word belongs to ("Justice" → judge), or null. */
export function officeGroup(word: string): RoleGroup | null {
  const lower = word.toLowerCase();
  return OFFICE_WORDS.find(([w]) => w.toLowerCase() === lower)?.[1] ?? null;
}

let female: Set<string> | null = null;
let male: Set<string> | null = null;
let given: Set<string> | null = null;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The gender a given name tells ("priya" → f), or null. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  female ??= new Set(words(FEMALE));
  male ??= new Set(words(MALE));
  const lower = name.toLowerCase();
  return female.has(lower) ? 'f' : male.has(lower) ? 'm' : null;
}

/** Whether a word is a common given name (any case). */
export function isGivenName(name: string): boolean {
  given ??= new Set([...words(FEMALE), ...words(MALE), ...words(UNSPECIFIED)]);
  return given.has(name.toLowerCase());
}
