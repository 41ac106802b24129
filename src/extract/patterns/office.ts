import { reEscape } from '../../util/re-escape.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { alternation, countryOfPlace, officeWords } from '../../lexicon/index.js';
import { CEREMONY, NEWS_PASSED_ON } from '../telling.js';
import { normalizeKey } from '../../util/ids.js';
import { initials } from '../../util/acronym.js';
import { containsWholeWord } from '../../util/whole-word.js';
import type { Sentence } from '../../types.js';
import { namedInHeadline, type ArticleContext } from '../article-context.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { WEEKDAY_ALTERNATION } from '../../util/calendar.js';

/** Roles that name one office-holder at a time; "Professor" or "spokesperson" alone do not. */
const UNIQUE_OFFICE = new RegExp(`^(?:(?:${alternation(officeWords('unique-modifier'))})\\s+)*(?:${alternation(officeWords('unique'))})\\b`, 'i');

/** Offices quizwire's readers know without the article (its users study Indian news). */
const KNOWN_TO_ALL = /^(?:the\s+)?(?:Prime Minister|President) of India$/i;

const LOCAL_OFFICER = /^(?:the\s+)?(?:(?:Divisional|Deputy|District|Police|Municipal|Additional)\s+)?(?:Commissioner|Magistrate|Collector|Superintendent|Tehsildar|Sub-Divisional Magistrate|Director General of Police|Inspector General|Deputy Inspector General)\s+(?:of|for)\s+(?!India\b)/i;

/** "President of India President" → "President of India". */
// ("Kuwait's Amir Sheikh Meshal …": the courtesy title before the name is no part of the office.)
function onceTitled(role: string): string {
  role = role.replace(/\s+(?:Sheikh|Sheikha)(?=\s+of\b|$)/, '');
  const words = role.split(/\s+/);
  return words.length > 3 && words[0] === words[words.length - 1] && words.includes('of') ? words.slice(0, -1).join(' ') : role;
}

/** The person's verb is a telling one, past an appositive: ", the BJP co-incharge …, said …". */
const SPEAKS_AFTER = /^(?:,[^,;]{1,100},)?\s+(?:also\s+|later\s+)?(?:said|says|told|added|stated|noted|asserted|tweeted|wrote|observed|remarked|posted)\b/;

/** Whether what an office is of ("Assam", "ISRO", "Japan") is named outside this sentence: in
 *  the headline or another sentence, by its name or its short form. */
function domainNamedElsewhere(role: string, s: Sentence, ctx: ArticleContext): boolean {
  const at = role.search(/\s(?:of|at|for)\s/);
  const domain = at < 0 ? '' : role.slice(at).replace(/^\s(?:of|at|for)\s+(?:the\s+)?/, '').trim();
  // (India's own offices, "the Chief Justice of India", are the story's whatever it names.)
  if (!domain || /^India$/.test(domain)) return true;
  const forms = [domain, initials(domain.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)))].filter((f) => f.length >= 2);
  const texts = [ctx.analyzed.article.title, ...ctx.analyzed.sentences.filter((o) => o.index !== s.index).map((o) => o.text)];
  return texts.some((t) => forms.some((f) => containsWholeWord(t, f, f !== f.toUpperCase())));
}

/** Whether the story names a state or city of India (Delhi aside, where the Union sits), by
 *  article: each portfolio minister of the story asks again. */
const INDIAN_PLACE = new WeakMap<ArticleContext, boolean>();
function storyOfIndianPlace(ctx: ArticleContext): boolean {
  let found = INDIAN_PLACE.get(ctx);
  if (found === undefined) INDIAN_PLACE.set(ctx, (found = ctx.analyzed.sentences.some((o) => o.entities.some((e) => e.cls === 'place' && !/^(?:India|(?:New\s+)?Delhi)$/.test(e.canonical) && countryOfPlace(e.canonical)?.name === 'India'))));
  return found;
}

