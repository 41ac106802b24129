import { MONTH_ALTERNATION } from '../util/calendar.js';
import type { AnalyzedArticle, Entity, Fact, Sentence } from '../types.js';
import { foldKey, normalizeKey, stableId } from '../util/ids.js';
import { buildContext, itReferent, objectPronounPerson, pronounPerson, type ArticleContext } from './article-context.js';
import { peopleNotes } from './people-notes.js';
import { buildCloze, clozeToQuestion } from './build-cloze.js';
import { datePeriods } from './dated-periods.js';
import { namesThingAt } from '../util/named-thing.js';
import { momentAnswerInHeadline, tellsMatchMoment } from './match-moments.js';
import { speechSentences } from './speech-sentences.js';
import { nameTheState } from './the-state.js';
import { nameTheNation } from './the-nation.js';
import { nameThisEdition } from './this-edition.js';
import { withoutDeicticHere } from './deictic-here.js';
import { sourceKind } from './patterns/reported-by.js';
import { answerLeaks, checkDraft, headShown, trimDanglingTail } from './check-draft.js';
import { placedPeriod } from './unplaced-period.js';
import { withoutOneOfThem } from './one-of-them.js';
import type { FactDraft } from './draft.js';
import { PATTERN_LIST } from './patterns/index.js';
import { relativeDates } from './relative-dates.js';
import { resolveReferences, resolveTwoOf, describedDemonstrative } from './resolve-references.js';
import { COMMON_NOUN_SHORT_FORMS, isBareBodyName, organisationNamed, roleOfWord } from '../lexicon/index.js';
import { TITLE_HEAD } from './patterns/appointed.js';
import { inRankingOf } from './ranking-scope.js';
import { nameDescriptions } from './named-description.js';
import { nameTheSector, qualifyOpening } from './qualify-opening.js';
import { scoreFact } from './score-fact.js';
import { withoutSharedPredicates } from './shared-predicate.js';
import { clozeDangles, opensOnExpletiveIt, THIRD_PERSON_PRONOUN } from '../util/dangling.js';
import { foldedParagraphs } from '../util/folded-paragraphs.js';
import { hasVerbBetween, upperFirst, withoutQuotes, wordCount } from './text-utils.js';
import { oneLine } from '../util/one-line.js';
import { impliedActor } from '../lexicon/index.js';
import { isAcronymOf, ownShortFormAfter } from '../util/acronym.js';
import { surePeople } from './sure-people.js';
import { agedOpening, tradeOpening } from './person-opening.js';
import { withoutDemonstrativeAdjunct } from './demonstrative-adjunct.js';

export type { FactDraft } from './draft.js';

// (Not another code name: "satellite {{c1::CMS-03}} (GSAT-7R)" gives nothing away.)
// ("{{c1::India-Australia Economic Cooperation and Trade Agreement}} (IndAus ECTA)": two words too,
// the second in capitals or the kind of a law or scheme, "(POCSO Act)"; "NCP (Sharad Pawar)" is a
// faction, no short form.)
/** "{{c1::National Family Health Survey}} 2019-21 (NFHS-5)": a numbered short form whose letters
 *  spell the blank, after the edition's years or not. */
const NUMBERED_SHORT_AFTER = /\{\{c1::([^}]{4,80})\}\}(?:\s+(?:19|20)\d\d(?:[-–]\d{2,4})?)?\s*\((\p{Lu}{2,8})-?\d{1,2}\)/u;
function numberedShortFormAfter(cloze: string): boolean {
  const m = NUMBERED_SHORT_AFTER.exec(cloze);
  return !!m && isAcronymOf(m[2], m[1]);
}
/** "Additionally, he …", "For the unversed, a total of …": a word that links the sentence to the
 *  one before says nothing on a card of its own. */
