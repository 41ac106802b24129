import type { FactDraft } from '../draft.js';
import { answerTypeOf } from '../answer-type.js';
import { asWritten, definePattern, inMonthOf, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { upperFirst } from '../text-utils.js';
import { withThe } from '../../util/definite-article.js';
import { TITLE_HEAD } from './appointed.js';
import type { ArticleContext } from '../article-context.js';
import { CALENDAR_ALTERNATION } from '../../util/calendar.js';
import { countryOfDemonym, KIND_NOUNS, KINDS_OPENING_NAMES, SKY_BODIES } from '../../lexicon/index.js';

/**
 * What was launched, unveiled or approved, and by whom: "The Indian Space Research Organisation
 * on Sunday launched its heaviest communication satellite — the CMS-03 — on board the LVM3-M5
 * rocket", "Prime Minister Narendra Modi launched the PM Vishwakarma scheme for artisans",
 * "The Cabinet approved the launch of the National Mission on Natural Farming" → "Which
 * communication satellite did the Indian Space Research Organisation launch on board the
 * LVM3-M5 rocket in November 2025?" → CMS-03. The news of a launch story is the thing's name.
 */
const VERB =
  /\b(?:(?:has|have|had)\s+)?(?:also\s+)?(?:(?:successfully|officially|formally)\s+)?(?:(?<verb>launched|unveiled|inaugurated|rolled out|introduced|commissioned|flagged off|injected into orbit|placed into orbit|approved|cleared|decided to set up|decided to constitute)|(?<nod>given\s+(?:its\s+)?(?:approval|nod|go-ahead)\s+(?:to|for)(?:\s+(?:start|launch|implement|set up|introduce))?)|(?<tested>flight[- ]tested|test[- ]fired)|conducted\s+(?:the|a|its)\s+(?<maiden>(?:maiden|first)\s+)?(?:successful\s+)?(?:flight[- ]tests?|test[- ]firing|flight\s+trials?)\s+of)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:the\s+(?:launch|setting up|creation|extension|proposal\s+(?:of|for))\s+(?=\p{Lu})|the\s+(?:launch|setting up|creation|extension)\s+of\s+|the\s+proposal\s+of\s+the\s+(?:(?:\p{Lu}[\p{L}]*|of|and|for)\s+){1,8}?for\s+the\s+(?:implementation|launch|continuation|setting up)\s+of\s+)?/gu;
const BASE: Record<string, string> = {
  launched: 'launch',
  unveiled: 'unveil',
  inaugurated: 'inaugurate',
  'rolled out': 'roll out',
  introduced: 'introduce',
  commissioned: 'commission',
  'flagged off': 'flag off',
  'injected into orbit': 'inject into orbit',
  'placed into orbit': 'place into orbit',
  'flight-tested': 'flight-test',
  'flight tested': 'flight-test',
  'test-fired': 'test-fire',
  'test fired': 'test-fire',
  approved: 'approve',
  cleared: 'clear',
  // ("The Union Cabinet has decided to set up the 8th Pay Commission": a body set up by decision.)
  'decided to set up': 'decide to set up',
  'decided to constitute': 'decide to constitute',
};
/** What may stand between the verb and the name: a description in lower case ("its heaviest
 *  communication satellite —", "the"), a nickname in quotes ("its own 'sharp eye' in the sky —"). */
/** "the Earth observation satellite NISAR", "a Moon lander": a body of the sky is a word of a
 *  description, though written with a capital. */
const SKY_BODY = SKY_BODIES.join('|');
const SKY_WORD = new RegExp(`^(?:${SKY_BODY})$`);
const KIND_OPENS_NAME = new RegExp(`^(?:${KINDS_OPENING_NAMES.join('|')})\\s`);
const GAP = new RegExp(String.raw`^(?:(?:its|their|his|her|the|a|an|India’s|India's|the nation['’]s|the country['’]s)\s+)?(?:(?:[\p{Ll}\d.-]+|(?:${SKY_BODY})|\d[\d,.]*|‘[^’]{1,30}’|'[^']{1,30}'|"[^"]{1,30}")\s+){0,9}?(?:[—–,:]\s+)?(?:the\s+)?[‘'"“]?$`, 'u');
/** Words that end a description and start a phrase of their own: "an aggressive campaign to
 *  persuade users to stop using IE6" launched a campaign, not IE6. */
// ("introduced offerings such as National WiFi Roaming, BiTV …": one example of several launched
// things is no launch's name either.)
const PHRASE_WORD = /\b(?:to|for|of|in|on|at|by|with|from|that|which|who|whose|where|after|before|against|into|under|using|about|such|like|including)\b/;

function describes(written: string): boolean {
  // ("the nation's first aircraft carrier, INS Vikrant": a comma set off as the dash is.)
  const gap = written.replace(/(\S),(\s+)$/, '$1 ,$2');
  // After a dash the name is set off in apposition ("its own 'sharp eye' in the sky — the HysIS"):
  // only what follows the dash must be a description.
  const appositive = gap.split(/\s[—–]\s/).pop()!;
  return GAP.test(gap) && !PHRASE_WORD.test(appositive.replace(/[‘'"][^‘’'"]*[’'"]/g, ' '));
}

