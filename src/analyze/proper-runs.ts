/**
 * Runs of capitalised proper-noun tokens in one sentence: the raw material for names.
 * "Russia's Foreign Minister Sergei Lavrov" gives "Russia" and "Foreign Minister Sergei Lavrov";
 * "Daughters of the American Revolution" stays one run; "Japan-U.S." stays one run
 * (hyphenated country pairs are split later, by classify-run).
 */
import type { RawToken } from './nlp.js';
import { cityNamed, countryOf, countryOfDemonym, honorificsAfterName, isCommonWord, regionNamed, titleHeads, titleModifiers } from '../lexicon/index.js';
import { NAME_ADJECTIVE_END, ORGANISATION_WORDS, PLACE_PARTICLES, SURNAME_PARTICLES } from '../lexicon/index.js';

const TITLE_HEADS = titleHeads();
const TITLE_MODIFIERS = titleModifiers();
const AFTER_NAME = honorificsAfterName();

export interface Run {
  /** First and last token index (inclusive), in the sentence's token list. */
  first: number;
  last: number;
}

const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII)$/;
/** Lower-case words that sit inside names: "Bank of England", "Leonardo da Vinci". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['of', '&', ...SURNAME_PARTICLES, ...PLACE_PARTICLES]);
/** After a title these link it to its complement: "Ambassador to the United States". */
const TITLE_LINKS = new Set(['of', 'for', 'to']);
/** Bodies named for what they serve: "National Bank for Agriculture and Rural Development",
 *  "Centre for Science and Environment", "National Commission for Women". */
