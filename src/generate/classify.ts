/**
 * The finer kind of a value within its answer type ("country" vs "demonym", a spelled-out
 * percentage vs a page count, a city vs a stadium). Options of one question must share it,
 * or the odd one out gives the answer away.
 */
import type { AnswerType } from '../types.js';
import { countryNamed, countryOfDemonym, genericOrganisationName, organisationKind, organisationNamed, SURNAME_PARTICLES } from '../lexicon/index.js';
import { landmarkGroup, placeClass, placeClassesCompatible, type PlaceClass } from './data/places.js';
import { parseDate } from './date-forms.js';
import { isPercent, looksLikeYear, parseNumber } from './number-forms.js';
import { oneNameWithAnd } from './centrality.js';

/** A capitalised name of one to five words, optional particles ("Hau Lung-bin", "Ludwig van Beethoven"). */
const NAME_RE = new RegExp(`^(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:(?:${[...SURNAME_PARTICLES].join('|')})\\s+){0,2}[\\p{Lu}][\\p{L}'’.-]*){0,4}$`, 'u');

/** Name-shaped and not a country, a people or an organisation ("LA Weekly" has a news word). */
export function looksLikePersonName(value: string): boolean {
  return NAME_RE.test(value.trim()) && !countryNamed(value) && !isDemonym(value) && organisationKind(value) === null;
}

/** "Japanese", "Greeks", "Saudi": a people, not a place. */
function isDemonym(value: string): boolean {
  return !!countryOfDemonym(value) || (/s$/.test(value) && !!countryOfDemonym(value.slice(0, -1))) || REGION_ADJECTIVE.test(value);
}
/** "European", "Asian", "Nordic": a region's adjective names no place to choose (Beijing, Geneva, European). */
const REGION_ADJECTIVE = /^(?:European|Asian|African|Arab|Latin|Nordic|Scandinavian|Baltic|Balkan|Caribbean|Pacific|Atlantic|Oriental|Western|Eastern|Southern|Northern|Central)s?$/;

/** Unit words after a number, so "131-page" and "131 pages" agree but "10%" and "10 km" do not. */
function unitOf(suffix: string): string {
  return suffix.toLowerCase().replace(/^[\s-]+/, '').replace(/s\b/, '').trim();
}

/**
 * The kind key of a value of a given answer type, or null when the value is not of that
 * type at all (a "country" that no gazetteer knows). Values are comparable options when
 * `kindsCompatible` says so.
 */
/** Kinds already worked out: the same candidates are classified for many questions. */
const KINDS = new Map<string, string | null>();

export function kindOf(value: string, type: AnswerType): string | null {
  const key = `${type}\u001f${value}`;
  if (KINDS.has(key)) return KINDS.get(key)!;
  if (KINDS.size > 100_000) KINDS.clear();
  const kind = classifyKind(value, type);
  KINDS.set(key, kind);
  return kind;
}

/** "Post Office Act", "Jan Vishwas Bill, 2023": a law is chosen among laws, whatever the
 *  analyser took its name for. */
const LAW = /\b(?:Act|Bill|Code|Ordinance|Rules|Regulations|Amendment)(?:,?\s+(?:18|19|20)\d\d)?$/;

/** "Deputy Superintendents of Police", "Super Swachh League Cities", "Food Testing Labs": a
 *  plural of people or things is no body to choose among bodies (the plurals bodies are named
 *  with aside: "Tata Industries", "Armed Forces", "Ministry of Earth Sciences"). */
const PLURAL_OF_THINGS = /^(?!.*\b(?:Industries|Services|Forces|Nations|Sons|Brothers|Associates|Systems|Technologies|Airlines|Airways|Holdings|Networks|Communications|Laboratories|Studios|Games|Olympics|Affairs|Sciences|Studies|Resources|Rifles|Guards|Islands|States|Emirates|Times|News|Records|Mills|Motors|Works|Partners|Securities|Investments|Enterprises|Solutions|Telecommunications|Railways|Ports|Fisheries|Textiles|Chemicals|Fertilizers|Fertilisers|Minerals|Metals|Pharmaceuticals|Foods|Commons|Lords|Representatives)$).*\b\p{Lu}\p{Ll}+[^s\W]s$/u;

