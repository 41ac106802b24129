import { andList } from '../../util/and-list.js';
import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { alternation, officeWords } from '../../lexicon/index.js';
import { namedInHeadline } from '../article-context.js';
import { storyState } from '../the-state.js';

/**
 * Appointments, as current-affairs quizzes ask them: "General Upendra Dwivedi has been appointed
 * as the new Chief of the Army Staff", "The government appointed Ajay Seth as the Finance
 * Secretary", "Gyanesh Kumar took charge as the Chief Election Commissioner" → "Who was appointed
 * the Chief of the Army Staff in June 2024?". The office is a capitalised title; an "Nth" office
 * is the ordinal pattern's ("sworn in as the 50th Chief Justice").
 */
/** "elected as speaker of the Lok Sabha", "chairman of the Rajya Sabha": an office written in lower
 *  case before the body it heads. */
// ("sworn in as judges of the Supreme Court": a court's judges, one or several.)
// ("named head coach of the Indian national men's football team": a team's coach or captain too.)
const LOWER_OFFICE = '(?:speaker|chairman|chairperson|president|governor|director|secretary|head(?:\\s+coach)?|chief\\s+coach|coach|captain|vice-captain|mayor|judges?|a\\s+judge)\\s+of\\s+(?:the\\s+)?\\p{Lu}';
/** Where an office ends: at a bracket, a preposition or conjunction, a day, or a stop. */
// ("sworn-in as Deputy Chief Ministers immediately after …": an adverb of time ends it too.)
const OFFICE_END = `(?=\\s*\\(|\\s+(?:by|at|on|in|after|for|from|with|during|since|until|till|when|following|replacing|succeeding|and|while|whereas|but)\\s|\\s+(?:today|yesterday|tonight|immediately|soon|later|earlier|shortly|subsequently|this\\s+(?:morning|afternoon|evening))\\b|[,;.]|$)`;
// ("appointed Shirish Chandra Murmu as a Deputy Governor of the Reserve Bank of India": one of
// several holders keeps its "a".)
const OFFICE = `(?:the\\s+|(?<its>its\\s+(?=\\p{Lu})))?(?:new\\s+|next\\s+)?(?<office>(?:an?\\s+(?=\\p{Lu}))?(?:(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\\s+)?(?:\\p{Lu}|(?=(?:chief|deputy|prime|union|vice|additional|election|finance|foreign|home|defence|cabinet)\\s)|(?=${LOWER_OFFICE}))[^,;()]{2,60}?)${OFFICE_END}`;
/** "was officially sworn-in as …", "formally took oath as …": an adverb of manner changes nothing. */
const MANNER = '(?:(?:officially|formally|also|today|now|unanimously|duly)\\s+)?';
/** "took charge on Tuesday as …", "was on Monday appointed …": a day named in passing. */
const ON_DAY = '(?:(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{1,2})?\\s+)?';
/** "sworn in by President Droupadi Murmu as the 52nd Chief Justice of India": who gave the
 *  oath, between the verb and the office. */
export const BY_WHOM = '(?:\\s+by\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,7})?';
// ("has now been appointed", "has also been named": an adverb inside the verb changes nothing.)
const PASSIVE = new RegExp(`(?<subjEnd>)(?:(?:has|have)\\s+(?:now\\s+|also\\s+|just\\s+|recently\\s+)?been|was|were|is|will be)\\s+${ON_DAY}${MANNER}(?<verb>appointed|named|nominated|designated|elected|chosen|selected|sworn[ -]in|re-elected)${BY_WHOM}\\s+(?:as\\s+)?${OFFICE}`, 'gdu');
/** "former …", "1989 batch …": what may stand between the verb and the name it appoints. */
const PAST = String.raw`(?:former|senior|veteran|retired)\s+`;
const BATCH = String.raw`\d{4}[\s-]batch\s+`;
// ("appointed retired bureaucrats Gyanesh Kumar and …": who they are, in the plural.)
const BEFORE_NAME = `(?:${PAST}|${BATCH})?(?:(?:bureaucrats|officers|officials|judges|advocates|economists|diplomats|scientists)\\s+)?`;
// ("the President was pleased to appoint Justice Sanjeev Sachdeva as the Chief Justice of …".)
// ("appointed former Foreign Secretary Vinay Mohan Kwatra as …": a past title may open it.)
// ("the Supreme Court … declared AAP councillor Kuldeep Kumar as the Mayor of the Chandigarh
// Municipal Corporation": a court or a returning officer declares who holds it.)
const ACTIVE = new RegExp(`\\b(?<verb>appointed|named|nominated|designated|appoint|appointing|declared)\\s+(?<person>)${BEFORE_NAME}\\p{Lu}[^,;]*?\\s+as\\s+${OFFICE}`, 'gdu');
/** "appointed retired bureaucrats, Gyanesh Kumar and Dr. Sukhbir Singh Sandhu, new Election
 *  Commissioners": who they are in the plural, their names set off by commas, then the office
 *  ("new …") with no "as". */