const BODY_FOR_HEADS: ReadonlySet<string> = new Set(['bank', 'commission', 'council', 'centre', 'center', 'institute', 'institution', 'foundation', 'fund', 'society', 'alliance', 'coalition', 'board', 'authority', 'agency', 'organisation', 'organization', 'association', 'federation', 'committee', 'trust', 'academy', 'network', 'forum', 'office']);
const POSSESSIVE = /^['’]s?$/;
/** Plural nouns for groups of people, which own the rest of a name in titles of bodies, laws
 *  and documents ("Farmers' Union", "People's Republic", "Leaders' Declaration"). */
const GROUP_OWNERS = /^(?:Leaders|Farmers|Workers|Women|Men|People|Peoples|Children|Teachers|Students|Veterans|Employees|Traders|Citizens|Consumers|Writers|Journalists|Lawyers|Doctors|Officers|Members|Parents|Elders|Pilgrims|Soldiers|Mothers|Nations|Ministers|Governors|Owners|Growers|Fishermen|Athletes|Players|Artists|Scientists|Engineers)$/;
const SAINT = /^(?:St\.?|Saint)$/;
const LANDMARK_AFTER_OWNER = /^(?:Corridor|Neck|Bridge|Island|Point|Peak|Pass|Rock|Bay|Cove|Gate|Leap|Day)$/;
const SAINT_HOUSE = /^(?:College|School|Hospital|Church|Cathedral|University|Academy|Convent)$/;
const SKY_BODY = /^(?:Earth|Moon|Sun|Mars|Venus)$/;
const OWNED_OFFICE = /^(?:Office|Secretariat|Residence)$/;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const TRADE_AFTER_INITIAL = /^(?:Scientist|Professor|Director|Secretary|Chairman|Chairperson|Officer|Engineer|Researcher|Inspector|Superintendent|Commissioner|Collector|Advocate)$/;
const CAPTION_WORDS = new Set(['Image', 'Photo', 'Picture', 'Video', 'Credit', 'Source', 'File', 'Caption', 'Audio']);

/** A number a name may end on: "Windows 10", "Apollo 11", a version ("Poshan 2.0"). */
export const NAME_NUMBER = /^(?:\d{1,3}|\d\.0)$/;

/**
 * `blocked[i]` marks tokens already taken by a date, money or number entity.
 * `sentenceStart` is the index of the sentence's first token (capitals there prove little).
 * `namesInText`: words the article capitalises mid-sentence where no other capital precedes
 * them (`runInitialNames`), which is how a real name shows itself.
 */
export function findProperRuns(tokens: readonly RawToken[], first: number, last: number, blocked: readonly boolean[], namesInText?: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = first;
  while (i <= last) {
    if (!isNameToken(tokens, i, first, blocked) || (i === first && commonNounOpening(tokens, i, last, namesInText))) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = end + 1;
      if (next > last) break;
      const tok = tokens[next];
      if (touchingHyphen(tokens, end, next, last)) {
        end = next + 1;
        // "the Kolkata-headquartered Eastern Command": an adjective made from a name ends its run;
        // the name after it is one of its own.
        if (NAME_ADJECTIVE_END.test(tokens[end].text)) break;
        continue;
      }
      if (!blocked[next] && (isNameToken(tokens, next, first, blocked) || continuesName(tokens, end, next) || initialA(tokens, end, next, last))) {
        end = next;
        continue;
      }
      if (!blocked[next] && ROMAN.test(tok.text)) {
        end = next;
        continue;
      }
      // ("an Agni I missile was test-fired": a lone "I" between a name and a lower-case noun is the
      // first of a series, no pronoun.)
      if (!blocked[next] && tok.text === 'I' && next + 1 <= last && tokens[next + 1].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[next + 1].text)) {
        end = next;
        continue;
      }
      // ("the journal PLOS ONE": a number word in capitals after a name in capitals is its last word.)
      if (!blocked[next] && tok.pos === 'NUM' && /^\p{Lu}{2,}$/u.test(tok.text) && /^\p{Lu}{2,}$/u.test(tokens[end].text) && tokens[end].end + 1 === tok.start) {
        end = next;
        continue;
      }
      // "Internet Explorer 9": a free number (not a count: the caller left it unblocked) ends the name.
      // (Not a party's tally: "Samajwadi Party 2 seats", "NCP-SP 10 and …".)
      // ("Pusa DST Rice 1 —": after a capitalised common noun too, where nothing the number could
      // count follows it.)
      if (!blocked[next] && NAME_NUMBER.test(tok.text) && (tokens[end].pos === 'PROPN' || (tokens[end].pos === 'NOUN' && end > i && numberEndsName(tokens, next))) && tokens[end].end + 1 === tok.start && !partyTally(tokens, end)) {
        end = next;
        // "Article 31C", "Article 35A": a letter glued to the number is part of it.
        const letter = tokens[next + 1];
        if (next + 1 <= last && letter && letter.start === tok.end && /^[A-Z]$/.test(letter.text)) end = next + 1;
        // "Article 19(1)(a)", "Section 6(2)": clause labels in brackets glued on are part of it.
        while (end + 3 <= last && isGluedLabel(tokens, end)) end += 3;
        break;
      }
      // "Leaders' Declaration", "Women's Reservation Bill": a group of people owning the rest
      // of a name is part of it, where "Russia's Luna-25" is two names.
      // ("St Stephen's College", "St. Xavier's School": a saint's house of learning or worship.)
      const saints = SAINT.test(tokens[i].text) && SAINT_HOUSE.test(tokens[next + 1]?.text ?? '');
      // ("Chicken's Corridor", "Adam's Bridge", "Mother's Day": a one-word owner of a landmark's
      // or a day's name is part of it; a country or a city owns what follows, "India's Day".)
      const landmark = end === i && LANDMARK_AFTER_OWNER.test(tokens[next + 1]?.text ?? '') && !/^\p{Lu}+$/u.test(tokens[i].text) && !countryOf(tokens[i].text) && !cityNamed(tokens[i].text) && !regionNamed(tokens[i].text);
      if (POSSESSIVE.test(tok.text) && next + 1 <= last && (saints || landmark || GROUP_OWNERS.test(tokens[end].text)) && isNameToken(tokens, next + 1, first, blocked)) {
        end = next + 1;
        continue;
      }
      const andEnd =
        tok.text === 'and' ? joinedByAnd(tokens, i, end, next, last, blocked, first) : tok.text === ',' ? joinedByList(tokens, i, end, next, last, blocked, first) : -1;
      if (andEnd > 0) {
        end = andEnd;
        continue;
      }
      const linkEnd = particleEnd(tokens, end, next, last, blocked, first);
      if (linkEnd > 0) {
        end = linkEnd;
        continue;
      }
      break;
    }
    // ("Former advisor to the Prime Minister's Office Bhaskar Khulbe": an owner's office is its one
    // word; the capitalised words after it are a name of their own.)
    if (i > first && POSSESSIVE.test(tokens[i - 1].text) && OWNED_OFFICE.test(tokens[i].text) && end - i >= 2 && tokens.slice(i + 1, end + 1).every((t) => NAME_WORD.test(t.text))) {
      i++;
      continue;
    }
    // ("our beloved Dilip Saab": the honorific after a name is not part of it, nor a name.)
    const honorific = end > i && AFTER_NAME.has(tokens[end].text);
    if (honorific) end--;
    // ("the EOS-09 Earth observation satellite", "a Chandrayaan-3 Moon landing": a body of the sky
    // before a lower-case noun modifies that noun, no part of the name before it.)
    const sky = !honorific && end > i && SKY_BODY.test(tokens[end].text) && end + 1 <= last && /^\p{Ll}/u.test(tokens[end + 1].text) && tokens[end + 1].pos === 'NOUN';
    if (sky) end--;
    // ("led by Bineesh K. K Scientist at the …": a trade after a name's closing initial is what
    // they are, no part of the name.)
    if (!honorific && !sky && end - i >= 2 && TRADE_AFTER_INITIAL.test(tokens[end].text) && /^\p{Lu}\.?$/u.test(tokens[end - 1].text)) end--;
    // ("Special judge A R Patel": an "A" before another initial is the first initial, no article.)
    // ("Chief minister A Revanth Reddy": so is one after a lower-case office, before a full name.)
    const initialAfterOffice = i - 2 >= first && LOWER_OFFICE.test(tokens[i - 2].text) && end > i;
    const start = i > first && tokens[i - 1].text === 'A' && (/^\p{Lu}\.?$/u.test(tokens[i].text) || initialAfterOffice) && end > i && !blocked[i - 1] ? i - 1 : i;
    // ("the Right to Health Bill", "the Right to Information Act": a right's name is one with its
    // "Right to", which wink may read as no name.)
    const rightTo = start - 2 >= first && tokens[start - 2].text === 'Right' && tokens[start - 1].text === 'to' && !blocked[start - 2] && end > start ? start - 2 : start;
    runs.push({ first: rightTo, last: end });
    i = end + (honorific || sky ? 2 : 1);
    // A possessive ends the run; the owner is read back by the classifier.
    if (i <= last && POSSESSIVE.test(tokens[i].text)) i++;
  }
  return runs;
}

