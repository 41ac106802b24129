import { quotedSpans, wordCount } from './text-utils.js';
import { wholeWordSpans } from '../util/whole-word.js';
import { hasMainVerb } from './main-verb.js';
import type { Token } from '../types.js';

const LONG = 32;
/** A figure with no noun after it, ending a clause: "has 11,934". */
// (Not a year: "… of the market in 2009" says when.)
const BARE_FIGURE_END = /(?:^|\s)\u0000?(?!(?:19|20)\d\d\b)\d[\d,.]*\u0001?[,;:]?$/u;
/** Counts in words that may open a list's member: "two refuelling aircraft, and four …". */
const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands';
const COUNT_NEXT = new RegExp(`^,\\s+(?:and\\s+)?\u0000?(?:\\d|(?:${COUNT_WORDS})\\s)`, 'u');
const COUNT_BEFORE = new RegExp(`(?:\\d[\\d,.]*|\\b(?:${COUNT_WORDS}))\\s+\\p{L}[^;]{0,60}$`, 'u');
/** Where a long sentence may be cut into clauses without cutting a phrase ("set up in 2009 as a
 *  group of …": "as a/an" gives a role, never a clause). "as" after a verb
 *  ("served as the Chief Justice", "sworn in as", "took over as", "took charge on Tuesday as") or a noun of office ("a key
 *  role as the additional secretary", "his stint as") gives a role, not a clause.
 *  (" and he assumed office …": a pronoun subject after "and" opens a clause of its own; so does
 *  a demonstrative one, " and this edition marks …".)
 *  (The "as" lookahead comes before the lookbehind: it fails fast at almost every position.) */
const CLAUSE_BREAK = /;\s+|\s+(?=and\s+(?:he|she|they|this|these)\s+[a-z])|,\s+(?=(?:while|whereas|but|although|though|and|as|which|who|with|after|before|because|since)\s)|\s+(?=(?:when|while|because|although|whereas)\s)|(?=\s+as\s+(?!(?:part|a result|a whole|well|long|soon|far|of|such|usual|the result|(?:many|much|few|little|high|low|good)\s+as)\b)(?:hundreds|thousands|millions|the|many|some|more|several|[A-Z][a-z]+)\s)(?<!\b(?:such|well|just|so|twice|same|in|over|charge|office|oath|resign|retire|quit|down|serve|serves|join|joins|continue|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[a-z]+ed|served|known|seen|sworn|chosen|worked|acted|remains?|continues?|emerges?|doubles?|roles?|stint|tenure|term|career|post|position|capacity|job|time|days|years?|months?|appointments?|posts|positions|assignments?|retirement|serving|working|acting))(?<!\bas\s+(?:early|late|recently))\s+|(?<!\d)\s+[—–]\s+(?!\u0000?\d)/g;

/**
 * The cloze text: the sentence with the answer as `{{c1::answer}}`. A long sentence is cut to
 * the clause that holds the answer (at semicolons, dashes and ", while/but/which …"), never
 * mid-phrase; a clause too short to stand alone keeps the whole sentence. Null when the answer
 * text is not in the sentence. `clauseOnly`: the clause in any case (null when there is none),
 * for a sentence whose other clause leans on something outside it ("…; this has dropped …");
 * `'whole'`: the sentence uncut, however long. With the sentence's `tokens`, a clause cut from it
 * must hold a verb of its own.
 */