// ("Today, the Bench quashed …", "Meanwhile, the Indian economy …": the report's own day, or a
// turn from the sentence before.)
// ("And on Thursday, the Supreme Court kept …": an "And" that joins it to the paragraph before.)
// ("Lastly, Gulab Chand Kataria …", "On the other hand, the Elephant Whisperers …": a list's last, a
// contrast with the sentence before; "Nonetheless, the _____ received two orders …", a turn
// against it.)
const OPENER = /^(?:(?:Additionally|Moreover|Furthermore|Notably|Interestingly|Incidentally|Significantly|Importantly|Besides|In addition|For the unversed|For the uninitiated|For the record|Meanwhile|Today|Yesterday|Lastly|Finally|On the other hand|Nonetheless|Nevertheless|Notwithstanding this|Even so),\s+|And\s+(?=\p{Ll}|\{\{))/u;
function withoutOpener(cloze: string): string {
  const m = OPENER.exec(cloze);
  return m ? upperFirst(cloze.slice(m[0].length)) : cloze;
}

/** "As per the report, India’s TB incidence rate now stands at …" where the article names the
 *  report nowhere before: the opening that says who told it goes, and what it told stands. */
const UNNAMED_SOURCE_OPENER = /^(?:As per|According to)\s+the\s+(?:latest\s+|new\s+|annual\s+)?(?:report|study|survey|data|findings|estimates?)\s*,\s+/i;
function withoutUnnamedSource(text: string, ctx: ArticleContext, sentence: Sentence): string | null {
  const m = UNNAMED_SOURCE_OPENER.exec(text);
  return m ? nameDescriptions(upperFirst(text.slice(m[0].length)), ctx, sentence) : null;
}

/** A cloze without the short form that follows its one blank in brackets, where it spells the
 *  answer's initials. */
function withoutShortFormAfterBlank(cloze: string): string {
  const blank = /\{\{c1::([^}]*)\}\}/.exec(cloze);
  const end = blank ? blank.index + blank[0].length : 0;
  const short = blank && !cloze.includes('{{c2::') ? ownShortFormAfter(cloze.slice(end), blank[1]) || oldNameAfter(cloze.slice(end), blank[1]) : 0;
  return short ? cloze.slice(0, end) + cloze.slice(end + short) : cloze;
}

/** "presence of {{c1::Mpox}} (monkeypox) virus": the bracketed longer name the blank's letters
 *  are taken from, in order, gives it away; the length of the bracket, else 0. */
function oldNameAfter(after: string, name: string): number {
  const m = /^\s*\(([\p{L}-]{4,24})\)/u.exec(after);
  if (!m) return 0;
  const [short, long] = [name.toLowerCase(), m[1].toLowerCase()];
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0] || !/^\p{L}+$/u.test(short)) return 0;
  let at = 0;
  for (const c of short) if ((at = long.indexOf(c, at) + 1) === 0) return 0;
  return m[0].length;
}
const SHORT_FORM_AFTER_BLANK = /(?<!\d[\w-]*)\}\}\s*\((?!\p{Lu}[\p{L}]*-?\d)\p{Lu}[\p{L}\d.&-]{1,9}(?: (?:\p{Lu}[\p{Lu}\d.&-]{1,9}|Act|Bill|Scheme|Mission|Yojana|Rules|Code))?\)/u;

/** "The price data for collating the CPI figures are collected from 1114 urban markets … on a
 *  weekly roster", "NSO collected prices from 100 per cent of villages": how a release's figures
 *  were gathered is its method, no fact of the news. */
const METHOD_OF_DATA = /\b(?:data\b[^.;]{0,60}\b(?:are|is|were|was)\s+collected|collected\s+(?:the\s+)?(?:prices|data)\s+from|through\s+personal\s+visits|on\s+a\s+weekly\s+roster|response\s+rate\s+of)\b/i;

/** "Jagan Reddy is currently leading in his Pulivendula seat", "The YSRCP is leading on four while
 *  the BJP is leading on three": a count's snapshot, which the final result will replace. */
const COUNTING_SNAPSHOT = /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:leading|trailing)\s+(?:on|in)\b|\bcurrently\s+(?:leading|trailing)\b/;

/**
 * Facts worth learning from an analysed article: every pattern over every sentence, then the
 * rules every item obeys (answer in the article, not in the question, no dangling reference,
 * well formed), a cloze for each, a score, and one fact per (answer, sentence).
 */
export function extractFacts(analyzed: AnalyzedArticle): Fact[] {
  const ctx = buildContext(analyzed);
  const articleKey = ` ${foldKey(analyzed.article.title)} ${foldedParagraphs(analyzed.article.paragraphs)} `;
  const best = new Map<string, Fact>();
  const speech = speechSentences(analyzed);
  const headlineKey = ` ${foldKey(analyzed.article.title)} `;
  for (const sentence of analyzed.sentences) {
    if (speech.has(sentence.index) || METHOD_OF_DATA.test(sentence.text) || COUNTING_SNAPSHOT.test(sentence.text)) continue;
    const moment = tellsMatchMoment(sentence.text, sentence.index);
    for (const pattern of PATTERN_LIST) {
      for (const draft of pattern.find(sentence, ctx)) {
        if (moment && !momentAnswerInHeadline(draft.answer, draft.answerType, headlineKey)) continue;
        // (A draft may be of the sentence before: "… Tiger Reserve has been formed. This is the
        // seventh tiger reserve of the state.")
        const own = draft.sentenceIndex === sentence.index ? sentence : (analyzed.sentences[draft.sentenceIndex] ?? sentence);
        const fact = finish(draft, own, ctx, articleKey);
        if (!fact) continue;
        const key = `${fact.pattern}|${normalizeKey(fact.answer)}|${fact.sentenceIndex}`;
        const held = best.get(key);
        if (!held || fact.score > held.score) best.set(key, fact);
      }
    }
  }
  const facts = dropGenericDuplicates([...best.values()], headlineKey);
  // Ids and distractor candidates only for the facts kept: most cloze candidates are not.
  return withoutSharedPredicates(dedupeQuestions(facts), analyzed)
    .sort((a, b) => b.score - a.score || a.sentenceIndex - b.sentenceIndex)
    .slice(0, MAX_FACTS)
    .map((f) => withIdAndRelated(f, ctx));
}

/**
 * The best facts of one article kept at most (a long news article has ~60): generation compares
 * an article's candidates pairwise, which must stay bounded however long the input (issue 18).
 */
const MAX_FACTS = 300;

function withIdAndRelated(fact: Fact, ctx: ArticleContext): Fact {
  fact.id = stableId([fact.articleId, fact.pattern, normalizeKey(fact.answer), normalizeKey(fact.sentence)]);
  const related = relatedValues(ctx, fact.answer, fact.answerType, TITLE_HEAD.test(`${fact.question} ${fact.sentence}`));
  if (related.length) fact.related = related;
  const dates = relativeDates(ctx.analyzed.sentences[fact.sentenceIndex]);
  if (dates.length) fact.dates = dates;
  return fact;
}