const ACTIVE_APPOSED = new RegExp(`\\b(?<verb>appointed|named|nominated)\\s+(?<person>)(?:${PAST})?(?:[\\p{Ll}-]+\\s+){0,2}\\p{Ll}+s,\\s+\\p{Lu}[^;]{2,100}?,\\s+(?=new\\s+\\p{Lu})${OFFICE}`, 'gdu');
/** "retired bureaucrats " before the names a list of appointees opens on. */
const TRADE_PLURAL_BEFORE = /^(?:(?:retired|senior|former|veteran)\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s,?\s+(?:(?:Dr|Shri|Smt|Prof)\.?\s+)?$/u;
/** "Tata Sons has named Natarajan Chandrasekaran, the current CEO …, as its new chairman": a body
 *  naming the head of itself, its post in lower case after "its". */
const OWN_HEAD = new RegExp(`(?<subjEnd>)\\s+(?:(?:has|have|had)\\s+)?(?:named|appointed)\\s+(?<person>)\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,4}(?:,\\s[^,;]{3,100}(?:,\\s[^,;]{3,60})?,)?\\s+as\\s+its\\s+(?:new\\s+|next\\s+)?(?<post>chairman|chairperson|chief executive officer|chief executive|managing director|president|director general|director|CEO|MD)\\b`, 'gdu');
/** "The Centre notified the appointment of Justice Sanjiv Khanna as the 51st Chief Justice of
 *  India"; "announced the appointment of revenue secretary Sanjay Malhotra as the 26th governor
 *  of the Reserve Bank of India" (a lower-case post before the name goes with it). */
// ("… the appointment of Justice Ashutosh Kumar of the Patna High Court as Chief Justice of …": the
// court the judge comes from may stand between.)
// ("approved the appointment of Indian ambassador to the United States Harsh Vardhan Shringla as
// the next foreign secretary": a post the person holds now, with its place, may stand between.)
// ("a statement announcing the appointment of …": the participle too.)
const APPOINTMENT_OF = new RegExp(`\\b(?:notified|announced|announcing|approved|cleared|confirmed)\\s+the\\s+appointment\\s+of\\s+(?<person>)(?:[\\p{L}.’'-]+\\s+){1,12}?as\\s+${OFFICE}`, 'gdu');
/** "elevated junior home minister Harsh Sanghavi to the post of Deputy Chief Minister": a
 *  promotion, the person after a description of what they were. */
const ELEVATED = new RegExp(`\\b(?<verb>elevated|promoted)\\s+(?<person>)(?:[\\p{L}.’'-]+\\s+){1,8}?(?:to\\s+the\\s+(?:post|rank|position|office)\\s+of|as)\\s+${OFFICE}`, 'gdu');
/** Offices of a state that a story about one state writes without it ("Deputy Chief Minister"). */
const STATE_OFFICE = /^(?:(?:Deputy\s+)?Chief\s+Ministers?|Deputy\s+CMs?|Chief\s+Secretary|Governor)$/i;
/** "took oath", "takes the oath of office and secrecy": the oath however fully it is written. */
const OATH = String.raw`(?:the\s+)?oaths?(?:\s+of\s+(?:office|secrecy))?(?:\s+(?:and|&)\s+(?:secrecy|office))?`;
const TOOK = new RegExp(`(?<subjEnd>)(?:has\\s+|had\\s+)?${MANNER}(?<took>took charge|taken charge|assumed charge|assumes charge|takes charge|took over|taken over|assumed office|(?:took|takes|taken)\\s+${OATH})\\s+${ON_DAY}as\\s+${OFFICE}`, 'gdu');
/** "Governor Biswabhusan Harichandan administered the oath of office and secrecy to Mr. Vishnu Deo
 *  Sai": who was sworn in, the office said after "as" or, where the sentence leaves it to the
 *  headline ("Vishnu Deo Sai takes the oath of office as Chief Minister of Chhattisgarh"), there. */
const ADMINISTERED = new RegExp(`\\badministered\\s+${OATH}\\s+to\\s+(?<person>)`, 'gdu');
/** "administered the oath of office of Deputy Chief Minister and secrecy to Mr. Arun Sao and Mr.
 *  Vijay Sharma": the office inside the oath's words, one holder or several. */
const ADMINISTERED_OF = /\badministered\s+(?:the\s+)?oaths?\s+of\s+office\s+(?:of|as)\s+(?:the\s+)?(?<office>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})\s+(?:and|&)\s+secrecy\s+to\s+(?<person>)/dgu;
const AS_OFFICE = new RegExp(`\\s+as\\s+${OFFICE}`, 'dyu');
/** The office a headline says someone was sworn in as. */
const HEADLINE_OATH = new RegExp(`\\b(?:sworn[ -]in|oath(?:\\s+of\\s+office)?(?:\\s+(?:and|&)\\s+secrecy)?)\\s+as\\s+${OFFICE}`, 'du');
/** "…, Admiral Dinesh Kumar Tripathi said on Tuesday shortly after taking charge as the 26th chief
 *  of the Naval Staff": the speaker took charge, told in passing. */