export function buildCloze(sentence: string, answerText: string, answerStart?: number, clauseOnly: boolean | 'whole' = false, tokens?: readonly Token[]): string | null {
  // The occurrence the pattern meant (the second "Taipei", not the one inside a name), else the
  // first whole-word one; marked so that cutting into clauses cannot lose track of it.
  const at =
    answerStart !== undefined && sentence.startsWith(answerText, answerStart)
      ? answerStart
      : (wholeWordSpans(sentence, answerText)[0]?.[0] ?? -1);
  if (at < 0 || !answerText) return null;
  let text = `${sentence.slice(0, at)}${OPEN}${answerText}${CLOSE}${sentence.slice(at + answerText.length)}`.trim();
  // (Offsets in the marked text, back in the sentence: past each mark, one less.)
  const lead = sentence.length - sentence.trimStart().length;
  const inSentence = (i: number) => lead + i - (i > at - lead ? 1 : 0) - (i > at - lead + answerText.length + 1 ? 1 : 0);
  const verbIn = tokens && ((from: number, to: number) => hasMainVerb(tokens, inSentence(from), inSentence(to)));
  if (clauseOnly === 'whole') {
    // (The sentence as written, however long: a cut may leave a pronoun its sentence resolves.)
  } else if (clauseOnly) {
    const clause = clauseHolding(text, true, verbIn);
    if (!clause || halfAnAside(clause, text)) return null;
    text = clause;
  } else if (wordCount(text) > LONG) {
    text = withoutRelativeAside(text);
    const clause = wordCount(text) > LONG ? clauseHolding(text, false, verbIn) : null;
    if (clause && !halfAnAside(clause, text)) text = clause;
  }
  return text.replace(`${OPEN}${answerText}${CLOSE}`, `{{c1::${answerText}}}`);
}

/** "Bharat Muni’s _____, a 5th-century treatise on performing arts — have been inscribed …" cut
 *  from "Two ancient Indian texts — the … Gita, …, and Bharat Muni’s Natyashastra, … — have been
 *  inscribed": a cut inside an aside set off by dashes keeps one dash of the two, and the verb is
 *  the whole aside's. */
function halfAnAside(clause: string, whole: string): boolean {
  const dashes = (t: string) => (t.match(/\s[—–]\s/g) ?? []).length;
  return dashes(whole) % 2 === 0 && dashes(clause) % 2 === 1;
}

/** ", which granted immunity to …, was overruled": a relative clause set off by commas inside the
 *  subject, its verb after it. */
const RELATIVE_ASIDE = /,\s+(?:which|who)\s+[^,;\u0000\u0001]{10,200},\s+(?=(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|shall|should)\s)/;

/** "The judgement in the PV Narasimha Rao case was overruled": a long sentence without the aside
 *  between its subject and its verb (cut there, the subject would stand without a verb). */
function withoutRelativeAside(text: string): string {
  const m = RELATIVE_ASIDE.exec(text);
  // (The aside never holds the answer: the class above leaves its marks out.)
  return m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
}

/** A clause that opens with its verb shares the subject of the one before ("Mohamed was a
 *  guest, and was able to meet finalists"), as does one that opens with a participle ("…, while
 *  directing restoration of statehood"): cut off, it has none. */
// ("…, and is 120 meters long": a figure after the verb too.)
// ("…, as a result of a long eclipse in April 2022, the agency said": a phrase of cause, its
// clause before it.) ("…, while also unveiling the company's first orbital rocket": an adverb
// before the participle.)
const SUBJECTLESS = /^(?:was|were|is|are|am|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|became|began|continued|remained)\s+[\p{Ll}\p{N}\u0000]|^(?:also\s+|thereby\s+|then\s+|\p{Ll}+ly\s+)?\p{Ll}+ing\s|^(?:as\s+)?a\s+result\s+of\b/u;

/** "…, and invited the President …", "…, but harbours about 7 percent …": after "and"/"but", a
 *  past-tense verb first (or a present one before its object) shares the subject before it too
 *  (a lower-case noun subject, "and police arrested …", "but prices rose", does not match). */