/** Whether the article counts the office's holders ("four Deputy Governors"). */
function heldBySeveral(role: string, ctx: ArticleContext): boolean {
  const head = /^(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*?)\s+(?:of|at|for)\s/u.exec(role)?.[1];
  if (!head) return false;
  // (Counted: "four Deputy Governors"; "the Defence and Foreign Ministers" of two countries are one each.)
  const plural = new RegExp(`\\b(?:two|three|four|five|six|seven|several|other|all|\\d)\\s+(?:[\\p{L}-]+\\s+)?${reEscape(head)}s\\b`, 'u');
  // (Two people named with the office may be its holder and a former one: "Former Chief
  // Minister of Bihar Karpoori Thakur" beside "Bihar Chief Minister Nitish Kumar".)
  return ctx.analyzed.sentences.some((o) => plural.test(o.text));
}

/** Whether every mention of the person is as the one who speaks: a name before "said", or after a
 *  quotation's close and before its verb. */
function onlySpeaks(canonical: string, ctx: ArticleContext): boolean {
  return ctx.analyzed.sentences.every((o) => o.entities.every((x) => x.cls !== 'person' || x.canonical !== canonical || SPEAKS_AFTER.test(o.text.slice(x.end)) || /\b(?:said|says|added|noted|stated)\s+$/.test(o.text.slice(0, x.start))));
}

/** "Secretary of War", "Secretary of State": a portfolio every government has, whose country the
 *  role does not say. */
// (A Secretary's, as Washington names them: India's ministers are the Union's whatever the article says.)
const PORTFOLIO_ONLY = /^(?:the\s+)?Secretary\s+of\s+(?:State|War|Defense|Commerce|the\s+Treasury|Treasury|Energy|the\s+Interior|Homeland\s+Security|Transportation)$/;

