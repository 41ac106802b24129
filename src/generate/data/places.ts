/**
 * Kinds of place, so a place's distractors are places of the same kind (a city for a city,
 * an island group for an island group). Known names come from the lexicon; the cue words here
 * class the names no list holds.
 */
import type { PlaceKind } from '../../types.js';
import { knownPlaceKind, looksLikeRiver, stateNamed } from '../../lexicon/index.js';

/** PlaceKind plus "landmark" (stadiums, bridges, halls: a venue is not a town), "state" (a
 *  state or province is no region like "the Middle East") and "river" (a river is no town). */
export type PlaceClass = PlaceKind | 'landmark' | 'state' | 'river';

const LANDMARK = /\b(Stadium|Oval|Arena|Bridge|Hall|Centre|Center|Park|Square|Museum|Airport|Street|Road|Avenue|Palace|Temple|Mosque|Church|Cathedral|Memorial|Tower|Station|Port|Harbour|Harbor|Base|Building|Headquarters|Sanctuary|Reserve|Forest|Biosphere|Bhavan|Bhawan|Mandapam|Mahal|Fort|Ghat|Maidan|Ground|Grounds|Chowk|Gate|Gardens?|Colony|Enclave|Vihar|Layout)\b/;
const ISLANDS = /\b(Islands|Isles|Archipelago)\b/;
/** "Asia-Pacific", "East Asia", "Latin America", "Middle East": parts of the world. */
const CONTINENT_PART = /\b(Asia|Africa|Europe|America|Pacific|Atlantic|Middle East|Balkans|Caribbean|Arctic)\b/;
const STATE_WORDS = /\b(Province|Prefecture|Oblast|Governorate)\b/;
const REGION_WORDS = /\b(region|Region|State|District|County|Peninsula|Valley|Strait|Sea|Ocean|Gulf|Bay)\b/;

/** What kind of landmark, by its last head word ("Memorial Hall Station" is a station): a
 *  bridge is no option for a convention centre, nor a mosque for a stadium. */
const LANDMARK_GROUPS: [RegExp, string][] = [
  // ("the G20 Summit in _____" → New Delhi, never "Rashtrapati Bhavan": a building is no town.)
  // ("the winter session in _____" → Nagpur, never "Azad Maidan": a ground is no town either.)
  [/^(?:Stadium|Oval|Arena|Hall|Centre|Center|Bhavan|Bhawan|Mandapam|Mahal|Maidan|Ground|Grounds)$/, 'venue'],
  [/^(?:Bridge|Street|Road|Avenue|Square|Chowk|Gate)$/, 'way'],
  // ("moved to _____" → Varanasi, never "Dharmpuri Colony": a town's locality is no town.)
  [/^(?:Colony|Enclave|Vihar|Layout)$/, 'locality'],
  [/^(?:Temple|Mosque|Church|Cathedral)$/, 'worship'],
  [/^(?:Airport|Station|Port|Harbour|Harbor)$/, 'transport'],
  // ("adjoining state capital _____" → Bhopal, never "Ratapani Tiger Sanctuary": a protected area is no town.)
  [/^(?:Sanctuary|Reserve|Park|Forest|Biosphere)$/, 'protected'],
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

/** The kind of a place name: the lexicon's for a name it knows, else by cue words ("Islands",
 *  "Stadium", "Province"). Unknown single names are most often towns: "other". */
export function placeClass(name: string): PlaceClass {
  const bare = name.replace(/^the\s+/i, '');
  // A known name first: the Marshall Islands are a country, the Andaman and Nicobar Islands a territory.
  const known = knownPlaceKind(bare);
  if (known) return known;
  if (looksLikeRiver(bare)) return 'river';
  if (ISLANDS.test(bare)) return 'islands';
  if (LANDMARK.test(bare)) return 'landmark';
  if (STATE_WORDS.test(bare)) return 'state';
  if (REGION_WORDS.test(bare) || CONTINENT_PART.test(bare)) return 'region';
  return 'other';
}

/** Whether two place classes can stand in for each other as options. Unknown names are
 *  usually towns, so "other" and "city" mix; everything else must match exactly. */
export function placeClassesCompatible(a: PlaceClass, b: PlaceClass): boolean {
  if (a === b) return true;
  const townish = (k: PlaceClass) => k === 'city' || k === 'other';
  return townish(a) && townish(b);
}