/** "BJP's ", "the state's ": an owner's possessive in the words before the launched thing. */
// ("the European Space Agency’s (ESA) Proba-3 mission": with the owner's short form after it.)
const OWNER_BEFORE = /^(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s\s+(?:\(\p{Lu}{2,8}\)\s+)?/u;

/** "of the US-based AST SpaceMobile", up to the next phrase: whose the launched thing is (or
 *  who made it). */
// ("the BHARATPOL portal developed by the CBI at Bharat Mandapam": who made it, the same way.)
const OWNER_OF = /^(?:of|(?:developed|designed|built|created|made)\s+by)\s+(?:the\s+)?[^\s,;][^,;]{1,59}?(?=\s+(?:aboard|from|on|in|at|with|to|for|into|using|by|under)\s|$)/;

/** Kinds of thing a launch story names: the question asks "Which <kind>". */
const KIND = /^(?:satellite|rocket|vehicle|launcher|mission|scheme|yojana|niti|programme|program|policy|portal|app|platform|initiative|campaign|corridor|project|vessel|craft|ship|frigate|corvette|destroyer|submarine|warship|carrier|aircraft|missile|train|bridge|tunnel|airport|port|index|report|fund|card|coin|stamp|festival|drive|abhiyan|centre|center|facility|plant|park|highway|expressway|line|network|system|device|vaccine|model|telescope|observatory|spacecraft|probe|lander|rover|module|commission)$/;
// ("six new Vande Bharat trains": in the plural too.)
// ("the Aunta-Simaria bridge project constructed over …": the kind's "project" goes with it.)
const KIND_AFTER = new RegExp(`^\\s+(${KIND.source.slice(4, -2)})(s?)\\b(?:\\s+project\\b)?`, 'i');
/** "Vande Bharat sleeper train service": the kind after a lower-case word or two, its "service" with it. */
const MODIFIED_KIND_AFTER = new RegExp(`^\\s+(?:(?!(?:and|or|of|the|for|to|in|on|with|at|by|from|a|an)\\s)[a-z][a-z-]*\\s+){1,2}?(${KIND.source.slice(4, -2)})(s?)(?:\\s+service)?\\b`);
/** " (ELI)" before a kind word: the short form written between a name and its kind. */
const SHORT_THEN_KIND = new RegExp(`^(\\s*\\([^\\s()]{2,12}\\))\\s+(?:${KIND.source.slice(4, -2)})\\b`, 'i');
// ("the first of the Mahe-class anti-submarine warfare shallow-water craft": a craft is a vessel.)
// ("Which commission …?" would print the answer's own head word: a commission is asked as a body.)
const ENGLISH_KIND: Record<string, string> = { yojana: 'scheme', niti: 'policy', abhiyan: 'campaign', craft: 'vessel', commission: 'body' };
/** Words of a description that say how, not what: "its heaviest", "own", "new". */
const NOT_KIND = /^(?:own|new|latest|first|second|third|maiden|ambitious|flagship|indigenous|indigenously|much-awaited|long-awaited|the|its|their|a|an|[\p{Ll}-]+est)$/u;
/** " feature called 'Delegated Payments'": a kind noun, "called" and the thing's name in quotes. */
const CALLED_AFTER = /^\s+(feature|facility|scheme|portal|app|application|service|platform|initiative|programme|mission|campaign|tool|system)\s+(?:called|named|dubbed|titled)\s+['‘"“]([^'’"”]{2,60}?)\.?['’"”]/i;

/** "PSLV-C58 " before a payload's name: the rocket that carried it. */
const CARRIER_BEFORE = /^((?:PSLV|GSLV|SSLV|LVM3|GSLV-Mk\s?III)-?[CFDM]?\d{1,3})\s+(?=\p{Lu})/u;

/** After the name, the rest of the clause the question keeps (a place, a vehicle, a purpose). */
// (A purpose, "aiming to seed, nurture and scale up …", runs into a list the question cannot cut.)
// ("a centrally sponsored scheme to revive 50,000 traditional water bodies": a figure's own comma
// or point is no end of it.)
const APPOSITIVE_PURPOSE = /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}(?:scheme|programme|program|mission|initiative|project|policy)\s+(?:(?:designed|meant|intended|aimed)\s+)?((?:to|for)\s+(?:"[^"]{1,80}"|“[^”]{1,80}”|\d[,.](?=\d)|[^,;."“])+)/u;
// ("… to meritorious students so that financial constraints …": a purpose's own clause ends it, its
// "so" too.)
// ("inaugurated the Navi Mumbai International Airport and also launched and dedicated various
// projects": a second deed of the one who did it is its own clause.)
const REST_END = /,(?!\d)|;|\.(?!\d)|\s+and\s+(?:also\s+)?(?:launched|dedicated|inaugurated|unveiled|laid|flagged|released|announced|approved|addressed|visited|met|attended|reviewed|distributed|launches|dedicates|inaugurates|unveils|lays|flags|releases|addresses)\b|\s+and\s+also\b|\s+(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:to|that)|which|that|while|with an outlay|at a cost|worth|aiming|aimed at|intended|seeking)\b|\s+[—–-]\s+\p{Ll}+\s+\p{Ll}/u;

const find: FindDrafts<'launched'> = (s, ctx) => [...launchedHere(s, ctx), ...launchedAsEvent(s, ctx), ...namedAfterDescription(s, ctx)];

/** "the commissioning of", "the inauguration of": an event that names the thing it launched. */
const EVENT_WORDS = 'commissioning|launch|launching|inauguration|unveiling|flagging off';
const EVENT = new RegExp(`\\bthe\\s+(?<event>${EVENT_WORDS})\\s+of\\s+`, 'g');
const EVENT_HINT = new RegExp(`\\bthe\\s+(?:${EVENT_WORDS})\\s+of\\b`);
const NOT_HELD = /^[^,;.]{0,40}?\b(?:was|were|has been|had been|is|are|will be)\s+(?:(?:now|again|further)\s+)?(?:postponed|delayed|deferred|cancelled|canceled|called off|put off|rescheduled|scheduled|expected|planned|set|likely)\b/;
const EVENT_DONE: Record<string, string> = { commissioning: 'commissioned', launch: 'launched', launching: 'launched', inauguration: 'inaugurated', unveiling: 'unveiled', 'flagging off': 'flagged off' };

/**
 * "Speaking at the commissioning of the stealth guided missile destroyer INS Imphal in Mumbai,
 * Singh said …" → "Which stealth guided missile destroyer was commissioned in Mumbai in December
 * 2023?" → INS Imphal: the event a speech was made at is news of its own. Asked only with the
 * kind of thing it was (a bare "What was launched?" says nothing of what to name).
 */