/** "letter to UPSC Secretary ": a letter's addressee or sender, then the title. */
// ("what he said in his set about Maharashtra Deputy Chief Minister Eknath Shinde": or whom a remark was about.)
// ("Amit Shah spoke with Uttarakhand Chief Minister Pushkar Singh Dhami and ordered …": whom
// someone called about the news; "a cabinet meeting headed by Karnataka Chief Minister
// Siddaramaiah": who chaired the meeting that decided it.)
const IN_PASSING_BEFORE = /\b(?:letter|communication|communiqu[eé]|note|memo|e-?mail|circular|notice)\s+(?:[\p{Ll}-]+\s+){0,3}(?:to|from|addressed\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$|\b(?:spoke|spoken|speaks|talked|talks|dialled|dialed|telephoned)\s+(?:to|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$|\b(?:meeting|session)\s+(?:headed|chaired|presided\s+over)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$|\b(?:said|remarks?|comments?|jibes?|jokes?|joked|quipped|set|song|post|posts|video)\s+(?:[\p{Ll}-]+\s+){0,4}(?:about|on|against|targeting|mocking)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;

/** " said …", " had said …", " also visited …": what one named once in passing did. */
const IN_PASSING_AFTER = /^(?:,[^,;]{1,100},)?\s+(?:also\s+|later\s+)?(?:(?:has|had|have)\s+)?(?:said|says|told|added|stated|noted|tweeted|wrote|posted|visited|met|called\s+on|condoled|attended|congratulated|hailed|lauded|welcomed)\b/;

const LEAVING = /\b(?:resignation|removal|retirement|exit|dismissal|sacking)\s+of\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
/** "to change its Tripura Chief Minister ", "replaced Chief Minister ": one the story replaces. */
const REPLACED_BEFORE = /\b(?:chang(?:e|ed|ing)|replac(?:e|ed|ing)|swap(?:ped|ping)?|dropp(?:ed|ing)|remov(?:e|ed|ing)|sack(?:ed|ing)?)\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,6}$/iu;
// ("ex-Jet Airways CEO Vinay Dube": "ex-" runs onto the name it makes former.)
const FORMER = /\b(?:(?:former|ex-|late|erstwhile|outgoing|then|retired|previous)\s+|ex-(?=\p{L}))(?:[\p{L}'’-]+\s+){0,7}$/iu;

/**
 * A person named with their office ("Russia's Foreign Minister Sergei Lavrov") → "Who was the
 * Foreign Minister of Russia in November 2013?". The article's date anchors the time-bound fact.
 * The office must be specific (it names what it is the office of) to have one right answer.
 */
const find: FindDrafts<'office'> = (s, ctx) => {
  const drafts: FactDraft<'office'>[] = [];
  // ("Odisha Chief Minister Naveen Patnaik also paid his tribute to Udhas": who condoled or
  // attended is no part of the story, and neither is the office they hold.)
  if (CEREMONY.test(s.text)) return drafts;
  for (const e of s.entities) {
    if (e.cls !== 'person' || !e.role) continue;
    // ("The President of India President Droupadi Murmu": the title written twice is one office.)
    // ("Pakistan President Field Marshal Ayub Khan": a military rank after the office is no part of it.)
    // ("Aviation Corps Director General Lt. Gen Ajay Suri": nor a rank written short.)
    const role = onceTitled(e.role.trim()).replace(/\s+(?:Field\s+Marshal|General|Admiral|Air\s+Chief\s+Marshal|Lt\.?\s*Gen\.?|Lieutenant\s+General|Maj\.?\s*Gen\.?|Major\s+General|Air\s+Marshal|Vice\s+Admiral|Rear\s+Admiral|Brig\.?|Brigadier|Col\.?|Colonel)(?=\s+(?:of|at|for)\s)/, '');
    // ("Deputy Chief Ministers Eknath Shinde and Ajit Pawar, and Civil Aviation Minister …" read as
    // "Minister of Ajit Pawar, and Civil Aviation": a role that holds another person's name is a
    // list misread.)
    if (s.entities.some((o) => o !== e && o.cls === 'person' && o.canonical.includes(' ') && role.includes(o.canonical))) continue;
    if (!UNIQUE_OFFICE.test(role) || !/\s(of|at|for)\s+\S/.test(role)) continue;
    // ("Gujarat Minister Rushikesh Patel": a state has many ministers; without a portfolio the
    // office names no one.)
    if (/^(?:the\s+)?(?:Union\s+|State\s+)?Ministers?\s+of\s+(?!State\b)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.test(role) && !/\b(?:Affairs|Finance|Defence|Health|Education|Home)\b/.test(role)) continue;
    // ("my US counterpart Secretary of War Pete Hegseth": a portfolio with no country names no one.)
    if (PORTFOLIO_ONLY.test(role)) continue;
    // ("Tourism and Culture Minister Jaiveer Singh welcomed the move" in a story of Lucknow: a
    // portfolio without "Union" in a story of an Indian state or city is as likely the state's;
    // "Who was the Minister of Tourism and Culture?" would name him the Union's.)
    if (/^(?:the\s+)?Minister\s+of\s/.test(role) && !/\bUnion\s+(?:[\p{L}&,-]+\s+){0,5}$/u.test(s.text.slice(Math.max(0, e.start - 60), e.start)) && storyOfIndianPlace(ctx)) continue;
    // "former Bihar Chief Minister Karpoori Thakur" held it once: "Who was the Chief Minister of
    // Bihar in January 2024?" would be wrong.
    if (FORMER.test(s.text.slice(Math.max(0, e.start - 60), e.start))) continue;
    // ("accepted the resignation of Odisha Governor Raghubar Das": one leaving the office, which
    // the story gives to another.)
    if (LEAVING.test(s.text.slice(Math.max(0, e.start - 60), e.start))) continue;
    // ("The BJP's move to change its Tripura Chief Minister Biplab Kumar Deb with Manik Shaha …":
    // one the story replaces held the office before; the other holds it now.)
    if ((REPLACED_BEFORE.test(s.text.slice(Math.max(0, e.start - 60), e.start)) && /^\s+with\s+\p{Lu}/u.test(s.text.slice(e.end))) || /^(?:,[^,;]{1,80},)?\s+(?:was|has been|had been)\s+replaced\s+by\b/.test(s.text.slice(e.end))) continue;
    // ("Who was the Prime Minister of India?": every reader of Indian news knows; asked, it only
    // fills a sheet.)
    if (KNOWN_TO_ALL.test(role)) continue;
    // ("RBI Deputy Governor Viral Acharya" where the story names "four Deputy Governors": an office
    // several hold names no one, whatever its "of".)
    if (heldBySeveral(role, ctx)) continue;
    // ("Who was the Commissioner of Garhwal?", "the District Magistrate of Chamoli": a local
    // officer who tells a story's facts holds no office a student learns.)
    if (LOCAL_OFFICER.test(role)) continue;
    // ("Assam Chief Minister Himanta Biswa Sarma, the BJP co-incharge for …, said the loss was
    // painful", in a Jharkhand results story: someone named once, only to speak, for a place or
    // body the story names nowhere else, holds no office the story is about.)
    // (In a story of a few sentences at least: one that is the speaker's line is about them.)
    // (Or named again only to speak again: "PHDCCI President Hemant Jain said …", "…,” Jain said.")
    if (ctx.analyzed.sentences.length >= 3 && SPEAKS_AFTER.test(s.text.slice(e.end)) && ((ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) <= 1 || onlySpeaks(e.canonical, ctx)) && !domainNamedElsewhere(role, s, ctx)) continue;
    // ("a formal letter to UPSC Secretary Shashi Ranjan Kumar from …": one named once, as whom a
    // letter was sent to or from, is met in passing.)
    if ((ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) <= 1 && IN_PASSING_BEFORE.test(s.text.slice(Math.max(0, e.start - 80), e.start))) continue;
    const office = /^the\s/i.test(role) ? role : `the ${role}`;
    // ("The Indus Waters Treaty, signed on September 19, 1960 between … Pakistan President Ayub Khan":
    // an office held when the sentence's own past date says, not the article's.)
    const past = pastYearOf(s, ctx, e.start);
    const when = past ? ` in ${past}` : ctx.monthYear ? ` in ${ctx.monthYear}` : ', according to the article';
    // (Undated, the office is asked by what its holder did: "Which Governor of the Reserve Bank of
    // India announced that the central bank maintained its neutral stance?")
    const did = ctx.monthYear || past ? null : deedAfter(s, e.end);
    // ("Who was the Governor of the Reserve Bank of India, according to the article?" of a forex report
    // quoting him once: an office no date anchors and no deed tells is worth asking only of someone
    // the story is about, named again or in its headline.)
    // (Only where they speak or call in passing: "Odisha Chief Minister X released them into the
    // sanctuary" is the story's deed, its "them" all that keeps it from the question.)
    if (!ctx.monthYear && !past && !did && (ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) < 2 && !namedInHeadline(e, ctx) && IN_PASSING_AFTER.test(s.text.slice(e.end))) continue;
    drafts.push({
      pattern: 'office',
      question: did ? `Which ${withCountryArticle(office.replace(/^the\s+/i, ''))} ${did}?` : `Who was ${withCountryArticle(office)}${when}?`,
      answer: e.canonical,
      answerText: e.text,
      answerStart: e.start,
      answerType: 'person',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [e.canonical],
      statement: `${e.canonical} was ${withCountryArticle(office)}${ctx.monthYear ? ` in ${ctx.monthYear}` : ''}.`,
    });
  }
  return drafts;
};

/** "announced that the central bank maintained its neutral stance": what the sentence says its
 *  subject did, right after the name, whole, with nothing in it that leans on another sentence. */
function deedAfter(s: Sentence, end: number): string | null {
  // ("… Amarinder Singh on Saturday ordered a magisterial inquiry into the train accident after
  // visiting the injured": the day the deed was done is left out, and so is what it was done after.)
  const day = DAY_BEFORE_DEED.exec(s.text.slice(end))?.[0].length ?? 0;
  const rest = s.text.slice(end + day).replace(/[.!]\s*$/, '').replace(SUBORDINATE_TAIL, '').trim();
  // ("The Supreme Court granted Delhi Chief Minister X bail …": the object of a verb before them
  // did nothing the words after the name tell.)
  const clauseStart = Math.max(0, ...[...s.text.slice(0, end).matchAll(/[,;:]/g)].map((m) => m.index! + 1));
  if (s.tokens.some((t) => t.start >= clauseStart && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text))) return null;
  const verb = s.tokens.find((t) => t.start >= end + day);
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || /^(?:is|was|are|were|said|says|told|added)$/.test(verb.text) || /^(?:has|have|had|will|would)\s+(?:said|told|added)\b/.test(rest)) return null;
  // ("Railway Board Chairman X, Northern Railway General Manager Y have left …": a plural verb is
  // the deed of a list of people, not of the one holder asked.)
  if (/^(?:have|are|were)\b/.test(rest)) return null;
  // ("Which Minister of Information and Broadcasting tweeted the news?": who passed the news on.)
  if (NEWS_PASSED_ON.test(` ${rest}`)) return null;
  const words = rest.split(/\s+/).length;
  // ("that the central bank maintained its neutral stance": an "its" after a noun of its own clause
  // is that noun's.)
  // ("kicked off his second informal summit with …": a "his" of the deed's own object is the
  // holder's, as the question's "Which President …" reads it; one only.)
  const checked = rest.replace(/\b(?:announced|said|noted|stated|declared|confirmed)\s+that\b/, '').replace(/(\bthe\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+[\p{L}-]+\s+)its\b/u, '$1the').replace(OWN_OBJECT, '$1the');
  if (words < 3 || words > DEED_WORDS || /["“”‘’]/.test(rest) || hasDanglingReference(checked) || /\b(?:he|she|him|her|his|they|them|their|it|its|this|that|these|those)\b/i.test(checked)) return null;
  return rest;
}
const DEED_WORDS = 20;
/** " on Saturday", " today", " on Monday (May 5)": a day between the name and the deed. */
const DAY_BEFORE_DEED = new RegExp(`^\\s+(?:on\\s+)?(?:${WEEKDAY_ALTERNATION}|today|yesterday)(?:\\s+\\([^()]{1,20}\\))?(?=\\s+\\p{Ll})`, 'u');
/** ", …" or " after …", " while …": a clause or phrase after the deed itself, to its end. */
const SUBORDINATE_TAIL = new RegExp(`(?:,|\\s+(?:after|while|before|following|as|when|amid|during|since)\\s|\\s+on\\s+${WEEKDAY_ALTERNATION}\\b)[^]*$`);
/** "kicked off his …": the deed's first word, a verb, then the holder's own "his" or "her". */
// (Only of what one does oneself, "his second summit", "her resignation": "visited his residence"
// may be anyone's.)
const OWN_OBJECT = /^(\p{Ll}+(?:\s+(?:off|up|out|on|in|over|down))?\s+)(?:his|her)(?=\s+(?:(?:first|second|third|fourth|fifth|maiden|last|own|\d+(?:st|nd|rd|th))\b|(?:resignation|oath|term|tenure|visit|tour|budget|speech|address|nomination|campaign)s?\b))(?![^]*\b(?:his|her)\b)/u;

/** "the President of United States" → "the President of the United States". */
function withCountryArticle(office: string): string {
  return office.replace(/\bof (United|Netherlands|Philippines|Maldives|Bahamas|Czech Republic)/, 'of the $1');
}

export default definePattern({
  id: 'office',
  describe: 'Who held an office written before a name: "Russia’s Foreign Minister Sergei Lavrov"',
  find,
});

/** The year a sentence's own date gives to the office held by the person at `at`, where it is
 *  before the article's (or the article has none) and frames the person: the sentence opens on
 *  it ("In 2019, the President of South Africa was …"), or an act between or by the holders is
 *  dated by it ("signed on September 19, 1960 between … and Pakistan President Ayub Khan").
 *  (Not a year told of something else: "… which had launched Chandrayaan-3 in July 2023" says
 *  nothing of who was ISRO's chairman then.) */
function pastYearOf(s: Sentence, ctx: ArticleContext, at: number): string | null {
  const own = ctx.analyzed.article.date ? Number(ctx.analyzed.article.date.slice(0, 4)) : Infinity;
  for (const d of s.entities) {
    if (d.cls !== 'date' || d.end > at) continue;
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(d.text)?.[1];
    if (!year || Number(year) >= own) continue;
    const opens = /^(?:In|On|By|During)\s/.test(s.text) && !s.text.slice(0, d.start).includes(',');
    const between = s.text.slice(d.end, at);
    if (opens || (/^[^;]{0,40}\b(?:between|by)\s/.test(between) && !/\b(?:who|which|that|when|said)\b/.test(between))) return year;
  }
  return null;
}
