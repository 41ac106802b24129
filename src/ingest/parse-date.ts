/**
 * Finding a calendar date in a short piece of text (a dateline, a meta tag, a byline).
 * A careful regex parser: news datelines use a handful of layouts, and chrono-node would also
 * pick up relative phrases ("last week") that must never become a publication date.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A date found in text: ISO string and where it stood, so callers can cut it out. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const MONTH_DAY_YEAR_RE = new RegExp(`\\b(${MONTH})\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR_RE = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH})\\.?\\s+${DAY}\\b(?![:\\d])`, 'i');
const DAY_MONTH_RE = new RegExp(`\\b${DAY}\\s+(${MONTH})\\b\\.?`, 'i');

/** `YYYY-MM-DD` when the parts make a real calendar day, else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/**
 * The first full date (day, month and year) in `text`. With `defaultYear`, a day and month
 * without a year ("Nov 2", as in wire datelines) also count.
 */
export function findDate(text: string, defaultYear?: number): FoundDate | null {
  const candidates: FoundDate[] = [];
  const iso = ISO_RE.exec(text);
  if (iso) push(candidates, isoFromParts(+iso[1], +iso[2], +iso[3]), iso);
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  if (mdy) push(candidates, isoFromParts(+mdy[3], monthNumber(mdy[1]), +mdy[2]), mdy);
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  if (dmy) push(candidates, isoFromParts(+dmy[3], monthNumber(dmy[2]), +dmy[1]), dmy);
  if (candidates.length === 0 && defaultYear !== undefined) {
    const md = MONTH_DAY_RE.exec(text);
    if (md) push(candidates, isoFromParts(defaultYear, monthNumber(md[1]), +md[2]), md);
    const dm = DAY_MONTH_RE.exec(text);
    if (dm) push(candidates, isoFromParts(defaultYear, monthNumber(dm[2]), +dm[1]), dm);
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.index < a.index ? b : a));
}

function push(out: FoundDate[], iso: string | null, m: RegExpExecArray): void {
  if (iso) out.push({ iso, index: m.index, length: m[0].length });
}

/** Just the ISO date of the first full date in `text`, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}
