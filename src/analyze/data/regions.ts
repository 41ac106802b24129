/** Continents and world regions that no country package lists, with their kind. */
import type { PlaceKind } from '../../types.js';

export const CONTINENTS: readonly string[] = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Eurasia', 'Australasia',
];

export const WORLD_REGIONS: readonly string[] = [
  'Middle East', 'Near East', 'Far East', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Southeast Asia',
  'South-East Asia', 'South Asia', 'East Asia', 'Central Asia', 'West Asia', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Scandinavia', 'Balkans', 'the Balkans', 'Baltic',
  'Caucasus', 'Latin America', 'Central America', 'Caribbean', 'the Caribbean', 'Sub-Saharan Africa', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Horn of Africa', 'Sahel', 'Maghreb',
  'Arctic', 'Antarctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Persian Gulf', 'Gulf', 'Levant', 'Pacific Rim',
  'Siberia', 'Patagonia', 'Amazon', 'Himalayas', 'Arabian Peninsula', 'Korean Peninsula', 'Crimea', 'Kashmir',
  'Tibet', 'Xinjiang', 'Gaza', 'Gaza Strip', 'West Bank', 'Donbas', 'Kurdistan', 'Catalonia', 'Bavaria',
  'Quebec', 'Ontario', 'British Columbia', 'Alberta', 'Punjab', 'Bengal', 'Sindh', 'Balochistan', 'Kerala',
  'Tamil Nadu', 'Karnataka', 'Maharashtra', 'Gujarat', 'Rajasthan', 'Uttar Pradesh', 'Bihar', 'Assam',
  'Andhra Pradesh', 'Telangana', 'Madhya Pradesh', 'Odisha', 'Jharkhand', 'Haryana', 'Goa', 'Manipur',
  'Jammu and Kashmir', 'Ladakh', 'Himachal Pradesh', 'Uttarakhand', 'Chhattisgarh', 'West Bengal', 'Sikkim',
  'Arunachal Pradesh', 'Nagaland', 'Mizoram', 'Tripura', 'Meghalaya', 'Puducherry', 'Lakshadweep',
  'Andaman and Nicobar Islands', 'Dadra and Nagar Haveli and Daman and Diu',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Queensland', 'New South Wales', 'Victoria', 'Tasmania',
  'Western Australia', 'South Australia', 'Northern Territory', 'Hokkaido', 'Okinawa', 'Kyushu', 'Honshu',
  'Sichuan', 'Guangdong', 'Hubei', 'Yunnan', 'Chechnya', 'Dagestan', 'Flanders', 'Wallonia', 'Tyrol',
  'Sicily', 'Sardinia', 'Corsica', 'Lombardy', 'Tuscany', 'Andalusia', 'Galicia', 'Normandy', 'Brittany',
  'Provence', 'Anatolia', 'Mindanao', 'Java', 'Sumatra', 'Borneo', 'Bali', 'Darfur', 'Tigray', 'Kurdistan Region',
  // US states
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Kind of a region name from the lists above (continents first). */
export function regionKind(name: string): PlaceKind {
  return CONTINENTS.includes(name) ? 'continent' : 'region';
}
