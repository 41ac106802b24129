/**
 * Organisations: the curated list (data/organisations.ts) by name and alias, and a kind guess
 * from name words for the organisations no list can hold. Read through the lexicon's API.
 */
import { AMBIGUOUS_NAMES, NATIONAL_ORGANISATIONS, ORGANISATIONS, type OrgKind } from './data/organisations.js';
import { addFirst, lexiconKey, lookUp } from './key.js';
import { IMPLIED_ACTORS } from './data/implied-actors.js';

export type { OrgKind };

export interface Organisation {
  name: string;
  kind: OrgKind;
  /** Every spelling, `name` first. */
  aliases: readonly string[];
  /** The country whose own body this is (a ministry, a party, a central bank). */
  country?: string;
}

let all: Organisation[] | null = null;
let byName: Map<string, Organisation> | null = null;

function build(): Map<string, Organisation> {
  all = ORGANISATIONS.map(([name, kind, ...aliases]): Organisation => ({ name, kind, aliases: [name, ...aliases] }));
  for (const [country, rows] of Object.entries(NATIONAL_ORGANISATIONS)) {
    for (const [name, kind, ...aliases] of rows) all.push({ name, kind, aliases: [name, ...aliases], country });
  }
  const map = new Map<string, Organisation>();
  for (const o of all) {
    for (const a of o.aliases) {
      // One-letter aliases ("X") would match far too much.
      if (lexiconKey(a).length > 1) addFirst(map, a, o);
      // "The Guardian" is "Guardian" too.
      if (/^the\s/i.test(a)) addFirst(map, a.slice(4), o);
    }
  }
  return map;
}

/** A known organisation by name or alias ("UN" → United Nations), or null. */
export function organisationNamed(name: string): Organisation | null {
  return lookUp((byName ??= build()), name) ?? null;
}

/** The curated organisations, of one kind when given. */
export function organisations(kind?: OrgKind): readonly Organisation[] {
  byName ??= build();
  return kind ? all!.filter((o) => o.kind === kind && !AMBIGUOUS_ALONE.has(lexiconKey(o.name))) : all!;
}

/** Names a body goes by that another kind of body, in another country, goes by too. */
const AMBIGUOUS_ALONE = new Set(AMBIGUOUS_NAMES.map(lexiconKey));

/** Name words that give away the kind of an organisation not in the list. The first rule
 *  that matches wins, so the more telling words come first. */
/** "Indian Trade Service": a civil service, whatever body word its name carries. */
const CIVIL_SERVICE = /^(?:the\s+)?Indian\s+(?:\p{Lu}\p{Ll}+\s+){1,3}Services?$/u;

