import { answerTypeOf } from '../answer-type.js';
import { itReferent, pronounPerson } from '../article-context.js';
import { agedOpening, OPENING_ADVERB, tradeOpening } from '../person-opening.js';
import type { FactDraft } from '../draft.js';
import { BY_WHOM, TITLE_HEAD } from './appointed.js';
import { headlinesPerson } from './awarded.js';
import { definePattern, namedEntityEndingAt, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { tidyClause } from '../text-utils.js';
import { asSentenceSubject } from '../../util/definite-article.js';
import { countryNamed, countryOfDemonym } from '../../lexicon/index.js';
import { storyState } from '../the-state.js';
import { baseOfPast } from '../verb-forms.js';
import { countWord } from '../../analyze/number-words.js';

/** "first", "12th", "last": a place in a series, no superlative. */
const SERIAL_ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)|last';
const ORDINAL = `${SERIAL_ORDINAL}|only|youngest|oldest|largest|biggest`;

/**
 * "X has become (only) the third country (after A and B) to …", "Japan is the first country in
 * Asia to …", "He became the first Japanese leader in 10 years to …" → "Which was the third
 * country, after A and B, to …?" → X. A pronoun subject is resolved to the nearest person.
 */
const ORDINAL_HINT = new RegExp(`(?:\\bthe|['’]s)\\s+(?:${ORDINAL})\\b`);

const RE = new RegExp(
  `(?:^|[,;]\\s+(?:while|and|but|whereas)\\s+|\\b)` +
    // ("Nikhat Zareen thus becomes only the fifth …": an adverb between the subject and its verb.)
    // ("… has made history as the first Indian organisation to …": history made as one.)
    `(?<subjEnd>)(?:(?:thus|therefore|thereby|hence|now|finally|eventually|also|officially|formally)\\s+)?(?:(?:has become|have become|had become|became|becomes|is|was|are|were|has been|had been|will be|would be|remains|remained|(?:has |have |had )?(?:made|makes|created|scripted) history as)|` +
    // ("He joins the company of Abhinav Bindra as the second Indian to …": those who did it
    // before are the company joined.)
    `(?:joins|joined|has joined|have joined)\\s+(?:the\\s+(?:company|league|ranks|club)\\s+of|an?\\s+(?:elite\\s+)?(?:list|club|group)\\s+(?:comprising|including|featuring))\\s+(?<company>[^;]{1,119}?[^;\\s,]),?\\s+as|` +
    // "…, making it the second bloc to …", "…, becoming the second player to …": the subject
    // is the clause's before the comma.
    `(?<making>(?:making|which made|which makes)\\s+(?:it|him|her|them)|becoming))\\s+` +
    // ("The XPoSat is India's first dedicated polarimetry mission to study …": the owner's Nth.)
    `(?:only\\s+|also\\s+|now\\s+)?(?:the|(?<owner>India|[Tt]he country|[Tt]he nation|[A-Z][a-z]+)['’]s)\\s+(?<ord>${ORDINAL})\\s+(?:ever\\s+)?(?<noun>[^,;]{2,60}?),?\\s+` +
    // The list of the earlier ones may stand between commas: "the fourth country, after A, B and C, to …".
    // (A figure's thousands are no clause's end: "in front of 86,824 fans".)
    `(?:(?<afterWord>after|behind|following|besides|apart from)\\s+(?<after>[^;]{2,120}?),?\\s+)?to\\s+(?<vp>(?:[^;,]|(?<=\\d),(?=\\d{3}))+)`,
  'gd',
);

/** "X was (on Wednesday) sworn in as the 50th Chief Justice of India (by …)" → "Who was sworn
 *  in as the 50th Chief Justice of India?": the Nth holder of an office. */
const ROLE_RE = new RegExp(
  // ("Justice Sharad Arvind Bobde sworn in as the 47th Chief Justice of India": a headline's
  // clause drops its "was" before "sworn in".)
  `(?<subjEnd>)(?:(?:was|were|has been|have been|had been|is|will be)\\s+(?:(?:on|in|last|this)\\s+[\\w ]{1,20}?\\s+)?|(?=sworn in\\s))` +
    // ("the country's first Chief of Defence Staff", "India's 16th President": whose office it is.)
    // ("sworn in by President Droupadi Murmu as the 52nd Chief Justice of India": who gave the oath between.)
    `(?<verb>sworn in|appointed|elected|named|installed|chosen|selected|re-elected|inducted)${BY_WHOM}\\s+(?<as>as\\s+)?(?<the>the\\s+)?(?<owner>(?:country|nation|\\p{Lu}[\\p{L}-]+)['’]s\\s+)?(?<ord>${ORDINAL})\\s+` +
    // ("the ninth chairperson of the National Commission for Women": a "for" inside a body's name.)
    `(?<noun>[^,;()]{2,60}?)(?=\\s*\\(|\\s+(?:by|at|on|in|after|for(?!\\s+\\p{Lu})|from|with|during|since|when|following)\\s|[,;.]|$)`,
  'gdu',
);

/** "designated Ratapani as the state's eighth Tiger Reserve": a site made the Nth of its kind;
 *  "declared Kerala as the nation's first Extreme Poverty-Free State": a state, a district or a
 *  village made the first of a kind a campaign names. */
const DESIGNATED_RE = new RegExp(
  `\\b(?<verb>designated|declared|notified)\\s+(?:the\\s+)?(?<name>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+as\\s+(?:the\\s+)?(?<owner>state|country|nation|India|\\p{Lu}[\\p{L}-]+)['’]s\\s+(?<ord>${ORDINAL})\\s+(?<noun>(?:Tiger|tiger|Ramsar|Biosphere|biosphere|Elephant|elephant|Heritage|heritage)\\s+(?:Reserve|reserve|[Ss]ite|[Cc]ity)|(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:State|District|City|Village|Town|Panchayat))s?\\b`,
  'gdu',
);

const DESIGNATED_PASSIVE_RE = new RegExp(
  `(?<subjEnd>)(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?\\s+(?:was|has\\s+been|had\\s+been|is)\\s+(?:officially\\s+|formally\\s+)?(?<verb>designated|declared|notified)\\s+as\\s+(?:the\\s+)?(?:(?<owner>state|country|nation|India|\\p{Lu}[\\p{L}-]+)['’]s\\s+)?(?<ord>${ORDINAL})\\s+(?<noun>(?:Tiger|tiger|Ramsar|Biosphere|biosphere|Elephant|elephant|Heritage|heritage)\\s+(?:Reserve|reserve|[Ss]ite|[Cc]ity))s?\\b` +
    // ("… declared as the eighth tiger reserve of the state": whose count, after the kind.)
    `(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<ownerAfter>state|country|nation|India|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))?`,
  'gdu',
);
/** "the Ratapani forest": a site by a name the analyser made nothing of, and its common noun. */
const UNNAMED_SITE_BEFORE = /(?:^|[\s,])(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:forest|sanctuary|wetland|lake|reserve|park)\s*$/u;

/** "India's first Dugong conservation reserve shall be made in Tamil Nadu": the first of a kind
 *  and where it is, or will be, set up. */
const FIRST_PLACED_RE = new RegExp(
  `\\b(?<owner>India|[Tt]he\\s+country|[Tt]he\\s+nation)['’]s\\s+(?<ord>first|maiden)\\s+(?<thing>[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+){0,4}?)\\s+(?<aux>shall|will|would|was|were|has|have)\\s+(?:been\\s+|be\\s+)?(?<verb>made|set\\s+up|established|built|developed|created|located|inaugurated|opened|launched|commissioned|unveiled|notified)\\s+(?:at|in)\\s+(?:the\\s+)?(?<place>)\\p{Lu}`,
  'gdu',
);

