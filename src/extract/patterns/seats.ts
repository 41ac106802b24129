import type { FactDraft } from '../draft.js';
import { namedInHeadline, type ArticleContext } from '../article-context.js';
import { definePattern, inMonthOf, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { HOUSE, openingParty, partyBefore } from '../party-before.js';
import { upperFirst } from '../text-utils.js';

/**
 * Election results as quizzes ask them: "The BJP-led Mahayuti alliance secured an overwhelming
 * mandate in Maharashtra, winning 234 of the 288 Assembly seats, with the BJP alone winning 132
 * seats", "Shiv Sena (Eknath Shinde) won 57 seats" → "How many of the 288 Assembly seats did
 * the BJP-led Mahayuti alliance win in Maharashtra?" → 234. The party is the name right before
 * the verb (a faction's bracket kept: "Shiv Sena (UBT)" is not "Shiv Sena"), or, for "…, winning",
 * the subject that opens the sentence.
 */
/** "of the 288", "out of the total of 403": the house's size, before or after the seats word. */
const OUT_OF = String.raw`(?:of|out of)\s+(?:the\s+)?(?:total\s+(?:of\s+)?)?`;
const RE = new RegExp(
  String.raw`\b(?<verb>won|wins|winning|bagged|bagging|secured|securing|grabbed|clinched|pocketed|pocketing|captured|managed to (?:get|win)|got|(?:winning|won|securing|secured)\s+an?\s+(?:[\w-]+\s+){0,2}majority\s+with)\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?(?<num>\d+(?:,\d{3})*)\s+(?:${OUT_OF}(?<total>\d+(?:,\d{3})*)\s+)?(?<kind>(?:(?:Assembly|Lok Sabha|Rajya Sabha|Legislative Assembly|council|assembly|parliamentary)\s+)?)seats\b(?:\s+${OUT_OF}(?<totalAfter>\d+(?:,\d{3})*)(?:\s+seats\b)?)?`,
  'dg',
);
/** "Of the 50 seats, ", "Out of 90 seats, ": the seats a count is of, opening the sentence. */
const OF_SEATS_OPENING = /^(?:Of|Out\s+of)\s+(?:the\s+)?(\d+(?:,\d{3})*)\s+(?:\p{Ll}+\s+)?seats\s*,/u;
const MEMBER_HOUSE = /^\s+in\s+the\s+(\d+)-(?:member|seat)\s+(?:[Aa]ssembly|[Hh]ouse|[Cc]ouncil|Lok Sabha|Vidhan Sabha)\b/;
const PARTICIPLE = /^(?:winning|bagging|securing|pocketing)$/;

const find: FindDrafts<'seats'> = (s, ctx) => {
  const drafts: FactDraft<'seats'>[] = [];
  if (!/\bseats\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RE)) {
    const g = m.groups!;
    const at = m.index!;
    // ("… the TMC bagged its victory as it pocketed 213 of the 292 seats": "it" is the subject.)
    // ("As the AAP registered a historic win … by winning a three-fourths majority with 92 seats":
    // the majority is the opening party's.)
    const opening = (PARTICIPLE.test(g.verb) && (/,\s*$/.test(s.text.slice(0, at)) || houseBefore(s, at))) || /\b(?:as|after|when|and)\s+it\s+$/.test(s.text.slice(0, at)) || /\bmajority\b/.test(g.verb);
    const party = partyBefore(s, at) ?? (opening ? openingParty(s) : null);
    if (!party) continue;
    // ("won 255 seats out of the total 403 seats": the total after the count's seats.)
    // ("won 48 seats in the 70-member assembly": the house's size after it.)
    // ("Of the 50 seats, the BJP secured 36 seats": the count is of those, opening the sentence.)
    const total = g.total ?? g.totalAfter ?? MEMBER_HOUSE.exec(s.text.slice(at + m[0].length))?.[1] ?? OF_SEATS_OPENING.exec(s.text.slice(0, at))?.[1];
    // (Else the one state the story's last sentences name: "In Meghalaya, the NPP has won 19 seats
    // … The United Democratic Party has won 11 seats.")
    const where = placeOf(s, party.entity, at + m[0].length) ?? scopeOpening(s)?.canonical ?? (statesNamed(ctx) <= 1 ? headlineState(ctx) : null) ?? stateNamedJustBefore(s, ctx);
    // ("In Telangana and Mizoram, the TRS has won 87 seats while the MNF has won 26 seats
    // respectively": two places for two wins, or a story of several states and none named here:
    // whose seats they are is not said, and a guess puts the MNF in Telangana.)
    // (Not a national election's seats, nor seats out of a total that says which house.)
    // (Nor where the headline names several states: "BJP-led alliance retains power in Tripura,
    // Nagaland; Meghalaya headed for hung house".)
    if (where === AMBIGUOUS || (where === null && !total && (statesNamed(ctx) >= 2 || headlineStates(ctx) >= 2) && !NATIONAL.test(ctx.analyzed.article.title))) continue;
    const seats = total ? `of the ${total} ${g.kind}seats` : `${g.kind}seats`;
    // ("The TMC had clinched 211 seats in 2016": an earlier election's count is asked with its year.)
    // (Right after its seats, or opening the sentence: "won 99 seats compared to the 52 it won in
    // 2019" is this election's 99.)
    const year = /^\s+in\s+((?:19|20)\d\d)\b/.exec(s.text.slice(at + m[0].length))?.[1] ?? /^In\s+((?:19|20)\d\d)\s*,/.exec(s.text)?.[1];
    const when = year && !ELECTION.exec(s.text)?.[1].includes(year) ? ` in ${year}` : inMonthOf(s, ctx);
    // ("The Congress … won 99 seats" under "2024 Lok Sabha in numbers: …": the national election the
    // headline names, where the sentence names no place and no earlier year.)
    const national = where === null && !year && !total ? nationalElection(ctx.analyzed.article.title) : null;
    const scope = where ?? national;
    // ("… in the 2019 Assembly polls": an election its year names takes no month of the article's.)
    const dated = scope !== null && /\b(?:19|20)\d\d\b/.test(scope);
    const [ns] = m.indices!.groups!.num!;
    drafts.push({
      pattern: 'seats',
      question: `How many ${seats} did ${party.written} win${scope ? ` in ${scope}` : ''}${national || dated ? '' : when}?`,
      answer: g.num,
      answerText: g.num,
      answerStart: ns,
      answerType: 'number',
      sentenceIndex: s.index,
      confidence: 0.88,
      about: [party.entity.canonical],
      statement: `${upperFirst(party.written)} won ${g.num} ${seats}${scope ? ` in ${scope}` : ''}${national || dated ? '' : when}.`,
    });
  }
  return drafts;
};