const SAID_AFTER_TAKING = new RegExp(`(?<subjEnd>)\\s*(?:said|told\\s+\\p{Ll}+|asserted|stated)\\s+${ON_DAY}(?:shortly\\s+|soon\\s+|just\\s+|moments\\s+)?after\\s+(?<took>taking charge|assuming charge|taking over|assuming office)\\s+${ON_DAY}as\\s+${OFFICE}`, 'gdu');
/** "Lt Gen Upendra Dwivedi will be the next Chief of the Army Staff": named to an office not yet taken. */
// ("Vikram Misri will be India's new foreign secretary": the new one, named by the country.)
const NEXT = new RegExp(`(?<subjEnd>)(?:will be|is set to be|is to be|would be)\\s+(?<which>the\\s+(?:next|new)|\\p{Lu}[\\p{L}.]*['’]s\\s+(?:new|next))\\s+(?<office>(?:\\p{Lu}|(?=(?:chief|deputy|prime|union|vice|additional|election|finance|foreign|home|defence|cabinet)\\s)|(?=${LOWER_OFFICE}))[^,;()]{2,60}?)(?=\\s*\\(|\\s+(?:by|at|on|in|after|for|from|with|during|since|when|following|replacing|succeeding|and|while|whereas|but)\\s|[,;.]|$)`, 'gdu');
/** "India has officially announced that former Foreign Secretary Vinay Mohan Kwatra is India’s
 *  Ambassador to the USA": an appointment announced as who now holds the office. */
const ANNOUNCED_IS = new RegExp(`\\b(?:announced|declared|notified)\\s+that\\s+(?<person>)(?:[^\\s,;]+\\s){1,12}?(?:is|will be)\\s(?:the\\s)?(?:new\\s|next\\s)?(?<office>\\p{Lu}[\\p{L}.]*['’]s\\s+(?:new\\s+|next\\s+)?\\p{Lu}[^,;()]{2,60}?)${OFFICE_END}`, 'gdu');
/** "1989 batch Indian Administrative Service (IAS) officer ": who someone is, by batch and service. */
const SERVICE_BEFORE = new RegExp(String.raw`^${BATCH}(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:\(\p{Lu}{2,5}\)\s+)?officer\s+$`, 'u');
/** "former Foreign Secretary ": a past or senior title before the name. */
/** "Chief Justice of the Bombay High Court and Madras High Court" → ["Chief Justice of the ",
 *  "Bombay High Court", "Madras High Court"]: one office of two bodies, or null. */
function respectiveOffices(office: string): [string, string, string] | null {
  const of = /\b(?:of|for|to)\s/.exec(office);
  if (!of) return null;
  const head = office.slice(0, of.index + of[0].length);
  const rest = office.slice(head.length);
  const parts = rest.split(/\sand\s/);
  if (parts.length !== 2) return null;
  const [one, two] = parts.map((p) => p.trim());
  const the = /^the\s/.test(one) ? 'the ' : '';
  return [head + the, one.slice(the.length), two.replace(/^the\s/, '')];
}

/** "AAP councillor ", "BJP candidate ": a party's short form and a member's trade before a name. */
const PARTY_TRADE_BEFORE = /^(?:\p{Lu}{2,6}(?:\([\p{L}]+\))?\s+)(?:councillor|candidate|leader|MLA|MP|legislator|member|nominee)\s+$/u;
const TITLES_BEFORE = new RegExp(String.raw`^(?:${PAST})?(?:\p{Lu}[\p{L}.]*\s+){1,3}$`, 'u');
/** "after ", "ever since the ": a time clause opening before the name. */
// ("after the then incumbent S Jaishankar took over as …": a description of them may come between.)
const TIME_CLAUSE_BEFORE = /\b(?:after|since|before|when|until|till|ever\s+since)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** "resolved to ", "had proposed to ", "plans to ": an appointment meant, not made. */
const MEANT_TO = /\b(?:resolved|proposed|proposes|planned|plans|intends|intended|sought|seeks|wants|wanted|recommended|recommends|urged|asked)\s+to\s+$/;
/** The cheap test first: a verb of appointment before a capitalised office. */
const HINT = new RegExp(String.raw`\badditional\s+charges?\b|\b(?:announced|declared|notified)\s+that\b|\bappointment of\b|\b(?:headed|chaired|led)\s+by\b|\bthe next\s+\p{Lu}|\bwill be\s+(?:the|\p{Lu}[\p{L}.]*['’]s)\s+(?:new|next)\s|\b(?:appointed|named|nominated|designated|elected|chosen|selected|sworn[ -]in|took charge|taken charge|assumed charge|assumes charge|takes charge|took over|taken over|assumed office|took oath)\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?\s+)?(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+|next\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\p{Lu}|(?:chief|deputy|prime|union|vice|additional|election|finance|foreign|home|defence|cabinet)\s)|\b(?:appointed|named|nominated|designated|appoint|declared)\s+${BEFORE_NAME}\p{Lu}|\b(?:appointed|named|nominated)\s+(?:${PAST})?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s,\s+\p{Lu}|\b(?:elected|re-elected|appointed|chosen|named|sworn[ -]in)\s+(?:as\s+)?(?:the\s+)?${LOWER_OFFICE}|\bafter\s+(?:taking|assuming)\s+(?:charge|over|office)\s|\boaths?\s|\b(?:elevated|promoted)\s`, 'u');
/** "the 9th Finance Review Commission, which will be headed by …": a body and who will head it. */
const HEADED_BY = /\b(?<body>the\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,6}(?:Commission|Committee|Panel|Council|Board|Task Force|Group|Tribunal|Authority)),?\s+(?:which|that)\s+(?<aux>will be|would be|is|was|has been)\s+(?:headed|chaired|led)\s+by\s+/gu;
/** "has given additional charges to the seniormost IPS officer, Alok Mohan, as the Director-General
 *  …", "was given additional charge as …": an office held for now, until one is appointed. */