/** "This is the seventh tiger reserve of the state.", "It is India's 91st Ramsar site.": the Nth
 *  of a kind, said of what the sentence before named. */
const THIS_IS_RE = new RegExp(
  `^(?:This|It)\\s+(?:is|was|becomes|became|will\\s+be)\\s+(?:the\\s+)?(?:(?<ownerBefore>state|country|nation|India|\\p{Lu}[\\p{L}-]+)['’]s\\s+)?(?<ord>${ORDINAL})\\s+(?<noun>(?:tiger|Tiger|Ramsar|biosphere|Biosphere|elephant|Elephant|World\\s+Heritage|heritage|Heritage)\\s+(?:reserve|Reserve|site|Site)|(?:national|National)\\s+(?:park|Park))(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<owner>state|country|nation|India|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))?\\s*[.,]`,
  'u',
);

/** Kinds of protected site counted one by one: "tiger reserve", "Ramsar site", "national park". */
const SITE_KIND = String.raw`(?:tiger|Tiger|Ramsar|biosphere|Biosphere|elephant|Elephant|World\s+Heritage|heritage|Heritage)\s+(?:reserve|Reserve|site|Site)|(?:national|National)\s+(?:park|Park)`;
const SITE_OWNER = String.raw`state|country|nation|India|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
/** "Madhav Tiger Reserve is the 9th such reserve in the state", "Kuno is India's 4th tiger
 *  reserve …": the Nth of a kind, said of a site by its name. */
// ("Madhav National Park (MNP) in Shivpuri district will soon become the ninth tiger reserve of
// Madhya Pradesh": its short form and district may stand before the verb, a plan is said as one,
// and a day may follow.)
const NAMED_SITE_RE = new RegExp(
  String.raw`(?<subjEnd>)(?:\s+\([A-Z]{2,8}\))?(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+district)?\s+(?:is|was|has\s+become|became|becomes|(?<future>will\s+(?:soon\s+)?become|is\s+(?:set\s+)?to\s+become))\s+(?:now\s+)?(?:the\s+)?(?:(?<ownerBefore>${SITE_OWNER})['’]s\s+)?(?<ord>${ORDINAL})\s+(?:(?<such>such)\s+(?<bare>reserve|site|park)|(?<noun>${SITE_KIND}))(?:\s+(?:of|in)\s+(?:the\s+)?(?<owner>${SITE_OWNER}))?(?:\s+(?:on|this|last)\s+\p{L}+)?\s*[.,;]`,
  'gdu',
);
/** ", located in the Alwar district of Rajasthan,": where a site lies, between its name and verb. */
// (A figure's thousands are no comma of the aside: "spread over 1,751 sq km".)
const WHERE_ASIDE = /,\s+(?:located|situated|nestled|lying|spread|spanning|covering)\s(?:[^,;]|(?<=\d),(?=\d{3})){2,80},\s*$/;
/** "India has added the 58th Tiger Reserve to its tally, with the latest entrant being Madhav
 *  Tiger Reserve": the Nth of a kind, added to a country's count. */
const ADDED_SITE_RE = new RegExp(
  String.raw`\b(?:has|have|had)\s+added\s+(?:its|the)\s+(?<ord>${ORDINAL})\s+(?<noun>${SITE_KIND})\s+to\s+(?:its|the)\s+(?:tally|list|count|network),?\s+with\s+the\s+(?:latest|newest|new)\s+(?:entrant|addition|entry)\s+being\s+(?<name>)`,
  'gdu',
);

/** "Divya Deshmukh becomes India's fourth woman grandmaster", "Chandrayaan-3 is the country's
 *  third lunar mission": the Nth of a kind its owner counts, with no deed after it. A hope
 *  ("will be") is left out; the owner's name is kept, what it counts is asked. */
const OWNER_NTH_RE = new RegExp(
  // ("Sheetal has defied all odds to become India's first woman Para World Archery Champion",
  // "went on to become …": a deed that made them so, not a hope of becoming it.)
  `(?<subjEnd>)(?:has become|had become|became|becomes|is|was|(?:(?:is|was|has been|had been)\\s+(?:[a-z]+\\s+){0,3}?)?hailed\\s+as|(?:has|have|had)\\s+(?!been\\b)[a-z]+(?:\\s+(?!(?:potential|chance|chances|ambition|aim|hope|hopes|goal|dream|plans?)\\b)[a-z]+){0,3}?\\s+to\\s+become|went\\s+on\\s+to\\s+become)\\s+` +
    `(?<owner>India|(?:the\\s+)?(?:country|nation|state)|\\p{Lu}[\\p{L}-]+)(?<s>['’]s)\\s+(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+` +
    // ("woman Para World Archery Champion": a title of a few words.)
    `(?<noun>[\\p{L}-]+(?:\\s+(?!(?:on|in|at|from|for|with|by|during|this|last|of)\\b)[\\p{L}-]+){0,4}?)(?=\\s*(?:[.;,]|$)|\\s+(?:after|since)\\s)`,
  'gdu',
);

/** "Iran became the ninth full member of the Shanghai Cooperation Organisation (SCO) at …" →
 *  "Which was the ninth full member of the Shanghai Cooperation Organisation?": the Nth member
 *  (signatory, partner, country) of a named body or grouping. */
const MEMBER_RE = new RegExp(
  `(?<subjEnd>)(?:has become|have become|had become|became|becomes|was|is)\\s+(?:only\\s+|also\\s+)?the\\s+(?<ord>${ORDINAL})\\s+` +
    `(?<noun>(?:[a-z-]+\\s+){0,2}?(?:member|signatory|partner|country|nation|state|participant))\\s+(?:of|to|in)\\s+(?<the>the\\s+)?` +
    `(?<body>\\p{Lu}[\\p{L}-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+)?\\p{Lu}[\\p{L}-]*){0,6})`,
  'gdu',
);

/** "… with the inclusion of the African Union as the 21st member of the group", "Timor-Leste was
 *  admitted as the 11th member of ASEAN" → "Which was admitted as the 21st member of the G20?":
 *  a member let in, by the noun of the letting or its passive verb. "The group" is the grouping
 *  the sentence named before it. */
const ADMITTED_RE = new RegExp(
  `(?:\\b(?:inclusion|admission|induction|entry|addition)\\s+of\\s+(?:the\\s+)?(?<name>)\\p{Lu}[^,;()]{1,60}?|(?<subjEnd>)(?:was|were|has been|have been|had been|is)\\s+(?:formally\\s+|officially\\s+)?(?:admitted|inducted|included|accepted|welcomed)(?:\\s+in(?:to)?\\s+(?:the\\s+)?\\S+)?)` +
    `\\s+as\\s+(?:the|its)\\s+(?<ord>${ORDINAL})\\s+(?<noun>(?:[a-z-]+\\s+){0,2}?(?:member|signatory|partner))\\s+(?:of|to|in)\\s+(?<the>the\\s+)?` +
    `(?:(?<group>group|grouping|bloc|club|alliance|organisation|organization)\\b|(?<body>\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+)?\\p{Lu}[\\p{L}\\d-]*){0,6}))`,
  'gdu',
);

/** "INS Mormugao is the second stealth-guided missile destroyer under Project 15B." → "Which was
 *  the second stealth-guided missile destroyer under Project 15B?": the Nth of a named series,
 *  class or project, said to the end of the sentence. */
const SERIES_RE = new RegExp(
  `(?<subjEnd>)(?:has become|became|becomes|was|is)\\s+(?:also\\s+)?the\\s+(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+` +
    `(?<noun>(?:[\\p{Ll}-]+\\s+){0,4}[\\p{Ll}-]+)\\s+(?<prep>under|of|in)\\s+(?<the>the\\s+)?(?<series>\\p{Lu}[\\p{L}\\d-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d-]*){0,4}(?:\\s+(?:class|series|programme|program|project|mission))?)\\s*(?:\\([^()]*\\))?\\.?$`,
  'gdu',
);
/** Nouns that say nothing without what was first done ("the first country in Asia" to what?). */
const BARE_RANK_NOUN = /\b(?:country|nation|state|city|person|man|woman|player|team|time|one|member|signatory|partner|participant)$/;

/** "administered the oath (of office) to (Justice) X as the 50th Chief Justice of India". */
const OATH_RE = new RegExp(
  `\\badministered\\s+(?:him\\s+|her\\s+)?the\\s+oath(?:\\s+of\\s+office)?\\s+to\\s+(?:(?:Justice|Dr\\.?|Shri|Smt\\.?|Mr\\.?|Ms\\.?)\\s+)*(?<name>)\\p{Lu}[^,;()]{1,40}?\\s+as\\s+the\\s+(?<ord>\\d{1,3}(?:st|nd|rd|th)|first|second|third)\\s+` +
    `(?<noun>\\p{Lu}[^,;()]{2,60}?)(?=\\s*\\(|\\s+(?:at|on|in|by)\\s|[,;.]|$)`,
  'gdu',
);

/** "… will be the 29th Chief of the Army Staff." — an office to the end of the sentence. */
const HOLDER_RE = new RegExp(
  `(?<subjEnd>)(?:will be|would be|became|becomes|is|was)\\s+(?<the>the\\s+)?(?<owner>(?:country|nation|\\p{Lu}[\\p{L}-]+)['’]s\\s+)?(?<ord>\\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+` +
    `(?<noun>\\p{Lu}[^,;()]{2,60}?)\\s*(?:\\([^)]*\\))?\\.?$`,
  'gdu',
);

/** "Malik served as the last governor of Jammu and Kashmir from August 2018 to October 2019": the
 *  first or last holder of an office of a place, served as. */
const SERVED_AS_RE = new RegExp(
  `(?<subjEnd>)\\s+(?:had\\s+|has\\s+)?served\\s+as\\s+the\\s+(?<ord>${SERIAL_ORDINAL})\\s+(?<office>\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}?)\\s+of\\s+(?:the\\s+)?(?<place>\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3})`,
  'gdu',
);

/** "General Bipin Rawat, who will take over as the first Chief of Defence Staff …", "Rawat will
 *  take over as India's first CDS": the Nth holder of an office, taken over. */
const TAKE_OVER_RE = new RegExp(
  `(?<subjEnd>)(?:,\\s+who\\s+)?(?:will\\s+|would\\s+|is\\s+(?:set\\s+)?to\\s+)?(?:take|took|takes|taking|assume[sd]?|assuming)\\s+(?:over|charge|office)\\s+as\\s+(?<the>the\\s+)?(?<owner>(?:country|nation|\\p{Lu}[\\p{L}-]+)['’]s\\s+)?(?<ord>${ORDINAL})\\s+` +
    `(?<noun>\\p{Lu}[^,;()]{2,60}?)(?=\\s*\\(|\\s+(?:on|in|at|from|after|with|by|for)\\s|[,;.]|$)`,
  'gdu',
);

/** "Macri, the first foreign leader to visit India after the … attack in Pulwama, said …": the
 *  Nth to do something, said of the sentence's subject between commas. */
const APPOSITIVE_RE = new RegExp(`(?<subjEnd>),\\s(?:only\\s|also\\s)?the\\s(?<ord>${ORDINAL})\\s(?<rest>[^,;]{4,200}),\\s(?:who\\s)?[a-z]`, 'gd');

/** ", who " closing the text before a verb: a relative clause's person. */
const WHO_BEFORE = /,\s+who\s+$/;
/** "During the World Athletics Championships 2022 in Eugene, US, …": a named event opening the sentence. */
const FRONTED_EVENT = /^(?:During|At)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){1,5}?(?:Championships?|Games|Olympics|Cup|Summit|Conference|Open|Trophy|League)(?:\s+(?:19|20)\d\d)?)\b[^,]*,/u;
const FROM_OWN_COUNTRY = /^from\s+(?:his|her|their)\s+country$/;

