import type { Sentence } from '../../types.js';
import { answerTypeOf } from '../answer-type.js';
import type { ArticleContext } from '../article-context.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { reEscape } from '../../util/re-escape.js';
import { tidyClause, wordCount } from '../text-utils.js';
import { isTitleWord } from '../../analyze/title-split.js';
import { PERSON_NOUNS } from '../../lexicon/index.js';

/** "Homeopathy is a form of alternative medicine which …" */
const IS_A = /^(?<subj>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+(?<be>is|are|was|were)\s+(?<np>(?:a|an)\s+.+)$/d;
/** "… for homeopathy, a form of alternative medicine that has been described as pseudoscience." */
const APPOSITIVE = /(?<subj>\b[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3}),\s+(?<np>(?:a|an)\s+[^,;]+?)(?=[,.;]|$)/dg;
/** "a form of …", "a port city in Kerala", "an organisation that …": a kind narrowed by what comes after its head. */
const RESTRICTED = /\s(?:which|that|who|whose|where|of|for|in|on|at|with|to|from|by|under|against|between|among|known|founded|based|set|launched|designed|used|made|run|led|owned|named|called|aimed)\s/;
/** An age: "14-year-old", "aged 18", "25 years old". */
const AGE = /\b(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b|\baged \d+\b|\b\d+ years old\b/i;
// ("Kumar was a part of the poll panel as an election commissioner": a share of something, no kind.)
const COMPARISON = /^(?:a|an)\s+(?:third|half|quarter|fifth|tenth|fraction|lot|bit|few|little|record|rise|drop|jump|fall|decline|increase|decrease|part|portion|share|piece|section|number|majority|minority|handful|couple|host|range|variety|total)\b|\b(?:more|less|fewer|higher|lower) than\b/i;
/** "Growth was a national record …", "The move is a major boost …": a verdict on the thing,
 *  no kind it belongs to. */
const VERDICT = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:record|milestone|success|boost|setback|blow|surprise|relief|concern|challenge|priority|achievement|landmark|step|move|trend|problem|matter|issue|factor|reason|sign|signal|testament)\b/u;
/** "a security man deployed at …", "a local resident", "an eyewitness": someone who saw or heard. */
const WITNESS = /^an?\s+(?:[\w’'-]+\s+){0,2}?(?:security\s+(?:man|guard|personnel)|guard|eyewitness|witness|resident|villager|local|passer-?by|bystander|shopkeeper|vendor|passenger|survivor|driver|porter)\b/i;

/** "a Japanese organization of survivors …": a phrase whose head is a body, not a person. */
const BODY_NOUN = /^(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}(?:organi[sz]ation|group|body|movement|agency|association|institution|company|party|union|alliance|network|foundation|committee|council)\b/i;

/** "a scientist at …", "a retired IAS officer", "an MP": a trade or post that many hold. */
const MEMBER_OF_MANY = /^an?\s+(?:[\w’'-]+\s+){0,3}?(?:scientists?|researchers?|officers?|officials?|MPs?|MLAs?|members?|professors?|lecturers?|leaders?|lawyers?|advocates?|journalists?|reporters?|students?|doctors?|engineers?|activists?|workers?|employees?|spokes(?:person|man|woman)|executives?|directors?|analysts?|economists?|experts?|councillors?|legislators?|judges?|diplomats?)(?:\s+(?:at|of|in|from|with|for)\b|$)/;

/** "an acid attack survivor who …", "a retired IAS officer": a phrase whose head, before what
 *  narrows it, is a person. */
function describesPerson(np: string): boolean {
  const head = np.split(RESTRICTED)[0].trim().split(/\s+/).pop()?.toLowerCase().replace(/[^a-z-]/g, '');
  return WITNESS.test(np) || MEMBER_OF_MANY.test(np) || (head !== undefined && PERSON_NOUNS.has(head));
}

/** "a Ramsar site", "a tiger reserve", "a port city": a kind of place many places are (also of a
 *  name the analyser could not place: "Narasapuram, a coastal town in West Godavari district"). */
// ("What is a female cheetah from South Africa?" → Dheera, one of twelve brought: an animal by its kind too.)
const PLACE_OF_MANY = /^an?\s+(?:[\w’'-]+\s+){0,3}?(?:sites?|reserves?|sanctuary|park|wetland|city|town|village|district|state|port|airport|station|hub|destination|cheetah|tiger|tigress|leopard|elephant|tusker|lion|lioness|rhino|rhinoceros|calf|cub|bird|dog|horse|animal)\b/;

/** An opening participle or subordinate clause, not closed by a comma yet (a quotation's too:
 *  "“While TB occurs in every part of the world, a major proportion …”"). */
const OPENING_CLAUSE = /^[“"‘']?(?:\p{Lu}\p{Ll}+ing|After|Before|While|When|Whereas|Although|Though|Since|Because|If|Unless|Upon|Despite)\b[^,;]*$/u;

const NOT_SUBJECT = /^(The|This|That|These|Those|It|Its|There|Here|He|She|They|We|I|You|His|Her|Their|Our|One|Each|Every|Some|Any|All|Both|Such|What|Which|Who)\b/;

/**
 * A definition → "What is a form of alternative medicine which treats patients with massively
 * diluted forms of substances?" → Homeopathy. The thing defined must be a name or a word the
 * article keeps coming back to, so the question asks about what the article is about.
 */
const find: FindDrafts<'definition'> = (s, ctx) => {
  const drafts: FactDraft<'definition'>[] = [];
  const text = tidyClause(s.text);
  const m = IS_A.exec(text);
  if (m && !NOT_SUBJECT.test(m.groups!.subj)) {
    const d = draft(s, ctx, m.groups!.subj, m.indices!.groups!.subj![0], m.groups!.be, m.groups!.np, m.indices!.groups!.np![0]);
    if (d) drafts.push(d);
  }
  for (const a of text.matchAll(APPOSITIVE)) {
    // ("Gujarat's 'Garba', a popular dance form …": the closing quote of a quoted name is no part of it.)
    const subj = /^[‘']/.test(text.slice(a.indices!.groups!.subj![0] - 1)) ? a.groups!.subj.replace(/[’']$/, '') : a.groups!.subj;
    if (NOT_SUBJECT.test(subj) || /^(a|an|the|of|in|on|and|or|to)$/i.test(subj)) continue;
    // ("Asserting that … control over the administration, a five-judge bench … said": the comma
    // closes an opening clause, and "a …" is the sentence's subject, not the common noun's kind;
    // "After visiting Kochi, a port city in Kerala, …" still says what Kochi is.)
    if (/^\p{Ll}/u.test(subj) && OPENING_CLAUSE.test(text.slice(0, a.indices!.groups!.subj![0]))) continue;
    const d = draft(s, ctx, subj, a.indices!.groups!.subj![0], 'is', a.groups!.np, a.indices!.groups!.np![0]);
    // ("Paul Dewar, an Ottawa New Democrat MP, said the lapses raise serious questions …" → "Which
    // Ottawa New Democrat MP said …?": a post many hold says who, with what the sentence tells of them.)
    const told = d?.describesOnly && a.indices!.groups!.subj![0] === 0 ? toldOf(text.slice(a.indices!.groups!.np![1])) : null;
    if (d && told) drafts.push({ ...d, question: `Which ${d.question.replace(/^Who (?:is|was) an?\s+/, '').replace(/\?$/, '')} ${told}?`, describesOnly: undefined });
    else if (d) drafts.push(d);
  }
  for (const f of text.matchAll(OWNERS_FIRST)) {
    const at = f.indices!.groups!.name![0];
    const entity = s.entities.find((e) => e.start === at && e.end === f.indices!.groups!.name![1] && e.cls !== 'date' && e.cls !== 'number');
    if (!entity || hasDanglingReference(f.groups!.desc) || flightAsVehicle(f.groups!.desc, entity.canonical)) continue;
    const type = answerTypeOf(entity);
    drafts.push({
      pattern: 'definition',
      question: `${type === 'person' ? 'Who' : 'What'} is ${f.groups!.desc}?`,
      answer: entity.canonical,
      answerText: entity.text,
      answerStart: entity.start,
      answerType: type,
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [entity.canonical],
      statement: `${entity.canonical} is ${f.groups!.desc}.`,
      // (The card says what the question asks, whatever the rest of a long sentence leans on.)
      ownCloze: `{{c1::${entity.canonical}}} is ${f.groups!.desc}.`,
    });
  }
  return drafts;
};

/** "India’s maiden solar mission, Aditya-L1, reached …": an owner's first, largest or latest
 *  thing, then its name set off by commas. */
const OWNERS_FIRST = /(?:^|[;:]\s+|,\s+(?=\p{Lu}))(?<desc>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s?\s+(?:maiden|first|first-ever|largest|biggest|heaviest|longest|highest|tallest|oldest|youngest|fastest|deepest)\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+),\s+(?<name>\p{Lu}[^,;]{1,60}?),\s+/dgu;

/** ", said the combined security lapses raise …." after an appositive: the sentence's predicate,
 *  a verb first, short enough to ask; or null. */
function toldOf(after: string): string | null {
  const m = /^,\s+((?:said|says|told|warned|added|announced|alleged|demanded|wrote|urged|called|asked)\b[^;]*?)\.?$/.exec(after.trim());
  return m && wordCount(m[1]) <= 25 && !/["“”]/.test(m[1]) ? m[1] : null;
}

function draft(s: Sentence, ctx: ArticleContext, subject: string, at: number, be: string, rawNp: string, npAt: number): FactDraft<'definition'> | null {
  const np = tidyClause(rawNp);
  // ("The Right to Health (RTH) Bill, a major flashpoint …" read from "Bill", "the portal, a digital
  // platform …": a kind word alone names nothing to learn.)
  if (/^(?:Bill|Act|Scheme|Yojana|Mission|Policy|Portal|portal|scheme|platform|initiative|programme|app|policy|bill|project)$/.test(subject.trim())) return null;
  // "2,967 tigers, a third more than in 2014": a count and a comparison, not a thing and its kind.
  if (/\d[\d,.]*\s+$/.test(s.text.slice(0, at)) || COMPARISON.test(np) || VERDICT.test(np)) return null;
  // "the Lohit river, a tributary of …": a common noun after a name is the name's last word.
  if (/^\p{Ll}/u.test(subject) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(s.text.slice(0, at))) return null;
  // ("foreign currency assets, a major component of …": nor a lower-case word after other
  // lower-case words, the head of a longer phrase.)
  // ("A novelist, poet, critic, a prominent figure on …": nor the last of a list of such words.)
  if (/^\p{Ll}/u.test(subject) && !/\s/.test(subject.trim()) && /(?:^|[\s,])\p{Ll}[\p{Ll}-]+,?\s+$/u.test(s.text.slice(Math.max(0, at - 30), at)) && !/\b(?:the|a|an|of|and|or|in|on|at|to|for|by|with|from|as|that|is|was|are|were)\s+$/i.test(s.text.slice(Math.max(0, at - 30), at))) return null;
  if (wordCount(np) < 3 || wordCount(np) > 28 || hasDanglingReference(np) || /\b(who|which|that)\s*$/.test(np)) return null;
  // ("… coverage of the flight path, a release of the Ministry of Defence stated.": who told it.)
  if (/\b(?:said|says|stated|states|added|adds|noted|notes|reported|reports|showed|shows|informed)$/.test(np)) return null;
  if (!isNounPhrase(s, npAt, npAt + np.length)) return null;
  const head = s.tokens.find((t) => t.start === at);
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  // ("General Naravane is an alumnus of …": a title before the person is no part of the answer.)
  const entity =
    s.entities.find((e) => e.start === at && e.end === at + subject.length) ??
    s.entities.find((e) => e.cls === 'person' && e.end === at + subject.length && e.start > at && s.text.slice(at, e.start).trim().split(/\s+/).every((w) => isTitleWord(w.replace(/\.$/, '').toLowerCase())));
  if (!entity && !recurring(subject, ctx)) return null;
  // ("One of the petitioners in the case, an acid attack survivor who …": a person described
  // beside a lower-case thing is the one the phrase before it named, not the thing.)
  if (!entity && /^\p{Ll}/u.test(subject) && describesPerson(np)) return null;
  // "Mr. Kumar, a 1988-batch IAS officer …" where the analyser could not say which Kumar: a
  // person it left unnamed is no term, and no answer.
  if (!entity && (/\b(?:Mr|Mrs|Ms|Dr|Shri|Smt|Prof|Justice)\.?\s+$/.test(s.text.slice(0, at)) || isSurnameOf(subject, ctx))) return null;
  // ("Nihon Hidankyo is a Japanese organization of …": what the phrase says it is outranks the
  // analyser's guess at two unknown capitalised words.)
  const body = BODY_NOUN.test(np);
  const type = entity && !(body && entity.cls === 'person') ? answerTypeOf(entity) : body ? 'organisation' : 'term';
  if (type === 'number' || type === 'date' || type === 'year') return null;
  // ("What is ISRO’s heaviest launch vehicle?" → LVM3-M6: a flight's number is no vehicle's name;
  // the vehicle is LVM3, the flight one of many.)
  if (flightAsVehicle(np, entity?.canonical ?? subject)) return null;
  // ("What is a BWF World Tour Super 300 tournament?": a kind of thing with nothing after its head
  // to say which of its many members is meant asks for any of them; a person's words are theirs.)
  if (type !== 'person' && !RESTRICTED.test(np)) return null;
  // ("Who is a partner in the Raceway Enterprise?" where the story names "Raceway Enterprise
  // partners A, B and C": one of several, the key cannot say which.)
  if (type === 'person' && oneOfSeveral(np, ctx)) return null;
  // ("Who is a security man deployed at Kedarnath helipad?": a witness the story quotes is no one
  // a student learns.)
  if (type === 'person' && WITNESS.test(np)) return null;
  // ("Who is a scientist at the BSI?", "Who is a retired 1981-batch IAS officer?", "Who is an
  // Ottawa New Democrat MP?": a post many hold names no one; which of them the key cannot say.
  // The set may still call the person by it, "the 1986-batch IPS officer", in other items.)
  // ("What is a Ramsar site designated in 2022?" → Indore, one of several: a place said to be one
  // of a kind many share names none either.)
  const describesOnly = (type === 'person' && MEMBER_OF_MANY.test(np)) || ((type === 'place' || type === 'country' || type === 'term') && PLACE_OF_MANY.test(np)) ? { describesOnly: true as const } : {};
  const wh = type === 'person' ? 'Who' : 'What';
  // "a 14-year-old boy from Irving" is true only for a while: asked as of the article's month.
  const when = AGE.test(np) && ctx.monthYear ? ` in ${ctx.monthYear}` : '';
  if (when) be = be === 'are' || be === 'were' ? 'were' : 'was';
  return {
    pattern: 'definition',
    question: `${wh} ${be} ${np}${when}?`,
    answer: entity ? entity.canonical : subject,
    answerText: subject,
    answerType: type,
    sentenceIndex: s.index,
    confidence: 0.7,
    about: [entity?.canonical ?? subject],
    statement: `${subject} ${be} ${np}${when}.`,
    ...describesOnly,
  };
}

/** Whether "a partner in …" names a role the article gives several people ("… partners A, B"). */
function oneOfSeveral(np: string, ctx: ArticleContext): boolean {
  const head = /^an?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)(?=\s+(?:of|in|at|from|with)\b|$)/u.exec(np)?.[1];
  if (!head) return false;
  const plural = new RegExp(`\\b${head}s\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}\\p{Lu}[\\p{L}.-]*,`, 'u');
  return ctx.analyzed.sentences.some((o) => plural.test(o.text));
}

/** A one- or two-word concept ("homeopathy", "ozone") that the article mentions at least twice. */
function recurring(subject: string, ctx: ArticleContext): boolean {
  if (wordCount(subject) > 2) return false;
  // Once per article and subject: a scan of the whole text per sentence was quadratic (issue 18).
  let seen = RECURRING.get(ctx);
  if (!seen) RECURRING.set(ctx, (seen = { text: ctx.analyzed.article.paragraphs.join('\n'), subjects: new Map() }));
  let found = seen.subjects.get(subject);
  if (found === undefined) {
    const re = new RegExp(`\\b${reEscape(subject)}\\b`, 'gi');
    found = re.test(seen.text) && re.test(seen.text);
    seen.subjects.set(subject, found);
  }
  return found;
}

const RECURRING = new WeakMap<ArticleContext, { text: string; subjects: Map<string, boolean> }>();

/** A noun phrase, perhaps with a relative clause: no verb before "which/that/who". */
function isNounPhrase(s: Sentence, start: number, end: number): boolean {
  for (const t of s.tokens) {
    if (t.start < start || t.end > end) continue;
    if (/^(which|that|who|whose|whom)$/i.test(t.text)) return true;
    // "a practising homeopath", "an elected official": participles modify; finite verbs do not.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.text))) return false;
  }
  return true;
}

export default definePattern({
  id: 'definition',
  describe: 'What a recurring term is or who a named person is: "X is a …", "X, a …,"',
  find,
});

/** Whether a word is the surname of a person the article names in full. */
function isSurnameOf(word: string, ctx: ArticleContext): boolean {
  return ctx.timeline.some(({ entity }) => entity.cls === 'person' && entity.canonical.endsWith(` ${word}`));
}

/** "ISRO’s heaviest launch vehicle, LVM3-M6": a flight's number named as the vehicle. */
function flightAsVehicle(description: string, name: string): boolean {
  return /\b(?:launch\s+vehicle|rocket|launcher)s?\b/i.test(description) && /^[\p{L}\d]+-[A-Z]{1,2}\d{1,3}$/u.test(name);
}