const CHARGE_TO = /\b(?:given|handed|assigned|entrusted)\s+(?:the\s+)?additional\s+charges?\s+to\s+/gu;
const CHARGE_PASSIVE = new RegExp(`(?<subjEnd>)(?:has been|have been|was|were|is)\\s+${ON_DAY}(?:given|handed|assigned|entrusted(?:\\s+with)?)\\s+(?:the\\s+)?additional\\s+charges?\\s+(?:of\\s+(?:the\\s+(?:post|office)\\s+of\\s+)?|as\\s+)${OFFICE}`, 'gdu');

/** The taking-up verb as a question in the past asks it. */
const TAKEN: Record<string, string> = {
  'taken charge': 'took charge',
  'assumes charge': 'assumed charge',
  'takes charge': 'took charge',
  'taken over': 'took over',
};
/** Any written-out oath is asked as "took oath as". */
const asTaken = (verb: string) => (/oath/.test(verb) ? 'took oath' : TAKEN[verb] ?? verb);
const ORDINAL_FIRST = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i;
/** What a capitalised office must hold: a title word, not a place or a date. */
// ("sworn in as judges of the Supreme Court": several holders of one office, in the plural.)
export const TITLE_HEAD = new RegExp(`\\b(?:${alternation(officeWords('appointed'))})s?\\b`, 'i');