function launchedAsEvent(s: Sentence, ctx: ArticleContext): FactDraft<'launched'>[] {
  if (!EVENT_HINT.test(s.text)) return [];
  const drafts: FactDraft<'launched'>[] = [];
  for (const m of s.text.matchAll(EVENT)) {
    // ("approved the launch of …": the verb's own fact, launchedHere's.)
    // ("ahead of the launch of …", "preparations for the launch of …": one yet to come.)
    if (/\b(?:approved|cleared|approval|nod|go-ahead|announced|proposed|planned|awaits|awaiting|delayed|postponed|ahead\s+of|before|prior\s+to|for|preparations?\s+for)\s+(?:for\s+|to\s+)?$/.test(s.text.slice(0, m.index))) continue;
    const from = m.index! + m[0].length;
    const found = s.entities.find((e) => e.start >= from && /^[\p{Lu}\d]/u.test(e.text) && (e.cls === 'term' || e.cls === 'organisation') && !quoted(s, e) && describes(s.text.slice(from, e.start)));
    if (!found) continue;
    const named = wholeName(s, found);
    // ("the launch of the PSLV-C58 X-ray Polarimeter Satellite (XPoSat) mission": the rocket's code
    // before the payload's name is what carried it, not part of the name.)
    const carrier = CARRIER_BEFORE.exec(named.text);
    const thing = carrier ? { ...named, text: named.text.slice(carrier[0].length), canonical: named.text.slice(carrier[0].length), start: named.start + carrier[0].length } : named;
    // ("The Indian Space Research Organisation (ISRO) kicked off the New Year with the launch of …":
    // the body the sentence opens on launched it.)
    const opener = s.entities.find((o) => o.cls === 'organisation' && o.end <= m.index! && /^(?:The\s+)?$/.test(s.text.slice(0, o.start)));
    const by = `${opener ? ` by ${opener.start > 0 ? 'the ' : ''}${opener.text}` : ''}${carrier ? ` on the ${carrier[1]}` : ''}`;
    // ("the launch of the PSLV-C62 rocket was postponed": an event that did not take place.)
    if (NOT_HELD.test(s.text.slice(thing.end))) continue;
    const kindWord = KIND_AFTER.exec(s.text.slice(thing.end));
    const foundKind = kindWord?.[1].toLowerCase() ?? kindOf(s.text.slice(from, thing.start)) ?? headKind(thing) ?? appositiveKind(s, thing);
    if (!foundKind) continue;
    const kind = ENGLISH_KIND[foundKind] ?? foundKind;
    const rest = restAfter(s, thing, kindWord?.[0].length ?? 0);
    // (Where it was is what the question may keep of the rest: "in Mumbai", not "by the Minister".)
    const where = /^(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u.test(rest) ? ` ${rest}` : '';
    const done = EVENT_DONE[m.groups!.event];
    const when = inMonthOf(s, ctx);
    drafts.push({
      pattern: 'launched',
      question: `Which ${kind} was ${done}${by}${where}${when}?`,
      answer: thing.text,
      answerText: thing.text,
      answerStart: thing.start,
      answerType: answerTypeOf(thing),
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [thing.canonical],
      statement: `The ${kind} ${thing.text} was ${done}${by}${where}${when}.`,
    });
  }
  return drafts;
}

/** "the newly ", "its recently ": a participle after them describes its noun. */
const ADJECTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|newly|recently|freshly)\s+$/;