const KIND_WORDS: [RegExp, OrgKind][] = [
  // ("Greenfield International Airport Mopa": a place built for a use, never among charities.)
  [/\b(Airport|Seaport|Harbour|Harbor|Railway Station|Stadium|Dam|Power Plant|Power Station|Refinery)\b/, 'facility'],
  // ("An alumnus of the _____" → National Defence Academy: an academy is among places of learning.)
  [/\b(University|College|Institute of Technology|School|Academy)\b/, 'university'],
  // ("Anusandhan National Research Foundation", "Indian Council of Medical Research": research
  // bodies, whatever other body word their names carry.)
  [/\b(Research|Laboratory|Laboratories)\b/, 'research'],
  // ("the Zoology Department" of a university, "the British Arachnological Society", "the
  // Astronautical Society of India": a university's department and a learned society are among
  // places of learning and research, never beside the CBI or Greenpeace.)
  [/\b(?:Zoology|Botany|Physics|Chemistry|Biology|Biotechnology|Mathematics|Geology|Geography|Economics|History|Sociology|Psychology|Statistics)\s+Department\b|\bDepartment\s+of\s+(?:Zoology|Botany|Physics|Chemistry|Biology|Biotechnology|Mathematics|Geology|Geography|Economics|History|Sociology|Psychology|Statistics)\b/, 'university'],
  [/\b(?:\p{Lu}\p{Ll}+(?:logical|nomical|nautical|matical|graphical|ical))\s+Society\b/u, 'research'],
  [/\b(Church|Diocese|Mosque|Temple|Synod|Patriarchate)\b/, 'religious'],
  [/\b(Court|Tribunal)\b/, 'court'],
  // ("the Press Council of India": a statutory body over the press, no news outlet.)
  [/\bPress Council\b/, 'government-body'],
  // ("notified in the Gazette of India": the government's own record of its acts, no newspaper.)
  [/\b(?:Gazette of India|Official Gazette)\b/, 'government-body'],
  // ("published in the Indian Journal of Forestry": a journal of a field, where a study appears.)
  [/\b(?:Journal|Annals|Proceedings|Transactions) of\b/, 'journal'],
  // ("Saudi Post Corporation", "India Post": a country's postal service, no newspaper.)
  [/\bPost\s+(?:Corporation|Office|Offices)\b|\bIndia Post\b|\bPostal\b/, 'agency'],
  [/\b(News|Times|Herald|Post|Journal|Magazine|Gazette|Tribune|Weekly|Daily|Television|Radio|Broadcasting|Press)\b/, 'news-media'],
  [/\b(Museum|Gallery|Galleries|Art Center|Art Centre|Library|Theatre|Theater|Orchestra)\b/, 'cultural'],
  // "Department of Defense" is a ministry; "India Meteorological Department" an agency.
  [/\b(Ministry|Department of)\b/, 'ministry'],
  // ("the Students' Federation of India", "the All India Kisan Sabha": a body of students, workers
  // or farmers is civil society, never among sports federations.)
  [/\b(?:Students?['’]?|Youth|Workers['’]?|Farmers['’]?|Teachers['’]?|Trade|Kisan|Mahila|Women['’]?s)\s+(?:Federation|Union|Association|Congress|Front|Sabha|Sangh|Organi[sz]ation)\b/, 'ngo'],
  // ("Bodoland People's Front", "National Democratic Alliance", "Shiv Sena": parties and their
  // alliances; "Assam Assembly" a legislature, never an option among parties.)
  // ("International Big Cats Alliance", "International Solar Alliance": countries' alliances, no party.)
  [/^(?:the\s+)?(?:International|Global)\b.*\bAlliance\b/, 'intergovernmental'],
  [/\b(Party|Dal|Morcha|Front|Alliance|Sena)\b/, 'party'],
  [/\b(Parliament|Senate|Sabha|Assembly)\b/, 'legislature'],
  [/\b(Agency|Bureau|Directorate|Department|Police)\b/, 'agency'],
  [/\b(Navy|Army|Air Force|Force|Forces|Guard|Command)\b/, 'military'],
  // ("the Sikkim government": a state's or a country's government, beside no commission or board.)
  [/^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}government$/u, 'government'],
  [/\b(Commission|Council|Board|Service|Government)\b/, 'government-body'],
  [/\b(Inc|Ltd|Corp|Corporation|Company|Co|LLC|plc|Group|Holdings|Airlines|Motors|Bank)\b\.?/, 'company'],
  [/\b(Federation|Association|League|Club|Olympic)\b/, 'sports'],
  [/\b(Foundation|Trust|Society|Watch|International)\b/, 'ngo'],
];

const GATHERING = /\b(?:Conference|Summit|Forum|Expo|Fest|Festival|Conclave|Dialogue)$/;
const PRACTICE = /\b(?:Routine|Drill|Drills|Technique|Manoeuvre|Maneuver|Doctrine|Tactics|Formation)(?:\s+\(\p{Lu}{2,8}\))?$/u;

/** A name that is nothing but kind words ("News", "the Council") names no organisation. */
export function genericOrganisationName(name: string): boolean {
  let rest = name.replace(/^the\s+/i, '');
  for (const [re] of KIND_WORDS) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  return rest.replace(/[\s.,'’-]+/g, '') === '';
}

/** The kind of an organisation: from the list, else from its name words, else null. */
export function organisationKind(name: string): OrgKind | null {
  const known = organisationNamed(name);
  // ("Congress" alone is India's party as often as America's legislature.)
  if (known && AMBIGUOUS_ALONE.has(lexiconKey(name.replace(/^the\s+/i, '')))) return null;
  if (known) return known.kind;
  if (CIVIL_SERVICE.test(name)) return 'civil-service';
  // ("the International Labour Conference", "the Global Fintech Fest": a gathering, no body of any
  // kind, its "International" notwithstanding.)
  if (GATHERING.test(name)) return null;
  // ("Army Martial Arts Routine (AMAR)": a practice named after a body, no body at all.)
  if (PRACTICE.test(name)) return null;
  for (const [re, kind] of KIND_WORDS) if (re.test(name)) return kind;
  return null;
}

let implied: { names: RegExp; acts: RegExp }[] | undefined;
/** "In a 4:1 verdict the Supreme Court lifted …": whether the sentence's own words give the body
 *  `name` away (data/implied-actors.ts). */
export function impliedActor(name: string, sentence: string): boolean {
  implied ??= IMPLIED_ACTORS.map((a) => ({ names: new RegExp(`^(?:${a.names})$`), acts: new RegExp(`\\b(?:${a.acts})\\b`) }));
  const actor = implied.find((a) => a.names.test(name.trim()));
  return !!actor && actor.acts.test(sentence);
}