function houseBefore(s: Sentence, at: number): boolean {
  return s.entities.some((e) => HOUSE.test(e.text) && /^\s*$/.test(s.text.slice(e.end, at)));
}

/** The state or country the sentence says the seats are in, if it names one (not the party). */
/** "in the Bihar Assembly election", "in the 2024 Lok Sabha polls": which election, as written. */
// ("In the February 5 assembly election": its day too.)
const ELECTION = /\b[Ii]n (?:the )?((?:(?:\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2})\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Assembly|assembly|Lok Sabha|Vidhan Sabha|Rajya Sabha|municipal|civic|local body|general|parliamentary|presidential)\s+(?:elections?|polls?|bypolls?))\b/u;

const AMBIGUOUS = '\u0000';
export const NATIONAL = /\b(?:Lok Sabha|general elections?|parliamentary elections?|national elections?)\b/i;

function placeOf(s: Sentence, party: Entity, seatsEnd: number): string | null {
  // ("In 2014 Assembly elections, SDF won 23 seats": which election, with its "the".)
  const election = ELECTION.exec(s.text);
  // (Not one a later clause recalls: "won 10 of the 13 seats …, backing up their strong show in
  // the Lok Sabha elections" was a bypoll.)
  // ("NDA won 28 out of 48 Assembly seats … while I.N.D.I.A bloc got 20 while in Lok Sabha bypolls
  // both shared …": nor one after a "while" or "but" that starts another clause.)
  if (election && !(election.index > seatsEnd && /[,;]|\b(?:while|whereas|but)\b/.test(s.text.slice(seatsEnd, election.index)))) return `the ${election[1]}`;
  // ("has swept the Gujarat Legislative Assembly winning 156 …": the house won.)
  const house = s.entities.find((e) => HOUSE.test(e.text) && e.end <= seatsEnd && /^(?:,\s*|\s+)(?:winning|bagging|securing|pocketing)\b/.test(s.text.slice(e.end)));
  if (house) return `the ${house.text}`;
  // Right after its seats ("won 25 seats in Rajasthan"), else the nearest before the win ("In
  // Rajasthan, the Congress won …, while in Chhattisgarh, the Congress won 65 …" is
  // Chhattisgarh's); not in a later clause ("won 99 seats …, eating into the BJP's share in Rajasthan").
  const places = s.entities.filter((e) => e.cls === 'place' && e !== party && (e.placeKind === 'region' || e.placeKind === 'country') && /\b(?:in|In)\s+$/.test(s.text.slice(0, e.start)));
  const place = places.find((e) => e.start >= seatsEnd && /^\s+in\s+(?:the\s+)?$/.test(s.text.slice(seatsEnd, e.start))) ?? places.filter((e) => e.start < seatsEnd).pop();
  if (!place) return null;
  return /^\s+and\s+\p{Lu}/u.test(s.text.slice(place.end)) ? AMBIGUOUS : place.canonical;
}

/** "the BJP secured 48 out of 90 seats" under "Haryana Assembly Election Results 2024: …": the one
 *  state (or city: "Delhi election results 2025: …") the headline names is where, when the
 *  sentence names none. */