// ("upheld", "undertook", "withdrew", "rebuilt": an irregular past with a prefix too.)
const PAST_VERB = String.raw`[a-z]{3,}ed|(?:up|with|over|under|re|out|mis)?(?:said|told|made|took|gave|went|came|left|met|held|led|won|lost|sent|kept|got|began|brought|bought|built|found|paid|saw|spoke|wrote|rose|fell|struck|sought|drew|chose|threw|ran|set|put)`;
const PAST_VERB_FIRST = new RegExp(String.raw`^(?:[a-z]{3,}(?:s|es)(?=\s+\u0000?(?:about|around|over|nearly|almost|some|only|the|a|an|its|his|her|their|\d))|${PAST_VERB})\s`);

/** "as a teenager but ended up …": the "as" was a role, not a clause, and what follows
 *  shares the subject before it. */
const ROLE_THEN_VERB = /^(?:a|an|the)\s+[\p{Ll}-]+\s+(?:but|and)\s/u;

// ("…, and the Code of Criminal Procedure (CrPC), will come into force from July 1": a modal too.)
// ("…, and Rashtriya Lok Morcha (four seats) - rounded up …": or before a dash that closes the list.)
// ("Modi, the first Indian premier to visit Brunei, and Sultan Hassanal Bolkiah, agreed to …": or
// the last of two subjects, a comma before their past-tense verb.)
const LIST_TAIL = new RegExp(String.raw`^[^,;]+,\s+(?:are|is|were|was|have|has|had|will|would|shall|should|can|could|may|might|must|${PAST_VERB})\s|^\u0000?\p{Lu}[^,;]{0,60}\)\s+[-–—]\s`, 'u');