const find: FindDrafts<'appointed'> = (s, ctx) => {
  const drafts: FactDraft<'appointed'>[] = [];
  if (!HINT.test(s.text)) return drafts;
  const add = (person: Entity | null | undefined, verb: string, office: string, ordinalOk = false, along: Entity[] = []) => {
    // An Nth office after "appointed" is the ordinal pattern's; after "took/assumed charge" it is ours.
    const taking = verb.startsWith('took') || verb.startsWith('assum') || verb.startsWith('take');
    if (!person || person.cls !== 'person' || (!taking && !ordinalOk && ORDINAL_FIRST.test(office)) || !TITLE_HEAD.test(office)) return;
    // ("Kanak Vardhan Singh Deo and Pravati Parida took oath as deputy chief ministers": an office
    // in the plural is two people's, asked together, or not at all when only one is found.)
    const plural = /s$/.test(office.trim().split(/\s+(?:of|for|to|in|at)\s+/)[0]);
    // ("Justice NV Anjaria, Justice Vijay Bishnoi, and Justice Atul S Chandurkar were … sworn in as
    // judges": all the people the list names, each title before a name aside.)
    const partners = plural ? (along.length ? along : listedBefore(s, person)) : [];
    if (plural && !partners.length) return;
    // ("A and B were sworn in as …" read with one office: the second alone is half the answer.)
    if (!plural && !/\brespectively\b/.test(s.text.slice(person.end)) && s.entities.some((e) => e.cls === 'person' && e.end < person.start && /^\s+and\s+$/.test(s.text.slice(e.end, person.start)))) return;
    // ("took oath as Deputy Chief Minister" in a story of Gujarat: of Gujarat, which a card says.)
    const core = office.trim().replace(/^post of /, '');
    const state = !/\s(?:of|for|to|in)\s/.test(core) && STATE_OFFICE.test(core) ? storyState(ctx) : null;
    if (state) office = `${office.trim()} of ${state}`;
    const asked = taking ? `${asTaken(verb)} as` : verb === 'sworn in' ? `${partners.length ? 'were' : 'was'} sworn in as` : `${partners.length ? 'were' : 'was'} ${verb}`;
    // When: the sentence's own date ("elected … in May"), else the article's month.
    // ("assumed charge as India’s Foreign Secretary": an office a possessive owns takes no "the".)
    const owned = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s/u.test(office.trim());
    // ("sworn in as judges of …", "as a judge of …", "appointed … as Election Commissioners":
    // several holders, or one of many, take no "the".)
    const bare = owned || plural || /^an?\s/.test(office.trim());
    // ("Justice Ramesh D Dhanuka and Justice Sanjay Vijaykumar Gangapurwala were sworn in as the
    // Chief Justice of the Bombay High Court and Madras High Court, respectively": each holder to
    // their own office, or no item at all.)
    if (/\brespectively\b/.test(s.text.slice(person.end))) {
      // ("as the Governors of Haryana and Goa, respectively": each holds one, in the singular.)
      const pair = respectiveOffices(plural ? office.trim().replace(/^(.*?\p{L})s(?=\s+(?:of|for|to)\s)/u, '$1') : office.trim());
      const first = s.entities.find((e) => e.cls === 'person' && e.end < person.start && /^\s+and\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(s.text.slice(e.end, person.start)));
      if (!pair || !first) return;
      const [head, one, two] = pair;
      // ("Bombay and Madras High Courts" shares its last words: "Bombay" takes "High Court" too.)
      const tail = /\s/.test(two) && !/\s/.test(one) ? two.slice(two.indexOf(' ')) : '';
      // (Each one office: "Who was appointed the Governor of Goa?")
      const each = `${asked.replace(/^were\b/, 'was')} ${owned ? '' : 'the '}`;
      drafts.push(draft(s, first, `${each}${head}${one}${tail}${inMonthOf(s, ctx)}`, []));
      drafts.push(draft(s, person, `${each}${head}${two}${inMonthOf(s, ctx)}`, []));
      return;
    }
    drafts.push(draft(s, person, `${asked} ${bare ? '' : 'the '}${office.trim()}${inMonthOf(s, ctx)}`, partners));
  };
  for (const m of s.text.matchAll(PASSIVE)) {
    const at = m.indices!.groups!.subjEnd![0];
    const comma = /,\s*$/.exec(s.text.slice(0, at));
    const subject = subjectEndingAt(s, at) ?? (comma ? subjectEndingAt(s, comma.index) : null);
    // ("Justice Sonia G Gokani, Senior Most Judge of the Gujarat High Court, has been appointed as
    // its Chief Justice": "its" is the body the subject's description names.)
    const office = wholeOffice(s, m);
    // (The analyser may read the title into the body's name: "Senior Most Judge of the Gujarat High Court".)
    const body = m.groups!.its && subject && subject.cls !== 'person' ? subject.canonical.replace(TITLE_OF, '').replace(/^the\s+/i, '') : null;
    if (m.groups!.its && !body) continue;
    add(personOfBody(s, subject), m.groups!.verb.replace('sworn-in', 'sworn in'), body ? `${office.trim()} of the ${body}` : office);
  }
  for (const m of s.text.matchAll(NEXT)) {
    const person = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    const office = wholeOffice(s, m).trim();
    if (person?.cls === 'person' && TITLE_HEAD.test(office)) drafts.push(draft(s, person, `will be ${m.groups!.which.replace(/\s+/g, ' ')} ${office}`));
  }
  for (const m of s.text.matchAll(TOOK)) {
    // ("KV Singh Deo, a senior BJP leader …, along with newcomer Pravati Parida from …, took oath as
    // deputy chief ministers": the one "along with" names is the other holder.)
    const along = alongWith(s, m.indices!.groups!.subjEnd![0]);
    if (along) {
      add(along.with, m.groups!.took, wholeOffice(s, m), false, [along.first]);
      continue;
    }
    const person = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    // ("… the first ones after Narendra Modi took charge as the Prime Minister": a taking of
    // office that only dates the news is no news of its own.)
    if (person && TIME_CLAUSE_BEFORE.test(s.text.slice(Math.max(0, person.start - 40), person.start))) continue;
    add(person, m.groups!.took, wholeOffice(s, m));
  }
  for (const m of s.text.matchAll(SAID_AFTER_TAKING)) add(subjectEndingAt(s, m.indices!.groups!.subjEnd![0]), m.groups!.took.replace(/^taking/, 'took').replace(/^assuming/, 'assumed'), wholeOffice(s, m));
  for (const m of s.text.matchAll(ACTIVE)) {
    // ("The Collegium had previously resolved to appoint Justice K Vinod Chandran … as Chief
    // Justice": an appointment only meant, which the story may go on to undo.)
    if (MEANT_TO.test(s.text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const at = m.indices!.groups!.person![0];
    // (A title may open the name: "appoint Justice Sanjeev Sachdeva as …".)
    const end = m.indices!.groups!.office![0];
    // ("appointed 1989 batch Indian Administrative Service (IAS) officer K. Sanjay Murthy as …": a
    // batch, a service and a trade before the name describe them.)
    const person = s.entities.find((e) => e.start === at && e.cls === 'person') ?? s.entities.find((e) => e.cls === 'person' && e.start > at && e.end < end && TITLES_BEFORE.test(s.text.slice(at, e.start))) ?? s.entities.find((e) => e.cls === 'person' && e.start > at && e.end < end && (SERVICE_BEFORE.test(s.text.slice(at, e.start)) || PARTY_TRADE_BEFORE.test(s.text.slice(at, e.start)) || TRADE_PLURAL_BEFORE.test(s.text.slice(at, e.start))));
    // (No ordinal pattern reads "appointed X as the first Y" either: an Nth office is ours here.)
    // ("with the government appointing BVR Subrahmanyam as the next CEO of the federal think tank":
    // an office the sentence only describes is the one the headline names.)
    const office = wholeOffice(s, m);
    const named = /\sof\s+the\s+\p{Ll}/u.test(office) && person ? headlineOffice(person, ctx) : null;
    // ("appointed Gyanesh Kumar and Sukhbir Singh Sandhu as Election Commissioners": an office in
    // the plural is the whole list's, read back from its last name.)
    add(person && PLURAL_OFFICE.test(office.trim()) ? lastListed(s, person, end) : person, /^appoint(?:ing)?$/.test(m.groups!.verb) ? 'appointed' : m.groups!.verb, named ?? office, true);
  }
  for (const m of s.text.matchAll(ACTIVE_APPOSED)) {
    const at = m.indices!.groups!.person![0];
    const end = m.indices!.groups!.office![0];
    const first = s.entities.find((e) => e.cls === 'person' && e.start > at && e.end < end && TRADE_PLURAL_BEFORE.test(s.text.slice(at, e.start)));
    const office = wholeOffice(s, m);
    if (first && PLURAL_OFFICE.test(office.trim())) add(lastListed(s, first, end), m.groups!.verb, office, true);
  }
  for (const m of s.text.matchAll(ANNOUNCED_IS)) {
    const at = m.indices!.groups!.person![0];
    const end = m.indices!.groups!.office![0];
    // (The one named last before "is": past the title and its "former".)
    const person = [...s.entities].reverse().find((e) => e.cls === 'person' && e.start >= at && e.end < end);
    add(person, 'appointed', wholeOffice(s, m), true);
  }
  for (const m of s.text.matchAll(ADMINISTERED)) {
    const at = m.indices!.groups!.person![0];
    const person = personAfter(s, at);
    if (!person || /^\s+(?:and|&)\s/.test(s.text.slice(person.end))) continue;
    AS_OFFICE.lastIndex = person.end;
    const as = AS_OFFICE.exec(s.text);
    const office = as ? wholeOffice(s, as) : (namedInHeadline(person, ctx) ? HEADLINE_OATH.exec(ctx.analyzed.article.title)?.groups!.office : undefined);
    if (office) add(person, 'sworn in', office, true);
  }
  for (const m of s.text.matchAll(ADMINISTERED_OF)) {
    const first = personAfter(s, m.indices!.groups!.person![0]);
    if (!first) continue;
    const last = lastListed(s, first, s.text.length);
    const office = m.groups!.office;
    // (Several sworn in to one office are its holders: "… Deputy Chief Ministers".)
    add(last, 'sworn in', last !== first && !/\sof\s/.test(office) ? `${office}s` : office, true);
  }
  for (const m of s.text.matchAll(HEADED_BY)) {
    const by = m.index! + m[0].length;
    // ("headed by retired High Court judge Meenakshi Rao": lower-case words and titles
    // may describe the person before the name.)
    const person = s.entities.find((e) => e.cls === 'person' && e.start >= by && /^(?:[\p{L}.-]+\s+){0,6}$/u.test(s.text.slice(by, e.start)) && !/[,;]/.test(s.text.slice(by, e.start)));
    if (!person) continue;
    const aux = m.groups!.aux;
    const verb = /^(?:will|would)/.test(aux) ? 'will head' : aux === 'is' ? 'heads' : 'headed';
    drafts.push(draft(s, person, `${verb} ${m.groups!.body}`));
  }
  for (const m of s.text.matchAll(CHARGE_TO)) {
    const from = m.index! + m[0].length;
    // (Lower-case words and a comma may describe the person first: "to the seniormost IPS officer, Alok Mohan,".)
    const person = s.entities.find((e) => e.cls === 'person' && e.start >= from && /^(?:(?:the|a|an|[\p{Ll}-]+|\p{Lu}{2,5}),?\s+){0,5}$/u.test(s.text.slice(from, e.start)));
    if (!person) continue;
    AS_OFFICE.lastIndex = person.end + (s.text[person.end] === ',' ? 1 : 0);
    const as = AS_OFFICE.exec(s.text);
    if (as) add(person, 'given additional charge as', wholeOffice(s, as), true);
  }
  for (const m of s.text.matchAll(CHARGE_PASSIVE)) {
    const person = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    const office = wholeOffice(s, m).trim();
    // ("has been given additional charge of the Ministry of Culture": a ministry held, not an office named.)
    if (person?.cls === 'person' && /^(?:Ministry|Department)\s+of\s+\p{Lu}/u.test(office)) drafts.push(draft(s, person, `was given additional charge of the ${office}${inMonthOf(s, ctx)}`));
    else add(person, 'given additional charge as', office, true);
  }
  for (const m of s.text.matchAll(OWN_HEAD)) {
    const body = subjectEndingAt(s, m.indices!.groups!.subjEnd![0], ['organisation']);
    const person = s.entities.find((e) => e.cls === 'person' && e.start === m.indices!.groups!.person![0]);
    if (body && person) add(person, 'named', `${m.groups!.post} of ${body.canonical}`);
  }
  for (const m of s.text.matchAll(ELEVATED)) {
    const from = m.indices!.groups!.person![0];
    const to = m.indices!.groups!.office![0];
    // (The person nearest the office: any name before is what they were, "junior home minister".)
    const person = [...s.entities].reverse().find((e) => e.cls === 'person' && e.start >= from && e.end <= to);
    if (person && !/[,;]/.test(s.text.slice(person.end, to))) add(person, `${m.groups!.verb} to`, `post of ${wholeOffice(s, m).trim()}`, true);
  }
  for (const m of s.text.matchAll(APPOINTMENT_OF)) {
    // The person after a title ("Justice Sanjiv Khanna"), up to the "as".
    const from = m.indices!.groups!.person![0];
    const to = m.indices!.groups!.office![0];
    // (No ordinal pattern reads this form: an Nth office is ours here.)
    // (The person nearest the "as": any name before is the post they hold now, "the United States".)
    // ("as the Governors of Haryana and Goa, respectively": the office runs on to its second place.)
    const office = wholeOffice(s, m);
    const second = RESPECTIVE_REST.exec(s.text.slice(m.indices!.groups!.office![0] + office.length));
    add([...s.entities].reverse().find((e) => e.cls === 'person' && e.start >= from && e.end <= to), 'appointed', second ? `${office}${second[1]}` : office, true);
  }
  return drafts;
};

/** " and Goa, respectively": the second of two places an office's holders each serve. */
const RESPECTIVE_REST = /^(\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}),?\s+respectively\b/u;

/** "BVR Subrahmanyam appointed Niti Aayog CEO as …" → "Niti Aayog CEO": the office a headline
 *  says this person was appointed to, or null. */
function headlineOffice(person: Entity, ctx: Parameters<FindDrafts<'appointed'>>[1]): string | null {
  const title = ctx.analyzed.article.title;
  const at = title.indexOf(person.canonical);
  if (at < 0) return null;
  const office = /^\s+(?:is\s+|was\s+)?(?:appointed|named)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})/u.exec(title.slice(at + person.canonical.length))?.[1];
  return office && TITLE_HEAD.test(office) ? office : null;
}

