/**
 * Kinds of place, so a place's distractors are places of the same kind (a city for a city,
 * an island group for an island group). Countries and capitals come from the country data;
 * continents and first-level divisions of the countries news most often covers are listed here.
 */
import type { PlaceKind } from '../../types.js';
import { normalizeKey } from '../../util/ids.js';
import { capitalOf, countryOf, isFormerState } from './countries.js';

/** PlaceKind plus "landmark" (stadiums, bridges, halls): a venue is not a town. */
export type PlaceClass = PlaceKind | 'landmark';

// "Australia" is left out: in news it is the country far more often than the continent.
export const CONTINENTS = ['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Oceania'];

/** States and provinces, by country, for region distractors. */
export const REGIONS_BY_COUNTRY: Record<string, string[]> = {
  'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  Canada: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'],
  Australia: ['New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'],
  India: ['Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal'],
};

const REGION_COUNTRY = new Map<string, string>();
for (const [country, regions] of Object.entries(REGIONS_BY_COUNTRY)) {
  for (const r of regions) REGION_COUNTRY.set(normalizeKey(r), country);
}
const CONTINENT_KEYS = new Set(CONTINENTS.map(normalizeKey));

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
  return REGION_COUNTRY.get(normalizeKey(name)) ?? null;
}

/** The kind of a place name. Unknown single names are most often towns: "other". */
export function placeClass(name: string): PlaceClass {
  const bare = name.replace(/^the\s+/i, '');
  if (CONTINENT_KEYS.has(normalizeKey(bare))) return 'continent';
  if (ISLANDS.test(bare)) return 'islands';
  if (LANDMARK.test(bare)) return 'landmark';
  if (countryOf(bare) || isFormerState(bare)) return 'country';
  if (capitalOf(bare)) return 'city';
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
