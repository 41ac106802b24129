/**
 * "The 88-year-old author …", "The 20-year-old became …", "The Indian tennis star now becomes …":
 * a sentence that opens on someone's age or trade in place of their name carries on the story's
 * person, as a "he" does.
 */
import { alternation, PERSON_NOUNS } from '../lexicon/index.js';

const TRADES = alternation([...PERSON_NOUNS].filter((n) => !n.includes(' ')));
/** An age and a trade, before a lower-case word: "The 88-year-old author will …". */
const AGED_TRADE = new RegExp(`^(The \\d{1,3}-year-old (?:${TRADES}))\\s(?=\\p{Ll})`, 'u');
/** Adverbs that may stand between such an opening and its verb: "The 22-year-old thus became …". */
export const OPENING_ADVERB = 'also|then|later|now|thus|finally';
/** Verbs of what the person did or is, after such an opening. */
const DEED_VERB = 'was|is|has|had|will|would|became|becomes|won|wins|clinched|secured|shot|defeated|beat|made|scripted|bagged|claimed|joins|joined|managed|finished|scored|took';
/** An age alone, right before a verb: "The 20-year-old became …" (not "The 20-year-old record …"). */
const AGED_ALONE = new RegExp(`^(The \\d{1,3}-year-old)\\s(?=(?:(?:${OPENING_ADVERB})\\s)?(?:${DEED_VERB})\\s)`, 'u');

/** The opening that stands for the person ("The 20-year-old"), or null. */
export function agedOpening(text: string): string | null {
  return (AGED_TRADE.exec(text) ?? AGED_ALONE.exec(text))?.[1] ?? null;
}

/** What may stand before a trade and still describe the one person: where they are based, their
 *  people ("Indian"), a word of praise or standing, their sport. */
const TRADE_MODIFIER = String.raw`\p{Lu}\p{Ll}+-based|\p{Lu}\p{Ll}+(?:an|ese|i)|veteran|young|star|ace|legendary|celebrated|renowned|seasoned|reigning|(?:two|three|four|five)-time|Olympic|Paralympic|world|tennis|badminton|chess|hockey|cricket|football|boxing|wrestling|shooting|athletics|squash|golf|table\s+tennis`;

/** "The batter was named the Player of the Match": a trade alone before its verb, for the one the
 *  story is about (not "The veteran singer …", a trade of its own). */
// ("The officer, who did B.Tech from …": or a relative clause set off after it.)
// ("The Cuttack-based author has been selected …": where they are based says no more which.)
// ("The Indian grandmaster managed to accumulate 7.5 points", "The Indian tennis star now becomes
// the third Indian to …": a demonym, a word of praise or a sport may stand before the trade, a
// verb of a player's deed after it.)
const TRADE_OPENING = new RegExp(`^(The (?:(?:${TRADE_MODIFIER})\\s){0,3}(?:${TRADES}))(?:\\s(?=(?:(?:${OPENING_ADVERB})\\s)?(?:${DEED_VERB})\\s)|(?=,\\s+who\\s))`, 'u');

/** The opening that names someone only by their trade ("The Indian tennis star"), or null. */
export function tradeOpening(text: string): string | null {
  return TRADE_OPENING.exec(text)?.[1] ?? null;
}