/** "Justice Vibhu Bakhru of the Delhi High Court has been appointed …": the subject ends on the
 *  court the judge comes from; the person is the one before its "of the". */
/** "Senior Most Judge of the ", "Judge of the ": a title read into the name of the body after it. */
const TITLE_OF = /^(?:\p{Lu}[\p{L}-]*\s+){1,4}of\s+(?=the\s+\p{Lu})/u;
function personOfBody(s: Sentence, subject: Entity | null | undefined): Entity | null | undefined {
  if (!subject || subject.cls === 'person') return subject;
  const of = /\s+of\s+the\s+$/.exec(s.text.slice(0, subject.start));
  const direct = of ? s.entities.find((e) => e.cls === 'person' && e.end === of.index) : null;
  if (direct) return direct;
  if (TITLE_OF.test(subject.text) && /^\s*,/.test(s.text.slice(subject.end))) {
    const before = /,\s+$/.exec(s.text.slice(0, subject.start));
    const person = before && s.entities.find((e) => e.cls === 'person' && e.end === before.index);
    if (person) return person;
  }
  // ("Justice Sandeep Mehta, Judge of the Rajasthan High Court, has been appointed …": the person
  // the body's description stands beside, set off by commas.)
  // ("Ramesh Bais, the Governor of Jharkhand has now been appointed as …": "the" may open the
  // description, and a hurried text may drop its closing comma before the verb.)
  const aside = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:of|at|in)\s+(?:the\s+)?$/u.exec(s.text.slice(0, subject.start));
  const closed = /^\s*,/.test(s.text.slice(subject.end)) || (aside !== null && /^,\s+the\s/.test(aside[0]) && /^\s+(?:has|have|had|was|is|will)\s/.test(s.text.slice(subject.end)));
  const described = aside && closed ? s.entities.find((e) => e.cls === 'person' && e.end === aside.index) : null;
  return described ?? (of ? undefined : subject);
}