const TODAY_WITH_DATE = new RegExp(`\\b(?:today|yesterday),\\s+((?:${MONTH_ALTERNATION})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_ALTERNATION}))(?:,\\s+\\d{4})?,?(?=\\s|\\?)`, 'g');

function finish(draft: FactDraft, sentence: Sentence, ctx: ArticleContext, articleKey: string): Fact | null {
  const day = ctx.analyzed.article.date;
  let cloze = draft.ownCloze ?? clozeFor(draft, sentence, ctx);
  if (!cloze || (!draft.ownCloze && !clauseHasVerb(cloze, sentence))) return null;
  // "of this fiscal" → "of 2023-24": a card outlives the article's day.
  cloze = withoutOpener(withoutOneOfThem(withoutDeicticHere(datePeriods(cloze, day))));
  // A surname blank keyed by the full name shows the full name on the card's back.
  const text = draft.answerText ?? draft.answer;
  if (draft.pattern === 'cloze' && draft.answer !== text && (draft.answer.endsWith(` ${text}`) || draft.answer.startsWith(`${text} `))) cloze = withFullName(cloze, text, draft.answer);
  // "The Mission will be implemented …" says which mission, or the fact is not asked.
  const described = nameDescriptions(cloze, ctx, sentence) ?? withoutUnnamedSource(cloze, ctx, sentence);
  // A question of its own ("Who was the Chairman of ISRO?") stands without its sentence's
  // "the mission": only the cloze is lost.
  if (described === null && draft.pattern === 'cloze') return null;
  cloze = described ?? '';
  // "approved the {{c1::Pradhan Mantri … Abhiyan}} (PM-JANMAN)": the short form beside the blank
  // gives it away; the fact is asked as a question only.
  // ("for his role in drafting the {{c1::National Education Policy}} (NEP), …": of a cloze of the
  // name alone, the short form in brackets goes, and the name is asked.)
  if (draft.pattern === 'cloze') cloze = withoutShortFormAfterBlank(cloze);
  if (SHORT_FORM_AFTER_BLANK.test(cloze) || numberedShortFormAfter(cloze)) cloze = '';
  // "Trade between the two countries stood at …" says which two, unless that names the answer.
  // "The committee includes …" says which committee, as the sentences before qualified it.
  if (cloze) cloze = describedDemonstrative(nameTheSector(qualifyOpening(cloze, ctx, sentence), ctx, sentence), ctx, sentence);
  const named = cloze ? resolveTwoOf(cloze, ctx, sentence) : null;
  if (named && named !== cloze && !answerLeaks(clozeToQuestion(named), draft.answer)) cloze = named;
  if (cloze) cloze = inRankingOf(nameThisEdition(nameTheNation(nameTheState(cloze, ctx), ctx), ctx), ctx, sentence);
  let question: string | null = draft.pattern === 'cloze' ? clozeToQuestion(cloze) : resolveReferences(nameTheNation(nameTheState(draft.question, ctx), ctx), ctx, sentence);
  if (!question) return null;
  // ("… named their robot “Robogee.”?": a quotation's own stop gives way to the question mark.)
  question = withoutDeicticHere(datePeriods(oneLine(question), day)).replace(/[.,;:](["”’'])\?$/, '$1?');
  // ("… came into effect today, July 1, in a move …": the day the text names, not the report's "today".)
  question = question.replace(TODAY_WITH_DATE, 'on $1');
  // ("Which organisation has, reportedly found serious breaches …?": an aside's stray comma.)
  question = question.replace(/\b(has|have|had|is|was|were|are),\s+(reportedly|allegedly|apparently)\b,?/g, '$1 $2');
  // ("… triggered by heavy rainfall since last night?": a time of the report's own day at a
  // question's end goes; what it says stands without it.)
  if (draft.pattern !== 'cloze') question = question.replace(/,?\s+(?:since|from|till|until)\s+(?:last\s+night|yesterday|this\s+morning|early\s+morning)(?=\?$)/, '');
  // ("How many bodies were recovered since the morning?": a part of the report's own day, which
  // a card read later cannot place.)
  if (draft.pattern !== 'cloze' && /\b(?:since|till|until)\s+(?:the\s+)?(?:morning|evening|afternoon|night)\b|\bthis\s+(?:morning|evening|afternoon)\b/i.test(question)) return null;
  // "Which organisation will implement the scheme …?" names the scheme, or is not asked.
  if (draft.pattern !== 'cloze') {
    const named = nameDescriptions(question, ctx, sentence) ?? withoutUnnamedSource(question, ctx, sentence);
    if (named === null) return null;
    question = inRankingOf(named, ctx, sentence);
  }
  if (draft.pattern === 'cloze' && clozeDangles(cloze)) {
    const trimmed = withoutDemonstrativeAdjunct(cloze);
    if (trimmed !== cloze && trimmed.includes('{{c1::') && !clozeDangles(trimmed)) {
      cloze = trimmed;
      question = clozeToQuestion(trimmed);
    }
  }
  if (draft.pattern === 'cloze' && clozeDangles(cloze)) {
    // The other clause may be what leans on something outside: ask from the answer's clause alone.
    // (Or from the whole sentence, where only the cut left a pronoun without its noun: "… when
    // the Chief Minister released them into the _____".)
    const clause = [true, 'whole' as const].map((how) => buildCloze(sentence.text, draft.answerText ?? draft.answer, draft.answerStart, how, sentence.tokens)).map((built) => built && datePeriods(built, day)).find((c) => c && !clozeDangles(c) && wordCount(c) <= MAX_WHOLE_WORDS);
    if (!clause) return null;
    cloze = clause;
    question = clozeToQuestion(clause);
  }
  if (draft.pattern === 'cloze') {
    if (clozeDangles(cloze) || headShown(question.replace(/_{3,}/g, ' '), draft.answer)) return null;
  } else {
    const sentenceKey = foldedSentence(sentence);
    let problem = checkDraft({ ...draft, question }, articleKey, sentenceKey);
    const trimmed = problem === 'dangling reference' ? trimDanglingTail(question) : null;
    if (trimmed) {
      question = trimmed;
      problem = checkDraft({ ...draft, question }, articleKey, sentenceKey);
    }
    if (problem) return null;
    // Even a pronoun that points back inside the question reads better gone: prefer the
    // question without a trailing clause that holds one ("…, holding their first meeting").
    const shorter = THIRD_PERSON_PRONOUN.test(withoutQuotes(question)) ? trimDanglingTail(question) : null;
    if (shorter && !checkDraft({ ...draft, question: shorter }, articleKey, sentenceKey)) question = shorter;
  }
  // ("… declared as Ramsar sites this year itself?" in an undated article: the year it states,
  // or no item.)
  // (The headline's own figure is kept as the article tells it: "The Republic Day parade this year
  // will feature tableaux from _____ states" under "15 states, 11 ministries gear up for RD
  // tableaux": the card's source says which year.)
  // ("… the fastest quarterly growth this year at _____" → 7.2 per cent under "GDP … grows to 7.2%":
  // the headline's figure in another unit's spelling is the headline's too.)
  const headlined = ctx.headlineKey.includes(` ${normalizeKey(draft.answer)} `) || figureOfHeadline(draft.answer, ctx.analyzed.article.title);
  const placed = placedPeriod(question, sentence.text, ctx) ?? (headlined ? question : null);
  if (placed === null) return null;
  question = placed;
  if (cloze) cloze = placedPeriod(cloze, sentence.text, ctx) ?? (headlined ? cloze : '');
  if (draft.pattern === 'cloze' && !cloze) return null;
  if (isPublisher(draft.answer, ctx)) return null;
  // ("organised by the Akademi" → Akademi, "approved by the Commission": a body's head word alone
  // is the story's short way back to a name, no name itself; nor is "PIL" or "FIR" a name.)
  if ((draft.answerType === 'organisation' || draft.answerType === 'term') && (isBareBodyName(draft.answer) || COMMON_NOUN_SHORT_FORMS.has(draft.answer)) && !organisationNamed(draft.answer)) return null;
  // ("In a 4:1 verdict the _____ lifted a century-old ban": the only body that gives verdicts so.)
  if (impliedActor(draft.answer, sentence.text)) return null;
  // (Who won is known before the last seat is counted: "stormed back to power …, winning 52 seats
  // and leading in four others" asks the party, not its count.)
  if (leansOnEarlierYear(sentence, ctx) || (interimCount(sentence) && draft.pattern !== 'election-won')) return null;
  // "Which organisation observed that …?" → Deseret News: the outlet that told it is no fact.
  if (draft.pattern !== 'cloze' && OUTLETS.has(sourceKind(draft.answer)) && TELLING.test(question)) return null;
  const articleId = ctx.analyzed.article.id;
  const fact: Fact = {
    id: '',
    articleId,
    pattern: draft.pattern,
    question,
    answer: draft.answer,
    answerType: draft.answerType,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
    cloze,
    score: scoreFact(draft, ctx),
  };
  const statement = draft.statement ? resolveReferences(draft.statement, ctx, sentence) : null;
  if (statement) fact.statement = statement;
  if (draft.alsoTrue?.length) fact.alsoTrue = draft.alsoTrue;
  if (draft.describesOnly) fact.describesOnly = true;
  if (ctx.analyzed.article.date) fact.asOf = ctx.analyzed.article.date;
  const people = draft.answerType === 'person' ? peopleNotes(ctx) : null;
  if (people) fact.people = people;
  if (draft.pattern === 'cloze' && sentence.entities.some((e) => e.keyTerm && e.start === draft.answerStart)) fact.keyTerm = true;
  return fact;
}

/** A sentence's words as a padded folded key, worked out once: every draft of it is checked against it. */
const FOLDED = new WeakMap<Sentence, string>();
function foldedSentence(sentence: Sentence): string {
  let key = FOLDED.get(sentence);
  if (key === undefined) FOLDED.set(sentence, (key = ` ${foldKey(sentence.text)} `));
  return key;
}

/** Whether a cloze leans on something outside it, read with its answers in place: "_____ is one
 *  of the most successful products, as measured by its durability" — the "its" is the blank's. */
/** Words a cloze of a whole sentence may have: longer, it is a paragraph to read, not a card. */
const MAX_WHOLE_WORDS = 48;


/** "… , and credit support of up to {{c1::Rs 1 lakh}} in the first tranche …" cut at its "and"
 *  is no clause: a cloze cut from its sentence keeps a verb. */
function clauseHasVerb(cloze: string, sentence: Sentence): boolean {
  const plain = cloze.replace(/\{\{c\d+::([^}]*)\}\}/g, '$1').replace(/\s*…$/, '');
  if (plain === sentence.text) return true;
  const at = sentence.text.toLowerCase().indexOf(plain.slice(0, 40).toLowerCase());
  if (at < 0) return true;
  // ("the coalition of … Punjab Lok Congress and SAD (Sanyukt) led by SS Dhindsa": a participle
  // before its agent is no clause's verb.)
  const end = at + plain.length;
  // ("K Kavitha (BRS leader) in the excise policy-related irregularities", an item of a list cut
  // at its semicolon: a participle glued to a hyphen is an adjective, no verb either.)
  const glued = (i: number) => i > 0 && /-$/.test(sentence.text.slice(sentence.tokens[i - 1].start, sentence.tokens[i].start));
  // (", including the grant of citizenship …": a participle with no auxiliary before it is no
  // clause's verb either.)
  const bareParticiple = (i: number) => /ing$/i.test(sentence.tokens[i].text) && sentence.tokens[i - 1]?.pos !== 'AUX';
  // ("the Boulenger Bush Frog, named after G. A. Boulenger", "…, based on 204 specimens": a past
  // participle after a comma describes the noun before it.)
  // (Not after a date set off by commas: "India and the US on Tuesday, 25 February, finalised …".)
  const afterDateAside = (i: number) => sentence.entities.some((e) => e.cls === 'date' && e.end === sentence.tokens[i - 1].start);
  const reducedRelative = (i: number) => sentence.tokens[i - 1]?.text === ',' && /(?:ed|en|wn|born|made|built|held)$/.test(sentence.tokens[i].text) && !afterDateAside(i);
  return hasVerbBetween(sentence, at, end, (i) => sentence.tokens[i + 1]?.text === 'by' || glued(i) || bareParticiple(i) || reducedRelative(i));
}

/**
 * The cloze. A sentence that opens with "He"/"She" names the person so the card stands alone:
 * as the blank when the person is the answer, else in brackets after the pronoun.
 */
function clozeFor(draft: FactDraft, sentence: Sentence, ctx: ArticleContext): string | null {
  const answer = draft.answerText ?? draft.answer;
  // ("The 88-year-old author will get a cash prize of …": a person described by age and trade
  // carries on the story's subject as a "he" does.)
  const pronoun = /^(He|She)\s/.exec(sentence.text)?.[1];
  const described = pronoun ? null : agedOpening(sentence.text);
  // ("The batter was named the Player of the Match": a trade alone, for the one the story is about.)
  const trade = pronoun || described ? null : tradeOpening(sentence.text);
  const lead = pronoun ?? described ?? trade;
  if (!lead) {
    const standing = pronounAnswered(draft, sentence, ctx);
    if (standing) return standing;
    // "It was declared a World Heritage Site in …" says what "it" is.
    // ("It is the _____ consecutive time that …" is a cleft: its "it" is no thing.)
    const it = /^It\s/.test(sentence.text) && !opensOnExpletiveIt(sentence.text) ? itReferent(ctx, sentence) : null;
    // ("It became the first Indian song to win …" → "{{c1::Naatu Naatu}} became …": the thing
    // asked is what "it" stands for.)
    if (it?.entity && normalizeKey(it.entity.canonical) === normalizeKey(draft.answer)) return `${upperFirst(it.phrase.replace(it.entity.text, `{{c1::${it.entity.text}}}`))}${sentence.text.slice(2)}`;
    const cloze = objectNamed(fullNameOpening(buildCloze(sentence.text, answer, draft.answerStart, false, sentence.tokens), sentence), sentence, ctx);
    // ("It also discussed …" → "The Board also discussed …": the sentence's first word, capitalised.)
    return it && cloze?.startsWith('It ') ? `${upperFirst(it.phrase)}${cloze.slice(2)}` : clauseHeNamed(cloze, sentence, ctx);
  }
  const person = (trade ? headlinedTrade(trade, ctx) : null) ?? pronounPerson(ctx, sentence, 0);
  if (!person) return null;
  const rest = sentence.text.slice(lead.length);
  if (normalizeKey(person.canonical) === normalizeKey(draft.answer)) return `{{c1::${person.canonical}}}${rest}`;
  const cloze = buildCloze(sentence.text, answer, draft.answerStart, false, sentence.tokens);
  return cloze && cloze.startsWith(lead) ? `${lead} (${person.canonical})${cloze.slice(lead.length)}` : cloze;
}


/**
 * "With this historic feat, {{c1::Shubhanshu Shukla}} becomes the first Indian …": a person the
 * sentence names only as "he" (named in the sentence before) is the blank where the pronoun stands.
 */
function pronounAnswered(draft: FactDraft, sentence: Sentence, ctx: ArticleContext): string | null {
  if (draft.answerType !== 'person' || sentence.text.includes(draft.answerText ?? draft.answer)) return null;
  for (const m of sentence.text.matchAll(/\b(?:he|she)\b/g)) {
    const person = pronounPerson(ctx, sentence, m.index);
    if (person && normalizeKey(person.canonical) === normalizeKey(draft.answer)) {
      return `${sentence.text.slice(0, m.index)}{{c1::${person.canonical}}}${sentence.text.slice(m.index + m[0].length)}`;
    }
  }
  return null;
}

/** "The actor made his film debut …" under "'Hum Dil De Chuke Sanam' actor Vikram Gokhale passes
 *  away": the person the headline calls by that trade is the one the story calls by it. */
function headlinedTrade(opening: string, ctx: ArticleContext): Entity | null {
  const trade = opening.split(/\s+/).pop()!.toLowerCase();
  const title = ctx.analyzed.article.title;
  const at = title.toLowerCase().indexOf(`${trade} `);
  if (at < 0) return null;
  const after = title.slice(at + trade.length + 1);
  return ctx.timeline.find(({ entity }) => entity.cls === 'person' && after.startsWith(entity.canonical))?.entity ?? null;
}

/** "Following 18 days on the ISS, he (Shubhanshu Shukla) splashed down in the _____": the subject
 *  "he" of a clause after an opening phrase says whom it stands for, as a sentence-opening one does. */
function clauseHeNamed(cloze: string | null, sentence: Sentence, ctx: ArticleContext): string | null {
  // ("In 1972, alongside _____ and Binod Bihari Mahato, he co-founded …": people named in the
  // opening phrase are not whom "he" stands for, and the nearest of them would be taken for it:
  // the card is not made.)
  // (A short opening, "After meeting Putin, he …", carries the subject on: pronounPerson reads it so.)
  const opening = cloze ? /^((?:[^{“"]|\{\{c\d+::[^}]*\}\})*?,\s)(?:he|she)\s+\p{Ll}/u.exec(cloze) : null;
  if (opening) {
    const plain = opening[1].replace(/\{\{c\d+::([^}]*)\}\}/g, '$1');
    const long = plain.length > 42 || (plain.match(/,/g) ?? []).length > 1;
    if ((long || plain !== opening[1]) && sentence.entities.some((e) => e.cls === 'person' && e.start < plain.length)) return null;
  }
  const m = cloze ? /^([^{“"]*?,\s)(he|she)(\s+\p{Ll})/u.exec(cloze) : null;
  if (!m) return cloze;
  const at = sentence.text.indexOf(m[1] + m[2]);
  const person = at < 0 ? null : pronounPerson(ctx, sentence, at + m[1].length);
  return person ? `${m[1]}${m[2]} (${person.canonical})${cloze!.slice(m[1].length + m[2].length)}` : cloze;
}

/** "{{c1::Thomas}}' sister" → "{{c1::Thomas Sam}}'s sister": a name's fuller form in the blank,
 *  its possessive written for the fuller form (a bare apostrophe only after an "s"). */
function withFullName(cloze: string, text: string, full: string): string {
  const marked = `{{c1::${text}}}`;
  const at = cloze.indexOf(marked);
  if (at < 0) return cloze;
  const after = cloze.slice(at + marked.length);
  const bare = /^['’](?!s\b)/.exec(after);
  const mark = bare && /s$/.test(text) && !/[sxz]$/.test(full) ? `${bare[0]}s` : (bare?.[0] ?? '');
  return `${cloze.slice(0, at)}{{c1::${full}}}${mark}${after.slice(bare?.[0].length ?? 0)}`;
}

/** "… administered the oath of office to him at …" → "… to him (Surya Kant) at …": an object
 *  pronoun says whom it stands for, as a sentence-opening "He" does. */
function objectNamed(cloze: string | null, sentence: Sentence, ctx: ArticleContext): string | null {
  // ("…, Sayyid Shihab …, welcomed him at the airport": the object of a past verb too.)
  const m = cloze ? /\b(?:to|for|with|on|of|by|from|\p{Ll}{2,}ed|met|told|gave|sent|brought|took|saw|made|thanked)\s+(him|her)(?=\s+(?:at|in|on|to|for|with|by|as|from|during|after|before|and)\b|[,.;])/u.exec(cloze) : null;
  if (!m) return cloze;
  const at = sentence.text.indexOf(m[0]);
  const person = at < 0 ? null : objectPronounPerson(ctx, sentence, at + m[0].length - m[1].length);
  if (!person) return cloze;
  const end = m.index + m[0].length;
  return `${cloze!.slice(0, end)} (${person.canonical})${cloze!.slice(end)}`;
}

/** "Rinku, competing in his first final, …" → "Rinku Hooda, competing …": a person the
 *  sentence opens on by one name of theirs is written in full, so the card says who (and a
 *  "his" after it has a name to point to). */
function fullNameOpening(cloze: string | null, sentence: Sentence): string | null {
  const first = sentence.entities[0];
  if (!cloze || !first || first.start !== 0 || first.cls !== 'person' || first.text.includes(' ') || !first.canonical.includes(' ')) return cloze;
  // ("Chopra's second throw … got him the Gold" → Neeraj Chopra's: the possessive too.)
  return cloze.startsWith(`${first.text} `) || cloze.startsWith(`${first.text},`) || /^['’]s\s/.test(cloze.slice(first.text.length)) ? `${first.canonical}${cloze.slice(first.text.length)}` : cloze;
}

/** "In the 2017 polls, Congress won 77 seats … On the other hand, AAP emerged as the second-largest
 *  party with 20 seats": a sentence that carries on the one before, whose year it does not
 *  repeat, would be asked without it (and read as this year's news). */
const CARRIES_ON = /^(?:On the other hand|In contrast|By contrast|Similarly|Likewise|In comparison),\s/;
const YEAR = /\b(?:19|20)\d\d\b/;
function leansOnEarlierYear(sentence: Sentence, ctx: ArticleContext): boolean {
  const before = ctx.analyzed.sentences[sentence.index - 1];
  return CARRIES_ON.test(sentence.text) && !!before && YEAR.test(before.text) && !YEAR.test(sentence.text);
}

/** "Congress has won 48 seats, and is leading in 16 more constituencies": a count while the
 *  counting goes on is no result, and nothing in its sentence is. */
// ("… winning 52 seats and leading in four others": the same count, run on.)
const INTERIM_COUNT = /\b(?:is|are|was|were)\s+(?:also\s+)?(?:leading|ahead)\s+(?:in|on)\b[^.;]*\b(?:seats?|constituenc(?:y|ies))\b|\b(?:seats?|constituenc(?:y|ies))\b[^.;]*\b(?:(?:is|are|was|were)\s+(?:also\s+)?|and\s+)(?:leading|ahead)\s+(?:in|on)\b/;

/** Read once per sentence: every draft of a sentence asks. */
const INTERIM = new WeakMap<Sentence, boolean>();
function interimCount(sentence: Sentence): boolean {
  let found = INTERIM.get(sentence);
  if (found === undefined) INTERIM.set(sentence, (found = /\bleading|\bahead/.test(sentence.text) && INTERIM_COUNT.test(sentence.text)));
  return found;
}

/** "Wikinews has learned …": the publisher speaking of itself is not a fact about the news. */
const OUTLETS = new Set(['news agency', 'newspaper']);
const TELLING = /\b(?:said|says|reported|reports|observed|noted|wrote|writes|told|stated|quoted|according)\b/;

function isPublisher(answer: string, ctx: ArticleContext): boolean {
  const key = normalizeKey(answer);
  const site = ctx.analyzed.article.site;
  return key === 'wikinews' || (site !== null && key === normalizeKey(site));
}

/** Names of the same class from the article: distractor candidates for the generator. */
function relatedValues(ctx: ArticleContext, answer: string, wanted: Fact['answerType'], officeSaid: boolean): string[] {
  const key = normalizeKey(answer);
  const names = namesByType(ctx).get(wanted) ?? [];
  // ("Who is the presiding deity of the temple?" → Ramalingeswara Swamy: someone the article gives
  // no office keeps the office-holders it names, "Prime Minister Narendra Modi", out of the options.)
  const asked = names.find((n) => n.key === key);
  // (Not where the fact itself names an office: "Mohan Yadav was sworn in as the Chief Minister".)
  const untitled = wanted === 'person' && !!asked && asked.group === null && !officeSaid;
  const out: string[] = [];
  for (const name of names) {
    if (name.key !== key && !(untitled && name.group !== null)) out.push(name.canonical);
    if (out.length === RELATED_VALUES) break;
  }
  return out;
}

const RELATED_VALUES = 12;
const NAMES_BY_TYPE = new WeakMap<ArticleContext, Map<string, { canonical: string; key: string; group: string | null }[]>>();

/** The article's distinct names per answer type, in order of appearance: made once per article,
 *  not once per fact (issue 18: that was quadratic in a long article's names). */
/** An office's group of roles ("Prime Minister" → politician), or null. */
function officeGroup(role: string | undefined): string | null {
  const head = role?.trim().split(/\s+/).pop()?.toLowerCase();
  return head ? (roleOfWord(head)?.group ?? null) : null;
}

function namesByType(ctx: ArticleContext): Map<string, { canonical: string; key: string; group: string | null }[]> {
  let byType = NAMES_BY_TYPE.get(ctx);
  if (byType) return byType;
  byType = new Map();
  const seen = new Set<string>();
  const people = surePeople(ctx.timeline);
  for (const { sentence, entity } of ctx.timeline) {
    const type =
      entity.cls === 'person' ? 'person' : entity.cls === 'organisation' ? 'organisation' : entity.cls === 'place' ? (entity.placeKind === 'country' ? 'country' : 'place') : null;
    // (A later mention may give the office an earlier one left out: "Modi … Prime Minister Narendra Modi".)
    const known = byType.get(type ?? '')?.find((n) => n.canonical === entity.canonical);
    if (known && known.group === null && type === 'person') known.group = officeGroup(entity.role);
    if (type === null || seen.has(`${type}|${entity.canonical}`) || (type === 'person' && !people.has(entity.canonical))) continue;
    // ("in Azeez Basha case": a party named as the case is no option.)
    if (type === 'person' && namesThingAt(ctx.analyzed.sentences[sentence].text, entity.end)) continue;
    seen.add(`${type}|${entity.canonical}`);
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push({ canonical: entity.canonical, key: normalizeKey(entity.canonical), group: type === 'person' ? officeGroup(entity.role) : null });
  }
  NAMES_BY_TYPE.set(ctx, byType);
  return byType;
}

/** Generic patterns (subject, cloze) only add a fact that no specific pattern found. */
const GENERIC = new Set(['subject', 'cloze']);
const FIGURE = new Set<Fact['answerType']>(['number', 'year', 'date']);

/** "Which system did the Centre launch?": a launch asked by its kind and who launched it alone. */
// (A month says which launch at least: "Which mission did ISRO launch in September 2023?" stays.)
const BARE_LAUNCH = /^Which [\p{Ll}-]+ did .+? (?:launch|unveil|inaugurate|approve|introduce|commission|roll out)\?$/u;

function dropGenericDuplicates(all: Fact[], headline: string): Fact[] {
  const keyOf = (f: Fact) => `${normalizeKey(f.answer)}|${f.sentenceIndex}`;
  // "Who, an Australian woman and former Scientologist, has claimed …?" asks the description
  // "Who is an Australian woman …?" asks, and the sentence's news besides: it replaces it.
  const described = new Set(all.filter((f) => f.pattern === 'subject' && /^Who, /.test(f.question)).map(keyOf));
  // ("Which system did the Centre launch?" beside "Which is the world's highest-resolution numerical
  // weather prediction model?" of one sentence: the record says which; the bare launch goes.)
  const recorded = new Set(all.filter((f) => f.pattern === 'superlative' || f.pattern === 'ordinal').map(keyOf));
  const facts = all.filter((f) => !(f.pattern === 'definition' && described.has(keyOf(f))) && !(f.pattern === 'launched' && BARE_LAUNCH.test(f.question) && recorded.has(keyOf(f))));
  const specific = new Set(facts.filter((f) => !GENERIC.has(f.pattern)).map(keyOf));
  // "Which country secured the 151st position …?" is "What was India's rank …?" the other way
  // round, with the subject for an answer where the news is the figure: a subject question
  // whose answer a specific figure question of its sentence names is that fact.
  const reversed = (f: Fact) =>
    facts.some((o) => !GENERIC.has(o.pattern) && FIGURE.has(o.answerType) && o.sentenceIndex === f.sentenceIndex && answerLeaks(o.question, f.answer));
  const kept = facts.filter((f) => !GENERIC.has(f.pattern) || (f.pattern === 'subject' && !specific.has(keyOf(f)) && !reversed(f)));
  return [...kept, ...pickClozes(facts.filter((f) => f.pattern === 'cloze'), kept, headline)];
}

/**
 * Clozes chosen for coverage: in any sentence, a blank for a name no fact asks for yet; in a
 * sentence with no fact at all, the least-asked name. Cards about many entities teach more than
 * ten blanks of the article's most frequent name.
 */
function pickClozes(candidates: Fact[], kept: Fact[], headline: string): Fact[] {
  const used = new Map<string, number>();
  const count = (f: Fact) => used.get(normalizeKey(f.answer)) ?? 0;
  for (const f of kept) used.set(normalizeKey(f.answer), count(f) + 1);
  const taken = new Set(kept.map((f) => f.sentenceIndex));
  const bySentence = new Map<number, Fact[]>();
  for (const f of candidates) bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), f]);
  const out: Fact[] = [];
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    // (In the lead, the blank the headline opens on comes first: "The _____ will become a permanent
    // member of the Group of 20" under "African Union becomes permanent member of G20", before the
    // leader who declared it.)
    const opens = (f: Fact) => (index === 0 && headline.startsWith(` ${foldKey(f.answer)} `) ? 0 : 1);
    const ranked = bySentence.get(index)!.sort((a, b) => opens(a) - opens(b) || count(a) - count(b) || b.score - a.score);
    let picked = 0;
    for (const f of ranked) {
      // Up to CLOZES_PER_SENTENCE names nobody asks about yet; the least-asked one otherwise.
      // ("… acquitted Nithari killings convict {{Surendra Koli}} …": the lead's blank for whom
      // the headline names is the news, however many other facts ask that name.)
      const fresh = count(f) === 0 || (index === 0 && headline.includes(` ${foldKey(f.answer)} `));
      // (The lead sentence holds the news: one more of its blanks is kept, often its figure.)
      if (picked >= CLOZES_PER_SENTENCE + (index === 0 ? 1 : 0)) break;
      // (Past one asked already, a name the headline gives may still come: the lead's.)
      if (!fresh && (picked > 0 || taken.has(index))) continue;
      used.set(normalizeKey(f.answer), count(f) + 1);
      out.push(f);
      picked++;
    }
  }
  return out;
}

const CLOZES_PER_SENTENCE = 3;

/** Two patterns can word the same question; keep the better-scored one. */
function dedupeQuestions(facts: Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const f of facts) {
    const key = normalizeKey(f.question);
    const held = seen.get(key);
    if (!held || f.score > held.score) seen.set(key, f);
  }
  return [...seen.values()];
}

/** Whether the answer's figure ("7.2 per cent") is one the headline writes ("grows to 7.2%"): a
 *  figure of three characters or more, standing alone there. */
function figureOfHeadline(answer: string, title: string): boolean {
  // ("grew 5 per cent in April this year" under "India’s industrial production grows 5%": a
  // percentage is the headline's in any spelling of "per cent", however short its figure.)
  // (Each regex below holds the figure's digits as written: a title without them, most, is
  // answered without building one.)
  const pct = /^(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc)$/i.exec(answer.trim());
  if (pct && title.includes(pct[1]) && new RegExp(`(?<![\\d.,])${pct[1].replace('.', '\\.')}\\s*(?:%|per\\s*cent\\b|percent\\b|pc\\b)`, 'i').test(title)) return true;
  const n = /\d[\d,]*(?:\.\d+)?/.exec(answer)?.[0];
  return !!n && n.length >= 3 && title.includes(n) && new RegExp(`(?<![\\d.,])${n.replace(/[.]/g, '\\.')}(?!\\d|[.,]\\d)`).test(title);
}
