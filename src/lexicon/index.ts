/**
 * The lexicon: what quizwire knows of names and words — countries, states, cities, rivers,
 * regions, organisations and their kinds, offices, titles, honorifics, given names and the cues
 * of the syllabus topics. Data lives in ./data (one module per kind), the packages
 * `world-countries` and `i18n-iso-countries` fill in countries; each look-up is built on first
 * use. Recognising a name (analyze, extract), choosing its options (generate) and filing an
 * article under a topic all read this module, so they agree on what a name is. Names are compared
 * by lexiconKey: case, accents, dots and punctuation ignored, a leading "the" optional.
 */
import { allCountries, countryNamed, countryOfDemonym, type Country } from './countries.js';
import type { PlaceKind } from '../types.js';
import { allRegions, type Region } from './places.js';
import { INDIAN_DISTRICTS } from './data/districts.js';
import { alternation } from './people.js';
import { COMMON_BODY_NOUNS, EXAMPLE_KINDS, WOMAN_WORDS } from './data/name-cues.js';

export { lexiconKey } from './key.js';
export { allCountries, countryNamed, countryOfCapital, isMajorPower, countryOfDemonym, isFormerState, partOfEachOther, succeedsStateIn, type Country } from './countries.js';
export { allRegions, cityNamed, citiesOf, continents, districtsOf, regionNamed, regionOfAdjective, riverNamed, riversNear, stateKnownOf, stateNamed, statesOf, type City, type Region, type RegionKind } from './places.js';
export type { River } from './data/rivers.js';
export { genericOrganisationName, impliedActor, organisationKind, organisationNamed, organisations, type Organisation, type OrgKind } from './organisations.js';

/** The country a name, alias or demonym stands for ("Japanese", "Japan's", "U.S." → its country). */
export function countryOf(name: string): Country | null {
  const bare = name.replace(/[’']s$/, '');
  return countryNamed(bare) ?? countryOfDemonym(bare);
}

/** Place names that hold an " and " (regions, states and countries), longest first. */
let andNames: string[] | null = null;
export function placeNamesWithAnd(): readonly string[] {
  andNames ??= [...new Set([...allRegions().map((r) => r.name), ...allCountries().map((c) => c.name), ...Object.values(INDIAN_DISTRICTS).flat()])]
    .filter((n) => n.includes(' and '))
    .sort((a, b) => b.length - a.length);
  return andNames;
}

/** The analyser's kind of place for a region: a state is a region there. */
export function regionPlaceKind(region: Region): PlaceKind {
  return region.kind === 'continent' ? 'continent' : 'region';
}
export {
  alternation, compoundRanks, courtesyHonorifics, givenNameGender, honorificsAfterName, honorificsBeforeName, honorificsOfRespect, honorificsOfGender, isGivenName, nameTitleWords, officeGroup,
  officeWords, roleOfWord, titleHeads, titleHeadsBeforeFullName, titleModifiers, titlesOpeningName, type OfficeUse, type RoleGroup,
} from './people.js';
export { countryOfPlace, knownPlaceKind, looksLikeRiver, organisationsLike, riversLike, statesLike, type PlaceFineKind } from './fine-kinds.js';
export { ANIMAL_KINDS, KINDS_OPENING_NAMES, SKY_BODIES, COMMON_BODY_NOUNS, COMMON_NOUN_SHORT_FORMS, PERIOD_SHORT_FORMS, COMMON_THING_NOUNS, CURRENCY_CODES, GROUP_NOUNS, INSTITUTION_HEADS, KIND_NOUNS, LANGUAGES, LEADING_SITE_WORDS, NAME_ADJECTIVE_END, OPENING_QUALIFIERS, PACT_HEADS, PLACE_NAME_OPENERS, SITE_SERVING, RELATIVE_NOUNS, SEAT_OFFICES, SITE_AFTER, TERMS_WITH_AND, NON_NAME_WORDS, ORGANISATION_WORDS, PERSON_NOUNS, PLACE_HEADS, RESERVE_HEADS, SURNAME_PARTICLES, PLACE_PARTICLES, TERM_WORDS } from './data/name-cues.js';
export { COUNTRIES_CUE, ORG_KIND_TOPICS, TOPIC_LEXICON, type TopicLexicon } from './data/topics.js';
export { isCommonWord } from './common-words.js';
/** A word by which a text asks a woman ("the first woman to …"): its wrong answers are women too. */
export const WOMAN_WORD = new RegExp(`\\b(?:${WOMAN_WORDS.join('|')})\\b`, 'i');

let bareBody: RegExp | null = null;
/** "the Bench", "Centre", "the Army": a body named by its common noun alone. */
export function isBareBodyName(name: string): boolean {
  bareBody ??= new RegExp(`^(?:the\\s+)?(?:${alternation(COMMON_BODY_NOUNS)})$`, 'i');
  return bareBody.test(name);
}

/** "religions, such as …", "festivals like …": a kind of thing right before its examples (the
 *  end of `text`). An example of it is a thing's name, never a person's. */
const EXAMPLE_OF_KIND = new RegExp(`\\b(?:${alternation(EXAMPLE_KINDS)}),?\\s+(?:such\\s+as|like|including)\\s+$`);
export function exampleOfKindBefore(text: string): boolean {
  return EXAMPLE_OF_KIND.test(text);
}