/**
 * "News of police response …", "Results of NCLAN studies …": wink tags a sentence's first word
 * as a name before "of" when it is a common noun. It opens a name only when it is a known name
 * word or the article capitalises it mid-sentence too ("the Bank of England").
 */
function commonNounOpening(tokens: readonly RawToken[], i: number, last: number, namesInText: ReadonlySet<string> | undefined): boolean {
  const t = tokens[i];
  if (!namesInText || i + 1 > last || t.pos !== 'PROPN') return false;
  // ("Teams from Morocco and Iran …", "Officials at the embassy …": a plural common noun before
  // a preposition opens the sentence the same way.)
  const plural = /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) && PLURAL_OPENING_NEXT.test(tokens[i + 1].text) && cityNamed(t.text) === null;
  if (tokens[i + 1].text !== 'of' && !plural) return false;
  const lower = t.text.toLowerCase();
  // ("Ministry of Statistics and Programme Implementation (MoSPI) released …": a body's head word
  // before "of" and a capital opens the body's name.)
  if (BODY_OPENING.test(t.text) && tokens[i + 1].text === 'of' && i + 2 <= last && CAPITALISED.test(tokens[i + 2].text)) return false;
  return !namesInText.has(t.text) && countryOf(t.text) === null && regionNamed(t.text) === null && !TITLE_HEADS.has(lower);
}
const BODY_OPENING = /^(?:Ministry|Department|Bank|Commission|University|Institute|Council|Board|Court|Authority|Corporation|Directorate|Bureau|Academy|Federation|Association|Agency|Organisation|Organization|Society|Tribunal|Government|Office|Embassy|Consulate|Parliament|Assembly|Museum|College|School|Centre|Center|Order|Republic|Kingdom|State|Union)$/;
const PLURAL_OPENING_NEXT = /^(?:from|in|at|with|across|for|on|under|over|near|around|within|between|among|without|like)$/;

/** Words capitalised mid-sentence right after a lower-case word, or after one and a comma,
 *  semicolon or colon ("to Mohamed", "the Bank", "said, Reuters"): where a name shows itself. */
