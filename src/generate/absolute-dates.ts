/**
 * Items that say dates, not "yesterday": a card is read weeks after the article, when "on
 * Tuesday" or "this year" no longer says when. The relative dates extract found in the facts'
 * sentences (`Fact.dates`) are written as the days they mean wherever an item of the article
 * quotes them: "On Tuesday, …" → "On 18 July 2017, …", "Saturday night" → "the night of
 * 3 March 2007", "This year's theme" → "2017's theme". Explanations and quoted speech keep the
 * article's words. A date that would give away an item's answer is left as the article has it.
 */
import { MONTH_ALTERNATION } from '../util/calendar.js';
import type { DateMention, Fact, Item } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { reEscape } from '../util/re-escape.js';
import { formatResolvedDate } from '../util/resolved-date.js';

/** Words after which the date stands alone ("by 17 September 2015", "as of 18 January 2008"). */
const PREPOSITION = /\b(?:on|in|of|for|from|since|by|until|till|during|through|before|after|at|as of)\s+$/i;
/** A month before "last year" reads as the month of that year: "since August last year" →
 *  "since August 2023". */
const MONTH = MONTH_ALTERNATION;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2})?\\s+$`);
/** Where a sentence (or a quoted one) starts: the date's first word is capitalised there. */
const SENTENCE_START = /(?:^|[.!?]\s+|["“‘]\s*)$/;

/** A mention with its pattern, compiled once for all the items of an article. */
export interface MentionRule extends DateMention {
  pattern: RegExp;
}

/** The mentions of a group of facts, one per wording; a wording read two ways is left out. */
export function articleMentions(facts: readonly Fact[]): MentionRule[] {
  const byText = new Map<string, string | null>();
  for (const f of facts) {
    for (const m of f.dates ?? []) {
      const seen = byText.get(m.text);
      byText.set(m.text, seen === undefined || seen === m.resolved ? m.resolved : null);
    }
  }
  return [...byText].flatMap(([text, resolved]) => (resolved ? [{ text, resolved, pattern: mentionPattern(text) }] : []));
}

/** Every whole-word use of the wording (any spacing), with a part of the day after it. */
function mentionPattern(text: string): RegExp {
  const escaped = reEscape(text).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(\\s+(?:night|morning|afternoon|evening))?(?![\\p{L}\\p{N}])`, 'giu');
}

// ("on Tuesday, July 30" said as "on 30 July 2024, July 30": the day after the comma repeats it too.)
// ("on Friday, September 15, 2023, launched …": or the whole date with its year.)
const REPEATED_DAY = new RegExp(`(\\b\\d{1,2} ${MONTH} (\\d{4}))(?:\\s+\\((?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})\\)|,\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\2)?\\b(?!,?\\s+\\d{4})(?:,(?=\\s+\\p{Ll}))?)`, 'gu');

/** The item with the mentions in its prompt and cloze said as dates. */
export function withAbsoluteDates(item: Item, mentions: readonly MentionRule[]): Item {
  if (mentions.length === 0) return item;
  const answer = ` ${normalizeKey(item.answer)} `;
  const usable = mentions.filter((m) => {
    // Never the answer itself, nor a date that holds it ("2017" for "this year").
    if (answer.includes(` ${normalizeKey(m.text)} `)) return false;
    return answer.trim() === '' || !` ${normalizeKey(formatResolvedDate(m.resolved))} `.includes(answer);
  });
  if (usable.length === 0) return item;
  // "on Tuesday (June 24)" said as "on 24 June 2025 (June 24)": the brackets now repeat it.
  const say = (text: string) => usable.reduce(rewrite, text).replace(REPEATED_DAY, '$1');
  const question = say(item.question);
  const cloze = item.cloze === undefined ? undefined : say(item.cloze);
  if (question === item.question && cloze === item.cloze) return item;
  return { ...item, question, ...(cloze !== undefined && { cloze }) };
}

/** Every use of one mention in `text` said as its date. */
function rewrite(text: string, m: MentionRule): string {
  const day = m.resolved.length === 10;
  const date = formatResolvedDate(m.resolved);
  const quoted = [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map((q) => [q.index, q.index + q[0].length]);
  // (A global pattern is safe to share: replace starts it from the beginning each time.)
  return text.replace(m.pattern, (hit: string, part: string | undefined, at: number, whole: string) => {
    // Quoted words are the speaker's: "as strong today as …" is no date.
    if (quoted.some(([from, to]) => at > from && at < to)) return hit;
    const before = whole.slice(0, at);
    const possessive = /^['’]s\b/.test(whole.slice(at + hit.length));
    // "Tuesday's meeting" has no good dated form; "this year's theme" is "2017's theme".
    if (possessive && (day || part)) return hit;
    const said = part ? `the ${part.trim().toLowerCase()} of ${date}` : date;
    // ("announced Tuesday as a public holiday": the day is what was announced, no "on".)
    const object = /^\s+as\s+(?:a|an|the)\b/.test(whole.slice(at + hit.length));
    const out = possessive || object || PREPOSITION.test(before) || (m.resolved.length === 4 && MONTH_BEFORE.test(before)) ? said : `${day ? 'on' : 'in'} ${said}`;
    return SENTENCE_START.test(before) ? out[0].toUpperCase() + out.slice(1) : out;
  });
}