function launchedHere(s: Sentence, ctx: ArticleContext): FactDraft<'launched'>[] {
  const drafts: FactDraft<'launched'>[] = [];
  if (!/\b(?:launched|unveiled|inaugurated|rolled out|introduced|commissioned|flagged off|into orbit|approved|cleared|approval|nod|go-ahead|decided to set up|decided to constitute|flight[- ]test(?:ed|s)?|test[- ]fir(?:ed|ing)|flight\s+trials?)\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(VERB)) {
    // ("Adani … described the newly inaugurated Navi Mumbai International Airport as …": a verb
    // made an adjective of its noun is no deed of the sentence's subject.)
    if (ADJECTIVE_BEFORE.test(s.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const subject = subjectBefore(s, m.index!);
    if (!subject) continue;
    const from = m.index! + m[0].length;
    // ("… approved it and formally registered the Similipal kai chutney": the verb's object is the
    // pronoun; a name further on is another verb's.)
    if (/^\s*(?:it|them|this|these|those)\b/.test(s.text.slice(from))) continue;
    const found = s.entities.find(
      // (A name, not the story's key term in lower case: "the nation's first aircraft carrier".)
      // (Not an owner before its thing: "launched BJP's flagship programme '…'".)
      // (Nor the words that go on after a quoted name: "satellite ‘Cartosat 2’ Series" is no "Series".)
      (e) => e.start >= from && /^[\p{Lu}\d]/u.test(e.text) && (e.cls === 'term' || e.cls === 'organisation' || (e.cls === 'person' && kindAfter(s, e))) && !quoted(s, e) && !/^['’]s\s/.test(s.text.slice(e.end)) && !/[’'”"]\s$/.test(s.text.slice(Math.max(0, e.start - 2), e.start)) && describes(s.text.slice(from, e.start).replace(OWNER_BEFORE, '')),
    );
    if (!found || found === subject.entity) continue;
    // ("introduced a new UPI feature called 'Delegated Payments.'": the name after "called" is the
    // thing, the one before its kind word only whose feature it is.)
    const called = CALLED_AFTER.exec(s.text.slice(found.end));
    if (called) {
      const [, kindNoun, name] = called;
      const at = s.text.indexOf(name, found.end);
      const who = subject.written;
      const written = m.groups!.verb ?? (m.groups!.nod ? 'approved' : 'launched');
      drafts.push({
        pattern: 'launched',
        question: `Which ${found.text} ${kindNoun.toLowerCase()} did ${who} ${BASE[written] ?? 'launch'}${inMonthOf(s, ctx)}?`,
        answer: name,
        answerText: name,
        answerStart: at,
        answerType: 'term',
        sentenceIndex: s.index,
        confidence: 0.85,
        about: [name, ...(subject.entity ? [subject.entity.canonical] : [])],
        statement: `${upperFirst(who)} ${written} a new ${found.text} ${kindNoun.toLowerCase()} called ${name}${inMonthOf(s, ctx)}.`,
      });
      continue;
    }
    // ("decided to set up the 8th Pay Commission": the ordinal says which one, and is the name's.)
    const named0 = wholeName(s, found);
    const ordinal = s.entities.find((o) => o.cls === 'ordinal' && o.end < named0.start && /^\s+$/.test(s.text.slice(o.end, named0.start)) && /^\d/.test(o.text));
    const thing = ordinal ? { ...named0, text: s.text.slice(ordinal.start, named0.end), canonical: s.text.slice(ordinal.start, named0.end), start: ordinal.start } : named0;
    // (The kind word may follow the name's closing quote: "the 'PM Vishwakarma' scheme".)
    // ("the Employment Linked Incentive (ELI) scheme": or its short form in brackets.)
    const quote = (/^[’'"”]/.test(s.text.slice(thing.end)) ? 1 : 0) || (SHORT_THEN_KIND.exec(s.text.slice(thing.end))?.[1].length ?? 0);
    const kindWord = KIND_AFTER.exec(s.text.slice(thing.end + quote)) ?? MODIFIED_KIND_AFTER.exec(s.text.slice(thing.end + quote));
    const named = kindWord ? kindWord[1].toLowerCase() + kindWord[2] : null;
    // ("the National Pension System Vatsalya (NPS Vatsalya), a pioneering pension scheme …": what
    // its apposition calls it before a kind word inside its name.)
    const foundKind = named ?? kindOf(s.text.slice(from, thing.start)) ?? headKind(thing) ?? appositiveKind(s, thing) ?? ownKind(thing);
    // "Which yojana …?" reads "Which scheme …?" in an English quiz.
    const kind = foundKind === null ? null : (ENGLISH_KIND[foundKind] ?? foundKind);
    // ("Cabinet clears PM-Vidyalaxmi for collateral-free loans to students": where the sentence
    // says nothing after the name, the headline's purpose for it.)
    let rest = restAfter(s, thing, kindWord ? quote + kindWord[0].length : quote) || purposeInHeadline(ctx.analyzed.article.title, thing.text);
    // ("the BlueBird Block-2 spacecraft of the US-based AST SpaceMobile aboard …": whose it is
    // goes with the kind, "Which spacecraft of the US-based AST SpaceMobile did …".)
    const owner = kind && rest ? OWNER_OF.exec(rest) : null;
    if (owner) rest = rest!.slice(owner[0].length).trim();
    // ("inaugurated the Bird Census cum festival on January 9": a name a "cum" goes on from is half
    // of what was inaugurated.)
    if (rest && /^cum\s/.test(rest)) continue;
    // ("inaugurated the new Parliament building in the heart of Delhi": a noun the name goes on
    // with is part of what was inaugurated; the question would read "inaugurate building …".)
    if (rest && !kind && /^(?:building|complex|bhawan|bhavan|centre|center|hall|terminal|campus|tower|memorial|museum|statue|temple|airport|station|port|bridge|tunnel|road|highway|line|plant|unit|facility)\b/.test(rest)) continue;
    // ("launched India's first … CAR T-cell therapy for treatment of cancer": nor any other noun
    // the name runs on into, "What did … launch therapy for …?" reads as nonsense.)
    if (rest && !kind && NOUN_RUN_ON.test(rest)) continue;
    // ("approved and disbursed large Guaranteed Payment Credit (GPC) loans amounting to …": a name
    // before a plural noun is what kind of loans, bonds or grants, no thing of its own.)
    if (rest && !kind && /^(?:loans|bonds|grants|funds|shares|projects|works|units|services|products|devices|vehicles|credits|cards|accounts|notes)\b/.test(rest)) continue;
    // ("launched the Swachh Bharat Abhiyan in 2014": the year the rest gives dates it.)
    const when = rest && /\b(?:19|20)\d\d\b/.test(rest) ? '' : inMonthOf(s, ctx);
    // ("has given approval to start PM-POSHAN scheme": the Cabinet approved it.)
    // ("conducted the maiden flight-test of …": flight-tested it, for the first time.)
    // ("approved the extension of the Atal Bhujal Yojana till March 2028": an old scheme extended,
    // not approved till then.)
    const extended = /\bextension\s+of\s+$/.test(m[0]);
    const written = extended ? 'extended' : m.groups!.verb ?? (m.groups!.nod ? 'approved' : (m.groups!.tested ?? 'flight-tested').replace(' ', '-'));
    const verb = (extended ? 'extend' : BASE[written]) + (m.groups!.maiden ? ' for the first time' : '');
    const who = subject.written;
    // ("What did the Indian Space Research Organisation launch?" → PSLV-C61: with no kind and
    // nothing more, the question names nothing to tell the answer by.)
    if (!kind && !rest) continue;
    // ("approved Minimum Support Prices (MSP) of Raw Jute for …": what follows "of" is the name's own
    // complement; "What did … approve of Raw Jute …?" asks nothing.)
    if (!kind && rest && /^of\s/.test(rest)) continue;
    // ("constructed over the River Ganga …": a participle describes the thing, and goes with it:
    // "Which bridge constructed over … did … inaugurate?".)
    // (A participle cut off before what it says, "built", says nothing: it goes.)
    if (rest && PARTICIPLE_REST.test(rest) && rest.split(/\s+/).length < 3) rest = '';
    const described = kind && rest && PARTICIPLE_REST.test(rest) ? ` ${rest}` : '';
    drafts.push({
      pattern: 'launched',
      question: `${kind ? `Which ${kind}${owner ? ` ${owner[0].trim()}` : ''}${described}` : 'What'} did ${who} ${verb}${rest && !described ? ` ${rest}` : ''}${when}?`,
      answer: thing.text,
      answerText: thing.text,
      answerStart: thing.start,
      answerType: answerTypeOf(thing),
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [thing.canonical, ...(subject.entity ? [subject.entity.canonical] : [])],
      statement: `${upperFirst(who)} ${written} ${asWritten(s, thing)}${m.groups!.maiden ? ' for the first time' : ''}${owner ? ` ${owner[0].trim()}` : ''}${rest ? ` ${rest}` : ''}${when}.`,
    });
  }
  return drafts;
}

/** "constructed over …", "built at a cost of …": a past participle opening what follows the name. */
const PARTICIPLE_REST = /^(?:constructed|built|developed|designed|located|situated|set\s+up|made|spread|spanning|costing)\b/;

/** A superlative description with no name in it: "inaugurated India's longest river bridge in
 *  Assam" (the name comes in a sentence after it). */
// ("cleared a scheme with a corpus of ₹1 lakh crore": a thing by what it costs, named in the next
// sentence, "The Research Development and Innovation (RDI) scheme …", as a superlative one is.)
const DESCRIBED = new RegExp(
  String.raw`^(?:(?:India|the country|the world|Asia|the state|the nation)['’]s|the|its)\s+(?:[\p{Ll}-]+est|first|only|maiden)\s+(?:[\p{Ll}-]+\s+){0,3}?(${KIND.source.slice(4, -2)})\b[^,;.]{0,60}|^an?\s+(?:new\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${KIND.source.slice(4, -2)})\s+(?:with|worth)\s+(?:a|an)\s+(?:total\s+)?(?:corpus|outlay|budget|allocation|financial\s+outlay)\s+of\s+(?:Rs\.?\s?|₹\s?|INR\s)?[\d.,]+(?:\s+(?:lakh|crore|billion|million|trillion))*`,
  'u',
);

/**
 * "Prime Minister Narendra Modi on Friday inaugurated India's longest river bridge in Assam. The
 * over 9.2 km long Dhola-Sadiya bridge, built on …" → "What is the name of India's longest river
 * bridge in Assam, which Prime Minister Narendra Modi inaugurated in May 2017?" → Dhola-Sadiya
 * bridge: the first thing of that kind named in the next two sentences is the one described.
 */
function namedAfterDescription(s: Sentence, ctx: ArticleContext): FactDraft<'launched'>[] {
  // (The cheap test first: most sentences follow no launch of a thing described by a superlative.)
  const before = [ctx.analyzed.sentences[s.index - 1], ctx.analyzed.sentences[s.index - 2]];
  if (!before.some((p) => p && LAUNCH_WORD.test(p.text) && (SUPERLATIVE.test(p.text) || COSTED.test(p.text)))) return [];
  const named = nameOfKind(s.text);
  if (!named) return [];
  for (let back = 1; back <= 2; back++) {
    const p = ctx.analyzed.sentences[s.index - back];
    if (!p) break;
    // (A thing of the kind named there is the one it describes, if any.)
    if (nameOfKind(p.text)?.kind === named.kind) break;
    const draft = describedIn(p, ctx, named.kind);
    if (draft) {
      const entity = s.entities.find((e) => e.start === named.start);
      return [{ ...draft, answer: named.name, answerText: named.name, answerStart: named.start, answerType: entity ? answerTypeOf(entity) : 'term', sentenceIndex: s.index, about: [named.name], statement: `${draft.statement}, the ${named.name}${draft.when}.` }];
    }
  }
  return [];
}

const LAUNCH_WORD = /\b(?:launched|unveiled|inaugurated|rolled out|introduced|commissioned|flagged off|approved|cleared)\b/;
const SUPERLATIVE = /\b(?:[a-z-]+est|first|only|maiden)\b/;
const COSTED = /\b(?:corpus|outlay|budget|allocation)\s+of\b/;
const DETERMINER = /^(?:The|A|An|This|That|Its|Their)$/;
// (Name words end on a letter or digit: each word's own run cannot be split two ways.)
// ("The Research Development and Innovation (RDI) scheme": small joining words and a short form
// in brackets may stand in it.)
const NAMED_KIND = new RegExp(String.raw`(?<![\p{L}\d'’-])((?:\p{Lu}(?:[\p{L}\d'’-]*[\p{L}\d])?\s+(?:(?:and|of|for|&)\s+(?=\p{Lu}))?){1,6})(\(\p{Lu}[\p{L}\d-]{1,10}\)\s+)?(${KIND.source.slice(4, -2)})\b`, 'gu');

/** "The 9.2 km long Dhola-Sadiya bridge": the first name written before a kind word, whether or
 *  not the analyser took it for a name. */
function nameOfKind(text: string): { name: string; kind: string; start: number } | null {
  for (const m of text.matchAll(NAMED_KIND)) {
    const words = m[1].trim().split(/\s+/);
    const lead = words.findIndex((w) => !DETERMINER.test(w));
    if (lead < 0) continue;
    const skipped = words.slice(0, lead).reduce((n, w) => text.indexOf(w, n) + w.length, m.index!);
    const start = lead === 0 ? m.index! : text.indexOf(words[lead], skipped);
    return { name: `${words.slice(lead).join(' ')} ${m[2] ?? ''}${m[3]}`, kind: m[3], start };
  }
  return null;
}

/** The launch in sentence p of a thing of this kind that p describes but does not name. */
function describedIn(p: Sentence, ctx: ArticleContext, kind: string): (Omit<FactDraft<'launched'>, 'answer' | 'answerType' | 'sentenceIndex' | 'about'> & { when: string }) | null {
  for (const m of p.text.matchAll(VERB)) {
    // (A test of a described thing names it in the same breath: no launch to read here.)
    if (!m.groups!.verb && !m.groups!.nod) continue;
    const from = m.index! + m[0].length;
    const d = DESCRIBED.exec(p.text.slice(from));
    if (!d || (d[1] ?? d[2]).toLowerCase() !== kind || p.entities.some((e) => e.start >= from && e.start < from + d[0].length && e.cls === 'term')) continue;
    const subject = subjectBefore(p, m.index!);
    if (!subject) continue;
    // ("a scheme with a corpus of ₹1 lakh crore to channel funding to the private sector": by what
    // it is for, as its figure is the lead's blank; "the scheme, which the Union Cabinet cleared in
    // July 2025 to channel funding to the private sector".)
    const costed = d[2] !== undefined;
    const purpose = costed ? /^\s+(to\s[^,;.]{5,80}?)(?=[,;.]|\s+for\s+|$)/.exec(p.text.slice(from + d[0].length))?.[1] : undefined;
    const description = costed ? `the ${kind}` : d[0].replace(/\s+on\s+\p{Lu}\p{Ll}+day\b.*$/u, '').trim();
    const written = m.groups!.verb ?? 'approved';
    const when = inMonthOf(p, ctx);
    if (costed && !purpose) continue;
    return {
      pattern: 'launched',
      question: `What is the name of ${description}, which ${subject.written} ${written}${when}${purpose ? ` ${purpose}` : ''}?`,
      confidence: 0.85,
      statement: `${upperFirst(subject.written)} ${written} ${description}`,
      when,
    };
  }
  return null;
}

/** "the PM Vishwakarma scheme": the kind word right after a name, whatever the analyser took it for. */
function kindAfter(s: Sentence, e: Entity): string | null {
  return KIND_AFTER.exec(s.text.slice(e.end))?.[1].toLowerCase() ?? null;
}

/** Bodies that launch and approve but that the analyser may not take for a name. */
// ("The Cabinet meeting, chaired by …, approved": the meeting is the Cabinet's.)
// ("The state cabinet also approved …", "The Odisha Cabinet approved …": a state's cabinet too.)
const BODY_NAMES = String.raw`(?:The\s+)?(?:Union\s+Cabinet|Cabinet(?:\s+Committee\s+on\s+Economic\s+Affairs)?|CCEA|Centre|Union\s+Government|Government\s+of\s+India|(?:state|State|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:cabinet|Cabinet|government))`;
const BODY = new RegExp(`^${BODY_NAMES}(?:\\s+meeting)?(?=\\s|,|$)`);
const bodyWritten = (body: string) => `the ${body.replace(/^The\s+/, '').replace(/\s+meeting$/, '')}`;
/** A time phrase or a bracketed short form between the subject and its verb. */
// (The phrase ends on a non-space, so trailing spaces are the final \s*'s alone: linear.)
// ("The Union Cabinet Tuesday approved …": Indian papers often write the day without "on".)
const LEAD = /(?:\s*\([^()]{1,12}\))?(?:,?\s+(?:on|in|earlier|late|early)\s+[^,]{0,29}[^,\s],?|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*$/;

interface Subject {
  entity: Entity | null;
  /** As the question writes it ("the Indian Space Research Organisation", "the Union Cabinet"). */
  written: string;
}

/** Who launched: the name before the verb (past "The Indian Space Research Organisation (ISRO)
 *  on Wednesday"), or a body of government opening the sentence ("The Union Cabinet on Thursday"). */
function subjectBefore(s: Sentence, at: number): Subject | null {
  // ("India’s Geosynchronous Satellite Launch Vehicle GSLV MkIII-M1, on Monday successfully
  // launched …": a rocket is a term that launches.)
  const named = subjectEndingAt(s, at, ['person', 'organisation', 'place', 'term']);
  // (The one who chaired is never the subject: without a body before "chaired by", none is found.)
  if (named) return CHAIRED_BY.test(s.text.slice(0, named.start)) ? chairedBody(s, named) : { entity: named, written: withTitle(s, named) };
  const head = s.text.slice(0, at);
  const lead = LEAD.exec(head)!;
  const bare = head.slice(0, lead.index);
  // (Past one who only came along, set off by commas: "…, along with Bihar Chief Minister Nitish Kumar, on Friday".)
  const entity = subjectEndingAt(s, bare.replace(/,\s*$/, '').length, ['person', 'organisation', 'place', 'term']);
  if (entity && lead[0].trim() && s.entities.some((d) => d.cls === 'date' && d.start >= lead.index && d.end <= at)) return chairedBody(s, entity) ?? { entity, written: withTitle(s, entity) };
  // ("Earlier, the Union Cabinet approved …": an opening adverb before the body changes nothing.)
  const unopened = bare.replace(OPENING_ADVERB, '');
  const body = BODY.exec(unopened.replace(/^the\s/, 'The '));
  if (body && body[0].length === unopened.length) return { entity: null, written: bodyWritten(body[0]) };
  // ("Calling it a 'strategic roadmap' for …, the cabinet on Tuesday approved …": a clause of what
  // the body did or said as it did, before it.)
  const afterClause = OPENING_PARTICIPLE.test(bare) ? BODY_AFTER_CLAUSE.exec(bare) : null;
  if (afterClause) return { entity: null, written: bodyWritten(afterClause[1]) };
  // ("Prime Minister Narendra Modi led Union Cabinet on Saturday approved …": the body a leader
  // led, its hyphen left out.)
  const led = LED_BODY.exec(bare);
  return led ? { entity: null, written: bodyWritten(led[1]) } : null;
}

const OPENING_PARTICIPLE = /^(?:\p{Lu}\p{Ll}+ing|After|Amid|Following|While|Besides)\s/u;
const BODY_AFTER_CLAUSE = new RegExp(`,\\s+(?:the\\s+)?(${BODY_NAMES}|[Cc]abinet|[Gg]overnment)$`);

const OPENING_ADVERB = /^(?:Earlier|Meanwhile|Separately|Also|Today|Besides|Further|Additionally|Moreover|Later|Subsequently|Recently|\p{Lu}\p{Ll}+ly),\s+/u;

const LED_BODY = new RegExp(`(?:\\s|-)led\\s+(${BODY_NAMES})$`);

// ("chaired by the Prime Minister Narendra Modi": "the" before the office too.)
const CHAIRED_BY = /\b(?:chaired|headed|led|presided(?: over)?)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
/** "The Union Cabinet chaired by Prime Minister Narendra Modi … approved": the body the person
 *  chaired is the subject, not the chair. */
function chairedBody(s: Sentence, e: Entity): Subject | null {
  const m = CHAIRED_BY.exec(s.text.slice(0, e.start));
  if (!m) return null;
  const before = s.text.slice(0, m.index).replace(/,?\s*$/, '');
  const body = BODY.exec(before);
  if (body && body[0].length === before.length) return { entity: null, written: bodyWritten(body[0]) };
  const org = s.entities.find((o) => o.cls === 'organisation' && o.end === before.length);
  return org ? { entity: org, written: asWritten(s, org) } : null;
}

/** "Prime Minister Narendra Modi": a person with the office written before the name. */
function withTitle(s: Sentence, e: Entity): string {
  // ("India’s Geosynchronous Satellite Launch Vehicle …": the owner a vehicle is written with.)
  const owner = e.cls === 'term' ? /(?:^|\s)(\p{Lu}[\p{L}-]*['’]s\s+)$/u.exec(s.text.slice(0, e.start)) : null;
  if (owner) return `${owner[1]}${e.text}`;
  // ("Indian Space Research Organisation (ISRO) on Sunday launched …" opening the sentence: a
  // body the question names mid-sentence takes its "the".)
  if (e.cls !== 'person') return e.cls === 'organisation' ? withThe(asWritten(s, e)) : asWritten(s, e);
  const title = /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u.exec(s.text.slice(0, e.start));
  return title && TITLE_HEAD.test(title[1]) ? `${title[1]}${e.text}` : e.text;
}

/** "National Mission" + " on Natural Farming": a name the analyser cut at a lower-case "on",
 *  "of" or "for", made whole again (as an entity spanning both). */
const OWNER_TAIL = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Government|Govt|Ministry|Department|Centre|Center|State|Cabinet|Council|Administration|Corporation|Board)$/u;

const WHEN_AFTER = new RegExp(`^\\s+on\\s+(?:the\\s+)?${CALENDAR_ALTERNATION}\\b`);
function wholeName(s: Sentence, e: Entity): Entity {
  // ("launched the National STOP Diarrhoea Campaign 2024 with an aim …": its edition's year is its own.)
  const year = /^\s+(?:19|20)\d\d\b(?![-–]|\s*(?:to|and)\b)/.exec(s.text.slice(e.end));
  if (year) e = { ...e, text: s.text.slice(e.start, e.end + year[0].length), canonical: s.text.slice(e.start, e.end + year[0].length), end: e.end + year[0].length };
  const tail = /^\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}&'’-]*)*/u.exec(s.text.slice(e.end));
  // ("the Subhadra Yojana of the Odisha Government": whose it is, no part of its name.)
  // ("launched Operation Kaveri on Monday": a day or a month after "on" is when, no part of it.)
  if (!tail || OWNER_TAIL.test(tail[0]) || WHEN_AFTER.test(tail[0])) return e;
  // ("the Infinity Campus of Indian private space start-up Skyroot": a people's adjective before an
  // everyday word says whose.)
  const lone = /^\s+of\s+(?:the\s+)?(\p{Lu}\p{L}*)$/u.exec(tail[0]);
  if (lone && countryOfDemonym(lone[1]) && /^\s+\p{Ll}/u.test(s.text.slice(e.end + tail[0].length))) return e;
  const text = s.text.slice(e.start, e.end + tail[0].length);
  return { ...e, text, canonical: text, end: e.end + tail[0].length };
}

/** A name in quotes is a nickname or a slogan ("its own 'sharp eye' in the sky"), unless a kind
 *  word follows it ("the 'PM Vishwakarma' scheme"). */
function quoted(s: Sentence, e: Entity): boolean {
  // (A name that ends on its own kind word is a name in quotes: "the 'PM E-DRIVE Scheme'"; so is
  // one that opens on it: "approved 'Mission Mausam' with an outlay of …".)
  // (So is one its kind word stands right before: "its ballistic missile ‘Agni Prime’".)
  const kindBefore = /(\p{Ll}+)\s+[‘'"“]$/u.exec(s.text.slice(Math.max(0, e.start - 30), e.start))?.[1];
  if (kindBefore && KIND_NOUNS.has(kindBefore)) return false;
  return /[‘'"“]$/.test(s.text.slice(0, e.start)) && /^[’'"”]/.test(s.text.slice(e.end)) && !KIND_AFTER.test(s.text.slice(e.end + 1)) && !/\s(?:Scheme|Yojana|Mission|Programme|Abhiyan|Policy|Initiative|Project|Fund)$/.test(e.text) && !KIND_OPENS_NAME.test(e.text);
}

/** "heaviest communication satellite" → "communication satellite"; else the name's own kind
 *  word ("the National Mission on Natural Farming" → "mission"); else none ("What …"). */
function kindOf(gap: string): string | null {
  const words = gap.replace(/[‘'"][^‘’'"]*[’'"]/g, ' ').replace(/[‘'"“]\s*$/, ' ').replace(/[—–,:]/g, ' ').replace(/\s+the\s*$/, ' ').trim().split(/\s+/).filter(Boolean);
  const last = words.length - 1;
  if (last >= 0 && KIND.test(words[last])) {
    let first = last;
    // ("indigenously designed and built aircraft carrier": a participle a coordination ends is half
    // of a modifier, not the kind's; "earth imaging and mapping satellite" is a mapping satellite.)
    while (first > 0 && last - first < 2 && !NOT_KIND.test(words[first - 1]) && !(/^(?:and|or)$/.test(words[first - 2] ?? '') && /(?:ed|built|made|grown|run|owned)$/.test(words[first - 1])) && !/^(?:and|or|of|for|in|on)$/.test(words[first - 1]) && (/^[\p{Ll}-]+$/u.test(words[first - 1]) || SKY_WORD.test(words[first - 1]))) first--;
    return words.slice(first, last + 1).join(' ');
  }
  return null;
}

/** The kind a name's head gives: "National Mission on Natural Farming", "Vibrant Villages
 *  Programme II" (its last word, or the one before "on/of/for", past a phase's number). */
function headKind(thing: Entity): string | null {
  const words = thing.text.replace(/[\s-]+(?:I{1,3}|IV|V|\d{1,2}(?:\.\d)?)$/, '').split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:on|of|for)$/.test(w));
  const head = (joint > 0 ? words[joint - 1] : words[words.length - 1]).toLowerCase();
  return KIND.test(head) ? head : null;
}

/** The kind a name's own words give, its last such word: "… Electric Drive Revolution … Scheme"
 *  is a scheme. */
function ownKind(thing: Entity): string | null {
  return thing.text.split(/\s+/).map((w) => w.toLowerCase()).reverse().find((w) => KIND.test(w)) ?? null;
}

/** "Aditya-L1, India's first space-based mission to study the Sun": the kind its apposition gives. */
function appositiveKind(s: Sentence, thing: Entity): string | null {
  // (Past its short form in brackets: "… Vatsalya (NPS Vatsalya), a pioneering pension scheme".)
  const apposition = /^(?:\s*\([^()]{1,15}\))?,\s+([^,;]{3,80})/.exec(s.text.slice(thing.end))?.[1] ?? '';
  const words = apposition.split(/\s+/);
  const at = words.slice(0, 6).findIndex((w) => KIND.test(w));
  // ("INS Mahe, the first of the Mahe-class anti-submarine warfare shallow-water craft, which …":
  // a longer noun phrase's head, its last word.)
  const last = words[words.length - 1]?.replace(/[.!?]+$/, '');
  if (at < 0) return /^(?:the|an?|its|India['’]s)\s/.test(apposition) && !/\b(?:which|that|who|to|is|was|will)\b/.test(apposition) && last && KIND.test(last) ? last : null;
  // ("India's first home-built aircraft carrier": the kind word may modify the head after it.)
  const head = words[at + 1]?.replace(/[.!?]+$/, '');
  return head && /^\p{Ll}{3,}$/u.test(head) && !NOT_HEAD.test(head) ? `${words[at]} ${head}` : words[at];
}

/** Words after a kind word that are no head noun of it ("a satellite to study …", "a mission that …"). */
const NOT_HEAD = /^(?:to|of|in|on|at|by|for|from|with|and|or|that|which|who|was|were|is|are|will|has|had|since|into|under|over|launched|built|designed|developed|meant|aimed)$/;

/** The clause after the name, without its bracketed short form, up to the next clause break,
 *  and without a closing day ("on Thursday": the question says the month). */
/** A lower-case noun straight after a name, then a preposition or the end: "therapy for …". */
const NOUN_RUN_ON = /^(?!(?:and|or|but|for|to|of|in|on|at|with|by|from|as|which|that|who|after|before|during|under|over|into|across|through|worth|valued|aimed|meant|designed|developed|built|made|set|here|there|today|yesterday|recently|successfully|officially)\b)\p{Ll}[\p{Ll}-]*(?<!ly)(?<!ed)(?:\s+(?:for|to|of|in|on|at|with|against|from|by)\b|$)/u;

function restAfter(s: Sentence, thing: Entity, skip: number): string {
  // ("… (PM-DevINE) – a new scheme for the Northeastern states": a dash sets off an apposition as a
  // comma does.)
  // (A dash that closes a pair around the name, "— the CMS-03 — on board …", sets off nothing.)
  const closing = /[—–]\s*(?:the\s+)?$/.test(s.text.slice(0, thing.start));
  let text = s.text.slice(thing.end + skip).replace(/^\s*\([^()]{1,15}\)/, '').replace(/^\s*[—–]\s*/, closing ? ' ' : ', ');
  // ("launched its latest PSLV-C54/ EOS-06 mission": a name the slash pairs with another is half of
  // what was launched; nothing after it is the question's.)
  if (/^\s*\//.test(text)) return '';
  // ("the Vibrant Villages Programme II, a central sector scheme to help create “safe … borders”":
  // the purpose its apposition gives.)
  const appositive = APPOSITIVE_PURPOSE.exec(text);
  if (appositive) {
    // ("for the Northeastern states which was announced in the Union Budget": the purpose ends
    // where a clause about the scheme begins.)
    const purpose = appositive[1].replace(/["“”]/g, '').replace(/\s+(?:which|that|who)\s.*$/, '').trim().split(/\s+/);
    return purpose.length <= 14 ? purpose.join(' ') : '';
  }
  const end = REST_END.exec(text);
  if (end) text = text.slice(0, end.index);
  // ("… portal today", "… on Tuesday": the day goes, the question says the month.)
  // ("… yesterday evening", "… on Tuesday night": with the part of the day.)
  text = text.trim().replace(/(?:^|\s+)(?:on\s+(?:\w+day|\d{1,2}\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:,\s+\d{4})?)|today|yesterday|tonight|earlier\s+today)(?:\s+(?:morning|afternoon|evening|night))?$/, '').replace(/^(?:on\s+\w+day|today|yesterday)\s+(?=\S)/, '');
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 14) return words.join(' ');
  // ("to create world-class systems of coaching and athlete support along with a robust …": a long
  // purpose is asked by its first part, up to where it goes on.)
  const cut = words.findIndex((w, i) => i >= 4 && PURPOSE_GOES_ON.has(w));
  return cut > 0 && cut <= 14 && /^(?:to|for)$/.test(words[0]) ? words.slice(0, cut).join(' ').replace(/,$/, '') : '';
}

/** Words where a purpose goes on to another: "… and …", "… along with …", "…, which …". */
const PURPOSE_GOES_ON = new Set(['and', 'along', 'as', 'which', 'that', 'while', 'besides', 'including']);

/** "… PM-Vidyalaxmi for collateral-free loans to students" → "for collateral-free loans to
 *  students": the purpose a headline gives right after the thing's name (and its kind word). */
function purposeInHeadline(title: string, name: string): string {
  const at = title.indexOf(name);
  if (at < 0) return '';
  const rest = title.slice(at + name.length);
  const m = /^(?:\s+(?:scheme|mission|yojana|programme|policy|portal))?\s+((?:for|to)\s+[\p{Ll}\d][^,;:|]*)(,\s*\p{Ll})?/iu.exec(rest);
  if (!m) return '';
  // ("… to scale up scientific, industrial R&D for quantum": a comma after a word that is no plural
  // noun runs the purpose on; it is asked whole, to the headline's end, where that one comma joins
  // two words of one phrase, and not at all where more commas make a list. "… for access to
  // research articles, journals" ends a list's first item.)
  const runsOn = m[2] !== undefined && !/s$/i.test(m[1].trim());
  const after = rest.slice(m[0].length - (m[2]?.length ?? 0));
  const phrase = !runsOn ? m[1] : /^[^,;:|]*,[^,;:|]*$/.test(after) ? `${m[1].trim()}${after}` : '';
  const words = phrase.trim() ? phrase.trim().split(/\s+/) : [];
  return words.length >= 3 && words.length <= 10 && words.slice(1).every((w) => !/^\p{Lu}/u.test(w) || /^[\p{Lu}&]{2,},?$/u.test(w)) ? words.join(' ') : '';
}

export default definePattern({
  id: 'launched',
  describe: 'What a named body or person launched, unveiled or approved',
  find,
});
