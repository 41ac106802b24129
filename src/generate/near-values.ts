/**
 * Wrong values near a numeric answer, written the same way: "three", "five", "six" for
 * "four"; 97, 117, 127 for 107; percentages stay percentages; dates move by weeks, months
 * by months, years by years.
 */
import type { AnswerType } from '../types.js';
import { parseDate, shiftDate } from './date-forms.js';
import { formatNumber, isPercent, looksLikeYear, parseNumber, type NumberForm } from './number-forms.js';
import { shuffled } from '../util/random.js';
import { MONTH_ALTERNATION } from '../util/calendar.js';

/** "July-", "April to ": the first month of a range, before the one a date form reads. */
const MONTH_RANGE_START = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\s*(?:[-–]|to)\\s*$`, 'i');

/** Steps around the answer; shuffled so the answer is not always the middle option. The
 *  far steps are spares for when near ones are impossible (below "first", above 100%). */
const NEAR_STEPS = [-3, -2, -1, 1, 2, 3];
const SPARE_STEPS = [4, 5, 6, -4];

/** A round step about a tenth of the value: 1, 2, 5, 10, 20, 50, … (107 → 10, 1,426 → 100). */
export function niceStep(value: number, decimals: number): number {
  const min = 10 ** -decimals;
  const target = Math.abs(value) * 0.1;
  if (target <= min) return min;
  const e = Math.floor(Math.log10(target));
  const f = target / 10 ** e;
  const nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
  return Math.max(min, nice * 10 ** e);
}

/** "m", " metres", " kg", " s": the unit of a throw, a jump, a lift or a race. */
const PERFORMANCE_UNIT = /^\s*(?:m|metres?|meters?|cm|kg|s|sec|secs|seconds?)$/;

/** Units written in the singular after "one": another count would need the plural. */
const COUNTED_SINGULAR = /^(?:day|week|month|year|decade|century|hour|minute|second|time|member|person|country|state|seat|medal|edition)$/;

function numberAt(form: NumberForm, step: number, k: number): string | null {
  const value = Number((form.value + k * step).toFixed(form.decimals));
  const ordinal = form.style.startsWith('ordinal');
  if (value < (ordinal ? 1 : 0) || (value === 0 && form.value !== 0)) return null;
  // (Nor a score of 117.31 beside 87.31: a figure with decimals under 100 is most often out of 100.)
  if ((isPercent(form) || form.decimals > 0) && form.value <= 100 && value > 100) return null;
  // ("every _____" → two months: "one months" is no option, nor "two month" beside "one month".)
  const unit = /^\s+([a-z]+)/.exec(form.suffix)?.[1];
  if (unit && value === 1 && form.value !== 1 && /[^s]s$/.test(unit)) return null;
  if (unit && form.value === 1 && value !== 1 && COUNTED_SINGULAR.test(unit)) return null;
  return formatNumber(form, value);
}

/** Near values in the answer's own form, best first; empty when the answer is not a
 *  number/date this module can read. */
/** The year a value names, if any. */
function yearIn(value: string): number | null {
  const m = /\b(1\d{3}|20\d{2})\b/.exec(value);
  return m ? Number(m[1]) : null;
}

/** `notAfterYear`: the article's year. An answer up to it is in the past, and so are its wrong
 *  options ("2026" beside "2023" in an article of 2023 gives the answer away). */
/** `step`: how far apart a number's wrong values stand, where the caller knows better than a tenth
 *  of it (places in a ranking). */
export function nearValues(answer: string, type: AnswerType, random: () => number, notAfterYear?: number, step?: number): string[] {
  const steps = [...shuffled(NEAR_STEPS, random), ...SPARE_STEPS];
  const out: string[] = [];
  // Another number around it ("16 May 2015 (May 16)") would be left unchanged: a giveaway.
  // (So would the other end of a range of months, "July-September 2024": shifted, it reads
  // "July-July 2024".)
  const hasOtherNumber = (prefix: string, suffix: string) => /\d/.test(prefix + suffix) || MONTH_RANGE_START.test(prefix);
  const push = (s: string | null) => {
    if (s !== null && s !== answer && !out.includes(s)) out.push(s);
  };
  // ("more than _____ international and national delegates" → 2000: a count the analyser read as
  // one, in round hundreds, is no year; its rivals are 1,500 and 2,500, not 1997 and 2003.)
  if (type === 'number' && (!looksLikeYear(answer) || /^\s*\d\d00\s*$/.test(answer))) {
    const form = parseNumber(answer);
    if (!form || hasOtherNumber(form.prefix, form.suffix)) return [];
    // (A distance, weight or time to the centimetre or the hundredth of a second is a
    // performance: its rivals are a hundredth apart, not a tenth — 86.16m beside 88.16m, never 58.16m.)
    const apart = step ?? niceStep(PERFORMANCE_UNIT.test(form.suffix) && form.decimals > 0 ? form.value / 10 : form.value, form.decimals);
    for (const k of steps) push(numberAt(form, apart, k));
    return out;
  }
  if (type === 'number' || type === 'year' || type === 'date') {
    const form = parseDate(answer);
    if (!form || hasOtherNumber(form.prefix, form.suffix)) return [];
    const answerYear = yearIn(answer);
    const cap = notAfterYear !== undefined && answerYear !== null && answerYear <= notAfterYear ? notAfterYear : Infinity;
    for (const k of steps) {
      const value = shiftDate(form, k);
      if (value !== null && (yearIn(value) ?? -Infinity) <= cap) push(value);
    }
  }
  return out;
}