/** "Chairman and Managing Director of BHEL", "Comptroller and Auditor General": a bare title
 *  joined by "and" to a second title is one office; after its "of …" an "and" ends it
 *  ("chairman of ISRO and Secretary, Department of Space" names two offices). */
const JOINT_TITLE = new RegExp(`^\\s+(?:and|&)\\s+(?=(?:${alternation(officeWords('appointed'))})\\b)[^,;()]{2,60}?${OFFICE_END}`, 'u');

/** The office, with a place it ends inside taken whole: "Chief Minister of Jammu" → "… of Jammu
 *  and Kashmir" (the office stops at an "and"). */
function wholeOffice(s: Sentence, m: RegExpExecArray | RegExpMatchArray): string {
  const [start, written] = m.indices!.groups!.office!;
  // ("took oath as deputy chief ministers as well": "as well" adds to the news, no word of the office.)
  const also = /\s+(?:as\s+well|too|also)$/.exec(s.text.slice(start, written));
  const end = also ? written - also[0].length : written;
  // ("appointed Officer on Special Duty in the Home Ministry": the office runs on past its "on".)
  // (And where: "… in the Home Ministry", an officer on special duty being one of many.)
  const onDuty = /^\s+on\s+Special\s+Duty(?:\s+in\s+the(?:\s+\p{Lu}[\p{L}-]*)+)?/u.exec(s.text.slice(end));
  if (onDuty) return s.text.slice(start, end + onDuty[0].length);
  let to = end;
  const joint = !/\bof\b/.test(s.text.slice(start, end)) && JOINT_TITLE.exec(s.text.slice(end));
  if (joint) to += joint[0].length;
  const place = s.entities.find((e) => e.start >= start && e.start < to && e.end > to);
  if (place) to = place.end;
  // ("as the new Comptroller and Auditor General (CAG) of India": the office's short form in
  // brackets does not end it; the country or state it serves follows.)
  const served = /^\s*\(\p{Lu}{2,8}\)\s+of\s+/u.exec(s.text.slice(to));
  const where = served && s.entities.find((e) => e.cls === 'place' && e.start === to + served[0].length);
  // ("assumed charge as the Secretary, Department of Space, on …": a bare title and the department
  // it heads, written after a comma, are one office, "Secretary of the Department of Space".)
  // ("as the Executive Director at the International Monetary Fund (IMF)": a title that names no body
  // of its own goes with the body "at" gives.)
  const atBody = !where && !/\s(?:of|at|for)\s/.test(s.text.slice(start, to)) ? AT_BODY.exec(s.text.slice(to)) : null;
  if (atBody && s.entities.some((e) => e.cls === 'organisation' && e.start === to + atBody[0].length - atBody[1].length)) return `${s.text.slice(start, to)} at the ${atBody[1]}`;
  const department = !where && !/\s/.test(s.text.slice(start, to).trim()) ? DEPARTMENT_AFTER.exec(s.text.slice(to)) : null;
  if (department) return `${s.text.slice(start, to)} of the ${department[1]}`;
  return s.text.slice(start, where ? where.end : to);
}

