/**
 * The relative dates of a sentence that can safely be said as dates: "yesterday", "today",
 * "tomorrow", a weekday ("on Tuesday"), "this year", "last month"… resolved against the article
 * date. A weekday in a sentence about the future is left as it is: the resolver takes the most
 * recent such day, and "will travel on Wednesday" means the next one.
 */
import { FUTURE_CUES } from '../analyze/date-resolve.js';
import type { DateMention, Sentence } from '../types.js';

const DAY_WORD = /^(?:earlier\s+|later\s+)?(?:yesterday|today|tonight|tomorrow)$/i;
/** A bare weekday: "last Friday", "the next Tuesday" read differently from writer to writer. */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PERIOD = /^(?:last|this|next)\s+(?:year|month)$/i;
/** "is to travel", "are to meet": the future without a FUTURE_CUES word. */
const TO_BE_TO = /\b(?:is|are)\s+to\s+[a-z]/i;
/** A verb in the past: a regular "-ed" form or a common irregular one. */
const PAST_VERB = /\b(?:[a-z]{3,}ed|said|met|went|took|made|held|began|won|lost|saw|came|gave|told|found|left|became|brought|fell|rose|sent|spent|struck|wrote|was|were|had)\b/i;
/** Words each side of a weekday that say which one it is. */
const WINDOW_WORDS = 8;

export function relativeDates(sentence: Sentence): DateMention[] {
  const out: DateMention[] = [];
  for (const e of sentence.entities) {
    if (e.cls !== 'date' || !e.resolved) continue;
    const text = e.text.trim();
    const fullDay = /^\d{4}-\d{2}-\d{2}$/.test(e.resolved);
    if (DAY_WORD.test(text) && fullDay) out.push({ text, resolved: e.resolved });
    else if (WEEKDAY.test(text) && fullDay && inThePast(sentence.text, e.start, e.end)) out.push({ text, resolved: e.resolved });
    else if (PERIOD.test(text) && /^\d{4}(?:-\d{2})?$/.test(e.resolved)) out.push({ text, resolved: e.resolved });
  }
  return out;
}

/**
 * Whether a weekday reports the past (the resolver's reading): no future word near it, and a
 * verb in the past near it ("On Tuesday, the government announced …", "was launched on
 * Wednesday"); with neither near, the whole sentence must say nothing of the future.
 */
function inThePast(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start).split(/\s+/).slice(-WINDOW_WORDS).join(' ');
  const after = sentence.slice(end).split(/\s+/).slice(0, WINDOW_WORDS + 1).join(' ');
  const near = `${before} ${after}`;
  const future = (text: string) => FUTURE_CUES.test(text) || TO_BE_TO.test(text);
  if (future(near)) return false;
  return PAST_VERB.test(near) || !future(sentence);
}

