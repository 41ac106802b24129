/**
 * "The 88-year-old author …", "The 20-year-old became …": a sentence that opens on someone's age
 * (and trade) in place of their name carries on the story's person, as a "he" does.
 */
import { alternation, PERSON_NOUNS } from '../lexicon/index.js';

const TRADES = alternation([...PERSON_NOUNS].filter((n) => !n.includes(' ')));
/** An age and a trade, before a lower-case word: "The 88-year-old author will …". */
const AGED_TRADE = new RegExp(`^(The \\d{1,3}-year-old (?:${TRADES}))\\s(?=\\p{Ll})`, 'u');
/** An age alone, right before a verb: "The 20-year-old became …" (not "The 20-year-old record …"). */
const AGED_ALONE = /^(The \d{1,3}-year-old)\s(?=(?:(?:also|then|later|now|thus|finally)\s)?(?:was|is|has|had|will|would|became|becomes|won|wins|clinched|secured|shot|defeated|beat|made|scripted|bagged|claimed)\s)/u;

/** The opening that stands for the person ("The 20-year-old"), or null. */
export function agedOpening(text: string): string | null {
  return (AGED_TRADE.exec(text) ?? AGED_ALONE.exec(text))?.[1] ?? null;
}

export { TRADES };