/** "India's world champion … Neeraj Chopra" → "Indian": the people of the country owning the
 *  subject's description, or null. */
function homeDemonym(s: Sentence, subject: Entity): string | null {
  const owner = /^(?:\p{Lu}[\p{L}]*\s+){0,2}?(\p{Lu}[\p{L}]+)['’]s\s/u.exec(s.text.slice(0, subject.start))?.[1];
  return (owner && countryNamed(owner)?.demonyms[0]) || null;
}

/** A verb phrase, then "after" and the list of those before that ends the sentence: "to master
 *  soft-landing on the Moon after the US, China and the erstwhile Soviet Union." */
function lateAfter(text: string): { vp: string; list: string } | null {
  const at = text.lastIndexOf(' after ');
  // ("to win a Grand Slam men's doubles title, after A and B": a comma may set the list off.)
  if (at < 0 || /[;,]/.test(text.slice(0, at).replace(/,$/, ''))) return null;
  const list = text.slice(at + ' after '.length).replace(/\.\s*$/, '').trim();
  const parts = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  if (parts.length < 2 || !/\sand\s/.test(list) || /;/.test(list)) return null;
  return parts.every((p) => /^(?:the\s+)?(?:erstwhile\s+|former\s+)?\p{Lu}/u.test(p)) ? { vp: text.slice(0, at).replace(/,$/, ''), list } : null;
}

// ("… to be crowned world champion and, in the process, also helped …": "and" before an aside
// opens another clause.)
const VP_END = /,?\s+(?:while|whereas|but|and then|which|who|when)\s|\s+and$|;|\s+—\s|,\s+(?:according to|(?:[\w.]+\s+){0,3}(?:said|says|reported|added))\b/;

/** "made India only the fourth country after Australia, England and Egypt to win …": a deed's
 *  object made the Nth of its kind, the earlier ones after it. */
// ("It made Albanese the first leader of either major party to win …": a noun with its "of".)
// ("Her elevation makes her Delhi's fourth woman chief minister": "her", and an owner's Nth office.)
const MADE_NTH = new RegExp(`\\b(?:made|makes)\\s(?:(?<name>\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,3})|(?<pron>him|her))\\s(?:only\\s|also\\s)?(?:the\\s|(?<owner>(?:the\\s+)?(?:country|nation|state|\\p{Lu}[\\p{L}-]+)['’]s\\s))(?<ord>${ORDINAL})\\s(?<noun>[\\p{Ll}-]+(?:\\s(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}-]*)){0,5}?)(?:,?\\safter\\s(?<after>[^;,]{2,60}(?:,\\s[^;,]{2,40}){0,3}?),?)?(?:\\sto\\s(?<vp>[^;,.]{3,100})|(?=\\s*(?:,\\s+with\\b|[.;]|$)))`, 'dgu');

/** Nothing between an opening and its verb but an adverb ("The 22-year-old thus became"). */
const ADVERB_ONLY = new RegExp(`^\\s*(?:(?:${OPENING_ADVERB})\\s+)?$`);

/** "Indian", "Indian woman": one of a people, by its name. */
const OF_A_PEOPLE = /^(\p{Lu}[\p{L}-]*)(?:\s+(?:woman|man|athlete|player|shooter|boxer|wrestler|cricketer|sportsperson|astronaut|author|writer|scientist|actor|actress))?$/u;
/** "woman", "person": a noun of someone. */
const PERSON_NOUN = /^(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}+)\s+){0,2}(?:woman|man|person|individual|athlete|player|shooter|boxer|wrestler|cricketer|sportsperson|astronaut|author|writer|scientist|actor|actress|leader|officer|judge|chief)\b/u;

