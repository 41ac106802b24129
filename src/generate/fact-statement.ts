/**
 * A fact as a declarative statement (for true/false and "consider the following
 * statements"), and the same statement made false by putting a wrong value where the answer is.
 */
import type { AnswerType, Fact } from '../types.js';
import { standsAlone } from './stands-alone.js';
import { wholeWordSpans } from '../util/whole-word.js';
import { takesThe } from '../util/definite-article.js';
import { ownShortFormAfter } from '../util/acronym.js';
import { GRADED_SHOWING, HEDGED_JUDGEMENT, SEEMING } from '../util/hedged-judgement.js';

const MAX_WORDS = 30;
/** A sentence starting with a pronoun or connective leans on the one before it. */
const DEPENDENT_START = /^(he|she|it|they|this|these|those|that|his|her|their|its|him|them|there|but|and|however|also|so|then|such)\b/i;

const FORECAST = /\b(?:said|says|told|believes?|expects?|predicted|hopes?|added|stated|warned|claimed)\b[^.;]*\b(?:would|will|could|may|might|should)\b/i;
/** "… will train Indian conservationists, the ministry added": the forecast told first. */
const FORECAST_TOLD_AFTER = /\b(?:would|will|could|may|might|should)\b[^.;]*,\s+(?:[\w’'-]+\s+){1,5}(?:said|says|added|stated|told|claimed)\.?$/i;

/** "Modi expressed confidence that …", "India's presence … underscores its larger role", "will
 *  play a critical role", "marked a pivotal moment": a feeling voiced or a judgement made,
 *  nothing a student could mark true or false. */
const OPINION = /\b(?:expressed (?:(?:his|her|their)\s+)?(?:confidence|hope|happiness|gratitude|satisfaction|optimism|concern|pride)|(?:is|was|are|were) (?:confident|hopeful|happy|glad|delighted|proud) (?:that|to)|underscores?|underlines?|epitomi[sz]es?|(?:is|was) a testament|hailed|lauded|praised)\b|\bplay(?:s|ed|ing)?\s+(?:an?|the)\s+(?:(?:very|most|more|truly|extremely)\s+)?(?:critical|key|crucial|vital|major|pivotal|significant|important|big|central|instrumental|decisive|leading|stellar|larger|greater)\s+role\b|\bmark(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:moment|milestone|chapter|turning point|watershed|new era|landmark)\b|\b(?:called|described|termed)\s+(?:[\w-]+\s+){1,3}(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:partner|friend|ally)\b|\b(?:described|termed|called)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:incident|tragedy|accident|attack|event|decision|verdict|ruling|move|visit|win|victory)\s+as\b/i;
/** "The new rule was perceived by some as a move to …", "is widely seen as": how a thing is
 *  seen by someone, a view and not the thing. */
// ("… Carney, a move widely seen as a step toward …": or said of a noun, with an adverb and no "is".)
const VIEW = /\b(?:is|was|are|were|been|being)\s+(?:(?:widely|largely|often|generally|commonly|also|now)\s+)?(?:perceived|seen\s+as|viewed\s+as|regarded\s+as|deemed|touted\s+as|believed\s+to|thought\s+to|considered\s+(?:as|to\s+be|an?|the))\b|\b(?:widely|largely|often|generally|commonly)\s+(?:seen|viewed|regarded|perceived)\s+as\b/i;

/** "Allegedly, Thomas' sister pleaded …", "the police claimed that …", "is said to have …": a
 *  claim someone makes, or a report passed on, is not yet a fact to mark true or false. */
const HEARSAY = /\b(?:allegedly|reportedly|purportedly|supposedly|(?:is|was|are|were)\s+(?:alleged|reported|rumou?red|said)\s+to|(?:alleg|claim)(?:ed|es|e|s|ing)?\s+that)\b/i;

/** "Economists say the sharp drop … has pulled headline WPI into negative territory": what a
 *  trade's people say of the news is their reading of it, nothing to mark true or false. */
const ANALYSTS_SAY = /^(?:(?:Some|Many|Most|Several|Other)\s+)?(?:economists|analysts|experts|observers|officials|sources|scientists|researchers|market\s+(?:watchers|participants)|industry\s+(?:watchers|experts|insiders)|traders|bankers)\s+(?:say|said|believe|believed|feel|felt|note|noted|argue|argued|point\s+out|pointed\s+out|opine|opined|reckon|suggest|suggested)\b/i;

const EXPECTED = /\b(?:is|are|was|were)\s+(?:also\s+)?(?:expected|likely|predicted|forecast|projected)\b/;
/** "Shashi Tharoor condoled the former MP's death and said he was a gifted actor": grief voiced
 *  and praise of the dead, nothing to mark true or false. */
/** "Ambassador Sergio Gor described the exchange as meaningful and productive": how someone
 *  called a thing is their view of it, no fact to mark true or false. */
const DESCRIBED_AS = /\b(?:described|termed|called|hailed|dubbed|characteri[sz]ed)\s+(?:the\s+|it\s+|this\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+){0,3}as\s+(?:an?\s+|the\s+)?(?:very\s+|most\s+|extremely\s+|highly\s+)?\p{Ll}/u;
const CONDOLENCE = /\b(?:condoled|condolences?|(?:paid|pays|paying)\s+(?:rich\s+|floral\s+|his\s+|her\s+|their\s+)?tributes?|mourned|expressed\s+(?:(?:his|her|their|deep|profound)\s+)?(?:grief|sorrow|shock|anguish))\b/i;

/** "In Syanj, Gohar, nine people from two houses were washed away", "In Syathi village, Dharampur,
 *  a landslide destroyed two homes": a place within a place opening the sentence, and "one death
 *  each was reported from …", are a disaster's breakdown by village, no statement to learn. */
const LOCAL_DETAIL = /^In\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?\p{Lu}[\p{L}-]*(?:\s+(?:village|tehsil|panchayat|block|subdivision|ward|taluka|taluk|mandal|stream))?(?:\s+\([^()]{1,40}\))?,\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?\p{Lu}[\p{L}-]*(?:\s+\([^()]{1,40}\))?,\s/u;
const EACH_BREAKDOWN = /\b(?:deaths?|casualt(?:y|ies)|injur(?:y|ies)|persons?|people)\s+each\s+(?:was|were)\s+reported\b/i;

const RELATIVE_DAY = /\b(?:today|yesterday|tonight|this morning|this evening|last night)\b/i;
const NARRATIVE_STEP = /^(?:Earlier|Later|Meanwhile|Then|Soon after|Shortly after)\b/i;

/** "Wikinews observed the USI exhibit features …": the publisher telling what it saw. */
const OUTLET_TELLING = /^(?:Wikinews|This (?:newspaper|website|reporter|correspondent))\s+(?:has\s+)?(?:observed|learned|learnt|noted|reported|found|saw|understands)\b/;

/** A source sentence that can be read alone: short, complete, not leaning on context. */
export function selfContained(sentence: string): boolean {
  const s = sentence.trim();
  const words = s.split(/\s+/).length;
  if (words > MAX_WORDS || words < 5) return false;
  if (DEPENDENT_START.test(s) || /^["“‘'(]/.test(s)) return false;
  const quotes = (s.match(/["“”]/g) ?? []).length;
  return quotes % 2 === 0 && /[.!?]["”’]?$/.test(s);
}

/** The statement for a fact: its own, or its sentence when that stands alone, or the
 *  sentence as its cloze words it ("The two countries …" with the two named); else null. */
const SPEECH_VERBS = '(?:said|says|told|added|stated|remarked|claimed|asserted|noted|tweeted|wrote)';
const SPEAKER_VERB = new RegExp(`\\b${SPEECH_VERBS}\\b`);
/** A speaker's words about their own work, party or side: "… said his work style is …". */
const SELF_CLAIM = new RegExp(`\\b${SPEECH_VERBS}\\s+(?:that\\s+)?(?:his|her|their|its|our|my)\\s`);
/** "Singh said India is ready to match the global standards in quantum technology": what a
 *  speaker says a side is ready or able to do is their claim, no fact to mark true or false. */
const CLAIMED_READINESS = new RegExp(`\\b${SPEECH_VERBS}\\s+(?:that\\s+)?[^.;]{0,60}?\\b(?:is|are|was|were)\\s+(?:now\\s+|fully\\s+|well\\s+)?(?:ready|poised|prepared|committed|determined|equipped|capable|on\\s+track|placed)\\s+(?:to|for)\\b`);
/** The speech verb right after a name: "… also said". */
const SPEAKS_AFTER = new RegExp(`^\\s+(?:(?:also|further|then|later)\\s+)?${SPEECH_VERBS}\\b`);
/** Whether the fact's answer is who spoke: the speech verb right after the name or its pronoun. */
function speaks(fact: Fact): boolean {
  const statement = fact.statement ?? fact.cloze.replace(/\{\{c1::(.*?)\}\}/, '$1');
  const at = statement.indexOf(fact.answer);
  return at >= 0 && SPEAKS_AFTER.test(statement.slice(at + fact.answer.length));
}

const VAGUE_PURPOSE = /\b(?:is|are)\s+(?:very\s+|highly\s+|extremely\s+|also\s+)?(?:useful|helpful|beneficial)\s+(?:for|in)\s+(?:various|many|several|a\s+(?:number|range|variety)\s+of)\b|\bwill\s+(?:also\s+)?(?:sustain|enhance|augment|bolster|strengthen|improve|boost)\b[^.;]{0,60}\b(?:improved|enhanced|better|new)\s+(?:features|capabilities|services)\b/i;
const MIN_STATEMENT_WORDS = 4;

/** Statements already worked out, by fact: candidates, true/false and statements items each ask
 *  for a fact's statement (about two asks per fact, each a score of regexes over its sentence). */
const STATEMENTS = new WeakMap<Fact, string | null>();

export function statementOf(fact: Fact): string | null {
  let statement = STATEMENTS.get(fact);
  if (statement === undefined) STATEMENTS.set(fact, (statement = statementFor(fact)));
  return statement;
}

function statementFor(fact: Fact): string | null {
  // "Vaishnaw said the decision would result in …": a forecast someone voiced is not a fact to
  // mark true or false, nor is an opinion.
  if (FORECAST.test(fact.sentence) || FORECAST_TOLD_AFTER.test(fact.sentence) || OUTLET_TELLING.test(fact.sentence) || OPINION.test(fact.sentence) || VIEW.test(fact.sentence) || ANALYSTS_SAY.test(fact.sentence)) return null;
  // ("Earlier, South Africa made a steady start …": a step of a story's narrative, told against its time.)
  if (NARRATIVE_STEP.test(fact.sentence.trim())) return null;
  // ("… three bodies recovered today were decomposed": a day told relative to the report's is
  // no statement to mark true or false a month later.)
  if (RELATIVE_DAY.test(fact.sentence)) return null;
  if (LOCAL_DETAIL.test(fact.sentence.trim()) || EACH_BREAKDOWN.test(fact.sentence)) return null;
  // ("… rainfall with thunderstorms is expected over the plains …": what is expected has not happened.)
  if (EXPECTED.test(fact.sentence) || HEARSAY.test(fact.sentence) || CONDOLENCE.test(fact.sentence) || HEDGED_JUDGEMENT.test(fact.sentence) || SEEMING.test(fact.sentence) || GRADED_SHOWING.test(fact.sentence) || DESCRIBED_AS.test(fact.sentence)) return null;
  // ("Narendra Modi said the people of Delhi were filled with relief …": who said something is
  // asked by a question; swapped for another speaker, it would be false only of a remark.)
  if (fact.answerType === 'person' && SPEAKER_VERB.test(fact.sentence) && speaks(fact)) return null;
  // ("Modi said his work style is driven by the needs of the nation": what a speaker says of
  // themselves is their claim, no fact to mark true or false.)
  if (SELF_CLAIM.test(fact.sentence) || CLAIMED_READINESS.test(fact.sentence)) return null;
  // ("NavIC is useful for various civil and strategic applications", "The NVS series will sustain
  // and enhance NavIC with improved features": an aim or a use told in general words is no fact
  // a student can mark wrong.)
  if (VAGUE_PURPOSE.test(fact.sentence)) return null;
  const own = fact.statement?.trim();
  // ("India launched NavIC.": three words tell nothing a student could mark false.)
  if (own) return standsAlone(own) && own.split(/\s+/).length >= MIN_STATEMENT_WORDS ? own : null;
  const sentence = fact.sentence.trim();
  // The cloze names what the sentence leaves vague ("the Bill" → "the Merchant Shipping Bill"):
  // it is the statement when longer; a cloze cut to one clause (shorter than the sentence) is
  // no statement, the clause may lack its subject.
  const filled = fact.cloze.replace(/\{\{c1::(.*?)\}\}/, '$1').trim();
  // (So is a cloze of the whole sentence, its opening and its end the sentence's, that named a
  // description shorter: "for the five-year-long scheme" → "for the PM-POSHAN scheme".)
  if ((filled.length > sentence.length || wholeSentence(filled, sentence)) && filled !== sentence && selfContained(filled) && standsAlone(filled)) return withoutDiscourseOpener(filled);
  return selfContained(sentence) && standsAlone(sentence) ? withoutDiscourseOpener(sentence) : null;
}

/** "On the other hand, archers Jyothi Vennam and Praveen Ojas won gold …": a link to the sentence
 *  before, which a statement standing alone leaves out. */
const DISCOURSE_OPENER = /^(?:On\s+the\s+other\s+hand|Meanwhile|However|Also|Besides|Moreover|In\s+addition|Furthermore|Similarly|Likewise|Additionally|Separately),\s+(?=\S)/;
function withoutDiscourseOpener(text: string): string {
  const rest = text.replace(DISCOURSE_OPENER, '');
  return rest === text ? text : rest[0].toUpperCase() + rest.slice(1);
}

/** Whether a cloze, filled, is its whole sentence: the same first three words and last word. */
function wholeSentence(filled: string, sentence: string): boolean {
  if (filled.endsWith('…')) return false;
  const words = (t: string) => t.split(/\s+/);
  const [a, b] = [words(filled), words(sentence)];
  return a.slice(0, 3).join(' ') === b.slice(0, 3).join(' ') && a[a.length - 1] === b[b.length - 1];
}

/** The statement with its one occurrence of `answer` replaced by `wrong`; null when the
 *  answer is missing or appears more than once (which one would be the fact?). For a place,
 *  "the" comes and goes with the name: "the United Kingdom's flag" → "Estonia's flag". */
export function swapAnswer(statement: string, answer: string, wrong: string, type?: AnswerType): string | null {
  const hits = wholeWordSpans(statement, answer);
  if (hits.length !== 1) return null;
  let before = statement.slice(0, hits[0][0]);
  // ("Jawaharlal Nehru University (JNU)": the answer's short form goes with it, or the wrong name
  // would be written with the right one's letters.)
  const rest = statement.slice(hits[0][0] + answer.length);
  const after = rest.slice(ownShortFormAfter(rest, answer));
  if (type === 'country' || type === 'place') {
    // ("by the US team" → "by the Canada team": the article is the noun's, not the country's.)
    const modifier = /^\s+(?:team|squad|side|government|army|navy|forces|military|embassy|delegation|economy|border|authorities|officials|president|parliament|capital|coast)\b/.test(after);
    const article = modifier ? null : /(^|\s)(the|The)\s+$/.exec(before);
    if (article && !takesThe(wrong)) {
      const capital = article[2] === 'The';
      before = before.slice(0, before.length - article[0].length + article[1].length);
      // "The United States …" → "Estonia …": the name starts the sentence itself.
      if (capital) return before + wrong[0].toUpperCase() + wrong.slice(1) + after;
    } else if (!article && !modifier && takesThe(wrong) && !takesThe(answer)) {
      before = before === '' ? 'The ' : /\s$/.test(before) ? `${before}the ` : before;
    }
  }
  return before + wrong + after;
}