export function runInitialNames(sentences: readonly { tokens: readonly RawToken[]; first: number; last: number }[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens, first, last } of sentences) {
    for (let i = first + 1; i <= last; i++) {
      const t = tokens[i];
      if (!CAPITALISED.test(t.text)) continue;
      let k = i - 1;
      if (k > first && /^[,;:]$/.test(tokens[k].text)) k--;
      if (LOWER_WORD.test(tokens[k].text)) out.add(t.text);
    }
  }
  return out;
}

const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const OPENING_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const OPENING_STATE = /^(?:Retired|Renowned|Noted|Celebrated|Acclaimed|Eminent|Legendary|Jailed|Slain|Suspended|Sacked|Expelled|Detained|Arrested|Deceased|Outgoing|Incumbent)$/;

function isNameToken(tokens: readonly RawToken[], i: number, sentenceStart: number, blocked: readonly boolean[]): boolean {
  if (blocked[i]) return false;
  const t = tokens[i];
  // ("3D Concrete Printing Technology": a figure glued to capitals opens a name as a capital does.)
  if (!(CAPITALISED.test(t.text) || (t.pos === 'PROPN' && /^\d{1,2}[DGK]$/.test(t.text))) || !HAS_LETTER.test(t.text)) return false;
  // Picture captions glued to the text: "… Washington D.C. Image: United States Navy."
  if (CAPTION_WORDS.has(t.text) && tokens[i + 1]?.text === ':') return false;
  // ("Post-surgery Mukherjee remained critical", "Delhi-based firms": a sentence's first word
  // in lower case after its hyphen is a compound adjective, whatever wink tags it.)
  if (i === sentenceStart && OPENING_COMPOUND.test(t.text)) return false;
  // ("Retired Punjab cadre IAS officer Arun Goel …": a sentence's first word that says what became
  // of someone describes them, whatever wink tags it.)
  if (i === sentenceStart && OPENING_STATE.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') return false;
  const lower = t.text.toLowerCase();
  // A sentence's first word is capitalised anyway: only a known name word counts there.
  if (i === sentenceStart || isAfterOpening(tokens, i, sentenceStart)) {
    const nextCapital = i + 1 < tokens.length && CAPITALISED.test(tokens[i + 1].text) && tokens[i + 1].start > t.end;
    return countryOf(t.text) !== null || regionNamed(t.text) !== null || TITLE_HEADS.has(lower) || (TITLE_MODIFIERS.has(lower) && nextCapital);
  }
  // Mid-sentence capitals on nouns and adjectives are names ("Navy", "Foreign Minister").
  // wink tags some surnames as verbs ("John Burrows", "New Zealand Herald").
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB' || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}

/**
 * A capitalised word right after a name word continues the name whatever its tag: wink tags
 * some surnames as determiners or adverbs ("Shaktikanta Das", "Lula Da Silva").
 */
function continuesName(tokens: readonly RawToken[], end: number, next: number): boolean {
  const t = tokens[next];
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.text !== 'I' && tokens[end].end + 1 === t.start && tokens[end].pos === 'PROPN' && !FUNCTION_WORDS.has(t.text);
}

/** "Justices S A Bobde": an "A" between an initial and a capitalised word is an initial too. */
function initialA(tokens: readonly RawToken[], end: number, next: number, last: number): boolean {
  return tokens[next].text === 'A' && /^[A-Z]\.?$/.test(tokens[end].text) && next + 1 <= last && /^\p{Lu}\p{Ll}/u.test(tokens[next + 1].text);
}

/** Capitalised function words that never continue a name (they start a quote or a title). */
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'And', 'Or', 'But', 'In', 'On', 'At', 'Of', 'For', 'To', 'With', 'By', 'From', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'We', 'They', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'As', 'If', 'When', 'While']);

