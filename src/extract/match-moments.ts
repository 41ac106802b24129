/**
 * "In the 18th minute, Marc Miralles converted a penalty stroke", "goals from Mandeep Singh (24')
 * and …", "Sam Lane's eighth-minute goal": a moment of a match told minute by minute is the
 * report's narration. A student remembers who won and by what score, not who scored the
 * opener of a pool game; such a sentence is asked only of a name its headline gives.
 */
import { foldKey } from '../util/ids.js';

const ORDINAL_WORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))';
// (So is a booking or a substitution: "was shown a yellow card early in the game".)
const MOMENT = new RegExp(String.raw`\b(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD})[- ]minute\b|\(\d{1,3}(?:\+\d{1,2})?\s?['’′]\)|\b(?:injury|stoppage)\s+time\b|\b(?:was|were)\s+booked\b|\b(?:yellow|red)\s+cards?\b|\bsubstituted\b`, 'i');
/** A field event's attempt, unless the sentence tells what it won ("Chopra's second throw … got
 *  him the gold medal" is the result). */
const ATTEMPT = new RegExp(String.raw`\b(?:${ORDINAL_WORD}|final|last|opening|successive)\s+(?:attempts?|throws?|jumps?)\b`, 'i');
const RESULT = /\b(?:gold|silver|bronze|medal|title|record|won|wins|win|clinched|clinch)\b/i;

/** Whether a sentence past the lead tells a moment of a match (the lead's is the result: "won the
 *  final in his second attempt with a throw of 88.17m"). */
export function tellsMatchMoment(text: string, sentenceIndex = Infinity): boolean {
  return sentenceIndex > LEAD && (MOMENT.test(text) || (ATTEMPT.test(text) && !RESULT.test(text)));
}
const LEAD = 0;

/** Whether a fact of such a sentence may be asked: its answer is a name the headline gives (not
 *  a figure: "day five" in the headline says nothing of five bookings). */
export function momentAnswerInHeadline(answer: string, answerType: string, headlineKey: string): boolean {
  return answerType !== 'number' && answerType !== 'date' && answerType !== 'year' && headlineKey.includes(` ${foldKey(answer)} `);
}
