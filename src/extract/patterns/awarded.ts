import { andList } from '../../util/and-list.js';
import { upperFirst } from '../../util/upper-first.js';
import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, toldOfAnotherTime, type FindDrafts } from '../pattern.js';
import { namedInHeadline, pronounPerson, type ArticleContext } from '../article-context.js';
import { normalizeKey } from '../../util/ids.js';
import { reEscape } from '../../util/re-escape.js';
import { numberValue } from '../../analyze/number-words.js';
import type { Entity, Sentence } from '../../types.js';
import { containsWholeWord } from '../../util/whole-word.js';

/**
 * Awards, as current-affairs quizzes ask them: "The Swedish Academy awarded the 2023 Nobel Prize
 * in Literature to Norwegian author Jon Fosse", "Jon Fosse won the 2023 Nobel Prize in
 * Literature", "… was conferred the Bharat Ratna" → "Who was awarded the 2023 Nobel Prize in
 * Literature?" → Jon Fosse. The prize is a name ending in Prize, Award, Medal, Ratna, …
 */
// ("the Officer of the Order of the Star of Ghana", "the Grand Collar of the Order of Timor-Leste":
// a country's order, its rank before it.)
// ("the 56th Jnanpith": India's highest literary honour, known by its one name.)
const PRIZE_HEAD = /\b(?:Prize|Prizes|Award|Awards|Medal|Ratna|Bhushan|Vibhushan|Padma Shri|Puraskar|Samman|Trophy|Chakra|Legion of Honour|Jnanpith)$|\bOrder of (?:the )?\p{Lu}/u;
/** "… Prize in Literature", "… Award for Excellence": the field after the name. */
// (Not the language of a work named after it: "Prize for Hindi novel 'Tomb of Sand'".)
const FIELD = /^\s+(?:in|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|or)\s+)?\p{Lu}[\p{L}-]*)?(?![\p{L}-])(?!\s+(?:novel|book|film|play|poem|poetry|collection|memoir|translation|work|story|short|album|song)\b)/u;
/** ", on behalf of …", "on his behalf": received for someone else. */
const ON_BEHALF = /^(?:\s+\w+){0,3}?\s+on\s+(?:(?:his|her|their|the\s+\w+['’]s)\s+behalf|behalf\s+of)\b/;
// ("Alia Bhatt and Kriti Sanon share the Best Actress award": a prize shared is won.)
// ("…, who took home this year's Booker Prize for fiction": taken home, this year's.)
const WON = /(?:(?:has|have|had)\s+)?(?:won|wins|bagged|took\s+home|takes\s+home|taken\s+home|walked\s+away\s+with|received|receives|share|shares|shared|claimed|clinched|was awarded|has been awarded|were awarded|was conferred(?:\s+with)?|has been conferred(?:\s+with)?|(?:was|were|(?:has|have|had) been) (?:honoured|honored) with|was named the winner of|(?<chosen>(?:(?:has|have) been|was|were)(?: on [A-Z][a-z]+)? (?:announced|named|selected|chosen) (?:as )?(?:this year['’]s |the )?(?:recipients?|winners?|awardees?) of|(?:(?:has|have) been|was|were) (?:selected|chosen|approved) for|(?:will|is to|are to) be (?:honoured|honored|conferred|presented|awarded)(?: with)?))\s+(?:(?:the|an?)\s+)?(?:this\s+year['’]s\s+)?(?:(?:prestigious|coveted|much-coveted|highest|top|annual|maiden|inaugural)\s+)?(?:\d{4}\s+)?(?:[‘'"“](?:The\s+)?|The\s+)?$/;
const HINT = /\b(?:Prize|Award|Medal|Ratna|Bhushan|Vibhushan|Padma Shri|Puraskar|Samman|Trophy|Chakra|Order of|Legion of Honour|Jnanpith)|\b(?:honour|honor|award|prize|decoration),\s/;
/** "conferred with Ethiopia’s highest civilian honour, The Great Honour Nishan of Ethiopia": a name
 *  set off after the kind of honour it is, whatever its own words. */
// ("… with Trinidad and Tobago’s highest civilian honour- ‘The Order of …’": an owner of several
// words, and a dash before the name.)
const KIND_APPOSED = /(?:\b(?:the|its|his|her|their)\s+|(?:\p{Lu}[\p{L}.-]*\s+(?:and\s+)?){0,3}\p{L}[\p{L}.-]*['’]s?\s+)(?:(?:highest|top|second[- ]highest|most prestigious)\s+)?(?:(?:civilian|national|state|military|sporting|gallantry)\s+)?(?:honour|honor|award|prize|decoration)(?:,\s+|\s*[-–—:]\s*)(?:[‘'"“])?(?:[Tt]he\s+)?$/u;
/** "was on Tuesday conferred", "has also been awarded": a day or an adverb inside the verb. */
const INSIDE_VERB = /\b(was|were|been)\s+(?:on\s+\p{Lu}\p{Ll}+|today|yesterday|also|formally|officially|recently)\s+(?=(?:awarded|conferred|honoured|honored|selected|chosen|approved)\b)/u;

const find: FindDrafts<'awarded'> = (s, ctx) => {
  const drafts: FactDraft<'awarded'>[] = [];
  if (!HINT.test(s.text) && !LOWER_AWARD.test(s.text)) return drafts;
  for (const prize of [...s.entities, ...namesBeforeLowerAward(s)]) {
    const lead = s.text.slice(0, prize.start);
    const apposed = KIND_APPOSED.exec(lead);
    // ("has won the 55th Jnanpith award": a prize's name with its head in lower case.)
    const lowerHead = /^\s+(award|prize)\b/.exec(s.text.slice(prize.end));
    if ((prize.cls !== 'term' && prize.cls !== 'organisation') || !(PRIZE_HEAD.test(prize.text) || apposed || lowerHead)) continue;
    // ("the Budweiser Man of the Match award": one match's honour is a line of its report.)
    if (MATCH_HONOUR.test(prize.text)) continue;
    const headAfter = lowerHead ? ` ${upperFirst(lowerHead[1])}` : '';
    const field = FIELD.exec(s.text.slice(prize.end + (lowerHead?.[0].length ?? 0)))?.[0] ?? '';
    // The year before the name or after it ("the Nobel Prize in Chemistry 2025").
    // ("received Sahitya Akademi Award for Urdu in 2002": the year the prize was won, asked with it.)
    // ("honoured with the Dadasaheb Phalke Award for 2023", "… for the year 2022", "in the year 2000".)
    const after = /^\s+(?:(?:in|for)\s+(?:the\s+year\s+)?)?(\d{4})\b/.exec(s.text.slice(prize.end + field.length));
    const year = /(\d{4})\s+$/.exec(s.text.slice(Math.max(0, prize.start - 5), prize.start))?.[1] ?? after?.[1];
    // ("the 55th Jnanpith award": its edition too.)
    const edition = year ? undefined : /\b(\d{1,3}(?:st|nd|rd|th))\s+$/.exec(s.text.slice(Math.max(0, prize.start - 8), prize.start))?.[1];
    // ("'The Order of Mubarak Al-Kabeer'": a "The" inside its quotes goes before it in a question.)
    const name = `${year ? `${year} ` : edition ? `${edition} ` : ''}${prize.text.replace(/^The\s+/, '')}${headAfter}${field.replace(/\s+/g, ' ')}${categoryOf(prize.text, s, ctx)}`;
    // Else "Jon Fosse won the 2023 Nobel Prize": the person whose verb of winning comes right before.
    // (The verb read as if the kind and the day inside it were not there; both come after its start.)
    const won = WON.exec((apposed ? lead.slice(0, apposed.index) : lead).replace(/\b\d{1,3}(?:st|nd|rd|th)\s+$/, '').replace(INSIDE_VERB, '$1 '));
    // ("Veteran Konkani writer Damodar Mauzo, who was awarded the 56th Jnanpith, on Wednesday
    // said …": the one a relative clause of winning is set off after.)
    const who = won ? /,\s+who\s+$/.exec(lead.slice(0, won.index)) : null;
    const named = activeWinner(s, prize, prize.end + field.length + (after?.[0].length ?? 0)) ?? (won ? subjectEndingAt(s, who ? who.index : won.index, ['person']) : null);
    // (Or "he", as the person it carries on: the blank stands where the pronoun is.)
    const winner = named ?? (won ? pronounWinner(s, won.index, ctx) : null);
    if (!winner) continue;
    // ("Virendrajeet Singh received Bharat Ratna on behalf of Nanaji Deshmukh": who took it for
    // another is no one it was given to.)
    if (ON_BEHALF.test(s.text.slice(prize.end, prize.end + 60))) continue;
    // "… to Susumu Kitagawa, Richard Robson and Omar M. Yaghi": a prize shared is asked whole.
    const winners = named ? sharedWith(s, named) : [winner];
    const answer = andList(winners.map((w) => w.canonical));
    const text = named ? s.text.slice(winners[0].start, winners[winners.length - 1].end) : winner.text;
    const was = winners.length > 1 ? 'were' : 'was';
    // ("… had received the Padma Shri when she was 30": not this year's.)
    // ("Last year, the Khel Ratna was conferred on …": not this year's either, dated or not.)
    if (!year && toldOfAnotherTime(s)) continue;
    const when = year ? '' : inMonthOf(s, ctx);
    // ("have been announced as this year's recipients of the Jnanpith Award": chosen, not yet given.)
    const verb = won?.groups?.chosen ? 'selected for' : 'awarded';
    // ("conferred … posthumously on P V Narasimha Rao, …": the living are asked apart.)
    const how = verb === 'awarded' && /\bposthumously\b/.test(s.text) ? ' posthumously' : '';
    // ("PM Modi conferred with Ghana's highest state honour": where the headline names the one
    // honoured and not the honour, which honour it was is asked, below, not who.)
    const headlined = verb === 'awarded' && winners.length === 1 && headlinesPerson(winner, ctx);
    const honourIsNews = headlined && !prizeInHeadline(prize, ctx);
    // ("Who was awarded the Vigyan Shri Award?" of one of eight, "Who were awarded the Padma Shri?"
    // of two of 113: an honour the article gives to more people than the answer names has other
    // right answers.)
    if (!honourIsNews && !field.trim() && givenToMore(prize.text, winners, s, ctx)) continue;
    if (!honourIsNews) drafts.push({
      pattern: 'awarded',
      question: `Who ${was} ${verb} the ${name}${how}${when}?`,
      answer,
      answerText: text,
      answerStart: winners[0].start,
      answerType: 'person',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [...winners.map((w) => w.canonical), prize.canonical],
      statement: `${answer} ${was} ${verb} the ${name}${how}${when}.`,
    });
    // ("he was awarded Padma Vibhushan in the year 2000", in his obituary or profile: the set
    // asks who he is once; what he was given is a fact of its own.)
    // (So is what the one a headline names was given: "PM Modi conferred with Ghana's highest
    // state honour" asks which honour, the headline already saying who.)
    // ("Mithun Chakraborty to be awarded the Dadasaheb Phalke Award" over "… for which he won the
    // National Film Award for Best Actor": "Which award was he awarded?" would have two answers.)
    const otherHonourHeadlined = headlined && !prizeInHeadline(prize, ctx) && HONOUR_NAME.test(ctx.analyzed.article.title);
    // ("He was awarded the Param Vishisht Seva Medal, Uttam Yudh Seva Medal, … and Vishisht Seva
    // Medal": the first of honours listed is no answer to "Which medal was he awarded?".)
    const listed = /^,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}(?:,|\s+and\s)/u.test(s.text.slice(prize.end, prize.end + 80)) || /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:Medal|Award|Prize|Chakra)\b/u.test(s.text.slice(prize.end, prize.end + 80));
    if (!listed && ((headlined && !otherHonourHeadlined) || (verb === 'awarded' && winners.length === 1 && !named && year))) {
      drafts.push({
        pattern: 'awarded',
        question: `Which ${honourKind(prize.text)} was ${answer} awarded${how}${year ? ` in ${year}` : when}?`,
        answer: `${prize.text.replace(/^The\s+/, '')}${field.replace(/\s+/g, ' ')}`,
        answerText: prize.text,
        answerStart: prize.start,
        answerType: 'term',
        sentenceIndex: s.index,
        // (Where the headline names the person and not the honour, the honour is the news.)
        confidence: honourIsNews ? 0.9 : 0.7,
        about: [prize.canonical, answer],
      });
    }
  }
  return drafts;
};

/** Whether the headline names the honour, in its words if not in their order: "Indira Gandhi
 *  Peace Prize 2024" names "the Indira Gandhi Prize for Peace, Disarmament and Development". */
function prizeInHeadline(prize: Entity, ctx: ArticleContext): boolean {
  if (namedInHeadline(prize, ctx)) return true;
  const words = prize.text.split(/\s+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.every((w) => containsWholeWord(ctx.analyzed.article.title, w, false));
}

/** Whether the article gives the honour to more people than `winners`: a count before its name
 *  larger than theirs ("113 Padma Shri awardees"), or another person in another sentence that
 *  gives it. */
function givenToMore(prize: string, winners: readonly Entity[], s: Sentence, ctx: ArticleContext): boolean {
  const key = prize.replace(/^The\s+/, '').replace(/\s+(?:Award|Awards|Prize|Puraskar)$/i, '');
  // (Not the year of its edition: "the 2023 Ramon Magsaysay Award" counts no one.)
  const counted = new RegExp(`(?:^|[^\\p{L}\\d])((?!(?:19|20)\\d\\d\\b)\\d{1,4}|${COUNT_WORDS.join('|')})\\s+${reEscape(key)}\\b`, 'iu');
  const own = new Set(winners.map((w) => w.canonical));
  return ctx.analyzed.sentences.some((o) => {
    if (!o.text.includes(key)) return false;
    const n = counted.exec(o.text)?.[1];
    if (n && (numberValue(n) ?? 0) > winners.length) return true;
    // (In another sentence, and not one who gives it: "President Droupadi Murmu conferred …".)
    return o.index !== s.index && GIVEN.test(o.text) && o.entities.some((e) => e.cls === 'person' && !own.has(e.canonical) && !GIVER.test(e.role ?? ''));
  });
}
/** Counts in words a sentence may give an honour's recipients. */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const GIVER = /\b(?:President|Prime Minister|PM|Minister|Governor|Vice President|Chief Minister)\b/;
const GIVEN = /\b(?:awarded|conferred|given|presented|bagged|won|received|honoured|selected)\b/;

/** Whether the headline names the person, in full or by surname ("PM Modi conferred with …"). */
// ("PM awarded Kuwait's highest honour": the Prime Minister by the headline's short title.)
export function headlinesPerson(e: Entity, ctx: ArticleContext): boolean {
  if (e.cls === 'person' && /\bPrime Minister\b/.test(e.role ?? '') && /\bPM\b/.test(ctx.analyzed.article.title)) return true;
  return namedInHeadline(e, ctx) || (e.cls === 'person' && ctx.headlineKey.includes(` ${normalizeKey(e.canonical.split(' ').pop()!)} `));
}

/** "Dadasaheb Phalke Award", "Bharat Ratna": an honour the headline names by its name. */
const HONOUR_NAME = /\p{Lu}[\p{L}-]*\s+(?:Award|Prize|Ratna|Medal|Puraskar|Samman|Vibhushan|Bhushan|Shri)\b/u;
const MATCH_HONOUR = /\b(?:Man|Woman|Player) of the (?:Match|Day)\b/;
/** "the Jnanpith award", "the Dadasaheb Phalke award": capitalised words before a lower-case head. */
const LOWER_AWARD = /\p{Lu}[\p{L}-]+\s+(?:award|prize)\b/u;
const LOWER_AWARD_NAME = /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]+\s+){1,3})(?=(?:award|prize)\b)/gu;

/** The names before a lower-case "award" the analyser holds as no entity, as terms. */
function namesBeforeLowerAward(s: Sentence): Entity[] {
  if (!LOWER_AWARD.test(s.text)) return [];
  const out: Entity[] = [];
  for (const m of s.text.matchAll(LOWER_AWARD_NAME)) {
    const text = m[1].trim();
    const start = m.index!;
    // (Not the sentence's first word alone, nor a name the analyser holds already.)
    if (start === 0 || s.entities.some((e) => e.start < start + text.length && start < e.end)) continue;
    out.push({ text, start, end: start + text.length, cls: 'term', canonical: text });
  }
  return out;
}

/** What to call a prize in a question: "Which award …", "Which honour …" (Padma Vibhushan). */
function honourKind(prize: string): string {
  const head = /\b(Prize|Award|Medal|Trophy)s?$/.exec(prize)?.[1];
  return head ? head.toLowerCase() : 'honour';
}

// ("…, popularly known as Akkitham, …": another name of the same one.)
const RELATIVE_BETWEEN = /\b(?:his|her|their|its|wife|husband|son|daughter|father|mother|brother|sister|who|which|said|says|with|known|called|alias)\b/i;

/** The winner and the people listed with them ("A, B and C"), in the order written. */
function sharedWith(s: Sentence, one: Entity): Entity[] {
  const people = s.entities.filter((e) => e.cls === 'person');
  const at = people.indexOf(one);
  let [a, b] = [at, at];
  // ("Urdu poet Gulzar and Sanskrit scholar Jagadguru Rambhadracharya": a role may stand before each.)
  // ("… and two-time former Bihar chief minister Karpoori Thakur": a few words of it; never a relative.)
  // ("…, Indian men's hockey team captain Harmanpreet Singh and …": a possessive among them.)
  const joined = (x: Entity, y: Entity) => {
    const between = s.text.slice(x.end, y.start);
    return /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[\p{L}'’-]+\s+){0,5}$/u.test(between) && !RELATIVE_BETWEEN.test(between);
  };
  while (a > 0 && joined(people[a - 1], people[a])) a--;
  while (b + 1 < people.length && joined(people[b], people[b + 1])) b++;
  return people.slice(a, b + 1);
}


/** "71st National Film Awards", "Filmfare Awards": a ceremony of many awards, by its name. */
const CEREMONY = /\b(?:(?:\d{1,3}(?:st|nd|rd|th)|\d{4})\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}Awards\b(?:\s+\d{4})?/u;

/** " at the 71st National Film Awards": where a category's award ("the Best Actress award") was
 *  given, from its sentence or else the headline; "" where neither names a ceremony. */
function categoryOf(prize: string, s: Sentence, ctx: ArticleContext): string {
  if (!/^(?:the\s+)?Best\s/i.test(prize)) return '';
  const ceremony = CEREMONY.exec(s.text)?.[0] ?? CEREMONY.exec(ctx.analyzed.article.title)?.[0];
  return ceremony ? ` at the ${ceremony}` : '';
}

/** "awarded the … Prize … to Norwegian author Jon Fosse": the first person after "to". */
function activeWinner(s: Sentence, prize: Entity, after: number): Entity | null {
  // ("Bharat Ratna, India's highest civil honour, was posthumously conferred on Pandit Madan Mohan
  // Malaviya": the honour as the subject of a passive, its receiver after "on".)
  const passive = CONFERRED_ON.exec(s.text.slice(after));
  if (passive) {
    const from = after + passive[0].length;
    const person = s.entities.find((e) => e.cls === 'person' && e.start >= from && e.start - from <= 40);
    // ("conferred on four athletes: world chess champion D Gukesh, …": the first of a list is
    // not who it was given to.)
    return person && !/[,;:]/.test(s.text.slice(from, person.start)) ? person : null;
  }
  // ("Kuwait on Sunday conferred its highest honour - 'The Order of Mubarak Al-Kabeer' - on Prime
  // Minister Narendra Modi": the honour's kind and a dash or comma before its name.)
  // ("has conferred Nigeria’s second-highest national honour, the Grand Commander of the Order of
  // the Niger on …": a country's own honour, by its name.)
  if (!/\b(?:awarded|conferred|confer|confers|bestowed|bestow|presented|gave|given)\s+(?:(?:the\s+)?(?:\d{4}\s+)?|(?:its|their|the\s+country['’]s|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?:second|third)[- ])?(?:highest|top)\s+(?:(?:civilian|state|national)\s+)?(?:honour|honor|award)\s*[-–—,]\s*[‘'"“]?(?:[Tt]he\s+)?)$/u.test(s.text.slice(Math.max(0, prize.start - 70), prize.start))) return null;
  // "confer the Bharat Ratna, the country's highest civilian award, posthumously on …".
  const to = /^[’'"”]?(?:,\s+[^,;]{3,60},|\s*[-–—,])?\s+(?:posthumously\s+)?(?:to|on|upon)\s+/.exec(s.text.slice(after));
  if (!to) return null;
  const from = after + to[0].length;
  const person = s.entities.find((e) => e.cls === 'person' && e.start >= from && e.start - from <= 40);
  // Only descriptive words may stand between "to" and the name ("Norwegian author").
  return person && !/[,;]/.test(s.text.slice(from, person.start)) ? person : null;
}

// ("The Nobel Prize in Physics is being awarded to John Clarke, …": the Academy's own tense.)
const CONFERRED_ON = /^[’'"”]?(?:,\s+[^,;]{3,60},)?\s+(?:was|were|has\s+been|have\s+been|will\s+be|is\s+being|is)\s+(?:posthumously\s+)?(?:conferred|bestowed|presented|given|awarded)\s+(?:posthumously\s+)?(?:on|upon|to)\s+/;

/** "For his exemplary work he was awarded Padma Vibhushan": the person "he" carries on. */
function pronounWinner(s: Sentence, wonAt: number, ctx: ArticleContext): Entity | null {
  const he = /\b(?:[Hh]e|[Ss]he)\s+$/.exec(s.text.slice(0, wonAt));
  const person = he ? pronounPerson(ctx, s, he.index) : null;
  // (The entity as the pronoun stands for it here: its words and place are the pronoun's.)
  return person && he ? { ...person, text: he[0].trim(), start: he.index, end: he.index + he[0].trim().length } : null;
}

export default definePattern({
  id: 'awarded',
  describe: 'Who was awarded, won or received a named prize',
  find,
});
