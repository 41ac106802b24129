/**
 * Continents and regions that no country package lists: parts of the world ("Middle East"),
 * and regions inside countries that are not first-level states (states are in states.ts).
 */

/** The seven continents: one another's options. "Australia" is left out: in news it is the country. */
export const CONTINENTS: readonly string[] = ['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Oceania'];

/** Continental landmasses news names beside the continents; never options (Eurasia holds Asia). */
export const LANDMASSES: readonly string[] = ['Eurasia', 'Australasia'];

/** Parts of the world, seas and ranges named as regions. */
export const WORLD_REGIONS: readonly string[] = [
  'Middle East', 'Near East', 'Far East', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Southeast Asia',
  'South-East Asia', 'South Asia', 'East Asia', 'Central Asia', 'West Asia', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Scandinavia', 'Balkans', 'Baltic',
  'Caucasus', 'Latin America', 'Central America', 'Caribbean', 'Sub-Saharan Africa', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Horn of Africa', 'Sahel', 'Maghreb',
  'Arctic', 'Antarctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Persian Gulf', 'Gulf', 'Levant', 'Pacific Rim',
  'Siberia', 'Patagonia', 'Amazon', 'Himalayas', 'Arabian Peninsula', 'Korean Peninsula',
];

/** Regions inside countries that are not their first-level states, by country. */
export const SUBNATIONAL_REGIONS: Readonly<Record<string, readonly string[]>> = {
  // ("the Andaman and Nicobar Command": the islands as news names them without "Islands".)
  // ("Vidarbha were crowned …": regions of a state that news, and Ranji Trophy sides, name alone.)
  India: ['Kashmir', 'Bengal', 'Andaman and Nicobar', 'Vidarbha', 'Marathwada', 'Konkan', 'Saurashtra', 'Bundelkhand', 'Malabar', 'Rayalaseema', 'Purvanchal'],
  Ukraine: ['Crimea', 'Donbas'],
  China: ['Tibet', 'Xinjiang'],
  Palestine: ['Gaza', 'Gaza Strip', 'West Bank'],
  Iraq: ['Kurdistan', 'Kurdistan Region'],
  Spain: ['Catalonia', 'Andalusia', 'Galicia'],
  Germany: ['Bavaria'],
  Japan: ['Kyushu', 'Honshu'],
  Belgium: ['Flanders', 'Wallonia'],
  Austria: ['Tyrol'],
  Italy: ['Sicily', 'Sardinia', 'Lombardy', 'Tuscany'],
  France: ['Corsica', 'Normandy', 'Brittany', 'Provence'],
  Turkey: ['Anatolia'],
  Philippines: ['Mindanao'],
  Indonesia: ['Java', 'Sumatra', 'Borneo', 'Bali'],
  Sudan: ['Darfur'],
  Ethiopia: ['Tigray'],
};