/** The token right after an opening quote or bracket at the sentence start. */
function isAfterOpening(tokens: readonly RawToken[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= sentenceStart; k--) {
    if (!/^[“"'‘(\[]$/.test(tokens[k].text)) return false;
  }
  return true;
}

/** An office written in lower case before a name: "Chief minister A Revanth Reddy". */
// ("Chief Minister A Revanth Reddy": capitalised as a title too.)
const LOWER_OFFICE = /^(?:[Mm]inister|[Ss]ecretary|[Gg]overnor|leader|chief|[Pp]resident|[Jj]udge|officer|[Cc]ommissioner|[Dd]irector|[Cc]hairman|[Cc]ollector|legislator|lawmaker|candidate|MP|MLA)$/;

/** "Self-Defence", "Ki-moon", "Asia-Pacific": a hyphen touching both neighbours. */
function touchingHyphen(tokens: readonly RawToken[], end: number, next: number, last: number): boolean {
  if (next + 1 > last) return false;
  const hyphen = tokens[next];
  const after = tokens[next + 1];
  return (hyphen.text === '-' || hyphen.text === '‑') && hyphen.start === tokens[end].end && after.start === hyphen.end && HAS_LETTER.test(after.text) && !(COMPOUND_PARTICIPLE.test(after.text) && !isCommonWord(tokens[end].text.toLowerCase()));
}

/** "Narendra Modi-chaired Cabinet Committee", "Delhi-based": a name made an adjective ends there
 *  ("Red-headed Vultures", an everyday word's compound, is one name still). */
const COMPOUND_PARTICIPLE = /^(?:chaired|led|headed|backed|owned|based|run|funded|sponsored|controlled|ruled|born|linked|bound|made|focused|centric|specific|dominated|administered|governed|brokered|mediated)$/;

/** Index of the last particle when particles lead to another name word, else -1. */
function particleEnd(tokens: readonly RawToken[], end: number, next: number, last: number, blocked: readonly boolean[], sentenceStart: number): number {
  const word = tokens[next].text;
  const lower = word.toLowerCase();
  const head = tokens[end].text.toLowerCase();
  const afterTitle = TITLE_HEADS.has(head);
  // ("Medium Range Surface to Air Missiles", "Air to Air Missile": a weapon's path is one name.)
  const path = word === 'to' && /^(?:surface|air|ship|ground|sea|land)$/.test(head) && /^(?:Air|Surface|Ship|Ground|Sea|Land)$/.test(tokens[next + 1]?.text ?? '');
  // ("Centre For Civil Society", "Ministry Of Home Affairs": a particle in capitals after a body's
  // word is inside its name, written in title case; "Long Years Of Silence" is no body.)
  // ("the Court of Arbitration for Sport": a body's "X of Y" goes on with its "for".)
  const bodyOfFor = word === 'for' && end - 2 >= sentenceStart && tokens[end - 1].text === 'of' && /^\p{Lu}/u.test(tokens[end].text) && (ORGANISATION_WORDS.has(tokens[end - 2].text.toLowerCase()) || BODY_FOR_HEADS.has(tokens[end - 2].text.toLowerCase()));
  if (!(bodyOfFor || NAME_PARTICLES.has(word) || ((word === 'Of' || word === 'For') && (ORGANISATION_WORDS.has(head) || BODY_FOR_HEADS.has(head))) || (afterTitle && TITLE_LINKS.has(lower)) || (word === 'for' && BODY_FOR_HEADS.has(head)) || path || (word === 'in' && capitalsEndOn(tokens, next + 1, last, COMPANY_END, 6, false)) || ((word === 'to' || word === 'from' || word === 'against') && capitalsEndOn(tokens, next + 1, last, LAW_END, 8, true)))) return -1;
  let k = next + 1;
  // "of the", "to the": one article may follow the particle.
  if (k <= last && tokens[k].text === 'the') k++;
  // "Ursula von der Leyen", "Rafael van der Vaart": a surname's particles may come in pairs.
  else if (k <= last && SURNAME_PARTICLES.has(word) && SURNAME_PARTICLES.has(tokens[k].text)) k++;
  if (k > last || !isNameToken(tokens, k, sentenceStart, blocked)) return -1;
  // ("the Infinity Campus of Indian private space start-up Skyroot": a people's adjective before an
  // everyday word says whose, and opens no name.)
  if (word === 'of' && countryOfDemonym(tokens[k].text) && k + 1 <= last && /^\p{Ll}/u.test(tokens[k + 1].text)) return -1;
  // ("the Subhadra Yojana of the Odisha Government": a scheme's owner after it is a name of its own.)
  if (word === 'of' && SCHEME_HEADS.has(head) && tokens.slice(k, k + 3).some((t) => OWNER_BODIES.has(t.text))) return -1;
  return k - 1;
}

/** Whether the capitalised words from `from` (at most `maxWords`, a bracketed part skipped where
 *  `brackets` allows) end on a word `head` matches, past the first: "in Package Technologies Pvt
 *  Ltd" is inside a company's name, "to Animals (Tamil Nadu Amendment) Act" inside a law's. */
function capitalsEndOn(tokens: readonly RawToken[], from: number, last: number, head: RegExp, maxWords: number, brackets: boolean): boolean {
  for (let k = from, words = 0; k <= last && words < maxWords; k++, words++) {
    const t = tokens[k].text;
    if (brackets && t === '(') {
      const close = tokens.findIndex((x, i) => i > k && i <= Math.min(last, k + 6) && x.text === ')');
      if (close < 0) return false;
      k = close;
      continue;
    }
    if (!CAPITALISED.test(t)) return false;
    if (head.test(t)) return k > from;
  }
  return false;
}
/** ("set up by Advanced System in Package Technologies Pvt Ltd": an "in" inside a company's name.) */
const COMPANY_END = /^(?:Ltd|Limited|LLP|Inc)$/;
/** ("the Prevention of Cruelty to Animals (Tamil Nadu Amendment) Act", "the Protection of Children
 *  from Sexual Offences Act": a "to" or "from" inside a law's name.) */
const LAW_END = /^(?:Act|Bill|Rules|Ordinance|Code|Sanhita|Adhiniyam)$/;

const SCHEME_HEADS = new Set(['yojana', 'scheme', 'mission', 'abhiyan', 'programme', 'program', 'policy', 'initiative', 'portal', 'campaign']);
const OWNER_BODIES = new Set(['Government', 'Govt', 'Ministry', 'Department', 'Centre']);

/** Words that end the name of an agreement or a law. */
const DOCUMENT_HEADS = new Set(['agreement', 'treaty', 'pact', 'accord', 'protocol', 'act', 'bill', 'code']);

/**
 * "Ministry of Science and Technology", "India International Convention and Expo Centre": an
 * "and" inside one name, where "India and Japan" are two. The words after it (at most three, no
 * office) join when the name so far is a body "of" something, or when they end the name of a
 * body the words before do not already name. Returns the last joined token, or -1.
 */
function joinedByAnd(tokens: readonly RawToken[], start: number, end: number, and: number, last: number, blocked: readonly boolean[], sentenceStart: number): number {
  let k = and;
  while (k + 1 <= last && k + 1 - and <= 3 && isNameToken(tokens, k + 1, sentenceStart, blocked)) k++;
  if (k === and) return -1;
  const right = tokens.slice(and + 1, k + 1).map((t) => t.text.toLowerCase());
  const left = tokens.slice(start, end + 1).map((t) => t.text.toLowerCase());
  // ("Union Minister of Information and Broadcasting Anurag Thakur": an office "of" a portfolio
  // runs on past its "and", into the officer's name.)
  // ("Union minister of Information and Broadcast Prakash Javadekar": the office in lower case.)
  const lowerOffice = start - 2 >= sentenceStart && /^(?:of|for)$/.test(tokens[start - 1].text) && TITLE_HEADS.has(tokens[start - 2].text);
  const portfolio = lowerOffice || left.some((w, i) => TITLE_HEADS.has(w) && (left[i + 1] === 'of' || left[i + 1] === 'for') && i + 2 < left.length);
  // ("Minister of Law and Justice Arjun Ram Meghwal": an office word that opens three name words
  // after a portfolio's "and" is the portfolio's last word.)
  const lastOfPortfolio = portfolio && right.length >= 3 && TITLE_HEADS.has(right[0]) && !right.slice(1).some((w) => TITLE_HEADS.has(w));
  // "… and Prime Minister Modi", "… and Ministry of Defence": a second name begins.
  if ((right.some((w) => TITLE_HEADS.has(w)) && !lastOfPortfolio) || tokens[k + 1]?.text === 'of') return -1;
  if (portfolio && right.length >= 2) return k;
  if (ORGANISATION_WORDS.has(right[0])) return -1;
  const bodyOf = namesBodyOf(left);
  // "Oxford University and Harvard Business School": the left one is a whole body already.
  const leftWhole = ORGANISATION_WORDS.has(left[left.length - 1]) || countryOf(tokens[end].text) !== null;
  // ("India-Australia Economic Cooperation and Trade Agreement": a document's name ends so too.)
  const bodyEnds = (ORGANISATION_WORDS.has(right[right.length - 1]) || DOCUMENT_HEADS.has(right[right.length - 1])) && left.length >= 2 && !leftWhole;
  // ("Manipal Academy of Higher Education and Jamia Millia Islamia": a field is a word or two;
  // three words that end the run after the "and" are another body's name. In "Minister of New
  // and Renewable Energy Pralhad Joshi" the run goes on, into the officer's name.)
  const another = right.length >= 3 && !(k + 1 <= last && isNameToken(tokens, k + 1, sentenceStart, blocked));
  return (bodyOf && !another) || bodyEnds ? k : -1;
}

/**
 * "Ministry of Environment, Forest and Climate Change": a body "of" a list of things names them
 * all, commas and "and" included. Only a list that ends with "and" and a name word; the last
 * joined token, or -1.
 */
function joinedByList(tokens: readonly RawToken[], start: number, end: number, comma: number, last: number, blocked: readonly boolean[], sentenceStart: number): number {
  if (!namesBodyOf(tokens.slice(start, end + 1).map((t) => t.text.toLowerCase()))) return -1;
  let k = comma;
  // Further items, each a name word or two, then ", " or " and ".
  for (let items = 0; items < 4; items++) {
    let w = k;
    while (w + 1 <= last && w + 1 - k <= 2 && isNameToken(tokens, w + 1, sentenceStart, blocked)) w++;
    if (w === k || w + 1 > last) return -1;
    // "the Ministry of Defence, Delhi and Mumbai": places listed after a body are places.
    if (isPlaceName(tokens.slice(k + 1, w + 1).map((t) => t.text).join(' '))) return -1;
    const sep = tokens[w + 1].text;
    if (sep === 'and') {
      const end2 = joinedByAnd(tokens, start, w, w + 1, last, blocked, sentenceStart);
      return end2 > 0 && !isPlaceName(tokens.slice(w + 2, end2 + 1).map((t) => t.text).join(' ')) ? end2 : -1;
    }
    if (sep !== ',') return -1;
    k = w + 1;
  }
  return -1;
}

/** Lower-case words of a run that name a body "of" something ("ministry of science"). */
function namesBodyOf(words: readonly string[]): boolean {
  return words.some((w, j) => j > 0 && ((w === 'of' && (ORGANISATION_WORDS.has(words[j - 1]) || TITLE_HEADS.has(words[j - 1]))) || (w === 'for' && BODY_FOR_HEADS.has(words[j - 1]))));
}

/** A country, region or city by name. */
function isPlaceName(text: string): boolean {
  return countryOf(text) !== null || regionNamed(text) !== null || cityNamed(text) !== null;
}

/** "(1)", "(a)", "(iv)" glued right after token `end`: a clause label. */
export function isGluedLabel(tokens: readonly RawToken[], end: number): boolean {
  const [open, label, close] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  return open?.text === '(' && open.start === tokens[end].end && label?.start === open.end && /^(?:\d{1,3}|[a-z]|[ivx]{1,4}|[A-Z])$/.test(label.text) && close?.text === ')' && close.start === label.end;
}

/** Whether the number at `i` ends its phrase: a dash, a bracket or a full stop after it, or "and". */
function numberEndsName(tokens: readonly RawToken[], i: number): boolean {
  const after = tokens[i + 1];
  return !after || /^(?:[—–)(,;.]|and)$/.test(after.text);
}

/** The last word of a party's name: "Samajwadi Party", "Shiv Sena", "Rashtriya Janata Dal". */
const PARTY_HEAD = /^(?:Party|Sena|Dal|Morcha|Congress|Front|League|Samiti|Sangh)$/;

/** "Samajwadi Party 2 seats", "NCP-SP 10 and": a number after a party's name (or a hyphened
 *  code, "NCP-SP") is its tally. */
function partyTally(tokens: readonly RawToken[], end: number): boolean {
  return PARTY_HEAD.test(tokens[end].text) || (/^\p{Lu}{2,}$/u.test(tokens[end].text) && tokens[end - 1]?.text === '-' && tokens[end - 1].end === tokens[end].start) || listedTally(tokens, end);
}

/** "the BJP won 50, LDF 29, UDF 19 and two by independents": a short form and its count, one of
 *  a list of such (a comma before it, a comma or "and" after the count). */
function listedTally(tokens: readonly RawToken[], end: number): boolean {
  return /^\p{Lu}{2,6}$/u.test(tokens[end].text) && tokens[end - 1]?.text === ',' && /^(?:,|and)$/.test(tokens[end + 2]?.text ?? '');
}