/** " at the International Monetary Fund": a body right after a title. */
const AT_BODY = /^\s+at\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}-]*){0,6})/u;

/** ", Department of Space,", ", Ministry of External Affairs": the body a bare title heads. */
const DEPARTMENT_AFTER = /^,\s+((?:Department|Ministry)\s+of\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,4})(?=\s*[,.;]|\s+(?:on|in|from|with|for)\b)/u;

/** Titles that may stand before each name of a list: "Justice", "Dr", "Shri". */
const LIST_TITLE = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:Justice|Justices|Dr\.?|Shri|Smt\.?|Mr\.?|Ms\.?|Prof\.?)\s+)?$/;

/** The people a list names before `last`: "A and B", "A, B, and C", titles before each. */
const PLURAL_OFFICE = /^(?:the\s+)?(?:new\s+)?(?:\p{L}+\s+){0,3}\p{L}+s(?:\s+(?:of|for|to|in|at)\s.*)?$/u;

/** The last person of a list that opens on `first`, before `end` ("A, B and C"), or `first`. */
function lastListed(s: Sentence, first: Entity, end: number): Entity {
  let last = first;
  for (;;) {
    const next = s.entities.find((e) => e.start >= last.end && e.end <= end);
    if (!next || next.cls !== 'person' || !LIST_TITLE.test(s.text.slice(last.end, next.start))) return last;
    last = next;
  }
}

/** The first person named from `at` on, past the honorifics and a title before the name ("to Mr.
 *  Vishnu Deo Sai", "to Justice …"). */
function personAfter(s: Sentence, at: number): Entity | undefined {
  return s.entities.find((e) => e.cls === 'person' && e.start >= at && /^(?:\p{Lu}[\p{L}]*\.?\s+){0,3}$/u.test(s.text.slice(at, e.start)));
}

/** ", along with (newcomer) Pravati Parida from the Nimapara assembly segment, ": the second
 *  person of a clause's subject, after the first and its description. */
const ALONG_WITH = /,\s+along\s+with\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The sentence's first person and the one "along with" adds, both before `at` (the verb), or null. */
function alongWith(s: Sentence, at: number): { first: Entity; with: Entity } | null {
  const head = s.text.slice(0, at);
  if (!/\balong\s+with\b/.test(head)) return null;
  let along = -1;
  const second = s.entities.find((e) => {
    if (e.cls !== 'person' || e.end > at || !/^(?:\s+[^,;]{0,80})?,\s*$/.test(s.text.slice(e.end, at))) return false;
    along = ALONG_WITH.exec(s.text.slice(0, e.start))?.index ?? -1;
    return along >= 0;
  });
  if (!second) return null;
  // (The first, opening the sentence, its description between commas and no verb of its own.)
  const first = s.entities.find((e) => e.cls === 'person' && e.end <= along && /^(?:[\p{L}.'’-]+\s+){0,3}$/u.test(s.text.slice(0, e.start)));
  if (!first || !/^(?:,[^;]{0,120})?$/.test(s.text.slice(first.end, along)) || s.tokens.some((t) => t.start >= first.end && t.end <= along && (t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  return { first, with: second };
}

function listedBefore(s: Sentence, last: Entity): Entity[] {
  const people: Entity[] = [];
  let next = last;
  for (;;) {
    const before = [...s.entities].reverse().find((e) => e.end <= next.start);
    if (!before || before.cls !== 'person' || !LIST_TITLE.test(s.text.slice(before.end, next.start))) break;
    people.unshift(before);
    next = before;
  }
  // (Of two, the one before "and" only: "A, B" without an "and" is no list.)
  return people.length && /\band\s+(?:\S+\s+)?$/.test(s.text.slice(people[people.length - 1].end, last.start)) ? people : [];
}

function draft(s: Sentence, person: Entity, what: string, partners: readonly Entity[] = []): FactDraft<'appointed'> {
  const people = [...partners, person];
  const answer = andList(people.map((p) => p.canonical));
  const first = people[0];
  return {
    pattern: 'appointed',
    question: `Who ${what}?`,
    answer,
    answerText: partners.length ? s.text.slice(first.start, person.end) : person.text,
    answerStart: first.start,
    answerType: 'person',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: people.map((p) => p.canonical),
    statement: `${answer} ${what}.`,
  };
}

export default definePattern({
  id: 'appointed',
  describe: 'Who was appointed, elected, sworn in or took charge as an office',
  find,
});