function headlineState(ctx: ArticleContext): string | null {
  // ("Maharashtra civic election results: BJP-Shiv Sena secures 118 seats in Mumbai": the one
  // city a headline names beside its state is where the seats were won.)
  const cities = headlinePlaces(ctx, 'city');
  if (cities.size === 1) return [...cities][0];
  const states = headlinePlaces(ctx, 'region');
  return states.size === 1 && cities.size === 0 ? [...states][0] : null;
}

/** The places of one kind (cities, states) the headline names. */
function headlinePlaces(ctx: ArticleContext, kind: 'city' | 'region'): Set<string> {
  return new Set(ctx.timeline.filter((t) => t.entity.cls === 'place' && t.entity.placeKind === kind && namedInHeadline(t.entity, ctx)).map((t) => t.entity.canonical));
}

/** How many states the headline names. */
function headlineStates(ctx: ArticleContext): number {
  return headlinePlaces(ctx, 'region').size;
}

/** Sentences back a state named before a count of seats still says where they were won. */
const STATE_REACH = 2;

/** In a story whose headline names several states, the one state a sentence of the few before
 *  opens on as its scope ("In Meghalaya, the NPP has won 19 seats …"), or null. (A state named in
 *  passing, "its defeat in Maharashtra's Nanded", is no scope.) */
function stateNamedJustBefore(s: Sentence, ctx: ArticleContext): string | null {
  if (headlineStates(ctx) < 2) return null;
  const states = new Set<string>();
  for (let k = Math.max(0, s.index - STATE_REACH); k <= s.index; k++) {
    const sentence = ctx.analyzed.sentences[k];
    // (A state only, right after "In": "In Meghalaya, …", not "In the …".)
    const scope = sentence ? scopeOpening(sentence) : null;
    if (scope?.cls === 'place' && scope.placeKind === 'region' && /^In\s+$/.test(sentence.text.slice(0, scope.start))) states.add(scope.canonical);
  }
  return states.size === 1 ? [...states][0] : null;
}

/** "the 2024 Lok Sabha election", as a headline names it ("2024 Lok Sabha in numbers", "Lok Sabha
 *  Election Results 2024"), or null. */
function nationalElection(title: string): string | null {
  const m = /\b((?:19|20)\d\d)\s+Lok Sabha\b|\bLok Sabha\b(?:\s+(?:[Ee]lections?|[Pp]olls?|[Rr]esults?)){0,2}\s+((?:19|20)\d\d)\b/.exec(title);
  return m ? `the ${m[1] ?? m[2]} Lok Sabha election` : null;
}

/** "In North Goa Zilla Panchayat, Bharatiya Janata Party won 18 seats …", "In South Goa, BJP won
 *  11 seats …": the place or local body a sentence opens on as the scope of its counts. */
const LOCAL_BODY = /\b(?:Panchayats?|Parishads?|Corporations?|Municipalit(?:y|ies)|Councils?|Nigam|Assembly)$/;
export function scopeOpening(s: Sentence): Entity | null {
  if (!/^In\s/.test(s.text)) return null;
  const e = s.entities.find((x) => /^In\s+(?:the\s+)?$/.test(s.text.slice(0, x.start)));
  return e && /^\s*,/.test(s.text.slice(e.end)) && (e.cls === 'place' || (e.cls === 'organisation' && LOCAL_BODY.test(e.text))) ? e : null;
}

/** How many places or local bodies the article's counts of seats are scoped to ("In South Goa,
 *  BJP won 11 seats …"): with two or more, a count that names none is not said to be whose. */
const SCOPES = new WeakMap<ArticleContext, number>();
export function scopesNamed(ctx: ArticleContext): number {
  return namedBySeatSentences(SCOPES, ctx, (s) => {
    const scope = scopeOpening(s);
    return scope ? [scope.canonical] : [];
  });
}

/** How many states the article counts seats in ("in Chhattisgarh, the Congress won 65 …", "won
 *  26 seats in Mizoram"): in a story of several, seats need their place. */
const STATES = new WeakMap<ArticleContext, number>();
export function statesNamed(ctx: ArticleContext): number {
  return namedBySeatSentences(STATES, ctx, (s) => s.entities.filter((e) => e.cls === 'place' && e.placeKind === 'region' && /\b(?:in|In)\s+$/.test(s.text.slice(Math.max(0, e.start - 4), e.start))).map((e) => e.canonical));
}

/** How many distinct names the article's sentences of seats give by `namesOf`, counted once per
 *  article (every sentence's seats pattern asks). */
function namedBySeatSentences(cache: WeakMap<ArticleContext, number>, ctx: ArticleContext, namesOf: (s: Sentence) => string[]): number {
  let n = cache.get(ctx);
  if (n === undefined) {
    const keys = new Set<string>();
    for (const s of ctx.analyzed.sentences) if (/\bseats\b/.test(s.text)) for (const key of namesOf(s)) keys.add(key);
    cache.set(ctx, (n = keys.size));
  }
  return n;
}

export default definePattern({
  id: 'seats',
  describe: 'How many seats a party or alliance won in an election',
  find,
});