/** "Air Officer Commanding-in-Chief of Central Air Command", "Chief of the Naval Staff": a post, no body. */
const OFFICE_OF = /^(?:(?:Air|Flag|General)\s+Officer\s+Commanding(?:-in-Chief)?|Commander-in-Chief|(?:Vice|Deputy)\s+Chief|Chief|Commander|Director General|Director|Secretary|Governor|Chairman|Chairperson|Head|Commandant)\s+of\s+/;

/** A tournament by the head word of its name: "India Open", "Thomas Cup", "Asian Games". */
const SPORT_EVENT = /\b(?:Cup|Trophy|Championships?|Masters|Olympiad|Tournament|Grand\s+Prix|Super\s+Series)\b|\bOpen(?:\s+International)?$|\b(?:Games|Olympics|Paralympics)$/;

/** "Deputy Superintendents of Police": officers of a rank, no body. */
const RANKS_OF_POLICE = /\b\p{Lu}\p{Ll}+(?:ents|ors|ers)\s+(?:General\s+)?of\s+Police\b/u;

function classifyKind(value: string, type: AnswerType): string | null {
  const v = value.trim();
  if (!v) return null;
  if ((type === 'organisation' || type === 'term') && LAW.test(v)) return 'law';
  // ("Tata Open International" among Human Rights Watch and the Red Cross: a tournament is
  // chosen among tournaments, whatever the analyser took its name for.)
  if ((type === 'organisation' || type === 'term') && SPORT_EVENT.test(v)) return 'event:sport';
  switch (type) {
    case 'country': {
      // "Saudi" is both a short name and the adjective; as an answer it is the adjective.
      const c = countryNamed(v);
      if (countryOfDemonym(v) && (!c || c.name !== v)) return 'demonym';
      return c ? 'country' : null;
    }
    case 'place':
      // "Russia and Japan" is two places, not one (but "Trinidad and Tobago" is a country, "Jammu and Kashmir" a union territory).
      if (!countryNamed(v) && (isDemonym(v) || /\sor\s/.test(v) || (/\sand\s/.test(v) && !oneNameWithAnd(v)))) return null;
      const cls = placeClass(v);
      return cls === 'landmark' ? `place:landmark/${landmarkGroup(v)}` : `place:${cls}`;
    case 'organisation':
      // ("Congress-led": a name made an adjective is no body.)
      if (genericOrganisationName(v) || countryNamed(v) || /-(?:led|based|backed|run|owned|ruled)$/.test(v)) return null;
      // (A body the lexicon knows is one, whatever its name ends in: "… Exporting Countries".)
      if (!organisationNamed(v) && (PLURAL_OF_THINGS.test(v) || RANKS_OF_POLICE.test(v))) return null;
      // ("Air Officer Commanding-in-Chief of Central Air Command": an office is chosen among offices, never beside the Air Force.)
      if (OFFICE_OF.test(v)) return 'org:office';
      return `org:${organisationKind(v) ?? 'unknown'}`;
    case 'person':
      return looksLikePersonName(v) ? (v.trim().includes(' ') ? 'person:full' : 'person:single') : null;
    case 'year': {
      const d = parseDate(v);
      return d && (d.kind === 'year' || d.kind === 'decade') ? `year:${d.kind}` : null;
    }
    case 'date': {
      const d = parseDate(v);
      return d ? `date:${d.kind}` : null;
    }
    case 'number': {
      if (looksLikeYear(v)) return 'year:year';
      const n = parseNumber(v);
      if (!n) return null;
      const style = n.style.startsWith('ordinal') ? 'ordinal' : 'cardinal';
      return `number:${style}:${isPercent(n) ? '%' : unitOf(n.suffix)}`;
    }
    case 'term':
      return 'term';
  }
}

/** Whether values of these two kinds can sit side by side as options. */
export function kindsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // (One name beside full names: "Atishi" among the ministers named in full.)
  if (a.startsWith('person:') && b.startsWith('person:')) return true;
  if (a.startsWith('place:') && b.startsWith('place:')) {
    return placeClassesCompatible(a.slice(6) as PlaceClass, b.slice(6) as PlaceClass);
  }
  return false;
}