function ofPeople(noun: string): boolean {
  const people = OF_A_PEOPLE.exec(noun);
  return (!!people && !!countryOfDemonym(people[1])) || PERSON_NOUN.test(noun);
}

const find: FindDrafts<'ordinal'> = (s, ctx) => {
  const drafts: FactDraft<'ordinal'>[] = [];
  if (!ORDINAL_HINT.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RE)) {
    const verbAt = m.indices!.groups!.subjEnd![0];
    const g = m.groups!;
    const given = /\b(?:him|her)$/.test(g.making ?? '') ? giftOf(s, verbAt) : null;
    // (Where the headline names the one honoured, which honour it was is the news: `awarded` asks it.)
    if (given?.honour && headlinesPerson(given.recipient, ctx)) continue;
    // ("PM Modi lauded Goa for becoming the first certified state …": the one praised for it;
    // "… declared Kerala free of extreme poverty — making it the first state …": the one declared so.)
    const object = g.making ? praisedOrDeclared(s, verbAt, g.making) : null;
    // ("Divya took on Humpy, who had been the first woman from India to …": the one a relative
    // clause describes, subject or object of the clause before.)
    const who = g.making ? null : WHO_BEFORE.exec(s.text.slice(0, verbAt));
    // ("XPoSat is India's first dedicated polarimetry mission to …": a thing's name, where no one is
    // counted.)
    let subject = g.making ? (given?.recipient ?? object?.entity ?? clauseSubject(s, verbAt, /\b(?:him|her)$/.test(g.making))) : who ? namedEntityEndingAt(s, who.index, ['person']) : (subjectEndingAt(s, verbAt) ?? (ofPeople(g.noun.trim()) ? null : subjectEndingAt(s, verbAt, ['term'])));
    // ("The shooter hailing from … Kolhapur, Maharashtra, became the fourth Indian to …": one of a
    // people is someone; a place the sentence ends a phrase on before the verb is not them.)
    if (subject?.cls === 'place' && !g.making && ofPeople(g.noun.trim())) subject = null;
    if (!subject && !g.making) {
      // ("… added another feather to his hat as he became the first Indian …": "he" after a
      // conjunction is the clause's person too, and after an opening phrase: "With this historic
      // feat, he becomes the first Indian to …".)
      const pronoun = /(?:^|\s)(He|She|(?<=(?:\b(?:as|and|when|after|because|while)|,)\s)(?:he|she))\s+$/.exec(s.text.slice(0, verbAt));
      const at = pronoun ? pronoun.index + pronoun[0].indexOf(pronoun[1]) : -1;
      if (pronoun) subject = pronounPerson(ctx, s, at);
      // ("The Indian grandmaster is now set to challenge world champion Ding Liren as he became the
      // first teenager to …": a "he" after a person this sentence names past its opening may be
      // that person or the subject the sentence describes; the key cannot guess.)
      // ("Ace shuttler Pullela Gopichand made history … as he became …": one named before any verb
      // is the sentence's subject, and the "he".)
      const named = subject && s.entities.find((e) => e.cls === 'person' && e.canonical === subject!.canonical && e.start < at);
      if (named && s.tokens.some((t) => t.end <= named.start && (t.pos === 'VERB' || t.pos === 'AUX'))) subject = null;
      // ("The 20-year-old became the first Indian pistol shooter …", "The Indian tennis star now
      // becomes the third Indian to …": an age or a trade for the story's person.)
      const aged = pronoun ? null : (agedOpening(s.text) ?? tradeOpening(s.text));
      // (Only someone the sentence before names: an age says less than a "he" of whom it is.)
      const previous = ctx.analyzed.sentences[s.index - 1];
      const person = aged && ADVERB_ONLY.test(s.text.slice(aged.length, verbAt)) ? pronounPerson(ctx, s, 0) : null;
      if (person && previous?.entities.some((e) => e.canonical === person.canonical)) subject = person;
      // ("Naatu Naatu … won the Oscar for Best Original Song. It became the first Indian song to
      // win …": the thing the sentence before opens on.)
      if (!subject && /^It\s/.test(s.text) && ADVERB_ONLY.test(s.text.slice(2, verbAt))) subject = itReferent(ctx, s)?.entity ?? null;
    }
    if (!subject) continue;
    // ("The Government of India has eliminated Trachoma …, becoming the third country …": a
    // country's government stands for the country.)
    if (g.making && /^(?:country|nation)\b/.test(g.noun.trim())) subject = governedCountry(subject) ?? subject;
    // ("Prime Minister Modi's first visit to Vietnam is also the first visit by …": a name after a
    // preposition is no subject, only part of the phrase that is.)
    if (!g.making && !who && /\b(?:to|of|in|at|for|with|from|by|on|into)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, subject.start - 12), subject.start))) continue;
    // ("Israel and New Zealand were the only two countries …": the last of two subjects is half
    // the answer; the subject pattern asks for both.)
    if (/\band\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, subject.start - 10), subject.start)) && s.entities.some((e) => e.end < subject.start && /^\s+and\s+(?:the\s+)?$/.test(s.text.slice(e.end, subject.start)))) continue;
    // ("India's … Neeraj Chopra finally became the first from his country to …": the country the
    // sentence gives them, by its people's name.)
    const noun = FROM_OWN_COUNTRY.test(g.noun.trim()) ? homeDemonym(s, subject) : g.noun.trim();
    if (!noun || noun.split(/\s+/).length > 8 || /[“”"]/.test(noun)) continue;
    // ("India will be the only country to land on the lunar South Pole", said before the landing:
    // a hope, not a first to learn. An office is announced that way, and is asked: "He will be the
    // first woman Chief of …".)
    if (/^(?:will|would)\s/.test(m[0].slice(verbAt - m.index!).trimStart()) && !TITLE_HEAD.test(noun)) continue;
    let vp = tidyClause(g.vp.split(VP_END)[0]);
    // ("… to receive the honour": the honour the sentence gave them, by its name.)
    // ("… has eliminated Trachoma as a public health problem, becoming the third country … to
    // achieve this milestone": the milestone is the main clause's deed.)
    if (g.making && MILESTONE.test(vp)) {
      const deed = object?.deed ?? mainDeed(s, subject, m.index!);
      if (!deed) continue;
      vp = deed;
    }
    // ("Kerala … became the first state to do so": a deed said before, out of the question's reach.)
    if (/^do\s+(?:so|this|that|it)$/.test(vp)) continue;
    const honour = given?.honour;
    if (honour) vp = vp.replace(/\bthe\s+(?:honour|honor|distinction|award|prize|medal)$/, `${/\bthe\s+$/i.test(s.text.slice(0, honour.start)) ? 'the ' : ''}${honour.canonical}`);
    vp = trimTrailingTime(vp, s, m.indices!.groups!.vp![0]);
    // "… the fourth country to master soft-landing on the Moon after the US, China and the
    // erstwhile Soviet Union.": the earlier ones may end the sentence, after the verb phrase.
    const listed = g.after ?? g.company;
    const late = listed ? null : lateAfter(s.text.slice(m.indices!.groups!.vp![0]));
    if (late) vp = tidyClause(late.vp);
    const earlier = listed ?? late?.list;
    if (vp.split(/\s+/).length < 2) continue;
    // ("During the World Athletics Championships 2022 in Eugene, US, he became the first Indian male
    // to secure a medal": the event the sentence opens on says at what.)
    const event = FRONTED_EVENT.exec(s.text)?.[1];
    if (event && !vp.includes(event)) vp = `${vp} at the ${event}`;
    const after = earlier ? `, ${g.afterWord ?? 'after'} ${earlier.trim()},` : '';
    const owner = g.owner ? `${g.owner.replace(/^The\s/, 'the ')}’s` : 'the';
    drafts.push({ ...holderDraft(s, subject, `${owner} ${g.ord} ${noun}${after} to ${vp}`), alsoTrue: earlier ? splitList(earlier) : undefined });
    // "Russia … the third country after the United States and Australia to …": which came first
    // is a fact of its own, asked without the story's subject as the answer.
    // ("the only Speaker after Balram Jakhar to …" means since him: no list of predecessors.)
    const before = listed && (g.afterWord ?? 'after') === 'after' && g.ord !== 'only' ? predecessorsDraft(s, subject, g.ord, noun, vp, listed, m.indices!.groups![g.after ? 'after' : 'company']![0]) : null;
    if (before) drafts.push(before);
  }
  for (const m of s.text.matchAll(APPOSITIVE_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    const subject = namedEntityEndingAt(s, at, ['person', 'place', 'organisation', 'term']);
    // (Only the sentence's subject, nothing before it but its name: "… met Macri, the first …"
    // describes the object.)
    if (!subject || drafts.some((d) => d.answer === subject.canonical) || s.tokens.some((t) => t.end <= subject.start && (t.pos === 'VERB' || t.pos === 'AUX'))) continue;
    // (What they were the Nth of, and to do what: split at the first " to ".)
    const rest = g.rest.replace(/^ever\s/, '');
    const to = rest.indexOf(' to ');
    if (to < 2) continue;
    const noun = rest.slice(0, to).trim();
    const vpStart = m.indices!.groups!.rest![0] + (g.rest.length - rest.length) + to + 4;
    const vp = trimTrailingTime(tidyClause(rest.slice(to + 4)), s, vpStart);
    if (noun.split(/\s+/).length > 8 || /[“”"]/.test(noun) || vp.split(/\s+/).length < 2) continue;
    drafts.push(holderDraft(s, subject, `the ${g.ord} ${noun} to ${vp}`));
  }
  // ("The triumph also made India only the fourth country after Australia, England and Egypt to
  // win the Squash World Cup title": the one a deed made the Nth, named right after "made".)
  for (const m of s.text.matchAll(MADE_NTH)) {
    const g = m.groups!;
    const ns = m.indices!.groups!.name?.[0];
    const subject = ns !== undefined ? s.entities.find((e) => e.start === ns && (e.cls === 'place' || e.cls === 'organisation' || e.cls === 'person')) : himOrHer(s, m.indices!.groups!.pron!, ctx);
    if (!subject || drafts.some((d) => d.answer === subject.canonical)) continue;
    // (Without a deed, only an owner's Nth office says what: "Delhi's fourth woman chief minister".)
    if (!g.vp && !(g.owner && TITLE_HEAD.test(g.noun) && subject.cls === 'person')) continue;
    const vp = g.vp ? trimTrailingTime(tidyClause(g.vp), s, m.indices!.groups!.vp![0]) : '';
    if (g.vp && vp.split(/\s+/).length < 2) continue;
    const after = g.after ? `, after ${g.after.trim()},` : '';
    const owner = g.owner ? g.owner.replace(/^the\s+/, '').replace(/^(country|nation|state)(?=['’])/, 'the $1') : 'the ';
    drafts.push({ ...holderDraft(s, subject, g.vp ? `${owner}${g.ord} ${g.noun}${after} to ${vp}` : `${owner}${g.ord} ${g.noun}`), alsoTrue: g.after ? splitList(g.after) : undefined });
    const before = g.after && g.ord !== 'only' ? predecessorsDraft(s, subject, g.ord, g.noun, vp, g.after, m.indices!.groups!.after![0]) : null;
    if (before) drafts.push(before);
  }
  for (const m of s.text.matchAll(OWNER_NTH_RE)) {
    const g = m.groups!;
    const noun = g.noun.trim();
    // ("Kerala became India's first state": the first of a bare kind, without what was done, says nothing.)
    if (BARE_RANK_NOUN.test(noun) || /^(?:in|of|to|and|the)\b/.test(noun)) continue;
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0], ['person', 'place', 'organisation', 'term']);
    if (!subject || drafts.some((d) => d.answer === subject.canonical)) continue;
    const owner = g.owner.replace(/^(?:the\s+)?(country|nation|state)$/, 'the $1');
    drafts.push(holderDraft(s, subject, `${owner}${g.s} ${g.ord} ${noun}`));
  }
  for (const m of s.text.matchAll(MEMBER_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    // "Sweden formally became …": an adverb may stand before the verb.
    const adverb = /\s+[a-z]+ly\s+$/.exec(s.text.slice(0, at));
    const subject = subjectEndingAt(s, at) ?? (adverb ? subjectEndingAt(s, adverb.index) : null);
    if (!subject || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `the ${g.ord} ${g.noun} of ${g.the ? 'the ' : ''}${g.body}`));
  }
  for (const m of s.text.matchAll(ADMITTED_RE)) {
    const g = m.groups!;
    const nameAt = m.indices!.groups!.name?.[0];
    const subject = nameAt !== undefined ? s.entities.find((e) => e.start === nameAt && e.cls !== 'date' && e.cls !== 'number') : subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    // ("the group": the grouping named before it, not the member itself.)
    const body = g.body ?? [...s.entities].reverse().find((e) => e.cls === 'organisation' && e.end <= m.index! && e !== subject)?.canonical;
    if (!subject || !body || subject.cls === 'person' || drafts.some((d) => d.answer === subject.canonical)) continue;
    // ("ASEAN", "NATO" take no "the"; "the G20", "the Shanghai Cooperation Organisation" do.)
    const the = g.body ? (g.the ?? '') : /^\p{Lu}+$/u.test(body) ? '' : 'the ';
    drafts.push(holderDraft(s, subject, `admitted as the ${g.ord} ${g.noun} of ${the}${body}`));
  }
  // ("India's first Dugong conservation reserve shall be made in Tamil Nadu", "The country's first
  // 3D-printed post office was inaugurated in Bengaluru" → "Where will India's first Dugong
  // conservation reserve be made?": where the first of its kind is.)
  for (const m of s.text.matchAll(FIRST_PLACED_RE)) {
    const g = m.groups!;
    const [ps] = m.indices!.groups!.place!;
    const place = s.entities.find((e) => e.cls === 'place' && e.start === ps);
    if (!place || drafts.some((d) => d.answer === place.canonical)) continue;
    const owner = /^(?:the\s+)?(?:country|nation)$/i.test(g.owner) ? 'India' : g.owner;
    const future = /^(?:shall|will|would)$/.test(g.aux);
    const thing = `${owner}’s ${g.ord} ${g.thing}`;
    drafts.push({
      pattern: 'ordinal',
      question: future ? `Where will ${thing} be ${g.verb}?` : `Where ${/^(?:were|have)/.test(g.aux) ? 'were' : 'was'} ${thing} ${g.verb}?`,
      answer: place.canonical,
      answerText: place.text,
      answerStart: place.start,
      answerType: answerTypeOf(place),
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [place.canonical],
    });
  }
  // ("… a new tiger reserve namely Veerangana Durgavati Tiger Reserve has been formed. This is the
  // seventh tiger reserve of the state." → "Which was Madhya Pradesh's seventh tiger reserve?":
  // the thing of that kind the sentence before named.)
  const thisIs = THIS_IS_RE.exec(s.text);
  const prev = thisIs ? ctx.analyzed.sentences[s.index - 1] : undefined;
  if (thisIs && prev) {
    const g = thisIs.groups!;
    const kind = g.noun.toLowerCase();
    const named = prev.entities.filter((e) => (e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation') && e.canonical.toLowerCase().endsWith(kind));
    const said = g.owner ?? g.ownerBefore;
    const owner = !said || said === 'state' ? storyState(ctx) : said === 'country' || said === 'nation' ? 'India' : said;
    if (named.length === 1 && owner) drafts.push(holderDraft(prev, named[0], `${owner}’s ${g.ord} ${kind}`));
  }
  for (const m of s.text.matchAll(NAMED_SITE_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    // ("Siliserh Lake, located in the Alwar district of Rajasthan, is India's 96th Ramsar site":
    // where it lies, set off by commas, stands between the name and its verb.)
    const aside = WHERE_ASIDE.exec(s.text.slice(0, at));
    const subject = subjectEndingAt(s, at, ['place', 'term', 'organisation']) ?? (aside ? subjectEndingAt(s, aside.index, ['place', 'term', 'organisation']) : null);
    if (!subject) continue;
    // ("the 9th such reserve": the kind its own name ends on, "Madhav Tiger Reserve".)
    // ("India's 96th Ramsar site": a kind named after a place or a list keeps its capitals.)
    const kind = (g.noun ? g.noun.toLowerCase() : new RegExp(`(\\S+\\s+${g.bare})$`, 'i').exec(subject.canonical)?.[1].toLowerCase())?.replace(/^ramsar\b/, 'Ramsar').replace(/^world heritage\b/, 'World Heritage');
    const said = g.owner ?? g.ownerBefore;
    const owner = !said || said === 'state' ? storyState(ctx) : said === 'country' || said === 'nation' ? 'India' : said;
    // ("The Khichan wetland in Rajasthan is …": a place after "in" only says where the subject is.)
    if (!kind || !owner || drafts.some((d) => d.answer === subject.canonical) || /\b(?:in|at|of|near)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, subject.start - 10), subject.start))) continue;
    const draft = holderDraft(s, subject, `${owner}’s ${g.ord} ${kind}`);
    drafts.push(g.future ? { ...draft, question: draft.question.replace(/ was /, ' will become '), statement: draft.statement?.replace(/ was /, ' will become ') } : draft);
  }
  for (const m of s.text.matchAll(ADDED_SITE_RE)) {
    const g = m.groups!;
    const start = m.indices!.groups!.name![0];
    const subject = s.entities.find((e) => e.start === start && (e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation'));
    const owner = s.entities.find((e) => e.cls === 'place' && e.placeKind === 'country' && /^\s+$/.test(s.text.slice(e.end, m.index)));
    if (!subject || !owner || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `${owner.canonical}’s ${g.ord} ${g.noun.toLowerCase()}`));
  }
  // ("the Centre designated Ratapani as the state's eighth Tiger Reserve" → "Which was designated as
  // Madhya Pradesh's eighth tiger reserve?": a site a government makes the Nth of its kind.)
  for (const m of s.text.matchAll(DESIGNATED_RE)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.name!;
    // (The name as written where the analyser made nothing of it: "Ratapani", said once alone.)
    const subject = s.entities.find((e) => e.start === ns && e.end <= ne + 1 && (e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation')) ?? (s.entities.some((e) => e.start < ne && e.end > ns) ? undefined : ({ text: g.name, cls: 'place', start: ns, end: ne, canonical: g.name } as Entity));
    const owner = g.owner === 'state' ? storyState(ctx) : g.owner === 'country' || g.owner === 'nation' ? 'India' : g.owner;
    if (!subject || !owner || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `${g.verb} as ${owner}’s ${g.ord} ${g.noun.toLowerCase()}`));
  }
  // ("The Ramgarh Vishdhari Sanctuary in Rajasthan was notified as India's 52nd tiger reserve": the
  // same in the passive, the site its subject.)
  for (const m of s.text.matchAll(DESIGNATED_PASSIVE_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    // ("the Ratapani forest has been declared as …": a name only its common noun marks.)
    const bare = UNNAMED_SITE_BEFORE.exec(s.text.slice(0, at));
    const bareAt = bare ? bare.index + bare[0].indexOf(bare[1]) : -1;
    const bareEnd = bare ? bareAt + bare[1].length : -1;
    const bareName = bare ? (s.entities.find((e) => e.start === bareAt && e.end === bareEnd && (e.cls === 'place' || e.cls === 'term')) ?? (s.entities.some((e) => e.start < bareEnd && e.end > bareAt) ? null : ({ text: bare[1], cls: 'place', start: bareAt, end: bareEnd, canonical: bare[1] } as Entity))) : null;
    const subject = subjectEndingAt(s, at, ['place', 'term', 'organisation']) ?? bareName;
    const said = g.owner ?? g.ownerAfter;
    const owner = said === 'state' ? storyState(ctx) : said === 'country' || said === 'nation' ? 'India' : said;
    if (!subject || !owner || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `${g.verb} as ${owner}’s ${g.ord} ${g.noun.toLowerCase()}`));
  }
  for (const m of s.text.matchAll(SERIES_RE)) {
    const g = m.groups!;
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0], ['place', 'organisation', 'term']);
    if (!subject || BARE_RANK_NOUN.test(g.noun) || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `the ${g.ord} ${g.noun} ${g.prep} ${g.the ?? ''}${g.series}`));
  }
  // "He will be the 29th Chief of the Army Staff.", "Murmu became India's 15th President.": the
  // Nth holder of an office, said without a verb of appointment.
  for (const m of s.text.matchAll(HOLDER_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    const pronoun = /(?:^|\s)(He|She)\s+$/.exec(s.text.slice(0, at));
    const subject = subjectEndingAt(s, at) ?? (pronoun ? pronounPerson(ctx, s, pronoun.index + pronoun[0].indexOf(pronoun[1])) : null);
    const office = g.noun.trim();
    if (!subject || subject.cls !== 'person' || !TITLE_HEAD.test(office) || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `${g.owner ? `${g.the ?? ''}${g.owner}` : 'the '}${g.ord} ${office}`));
  }
  for (const m of s.text.matchAll(SERVED_AS_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    const pronoun = /(?:^|\s)(He|She)$/.exec(s.text.slice(0, at));
    const subject = subjectEndingAt(s, at) ?? (pronoun ? pronounPerson(ctx, s, pronoun.index + pronoun[0].indexOf(pronoun[1])) : null);
    if (!subject || subject.cls !== 'person' || !TITLE_HEAD.test(g.office) || drafts.some((d) => d.answer === subject.canonical)) continue;
    const office = g.office.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    drafts.push(holderDraft(s, subject, `the ${g.ord} ${office} of ${g.place}`));
  }
  // "President Droupadi Murmu administered the oath of office to Justice D Y Chandrachud as the
  // 50th Chief Justice of India" → "Who was sworn in as the 50th Chief Justice of India?".
  for (const m of s.text.matchAll(OATH_RE)) {
    const g = m.groups!;
    const start = m.indices!.groups!.name![0];
    const subject = s.entities.find((e) => e.cls === 'person' && e.start === start);
    if (!subject || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `sworn in as the ${g.ord} ${g.noun.trim()}`));
  }
  for (const m of s.text.matchAll(TAKE_OVER_RE)) {
    const g = m.groups!;
    const at = m.indices!.groups!.subjEnd![0];
    const subject = subjectEndingAt(s, at);
    const office = g.noun.trim();
    if (!subject || subject.cls !== 'person' || !TITLE_HEAD.test(office) || drafts.some((d) => d.answer === subject.canonical)) continue;
    drafts.push(holderDraft(s, subject, `${g.owner ? `${g.the ?? ''}${g.owner}` : 'the '}${g.ord} ${office}`));
  }
  // ("Modi … landed in Zagreb on the first-ever visit by an Indian Prime Minister to Croatia": the
  // visitor, the sentence's subject, was the first of their office to visit.)
  const visit = FIRST_VISIT.exec(s.text);
  if (visit) {
    // (The one the sentence opens on, past their title: "Prime Minister Narendra Modi".)
    const subject = s.entities.find((e) => e.cls === 'person' && e.start < visit.index && /^(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(s.text.slice(0, e.start)));
    const to = visit.groups!.to;
    if (subject && !drafts.some((d) => d.answer === subject.canonical)) drafts.push(holderDraft(s, subject, `the first ${visit.groups!.people} ${visit.groups!.office} to visit ${to}`));
  }
  for (const m of s.text.matchAll(ROLE_RE)) {
    const g = m.groups!;
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    if (!subject) continue;
    const owner = g.owner ? `${g.the ?? ''}${g.owner}` : 'the ';
    drafts.push(holderDraft(s, subject, `${g.verb} ${g.as ? 'as ' : ''}${owner}${g.ord} ${g.noun.trim()}`));
  }
  return drafts;
};

/** "After which two countries was Russia the third country to …?" → the United States and Australia. */
function predecessorsDraft(s: Sentence, subject: Entity, ord: string, noun: string, vp: string, list: string, listStart: number): FactDraft<'ordinal'> | null {
  const items = splitList(list);
  const names = s.entities.filter((e) => e.start >= listStart && e.end <= listStart + list.length && e.cls !== 'date' && e.cls !== 'number');
  if (items.length < 1 || items.length > 4 || names.length !== items.length) return null;
  const type = answerTypeOf(names[0]);
  if (names.some((e) => answerTypeOf(e) !== type)) return null;
  // ("country in Latin America" → "countries in Latin America": the noun before its complement.)
  const cut = /\s+(?:in|of|from|to|for|with|on|at)\s/.exec(noun);
  const [base, complement] = cut ? [noun.slice(0, cut.index), noun.slice(cut.index)] : [noun, ''];
  const head = base.split(/\s+/).pop()!;
  const plural = items.length === 1 ? noun : base.replace(/\S+$/, head.replace(/man$/, 'men').replace(/([^aeiou])y$/, '$1ies').replace(/([^s])$/, '$1s')) + complement;
  const which = items.length === 1 ? `which ${noun}` : `which ${countWord(items.length)} ${plural}`;
  // ("after late Justice S M Sikri": one person is their name, without the "late" and the title.)
  const one = items.length === 1 && type === 'person' ? names[0] : null;
  const answer = one ? one.canonical : list.trim().replace(/,$/, '');
  return {
    pattern: 'ordinal',
    question: `After ${which} was ${asSentenceSubject(subject.canonical).replace(/^The /, 'the ')} the ${ord} ${noun} to ${vp}?`,
    answer,
    answerText: one ? one.text : answer,
    answerStart: one ? one.start : listStart,
    answerType: type,
    sentenceIndex: s.index,
    confidence: 0.9,
    about: names.map((e) => e.canonical),
  };
}

/** "Who/Which was <what the subject was>?" → the subject. */
/** The Nth of a kind no person is: "the first team", "the third country". */
const THING_NOUN = /^the\s+(?:[\w-]+\s+){1,2}?(?:team|side|club|franchise|country|nation|state|city|company|party)\b/;

/** The person "him" or "her" stands for, placed where the pronoun stands (the blank goes there). */
function himOrHer(s: Sentence, [start, end]: [number, number], ctx: Parameters<FindDrafts<'ordinal'>>[1]): Entity | null {
  const person = pronounPerson(ctx, s, start);
  return person ? { ...person, text: s.text.slice(start, end), start, end } : null;
}

function holderDraft(s: Sentence, subject: Entity, was: string): FactDraft<'ordinal'> {
  const type = answerTypeOf(subject);
  return {
    pattern: 'ordinal',
    // ("Who was the first team, after U Mumba, …?": a side the analyser read as a person's name is
    // asked for as what the noun says it is.)
    question: `${type === 'person' && !THING_NOUN.test(was) ? 'Who' : 'Which'} was ${was}?`,
    answer: subject.canonical,
    answerText: subject.text,
    answerStart: subject.start,
    answerType: type,
    sentenceIndex: s.index,
    confidence: 0.95,
    about: [subject.canonical],
    statement: `${asSentenceSubject(subject.canonical)} was ${was}.`,
  };
}

/** "… visit to Russia in April this year for a summit" → "… visit to Russia": relative time
 *  words would be ambiguous in a question that outlives the article. */
function trimTrailingTime(vp: string, s: { entities: { cls: string; start: number; end: number; text: string }[] }, vpStart: number): string {
  // ("at the 2000 Sydney Games": a year that opens an event's name is no time of the fact.)
  // ("after the February 14 suicide attack": a date after "the" names the thing, no time of the fact.)
  // ("to attend India’s Republic Day celebrations": nor one after an owner's "'s".)
  const date = s.entities.find((e) => e.cls === 'date' && e.start >= vpStart && e.start < vpStart + vp.length && !(/^(?:19|20)\d\d$/.test(e.text) && /^\s+\p{Lu}/u.test(vp.slice(e.end - vpStart))) && !/\bthe\s+$/.test(vp.slice(0, e.start - vpStart)) && !/\p{L}['’]s?\s+$/u.test(vp.slice(0, e.start - vpStart)));
  // ("the first leader … to win consecutive elections since 2004": the first since a time is not
  // the first ever; that time stays.)
  if (!date || /\bsince\s+(?:the\s+)?$/.test(vp.slice(0, date.start - vpStart))) return vp;
  const cut = vp.slice(0, date.start - vpStart).replace(/\s+(in|on|at|by|during|since|from|last|this|next)\s*$/i, '');
  return tidyClause(cut);
}

function splitList(text: string): string[] {
  return text
    .split(/,\s*|\s+and\s+/)
    // "the former Soviet Union" is the Soviet Union: the value lends options, not the phrase.
    // ("after Knut Hamsun in 1920 and Sigrid Undset in 1928": the year each did it is no name.)
    .map((t) => t.replace(/^the\s+/i, '').replace(/^(?:former|erstwhile)\s+/i, '').replace(/\s+in\s+(?:19|20)\d\d$/, '').trim())
    .filter(Boolean);
}

/** The subject of the clause a "…, making it …" or "…, becoming …" hangs on: the nearest name
 *  before it with a finite verb right after ("The African Union (AU) was admitted …", "while
 *  Kylian Mbappé scored a hat-trick …"), not a name in the object ("… beat France, becoming"). */
function clauseSubject(s: Sentence, at: number, personal = false): Entity | null {
  for (let i = s.entities.length - 1; i >= 0; i--) {
    const e = s.entities[i];
    if (e.start >= at || (e.cls !== 'person' && e.cls !== 'place' && e.cls !== 'organisation')) continue;
    if (SUBJECT_VERB.test(s.text.slice(e.end, at))) return e;
    // ("Chopra’s performance was celebrated as a milestone — making him the first Indian …": "him"
    // is whose deed the subject is.)
    if (personal && e.cls === 'person' && OWNED_SUBJECT.test(s.text.slice(e.end, at))) return e;
  }
  return null;
}
/** "’s performance was", "’s throw of 90.23m broke": a person's deed as the clause's subject. */
// (An aside may stand between: "Chopra’s performance, while falling just short of victory, was …".)
const OWNED_SUBJECT = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:,[^,;]{1,60},)?\s+(?:(?:widely|also)\s+)?(?:was|is|were|has|had|became|broke|set|earned|made|marked)\b/u;

/** "King Wangchuck conferred the Order of the Druk Gyalpo on Prime Minister Modi …, making him the
 *  first …": after a verb of giving, "him" or "her" is the one given to, not the giver; and "the
 *  honour" they were the first to receive is the one named. */
const GIVING = /\b(?:conferred|bestowed|awarded|presented|gave|granted)\b/;
const HONOUR_NAME = /\b(?:Order|Award|Prize|Medal|Ratna|Bhushan|Vibhushan|Shri|Samman|Puraskar|Chakra|Legion|Cross|Star)\b/;
function giftOf(s: Sentence, at: number): { recipient: Entity; honour: Entity | undefined } | null {
  const verb = GIVING.exec(s.text.slice(0, at));
  if (!verb) return null;
  const recipients = s.entities.filter((e) => e.cls === 'person' && e.start > verb.index && e.end <= at && /\b(?:on|to|upon)\s+(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(s.text.slice(Math.max(0, e.start - 60), e.start)));
  const recipient = recipients[recipients.length - 1];
  if (!recipient) return null;
  const honour = s.entities.find((e) => e.start > verb.index && e.end <= recipient.start && e.cls !== 'person' && HONOUR_NAME.test(e.text));
  return { recipient, honour };
}

/** "lauded Goa for ", "congratulated Kerala for ": the one praised, right before "for". */
const PRAISED_FOR = /\b(?:lauded|praised|congratulated|hailed|commended|felicitated|applauded)\s+(?:the\s+)?$/;
/** "declared Kerala free of extreme poverty — ": the one declared so, and what it was declared. */
const DECLARED = /\b(?:declared|certified|recognised|recognized)\s+(?:the\s+)?$/;

/** The object a "for becoming …" or a "— making it …" is of, with the deed it was declared by
 *  ("be declared free of extreme poverty"); null where the clause has no such object. */
function praisedOrDeclared(s: Sentence, at: number, making: string): { entity: Entity; deed?: string } | null {
  const head = s.text.slice(0, at);
  for (const e of s.entities) {
    if (e.end > at || (e.cls !== 'place' && e.cls !== 'organisation')) continue;
    const before = s.text.slice(Math.max(0, e.start - 30), e.start);
    if (making === 'becoming' && /^\s+for\s+$/.test(head.slice(e.end)) && PRAISED_FOR.test(before)) return { entity: e };
    const declared = /^\s+((?:free|open|fit|eligible)\s+of\s+[^,;—–]{2,60}|(?:a|an|the)\s+[^,;—–]{2,60})[,—–]\s*$/.exec(head.slice(e.end));
    if (/^making\s+it$/.test(making) && declared && DECLARED.test(before)) return { entity: e, deed: `be declared ${declared[1].trim()}` };
  }
  return null;
}

/** "to achieve this milestone", "to accomplish the feat": a deed the clause before says. */
// ("…, making it the third non-African country to do so": so is "do so".)
const MILESTONE = /^(?:(?:achieve|accomplish|attain|reach|record|register)\s+(?:this|the|such\s+a)\s+(?:milestone|feat|distinction|landmark|status)|do\s+(?:so|this|that|it))$/;

/** The deed of the clause `subject` opens, up to `end`, as the verb's base form and what follows:
 *  "has eliminated Trachoma as a public health problem" → "eliminate Trachoma as a public health
 *  problem"; null where it is no plain past ("-ed") verb phrase. */
function mainDeed(s: Sentence, subject: Entity, end: number): string | null {
  const m = /^ (?:(?:has|have|had) )?(?:(?:successfully|officially|formally|now) )?(\p{Ll}+ed) ([^,;]{3,80})$/u.exec(s.text.slice(subject.end, end).replace(/\s+/g, ' ').replace(/[\s,]+$/, ''));
  const base = m ? baseOfPast(m[1]) : null;
  // ("reported the first case of …, making it the third country to do so": a case, the first one
  // being the subject's own, not the deed the count is of.)
  return base && m ? `${base} ${m[2].replace(/^the\s+first\s+(case|instance)\s+of\b/, 'a $1 of')}` : null;
}

/** "Government of India" → India, as a country entity over the same words; null for another name. */
function governedCountry(subject: Entity): Entity | null {
  const m = subject.cls === 'organisation' ? /^(?:the )?(?:Government|Govt\.?) of (.+)$/i.exec(subject.text) : null;
  const name = m ? m[1].replace(/^the /i, '') : '';
  const country = name ? countryNamed(name) : null;
  if (!country) return null;
  const start = subject.start + subject.text.length - name.length;
  return { ...subject, cls: 'place', placeKind: 'country', text: name, canonical: country.name, start, end: subject.end };
}

/** After the name: its bracketed short form, then a finite verb. */
const SUBJECT_VERB = /^\s*(?:\([^)]*\)\s*)?(?:(?:also|thus|now|finally|eventually)\s+)?(?:was|were|is|are|has|have|had|became|becomes|won|beat|took|set|broke|made|got|held|led|threw|hit|struck|ran|swam|rode|came|shot|stood|fought|caught|rose|drew|flew|wrote|[a-z]+ed)\b/;

/** "Among EFTA countries, Switzerland is the largest trading partner of India": the scope a
 *  superlative or an ordinal holds in, which its question keeps. */
const AMONG = /^Among\s+[^,;]{2,60},\s+/;

// ("Neeraj Chopra continued his golden run in Indian athletics becoming the first track and field
// player to win a gold …": the field the sentence names says whose first; the question keeps it.)
/** "the first-ever visit by an Indian Prime Minister to Croatia" (not "… to Mauritius in a decade": the
 *  first for a while). */
const FIRST_VISIT = /\bthe\s+first(?:[- ]ever)?\s+(?:official\s+|bilateral\s+|state\s+)?visit\s+by\s+an?\s+(?<people>\p{Lu}\p{Ll}+)\s+(?<office>Prime Minister|President|Vice[- ]President|Foreign Minister|External Affairs Minister|Defence Minister|Head of State)\s+to\s+(?<to>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})(?!\p{L})(?!\s+(?:in|for)\s+(?:a|over\s+a|more\s+than\s+a|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:decades?|years?)|\s+since\b)/u;

const FIELD = /\bin\s+(\p{Lu}\p{Ll}+)\s+(?:athletics|sports?|cricket|hockey|football|chess|badminton|tennis|wrestling|boxing|shooting|cinema|aviation|space\s+history|history)\b/u;

function withScope(s: Sentence, drafts: FactDraft<'ordinal'>[]): FactDraft<'ordinal'>[] {
  const scope = AMONG.exec(s.text)?.[0];
  const field = FIELD.exec(s.text)?.[1];
  const people = field && countryOfDemonym(field) ? field : null;
  if (!scope && !people) return drafts;
  return drafts.map((d) => {
    const scoped = people && !d.question.includes(people) ? d.question.replace(/\bthe (first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?=\p{Ll})/u, `the $1 ${people} `) : d.question;
    return { ...d, question: scope ? `${scope}${scoped[0].toLowerCase()}${scoped.slice(1)}` : scoped };
  });
}

export default definePattern({
  id: 'ordinal',
  describe: 'Who or which was the Nth (first, third, oldest …) to do something, or the Nth holder of an office',
  find: (s, ctx) => withScope(s, find(s, ctx)),
});
