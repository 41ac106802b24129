import type { Entity, PatternId, Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import type { FactDraft } from './draft.js';
import { formatResolvedDate } from '../util/resolved-date.js';

export type { PatternId };

/** What a pattern does: read one sentence (with the article around it) and propose facts. */
export type FindDrafts<Id extends PatternId = PatternId> = (sentence: Sentence, ctx: ArticleContext) => FactDraft<Id>[];

/** A pattern: its id (its file's name and its facts' tag), a line on what it asks, its finder. */
export interface Pattern<Id extends PatternId = PatternId> {
  readonly id: Id;
  readonly describe: string;
  readonly find: FindDrafts<Id>;
}

/**
 * Declares a pattern, as a remark plugin is declared: `export default definePattern({ id,
 * describe, find })` in src/extract/patterns/<id>.ts. It returns its argument; what it adds is the
 * type, which ties the id to the drafts `find` may make and to the registry's key.
 */
export function definePattern<Id extends PatternId>(pattern: Pattern<Id>): Pattern<Id> {
  return pattern;
}

const NAMES: readonly Entity['cls'][] = ['person', 'place', 'organisation'];

/** The named entity (person, place, organisation, or the given classes) whose span ends exactly
 *  at `end` (ignoring spaces). */
export function namedEntityEndingAt(s: Sentence, end: number, classes: readonly Entity['cls'][] = NAMES): Entity | null {
  const trimmedEnd = s.text.slice(0, end).trimEnd().length;
  return s.entities.find((e) => e.end === trimmedEnd && classes.includes(e.cls)) ?? null;
}

/** What may stand between a subject and its verb: a time phrase the analyser dated ("India on
 *  Wednesday became", "Japan, last year, became"), an age ("Fosse, 64, is") or an appositive. */
const TIME_LEAD = /(?:,\s*|\s+)(?:(?:on|in|during|earlier|later|late|early)\s+)?$/;
const AGE = /,\s*\d{1,3},\s*$/;
/** ", captained by Jijo Joseph,": the side's leader set off after its name. */
const LED_APPOSITION = /,\s*(?:led|captained|skippered|headed|coached|guided|spearheaded)\s+by\s+[^,;]{3,60},\s*$/;
// (", India's highest-rated female chess player,": or one a country's possessive opens.)
const APPOSITION = /,\s+(?:one of|an?|the|\p{Lu}[\p{L}]*['’]s)\s+[^,;]{3,80},\s*$/u;
/** ", star of films such as “Mrigayaa”, “Disco Dancer”, and “Prem Pratigya”,": a description
 *  whose examples are quoted titles, their list commas and all. */
const QUOTED_EXAMPLES = /,\s+(?:the\s+|an?\s+)?\p{Ll}[\p{L}\s-]{2,40}?\s+(?:such\s+as|like|including)\s+["“‘'][^;]{1,160}?["”’'],\s*$/u;
/** ", Minister of Communications, Railways and Electronics & IT,": an office in apposition,
 *  written without an article, its portfolio's list commas and all. */
const OFFICE_APPOSITION = /,\s+(?:Union\s+|Minister\s+of\s+State\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Minister|Secretary|Chairman|Chairperson|Director|Director-General|Governor|President|Vice-President|Chief\s+Minister|Commissioner|Ambassador|Secretary-General|Chief\s+Executive\s+Officer|CEO)\b(?:\s+(?:of|for)\s+[^;()]{2,80}?)?,\s*$/u;
const DESCRIBED_NAME = /^(?:[Tt]he|[Aa]n?)\s+[^,;]{3,60},\s+[^,;]{3,60}?(,\s*)$/;
/** "Union Minister for Finance and Corporate Affairs, Smt. Nirmala Sitharaman, launched …": an
 *  office written in capitals, then the name set off by commas. */
const TITLED_NAME = /^\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Lu}[\p{L}.-]*|of|for|and|the|&))*,\s+[^,;]{3,60}?(,\s*)$/u;

/** The name that ends right before the verb at `at`, or before its short form in brackets, a
 *  time phrase, an age or a phrase in apposition there. */
/** ", widely known as 'Teach Rural,'", ", also known as the Karipur airport,": the name after it. */
const KNOWN_AS = /,\s+(?:widely|popularly|commonly|also|better|simply)\s+known\s+as\s+(?:the\s+)?['‘"“]?([^,'‘’"“”]{2,60}?)[,'’"”]{1,3}\s*$/d;

/** ", led by ", ", captained by ": the leader of the subject named before, set off by commas. */
// ("Prime Minister Narendra Modi, along with Bihar Chief Minister Nitish Kumar, on Friday
// inaugurated …": so is one who only came along.)
const LEADER_SET_OFF = /\s*,\s*(?:(?:led|captained|skippered|headed|coached|guided|spearheaded|accompanied)\s+by|along\s+with|together\s+with)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

export function subjectEndingAt(s: Sentence, at: number, classes: readonly Entity['cls'][] = NAMES): Entity | null {
  // ("The Indian women, led by Harmanpreet Kaur, lifted their maiden … title": who leads a side set
  // off by commas is not the side.)
  // (The side before the commas is: "Kerala, captained by Jijo Joseph, won …".)
  const ending = (end: number) => {
    const found = namedEntityEndingAt(s, end, classes);
    const led = found && LEADER_SET_OFF.exec(s.text.slice(0, found.start));
    return led ? namedEntityEndingAt(s, led.index, classes) : found;
  };
  const head = s.text.slice(0, at);
  // "The Aditya-L1 mission, which is an observatory at Lagrangian point L1, was launched …": the
  // name a relative clause ends on is not the subject; the one before the clause is.
  const relative = /,\s+(?:which|who)\s+[^,;]{3,120},\s*$/.exec(head);
  if (relative) return ending(relative.index) ?? ending(head.slice(0, relative.index).replace(/\s+(?:mission|scheme|project|programme|satellite|spacecraft)$/i, '').length);
  const direct = ending(at);
  if (direct) return direct;
  // "The Trust to Teach Rural Children, widely known as 'Teach Rural,' has made …": the
  // name it is known by.
  const known = KNOWN_AS.exec(head);
  // (Or the name before it, where the one it is known by is no name the analyser holds:
  // "Akkitham Achuthan Namboothiri, popularly known as Akkitham, has won …".)
  if (known?.indices?.[1]) return namedEntityEndingAt(s, known.indices[1][1], [...classes, 'term']) ?? ending(known.index);
  // "The National Green Tribunal (NGT) was …": the name before its bracketed short form.
  const bracket = /\s*\([^()]{1,12}\)\s*$/.exec(head);
  if (bracket) return ending(bracket.index);
  const age = AGE.exec(head);
  if (age) return ending(age.index);
  const led = LED_APPOSITION.exec(head) ?? QUOTED_EXAMPLES.exec(head);
  if (led) return ending(led.index);
  // "Project Tiger, one of the world's most successful programmes, was launched …".
  const apposition = APPOSITION.exec(head);
  // ("Justice Bhushan Ramkrishna Gavai, 64, the first Buddhist CJI …, was sworn in": an age, then a description.)
  const agedBefore = apposition && /,\s*\d{1,3}$/.exec(head.slice(0, apposition.index));
  if (apposition) return ending(apposition.index) ?? (agedBefore ? ending(agedBefore.index) : null);
  // ("Shri Ashwini Vaishnaw, Minister of Communications, Railways and Electronics & IT, launched …".)
  const office = OFFICE_APPOSITION.exec(head);
  if (office) {
    const holder = ending(office.index);
    if (holder?.cls === 'person') return holder;
  }
  // "The outgoing Army chief, Gen. Bipin Rawat, was …": the name in apposition to its description.
  const described = DESCRIBED_NAME.exec(head);
  if (described) return ending(head.length - described[1].length);
  const titled = TITLED_NAME.exec(head);
  if (titled) {
    const person = ending(head.length - titled[1].length);
    if (person?.cls === 'person') return person;
  }
  // ("India women’s hockey team won …": a country's side, by the country.)
  const side = COUNTRY_SIDE.exec(head);
  if (side) {
    const country = ending(side.index);
    if (country?.cls === 'place' && country.placeKind === 'country') return country;
  }
  const before = head.replace(/,?\s*$/, '');
  const date = s.entities.find((e) => e.cls === 'date' && e.end === before.length);
  if (!date) return null;
  const lead = TIME_LEAD.exec(s.text.slice(0, date.start));
  // ("Gen Upendra Dwivedi, who has vast experience …, on Sunday assumed charge …": the time after
  // a relative clause, the subject before both.)
  if (!lead) return null;
  const clause = /,\s+(?:which|who)\s+[^,;]{3,120}$/.exec(s.text.slice(0, lead.index));
  return clause ? ending(clause.index) : ending(lead.index);
}

/** " women’s hockey team", " national football team", " squad": a side's words after its country. */
const COUNTRY_SIDE = /\s+(?:(?:women['’]s|men['’]s|national|junior|senior)\s+)*(?:\p{Ll}+\s+)?(?:team|side|squad)\s*$/u;

/** A name as the sentence writes it, with its "the" ("the Indian Space Research Organisation",
 *  "Project Tiger"): for questions that name a body or a thing the way the article does. */
export function asWritten(s: Sentence, e: Entity): string {
  // ("The 7th Pay Commission was set up in 2016": the ordinal says which one, and goes with it.)
  const ordinal = s.entities.find((o) => o.cls === 'ordinal' && o.end < e.start && /^\s+$/.test(s.text.slice(o.end, e.start)));
  const start = ordinal?.start ?? e.start;
  const name = s.text.slice(start, e.end);
  return /\bthe\s+$/i.test(s.text.slice(Math.max(0, start - 4), start)) ? `the ${name}` : name;
}

/** "when he was 23", "at the age of 19", "years ago", "had won", "He later studied at Cambridge
 *  …": the sentence tells of another time than the article's (a life story's among them). */
const ELSEWHEN = /\bwhen\s+(?:he|she|they|it)\s+(?:was|were)\b|\bat\s+the\s+age\s+of\b|\baged\s+\d|\b(?:years?|decades?)\s+ago\b|\bback\s+(?:in|then)\b|\bin\s+the\s+past\b|\b(?:formerly|previously)\b|\bhad\s+(?:won|been|become|bagged|clinched|claimed|received|secured|lifted)\b|\blater\s+(?:studied|graduated|joined|moved|went|became|served|worked|taught|earned|obtained|completed)\b|\b(?:studied|graduated)\s+(?:at|from)\b|\bas\s+an?\s+(?:student|child|boy|girl|teenager)\b/i;

/** Whether the sentence tells of an undated time other than the article's: its event cannot be
 *  dated by the article's month, and a question without a date would ask for another's too. */
export function undatedElsewhen(s: Sentence): boolean {
  return ELSEWHEN.test(s.text) && !s.entities.some((e) => e.cls === 'date' && /^\d{4}/.test(e.resolved ?? ''));
}

/** "Last year, R Praggnanandhaa defeated …", "Earlier, the Khel Ratna was conferred on …": an
 *  opening that sets the whole sentence in another time than the story's news. */
export function opensInAnotherTime(text: string): boolean {
  return /^(?:Last|Earlier|Previously|Back)\b[^,]{0,24},\s/.test(text);
}

/** Whether the sentence tells of another time than the story's: an undated one (undatedElsewhen),
 *  or one its opening sets, dated or not. */
export function toldOfAnotherTime(s: Sentence): boolean {
  return undatedElsewhen(s) || opensInAnotherTime(s.text);
}

/** Words before a date that make it a deadline or a start, not when the event happened. */
const NOT_WHEN_BEFORE = /\b(?:by|until|till|before|since|from|deadline of|target of)\s+(?:the\s+)?$/i;

/** " in June 2024": the month of the sentence's own date, else the article's ("" without one). */
export function inMonthOf(s: Sentence, ctx: ArticleContext): string {
  // (Not a deadline or a start: "launched … with a target to complete electrification by March 31,
  // 2019" was launched long before.)
  const dated = s.entities.find((e) => e.cls === 'date' && e.resolved && e.resolved.length >= 7 && !NOT_WHEN_BEFORE.test(s.text.slice(Math.max(0, e.start - 12), e.start)));
  // ("In the past, Prime Minister Narendra Modi inaugurated the Atal tunnel": not the article's month.)
  // (An opening "Earlier," is most often the same day's news, and keeps it.)
  if (!dated && undatedElsewhen(s)) return '';
  const month = dated ? formatResolvedDate(dated.resolved!.slice(0, 7)) : ctx.monthYear;
  return month ? ` in ${month}` : '';
}
