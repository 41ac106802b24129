/**
 * Kinds of place, so a place's distractors are places of the same kind (a city for a city,
 * an island group for an island group). Known names come from the lexicon; the cue words here
 * class the names no list holds.
 */
import type { PlaceKind } from '../../types.js';
import { continents, countryNamed, countryOfCapital, isFormerState, lexiconKey, stateNamed } from '../../lexicon/index.js';

/** PlaceKind plus "landmark" (stadiums, bridges, halls): a venue is not a town. */
export type PlaceClass = PlaceKind | 'landmark';

const LANDMARK = /\b(Stadium|Arena|Bridge|Hall|Centre|Center|Park|Square|Museum|Airport|Street|Road|Avenue|Palace|Temple|Mosque|Church|Cathedral|Memorial|Tower|Station|Port|Harbour|Harbor|Base|Building|Headquarters)\b/;
const ISLANDS = /\b(Islands|Isles|Archipelago)\b/;
/** "Asia-Pacific", "East Asia", "Latin America", "Middle East": parts of the world. */
const CONTINENT_PART = /\b(Asia|Africa|Europe|America|Pacific|Atlantic|Middle East|Balkans|Caribbean|Arctic)\b/;
const REGION_WORDS = /\b(region|Region|Province|State|Prefecture|Oblast|District|County|Peninsula|Valley|Strait|Sea|Ocean|Gulf|Bay)\b/;

/** What kind of landmark, by its last head word ("Memorial Hall Station" is a station): a
 *  bridge is no option for a convention centre, nor a mosque for a stadium. */
const LANDMARK_GROUPS: [RegExp, string][] = [
  [/^(?:Stadium|Arena|Hall|Centre|Center)$/, 'venue'],
  [/^(?:Bridge|Street|Road|Avenue|Square)$/, 'way'],
  [/^(?:Temple|Mosque|Church|Cathedral)$/, 'worship'],
  [/^(?:Airport|Station|Port|Harbour|Harbor)$/, 'transport'],
];

const LANDMARK_HEADS = new RegExp(LANDMARK.source, 'g');

export function landmarkGroup(name: string): string {
  const heads = name.match(LANDMARK_HEADS) ?? [];
  const head = heads[heads.length - 1] ?? '';
  return LANDMARK_GROUPS.find(([re]) => re.test(head))?.[1] ?? 'other';
}

/** Country a first-level division belongs to ("Texas" → "United States"), or null. */
export function regionCountry(name: string): string | null {
  return stateNamed(name)?.country ?? null;
}

/** The kind of a place name. Unknown single names are most often towns: "other". */
export function placeClass(name: string): PlaceClass {
  const bare = name.replace(/^the\s+/i, '');
  if (continents().some((c) => lexiconKey(c) === lexiconKey(bare))) return 'continent';
  if (ISLANDS.test(bare)) return 'islands';
  if (LANDMARK.test(bare)) return 'landmark';
  if (countryNamed(bare) || isFormerState(bare)) return 'country';
  if (countryOfCapital(bare)) return 'city';
  if (regionCountry(bare) || REGION_WORDS.test(bare) || CONTINENT_PART.test(bare)) return 'region';
  return 'other';
}

/** Whether two place classes can stand in for each other as options. Unknown names are
 *  usually towns, so "other" and "city" mix; everything else must match exactly. */
export function placeClassesCompatible(a: PlaceClass, b: PlaceClass): boolean {
  if (a === b) return true;
  const townish = (k: PlaceClass) => k === 'city' || k === 'other';
  return townish(a) && townish(b);
}
