import { countryNamed } from '../lexicon/index.js';
import { normalizeKey } from '../util/ids.js';
import { wholeWordSpans } from '../util/whole-word.js';
import type { FactDraft } from './draft.js';
import { withoutQuotes, wordCount } from './text-utils.js';
import { hasDanglingReference } from '../util/dangling.js';

/** Words that point somewhere else; outside quotes, a question that still has one is unusable. */
const DANGLING = /\b(he|she|him|her|his|hers|they|them|their|theirs|it|its|this|these|those|we|us|our|me|my|you|your)\b/i;
/** "the former" points back, "the former Soviet Union" does not: a name after it makes it an adjective.
 *  ("… president at the time?": which time, the sentence before said.) */
const VAGUE = /\b([Tt]he|[Tt]his|[Tt]hat) (issue|matter|move|deal|decision|incident|arrangement|step|plan|proposal|two leaders|two countries|two sides|two nations|latter|former(?! [A-Z])|same|office(?! of)|post(?! of)|response(?! to)|announcement(?! of)|statement(?! of)|reaction(?! to)|organi[sz]ation(?! of)|agency(?! of)|time(?=\?))\b/;
/** ("In badminton, who …?": a field the sentence opens on may come first.) */
const QUESTION_WORD = /^(Who|Whom|Whose|What|Which|Where|When|Why|How|In which|With which|Under which|According to which|To which|From which|On which|At which|At what|To what|After which|Between which|By how|By what|(?:More than|At least|Nearly|About|Up to) how many|(?:In|Among) [^,?]{2,60}, (?:who|which|what|where|when|how))\b/;

/** A kind of thing with no name of its own: "What did Parliament approve to regulate
 *  immigration?" → "Bill" says nothing of which one. */
const BARE_KIND = /^(?:bill|act|law|code|ordinance|amendment|scheme|mission|policy|programme|program|project|plan|initiative|portal|fund|yojana|abhiyan|report|index|survey|study|agreement|treaty|pact|accord|deal|mou|declaration|resolution|framework|guidelines|rules)$/i;

/** "A group of teenagers from which country was awarded …?": the question word after its noun. */
const ASKED_ORIGIN = /^(?:[\p{L}\d-]+\s+){1,5}from which country\b/u;

/** People one answer may list, and other names. */
const MAX_PEOPLE_LISTED = 4;
const MAX_LISTED = 6;

export type DraftProblem =
  | 'answer not in article'
  | 'answer in question'
  | 'dangling reference'
  | 'not well formed'
  | 'too long'
  | 'empty answer';

/** The rules every item obeys (issue: "Rules every item obeys"). Returns the first problem, or null. */
/** `articleKey`: the article's normalised text padded with spaces, computed once by the caller;
 *  `sentenceKey` the same of the draft's sentence, looked in first (where the answer nearly
 *  always is: a search of the whole article per draft is quadratic in a long one). */
export function checkDraft(d: FactDraft, articleKey: string, sentenceKey = ''): DraftProblem | null {
  const answer = d.answer.trim();
  if (!answer || !/[\p{L}\p{N}]/u.test(answer)) return 'empty answer';
  // ("Sachin Baby’s (98) efforts" → "(98)": a figure in brackets is an aside, a batter's score
  // beside a name, never an answer.)
  if (/^\(.*\)$/.test(answer) || BARE_KIND.test(answer)) return 'not well formed';
  const needle = ` ${normalizeKey(d.answerText ?? answer)} `;
  if (!sentenceKey.includes(needle) && !articleKey.includes(needle)) return 'answer not in article';
  if (answerLeaks(d.question, answer)) return 'answer in question';
  const unquoted = withoutQuotes(d.question);
  if (hasDanglingReference(d.question) || VAGUE.test(unquoted)) return 'dangling reference';
  if (!isWellFormed(d.question)) return 'not well formed';
  if (wordCount(d.question) > 45) return 'too long';
  // ("Who took oath as Cabinet ministers?" → eight names: a list longer than a student recalls
  // whole is no answer.)
  // (Countries a grouping took in are recalled as a set: "Which six countries were accepted as new
  // members of BRICS?")
  if (answer.split(/,\s+(?:and\s+)?|\s+and\s+/).length > (d.answerType === 'person' ? MAX_PEOPLE_LISTED : MAX_LISTED)) return 'too long';
  return null;
}

