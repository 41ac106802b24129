/**
 * "the September quarter of this fiscal", "earlier this year", "last year": periods named from
 * the article's day, which a card read months later no longer has. Written as the period itself
 * ("of 2023-24", "earlier in 2023", "in 2022"), the way a quiz-writer dates a fact; Indian news'
 * "fiscal" and "financial year" run from April to March.
 */
import { MONTH_ALTERNATION, MONTH_NAMES as MONTHS } from '../util/calendar.js';

const MONTH_BEFORE = new RegExp(`\\b${MONTH_ALTERNATION}\\s+$`);

const PERIOD = /\b(this|last|next|the current|the previous|the last|the next)\s+(fiscal(?: year)?|financial year|year|month)\b(?!['’]s)/gi;

/** The text with its periods dated by the article's day (YYYY-MM-DD); unchanged without one. */
export function datePeriods(text: string, articleDate: string | null): string {
  const m = articleDate ? /^(\d{4})-(\d{2})/.exec(articleDate) : null;
  if (!m || !/\b(?:this|last|next|current|previous)\s/i.test(text)) return text;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return text.replace(PERIOD, (whole, which: string, unit: string, at: number) => {
    const shift = /^(?:last|the previous|the last)$/i.test(which) ? -1 : /^(?:next|the next)$/i.test(which) ? 1 : 0;
    const unitLower = unit.toLowerCase();
    let period: string;
    if (unitLower === 'month') {
      const index = (year * 12 + month - 1 + shift);
      period = `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
    } else if (unitLower === 'year') {
      period = String(year + shift);
    } else {
      // April to March: a fiscal year starts in the April on or before the day.
      const start = (month >= 4 ? year : year - 1) + shift;
      period = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
    }
    // "in this fiscal" reads "in 2023-24"; "of this year" "of 2023"; a bare one needs its "in".
    const before = text.slice(0, at);
    // "grew 9.8% over the previous year": a comparison with the year before the figure's own,
    // which need not be the calendar year before the article's.
    if (/\b(?:over|than|compared (?:to|with)|against|from|on)\s+$/i.test(before) && /^(?:the last|last)$/i.test(which)) return whole;
    // ("reaching Rs 20.64 lakh crore in July against Rs 20.07 lakh crore in the previous month":
    // "the previous" is the one before the story's own period, which only the story says.)
    if (/^the previous$/i.test(which)) return whole;
    // ("December last year" → "December 2021": a month before it names the year's month.)
    if (/\b(?:in|of|for|during|since|until|by|from|to)\s+$/i.test(before) || (unitLower === 'year' && MONTH_BEFORE.test(before))) return period;
    // "Last year, the team won" → "In 2017, the team won".
    return /^\s*$|[.!?]\s+$/.test(before) ? `In ${period}` : `in ${period}`;
  });
}