/** The end of a list of names before its ", and": ", Sanjay Kumar" (one to four capitalised words after a comma). */
// ("…, world champion boxer Zareen, boxer Amit Panghal, and the shuttler Sen, all of whom …":
// people listed with their trade before them too.)
const LIST_MEMBER_BEFORE = /,\s+(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*$/u;

// ("His performance as Arya Sumanta in …", "her role as Rani": the part someone played.)
const NAMING_BEFORE_AS = /\b(?:referred to|refers to|known|described|named|designated|listed|identified|recogni[sz]ed|regarded|treated|classified|branded|termed|hailed|dubbed|re-?named|declared)\b[^,;.]{0,40}$|\b(?:performance|role|portrayal|appearance|turn|stint|debut)$/;

/** "appointed him as the officer on special duty", "elected Om Birla as": a verb giving its
 *  object a post; the "as" names the post, it starts no clause. */
const POST_GIVEN_BEFORE_AS = /\b(?:appointed|reappointed|re-appointed|elected|re-elected|nominated|selected|chose|picked|promoted|inducted|retained|installed|hired|recruited|posted|sworn in)\s+(?:(?:him|her|them|the|a|an|\p{Lu}[\p{L}.'’-]*)\s+){1,4}$/u;

/** "by Bitupan Boruah and Abhijit Das of the Wildlife Institute of India (WII)": people a "by"
 *  lists, up to the comma before the last of them. */
const AGENTS_BEFORE = /\bby\s+\p{Lu}[\p{L}.]*\s+\p{Lu}[^,;]*$/u;

/** ", and former … chief justice Sanjay Yadav are …": a list's last member, a person's name, then
 *  the whole list's plural verb. */
const LAST_PERSON_THEN_PLURAL = /^,\s+and\s+[^,;]{0,80}?\u0000?\p{Lu}\p{Ll}+\s+\u0000?\p{Lu}\p{Ll}+\u0001?\s+(?:are|were)\s/u;

/** "(iv) ", "b) ", "2. ": the mark of an item in a numbered or lettered list. */
const LIST_ITEM_MARK = /^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[).]\s/;

/** ", officials of the district administration said.": who told it, closing a sentence. */
const TELLING_AT_END = /,\s+(?:[\p{L}.'’-]+\s+){0,8}(?:said|says|added|stated|told\s+\S+)\.?["”]?$/u;

const OPENING_SUBORDINATE = /^(?:While|Although|Though|Whereas|Even though|Because|Since|After|Before|When|Once)\s/;

/** "Still below the 65.1 per cent …", "Down from …": a comparison opening a clause or sentence. */
export const COMPARISON_OPENING = /^(?:(?:still|yet|but|and|much|far|slightly)\s+)?(?:below|above|under|lower than|higher than|less than|more than|down from|up from)\s/i;

/** "the first time …", "a first for …", "a milestone in …": a noun phrase after a dash. */
/** "a massive 35 per cent surge (year-on-year), the data … showed": a noun phrase, then its teller. */
const DASH_GLOSS = /^(?:an?|the)\s[^,;]*,\s+(?:the\s+)?(?:[\p{L}().'’-]+\s+){0,12}(?:showed|shows|said|says|revealed|reveals|indicated|indicates|stated)\b[^,;]*$/iu;
const DASH_APPOSITIVE = /^(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:time|moment|instance|occasion|first|milestone|feat|record|step|achievement)\b/iu;

/** Marks around the answer while the sentence is cut (characters no article contains). */
const OPEN = '\u0000';
const CLOSE = '\u0001';

function clauseHolding(text: string, mainAlone = false, verbIn?: (from: number, to: number) => boolean): string | null {
  const cuts = [0];
  const quotes = quotedSpans(text);
  const brackets = [...text.matchAll(/\([^()]*\)/g)].map((b) => [b.index!, b.index! + b[0].length] as const);
  // Two dashes set off an aside ("launched its 'sharp eye' — the HysIS — into space"): a cut at
  // either leaves half a sentence on each side.
  const aside = (text.match(/\s[—–]\s/g) ?? []).length >= 2;
  // ("were named the Narphu Bush Frog, …; the Mawsynram Bush Frog, …; and the Boulenger Bush
  // Frog, …": semicolons that part the members of a list part no clauses.)
  const semicolonList = /;\s+and\s/.test(text) && (text.match(/;/g) ?? []).length >= 2;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    // Never cut inside a quotation or a bracket: the clause would start or end mid-quote, or
    // leave "(after _____ …" open.
    if (quotes.some(([qs, qe]) => m!.index > qs && m!.index < qe) || brackets.some(([bs, be]) => m!.index > bs && m!.index < be)) continue;
    if (aside && /[—–]/.test(m[0])) continue;
    // ("built under Pradhan Mantri Awas Yojna – Gramin and …": a dash between two capitalised words
    // joins a scheme to its variant, one name, no clause.)
    if (/[—–]/.test(m[0]) && /\p{Lu}[\p{L}]*$/u.test(text.slice(0, m.index)) && /^\p{Lu}\p{Ll}+\s+(?:and|or|,)/u.test(text.slice(m.index + m[0].length))) continue;
    if (semicolonList && m[0].includes(';')) continue;
    // ("Setting up of a rail link at a cost of …; and a hospital facility … were approved": a part
    // before "; and" with no verb of its own is one subject of the verb after.)
    if (m[0].includes(';') && /^\s*and\s/.test(text.slice(m.index + m[0].length)) && verbIn && !verbIn(cuts[cuts.length - 1], m.index)) continue;
    // ("Victory not only marked a send-off for …, but also …": the "but" completes the "not only".)
    if (/^,\s+but\s/.test(text.slice(m.index, m.index + 8)) && /\bnot only\b/.test(text.slice(0, m.index))) continue;
    // "referred to the database as National …", "known as …": "as" names, it starts no clause.
    if (!m[0].trim() && NAMING_BEFORE_AS.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (!m[0].trim() && POST_GIVEN_BEFORE_AS.test(text.slice(Math.max(0, m.index - 60), m.index) + ' ')) continue;
    // (", as against Rs 35.84 lakh crore …", ", as compared to …", ", as per …": a phrase, no clause;
    // nor ", as envisioned by the Prime Minister, …", an aside on what comes before it.)
    if (/^,\s+as\s+(?:against|compared|opposed|per\b|\p{Ll}+(?:ed|en)\s+(?:by|in|under)\b)/u.test(text.slice(m.index, m.index + 40))) continue;
    // ("approved the appointment of Shri Arun Mehra, IAS (Retired), as Adviser-2":
    // the post someone is given, after a comma too.)
    // ("notified the appointment of Justice X -- the senior-most Judge of … -- as the next Chief
    // Justice": after an aside between dashes too.)
    if (/^(?:,\s+|\s+)as\s+(?:the\s+)?(?:next\s+|new\s+)?\u0000?\p{Lu}/u.test(text.slice(m.index, m.index + 30)) && /\b(?:appoint\w*|named|designated|elected|nominated|selected|promoted)\b/.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // ("His first term was from 2009 to 2014 when Jammu and Kashmir was a full-fledged state": a
    // "when" after a time says when that was; the clause alone would state it of today.)
    if (/^\s+$/.test(m[0]) && /^\s*when\s/.test(text.slice(m.index, m.index + 8)) && /(?:\b\d{4}|\b(?:years?|days?|months?|decades?|period|time|era|term|tenure))\s*$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "As a part of celebrating 2025 as the 'Year of Reforms' …, DAC approved …": an "as" inside
    // an opening subordinate clause (before its comma) starts no clause of its own.
    if (!m[0].trim() && /^(?:As|While|Although|Though|Whereas|Because|Since|After|Before|When|Once)\s/.test(text) && !text.slice(0, m.index).includes(',')) continue;
    // ("To reduce imports, meet rising demand, and enhance farmers' income, a 6-year mission was
    // announced": the last aim of an opening "To …" lists no clause either; the main clause
    // follows its comma.)
    if (/^(?:In order\s+)?To\s+\p{Ll}/u.test(text) && /^,\s+and\s+\p{Ll}[^;]*?,\s/u.test(text.slice(m.index)) && !/,\s+and\s/.test(text.slice(0, m.index))) continue;
    // "… JB Pardiwala, Sanjay Kumar, and Manoj Misra held that …": the last name of a list, no clause.
    // ("discovered by A and B of the Wildlife Institute of India, and C of the Natural History
    // Museum, based on …": the last of the people a "by" lists, no clause either.)
    if (/^,\s+and\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\u0000?\p{Lu}/u.test(text.slice(m.index, m.index + 40)) && (LIST_MEMBER_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || AGENTS_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)))) continue;
    // ("A, B and the current chairperson of the Law Commission X, and former chief justice Sanjay
    // Yadav are the new members": one more person named before a plural verb is the list's last.)
    // (Only after another member and its comma: "A, B and C, and D are …".)
    if (LAST_PERSON_THEN_PLURAL.test(text.slice(m.index, m.index + 120)) && text.slice(0, m.index).includes(',')) continue;
    // ("an FIR against two owners of the nightclub, its manager, and event organisers after a fire
    // …": the last of a list whose member before it is a short phrase with no verb, set off by
    // commas, is one more member, no clause.)
    if (verbIn && /^,\s+and\s/.test(text.slice(m.index, m.index + 6))) {
      const member = /,\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+)$/u.exec(text.slice(Math.max(0, m.index - 50), m.index));
      if (member && !verbIn(m.index - member[1].length, m.index)) continue;
    }
    // ("dicot species, such as soybean, cotton, and peanut, lose more yield …": the last of
    // the everyday words a list names, no clause; nor when a dash closes the aside that lists
    // them: "eight sectors - that includes coal, fertiliser, and steel - slowed down to …".)
    // ("a free, open, peaceful, and rules-based Indo-Pacific": nor the last of the words a list
    // puts before its noun.)
    if (/^,\s+and\s+\p{Ll}[\p{Ll}-]*(?:,|\s+(?:-{1,2}|[—–])\s|\s+\u0000?\p{Lu})/u.test(text.slice(m.index, m.index + 40)) && /\p{Ll},\s+\p{Ll}+$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // ("22,100 fast chargers for cars, 1,800 fast chargers for e-buses, and 48,400 …": the next
    // figure of a list, no clause.)
    // ("… two airborne early warning aircraft, and four C-130 … aircraft": a count in words too.)
    if (COUNT_NEXT.test(text.slice(m.index, m.index + 16)) && COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  CLAUSE_BREAK.lastIndex = 0;
  // "While this marked an improvement …, India continues to remain …": an opening subordinate
  // clause ends at its first comma; the main clause after it stands alone (asked for when the
  // opening leans on something outside the sentence; a whole sentence keeps it otherwise).
  if (mainAlone && OPENING_SUBORDINATE.test(text)) {
    const comma = /,\s+/g;
    for (let m = comma.exec(text); m; m = comma.exec(text)) {
      if (quotes.some(([qs, qe]) => m!.index > qs && m!.index < qe)) continue;
      // (In order: before the first break the loop above found, unless one came earlier.)
      if (cuts.length === 1 || m.index < cuts[1]) cuts.splice(1, 0, m.index, m.index + m[0].length);
      break;
    }
  }
  cuts.push(text.length);
  for (let i = 0; i < cuts.length; i += 2) {
    let clause = text.slice(cuts[i], cuts[i + 1]).trim();
    if (!clause.includes(OPEN)) continue;
    // A relative or subordinate clause does not stand alone; a coordinated one does without its "and".
    if (/^(which|who|after|before|since|with)\s/i.test(clause)) return null;
    // ("… marked a watershed moment – the first time an Indian astronaut travelled to the _____":
    // what follows a dash there names the moment before it, a noun phrase, no clause.)
    if (i > 0 && /[—–]\s*$/.test(text.slice(0, cuts[i])) && DASH_APPOSITIVE.test(clause)) return null;
    // ("… against Rs 20.07 lakh crore in the previous month – a massive _____ surge (year-on-year),
    // the data released by the NPCI showed": a noun phrase after a dash, then who showed it, is
    // the figure's gloss, no clause.)
    if (i > 0 && /[—–]\s*$/.test(text.slice(0, cuts[i])) && DASH_GLOSS.test(clause)) return null;
    // A sentence that opens with "As …" is subordinate throughout; "… as hundreds crowded …",
    // cut at the break above, asserts what follows "as".
    if (i === 0 && /^as\s/i.test(clause)) return null;
    // ("While _____ with 92nd rank (93 in 2024) and Pakistan …": an opening subordinate clause cut
    // off before its main one has no main verb to stand on.)
    if (i === 0 && cuts.length > 2 && OPENING_SUBORDINATE.test(clause) && !/,\s/.test(clause)) return null;
    // "when/because/although/as X" asserts X: the clause stands alone without its conjunction.
    const joined = /^(?:and|but)\s/i.test(clause);
    // (Not the sentence's own opening: "While USI holds its exhibit, there are …" keeps its "While".)
    // ("But when the security is at stake, India knows how to …": a subordinate clause that runs on
    // into the main one past its comma leaves no sentence without its "when"; a "while" clause
    // follows its main one, its commas an aside's.)
    // (A telling closing the sentence is no main clause: "…, officials said.")
    if (i > 0 && /^(?:when|because|although|though|as)\s[^,;]*,\s/i.test(clause.replace(TELLING_AT_END, ''))) return null;
    // ("…, and posthumously to Colonel Manpreet Singh from …": an adverb and a preposition go on
    // with the verb before the cut; no clause of its own.)
    if (i > 0 && /^(?:and\s+|but\s+)?\p{Ll}+ly\s+(?:to|for|with|by|from|on|at)\s/u.test(clause)) return null;
    // ("…, and then to Kalakkad Mundanthurai Tiger Reserve to make it …": a phrase that goes on with
    // the verb before the cut, no clause either.)
    if (i > 0 && /^(?:and\s+|but\s+)?then\s+(?:to|for|with|by|from|into|onto|on|at)\s/u.test(clause)) return null;
    if (i > 0) clause = clause.replace(/^(and|but|while|whereas|when|because|although|though|as)\s+/i, '');
    // "…; this has dropped to approximately 56 percent today": a clause that leans on the one
    // before by "this" or "it" keeps the whole sentence.
    if (i > 0 && /^(?:this|that|these|it|they)\s/i.test(clause)) return null;
    // ("…, though still below the 65.1 per cent recorded in 2018": a comparison with no verb of
    // its own leans on the figure before it.)
    if (i > 0 && COMPARISON_OPENING.test(clause)) return null;
    // "…; (iii) the Award Scheme; and (iv) the Travel Grant Scheme": a list's item, no clause.
    if (i > 0 && LIST_ITEM_MARK.test(clause)) return null;
    if (wordCount(clause) < 7 || SUBJECTLESS.test(clause) || ROLE_THEN_VERB.test(clause)) return null;
    // ("…, and the Western Ghats region (…) has _____ …" → 11,934: a figure that ends a clause cut
    // from its sentence counts what the words before the cut named, elephants.)
    if (cuts.length > 2 && BARE_FIGURE_END.test(clause)) return null;
    // ("…, and the Chairman of the Certification Board for _____, India's planned mission": a
    // part cut from its sentence with no verb of its own is a fragment.)
    if (cuts.length > 2 && verbIn && !verbIn(cuts[i], cuts[i + 1])) return null;
    // "…, and Magadi Kere Conservation Reserve, are located in Karnataka": the last member of a
    // list before the sentence's verb, no clause.
    if (joined && LIST_TAIL.test(clause)) return null;
    if (joined && PAST_VERB_FIRST.test(clause)) return null;
    // ("for students having an income of up to Rs 8 lakh, and not eligible for any other
    // scholarship, 3 per cent …": "and not"/"and eligible for" adds a condition to the words
    // before the cut; what follows has no subject of its own.)
    if (joined && /^(?:not\s|\p{Ll}+(?:ible|able)\s+(?:for|to)\s)/u.test(clause)) return null;
    // ("… boost the export of gems and jewellery, and apparels to the UAE and raise total trade …":
    // a noun with no verb before its own "and" and a verb is one more member of the list before
    // the cut; the verb goes on from the sentence's subject.)
    if (joined && verbIn && listMemberBeforeVerb(text, cuts[i], cuts[i + 1], verbIn)) return null;
    const capitalised = clause[0] === OPEN ? clause : clause[0].toUpperCase() + clause.slice(1);
    // A clause cut before the sentence's end says so, even when it ends on a closing quote.
    const last = cuts[i + 1] === text.length;
    return last && /[.!?”"]$/.test(capitalised) ? capitalised : `${capitalised.replace(/[,;:]$/, '')} …`;
  }
  return null;
}

/** Whether the part of `text` from `from` to `to`, after its opening "and", runs a verbless noun
 *  up to an inner "and" that a verb follows ("and apparels to the UAE and raise …"). */
function listMemberBeforeVerb(text: string, from: number, to: number, verbIn: (from: number, to: number) => boolean): boolean {
  const part = text.slice(from, to);
  const opening = /^\s*(?:and|but)\s+/.exec(part);
  if (!opening) return false;
  const inner = /\s+(?:and|or)\s+(\p{Ll}+)/u.exec(part.slice(opening[0].length));
  if (!inner) return false;
  const nounEnd = from + opening[0].length + inner.index;
  const wordEnd = nounEnd + inner[0].length;
  return !verbIn(from + opening[0].length, nounEnd) && verbIn(wordEnd - inner[1].length, wordEnd);
}

/** The cloze's prompt: the answer replaced by a blank. */
export function clozeToQuestion(cloze: string): string {
  return cloze.replace(/\{\{c\d+::([^}]*?)(?:::[^}]*)?\}\}/g, '_____');
}
