/**
 * The relative dates of a sentence that can safely be said as dates: "yesterday", "today",
 * "tomorrow", a weekday ("on Tuesday"), "this year", "last month"… resolved against the article
 * date. A weekday in a sentence about the future is left as it is: the resolver takes the most
 * recent such day, and "will travel on Wednesday" means the next one.
 */
import { FUTURE_CUES } from '../analyze/date-resolve.js';
import type { DateMention, Sentence } from '../types.js';

const DAY_WORD = /^(?:earlier\s+|later\s+)?(?:yesterday|today|tonight|tomorrow)$/i;
const WEEKDAY = /^(?:(?:last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PERIOD = /^(?:last|this|next)\s+(?:year|month)$/i;
/** "is to travel", "are to meet": the future without a FUTURE_CUES word. */
const TO_BE_TO = /\b(?:is|are)\s+to\s+[a-z]/i;

export function relativeDates(sentence: Sentence): DateMention[] {
  const out: DateMention[] = [];
  for (const e of sentence.entities) {
    if (e.cls !== 'date' || !e.resolved) continue;
    const text = e.text.trim();
    const fullDay = /^\d{4}-\d{2}-\d{2}$/.test(e.resolved);
    if (DAY_WORD.test(text) && fullDay) out.push({ text, resolved: e.resolved });
    else if (WEEKDAY.test(text) && fullDay && !FUTURE_CUES.test(sentence.text) && !TO_BE_TO.test(sentence.text)) out.push({ text, resolved: e.resolved });
    else if (PERIOD.test(text) && /^\d{4}(?:-\d{2})?$/.test(e.resolved)) out.push({ text, resolved: e.resolved });
  }
  return out;
}