export function isWellFormed(q: string): boolean {
  if (!/^[A-Z]/.test(q) || !q.endsWith('?') || !(QUESTION_WORD.test(q) || ASKED_ORIGIN.test(q))) return false;
  if (/\?.+\?$/.test(q)) return false;
  // A question cut mid-phrase ends on a function word: "… in the opening match of the?"
  // ("What was he charged with?": a verb's own preposition may end a question.)
  // ("Who was the first woman to head an oil company when?": so does one cut before its clause.)
  // ("What does BioE3 stand for?": as does a short form's.)
  if (/\b(the|a|an|of|in|to|and|or|with|for|on|at|by|from|as|that|its|their|when|where|while|whereas|because|since|after|before|if|which|who)\?$/i.test(q) && !/^What\b.*\b(?:charged with|on trial for|convicted of|sentenced to|arrested for|stands? for)\?$/.test(q)) return false;
  // ("Who won the Tri Nagar seat by 15,896 votes, Umang Bajaj from Rajinder Nagar by 1,231 votes,
  // and …?": the others of a list whose verb the question took, each a fact of its own.)
  if (/,\s+(?:and\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:from|in)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:by|with)\s+(?:a\s+margin\s+of\s+)?[\d,]+(?:\s+votes)?\b/u.test(q)) return false;
  // ("… to attend India’s?": a possessive with nothing it owns, the rest cut away.)
  // (Not a closing quote: "… called ‘active pacifism’?" ends on a quotation.)
  if (/\p{L}['’]s\?$/u.test(q)) return false;
  // ("Which Chief Minister … posted on X said?": a verb of saying with nothing said; the quote was cut.)
  if (/\s(?:said|says|stated|added|remarked|noted)\?$/.test(q)) return false;
  // ("How many entities did Sebi ask?": a verb that asks for what they were to do, cut before it.)
  // ("Which organisation did Court direct?": so is a body or a person asked of it.)
  if (/^(?:How many|Which|Who|Whom)\b[^?]*\b(?:did|does|do|will|would)\b[^?]*\s(?:ask|direct|order|tell|allow|urge|force|require|want|instruct|permit)\?$/.test(q)) return false;
  const opens = (q.match(/[(“]/g) ?? []).length;
  const closes = (q.match(/[)”]/g) ?? []).length;
  return opens === closes && (q.match(/"/g) ?? []).length % 2 === 0;
}

/** True when the question gives its answer away (the whole answer, or a person's surname). */
export function answerLeaks(questionText: string, answer: string): boolean {
  const q = ` ${normalizeKey(questionText)} `;
  const a = normalizeKey(answer);
  if (!a) return false;
  if (q.includes(` ${a} `)) return true;
  // "The contingent from which country … the Maldivian National Defence Force?" → Maldives.
  const country = countryNamed(answer);
  if (country?.demonyms.some((d) => q.includes(` ${normalizeKey(d)} `))) return true;
  if (listCountryNamed(questionText, q, answer)) return true;
  const words = a.split(' ');
  // "Sergei Lavrov" leaks through "Lavrov"; "anti-terrorism and anti-piracy" through both words.
  if (words.length > 1) {
    const content = words.filter((w) => w.length > 3 && !STOP.has(w));
    if (content.length > 0 && content.every((w) => q.includes(` ${w} `))) return true;
    if (headShown(questionText, answer)) return true;
  }
  return false;
}

/** "Who awarded the Sahitya Akademi Award Fellowship …?" → Kendra Sahitya Akademi: a name of three
 *  words or more whose words after the first open another name in the text is the name to a
 *  student. (Not a kind shared by names: "Kazhuveli Bird Sanctuary" beside the blank of
 *  "Nanjarayan Bird Sanctuary", "the 58th Tiger Reserve" beside "Madhav Tiger Reserve".) */
export function headShown(questionText: string, answer: string): boolean {
  const words = answer.trim().split(/\s+/);
  if (words.length < 3 || !/^\p{Lu}/u.test(answer) || /\d/.test(answer)) return false;
  return wholeWordSpans(questionText, words.slice(1).join(' ')).some(([start, end]) => !/\p{Lu}[\p{L}.'’-]*\s+$/u.test(questionText.slice(Math.max(0, start - 30), start)) && /^\s+\p{Lu}/u.test(questionText.slice(end, end + 3)));
}

const STOP = new Set(['and', 'the', 'of', 'for', 'with', 'from', 'anti', 'that', 'this']);

/** "Which two countries inked three MoUs … on US President Donald Trump's visit?" → India and the
 *  United States: a country of a listed answer the question names, by any of its names or its
 *  demonym (a short form like "US" only in capitals). */
function listCountryNamed(questionText: string, q: string, answer: string): boolean {
  const parts = answer.split(/\s*,\s*|\s+and\s+/);
  if (parts.length < 2) return false;
  return parts.some((part) => {
    const country = countryNamed(part.replace(/^the\s+/i, ''));
    return country !== null && [...country.aliases, ...country.demonyms].some((name) => (name.length <= 3 ? new RegExp(`\\b${name}\\b`).test(questionText) : q.includes(` ${normalizeKey(name)} `)));
  });
}

/**
 * "… defence system, in addition to their Kuril Islands row?" → "… defence system?": a trailing
 * clause that holds the only dangling reference can go, when what is left still says enough.
 */
export function trimDanglingTail(questionText: string): string | null {
  const unquoted = withoutQuotes(questionText);
  const m = DANGLING.exec(unquoted) ?? VAGUE.exec(unquoted);
  if (!m) return null;
  const cut = unquoted.lastIndexOf(', ', m.index);
  // Only a trailing modifier may go ("…, in addition to their row"), never the main clause.
  if (cut < 0 || !/^, (in addition to|including|which|while|as well as|after|before|according to|with|amid|despite|and|but|[a-z]+ing)\b/.test(unquoted.slice(cut))) return null;
  const kept = questionText.slice(0, cut).trim();
  return wordCount(kept) >= 6 ? `${kept}?` : null;
}
