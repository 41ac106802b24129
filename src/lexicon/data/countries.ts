/**
 * What news copy says of countries that `world-countries` and `i18n-iso-countries` lack or
 * hide: display names, short forms, demonyms, the UK's home nations and states that no longer
 * exist. Keyed by ISO alpha-2 code. Data only; src/lexicon/countries.ts builds the look-ups.
 */

/** Names English news uses where the package's common name differs. */
export const DISPLAY_NAME: Readonly<Record<string, string>> = { TR: 'Turkey' };

/** Short forms and other names; two/three-letter codes only here, as package codes ("IN") are words too. */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['Korea', 'Korea Republic', 'Republic of Korea', 'ROK'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  CD: ['DRC', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  MM: ['Burma'],
  CI: ["Côte d'Ivoire"],
  NL: ['Holland', 'The Netherlands'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC'],
  TW: ['Republic of China'],
  VA: ['Holy See', 'Vatican'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  NZ: ['NZ'],
  ZA: ['RSA'],
};

/** Demonyms the packages lack (people-nouns in -s are added by rule). */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  US: ['American'],
  GB: ['British', 'Briton', 'Britons'],
  NL: ['Dutch'],
  PH: ['Philippine', 'Filipino'],
  TR: ['Turkish', 'Turk', 'Turks'],
  KR: ['Korean'],
  CH: ['Swiss'],
  SE: ['Swede', 'Swedes'],
  DK: ['Dane', 'Danes'],
  FI: ['Finn', 'Finns'],
  PL: ['Pole', 'Poles'],
  TH: ['Thai'],
  BD: ['Bangladeshi'],
  PK: ['Pakistani'],
  IL: ['Israeli'],
  IQ: ['Iraqi'],
  AF: ['Afghan', 'Afghani'],
  KW: ['Kuwaiti'],
  NZ: ['Kiwi'],
  SA: ['Saudi'],
  NP: ['Nepali'],
  LK: ['Sri Lankan', 'Lankan'],
  MV: ['Maldivian'],
  BT: ['Bhutanese'],
  MM: ['Myanmarese', 'Burmese'],
};

/** Entries of the package that are no country: Antarctica is a continent (options: continents). */
export const NOT_COUNTRIES: readonly string[] = ['AQ'];

/** The G20's member countries (ISO codes): a major power's wrong options are its peers, not the
 *  small states of its region ("the tariffs imposed by the _____": China, not the Bahamas). */
export const MAJOR_POWERS: readonly string[] = ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'MX', 'RU', 'SA', 'ZA', 'KR', 'TR', 'GB', 'US'];

/** Small by area but often in the news, so fair distractors (others under 1,000 km² are "micro"). */
export const NEWSWORTHY_SMALL: readonly string[] = ['SG', 'BH', 'MT', 'MV'];

/** The UK's home nations: they compete and are reported as countries of their own. */
export const HOME_NATIONS: readonly { name: string; demonyms: readonly string[] }[] = [
  { name: 'England', demonyms: ['English'] },
  { name: 'Scotland', demonyms: ['Scottish', 'Scots'] },
  { name: 'Wales', demonyms: ['Welsh'] },
  { name: 'Northern Ireland', demonyms: ['Northern Irish'] },
];

/** States that no longer exist (their names), and the countries that carry them on. */
export const FORMER_STATES: readonly { names: readonly string[]; heirs: readonly string[] }[] = [
  { names: ['Soviet Union', 'USSR', 'U.S.S.R.'], heirs: ['Russia', 'Ukraine', 'Belarus', 'Kazakhstan'] },
  { names: ['Yugoslavia'], heirs: ['Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia'] },
  { names: ['Czechoslovakia'], heirs: ['Czechia', 'Slovakia'] },
  { names: ['East Germany', 'West Germany'], heirs: ['Germany'] },
];
