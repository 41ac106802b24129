/**
 * Dates and years as written in news copy — "September 14", "14 September 2013",
 * "January 23, 2014", "2013-11-02", "April", "Saturday", "1991", "the 1990s" — parsed so a
 * shifted date can be written in exactly the same form.
 */

export type DateKind = 'iso' | 'mdy' | 'dmy' | 'md' | 'dm' | 'my' | 'month' | 'weekday' | 'year' | 'decade';

export interface DateForm {
  prefix: string;
  suffix: string;
  kind: DateKind;
  year: number;
  /** 1..12, 0 when the form has no month. */
  month: number;
  /** 1..31, 0 when the form has no day. */
  day: number;
  /** 0..6 (Sunday first), for weekdays. */
  weekday: number;
  /** Month written short ("Sept."), day written "14th", comma after the day ("May 8, 2009"). */
  monthAbbr: string | null;
  dayOrdinal: boolean;
  comma: boolean;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const YEAR = '(1\\d{3}|20\\d{2})';

interface Pattern {
  kind: DateKind;
  re: RegExp;
  read: (m: RegExpExecArray) => Partial<DateForm> & { monthText?: string };
}

// Most specific first: "May 8, 2009" must not be read as "May 8".
const PATTERNS: Pattern[] = [
  { kind: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  { kind: 'mdy', re: new RegExp(`\\b${MONTH}\\s+${DAY}(,?)\\s+${YEAR}\\b`), read: (m) => ({ monthText: m[1], day: +m[2], dayOrdinal: !!m[3], comma: m[4] === ',', year: +m[5] }) },
  { kind: 'dmy', re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(,?)\\s+${YEAR}\\b`), read: (m) => ({ day: +m[1], dayOrdinal: !!m[2], monthText: m[3], comma: m[4] === ',', year: +m[5] }) },
  { kind: 'md', re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b`), read: (m) => ({ monthText: m[1], day: +m[2], dayOrdinal: !!m[3] }) },
  { kind: 'dm', re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}`), read: (m) => ({ day: +m[1], dayOrdinal: !!m[2], monthText: m[3] }) },
  { kind: 'my', re: new RegExp(`\\b${MONTH}(,?)\\s+${YEAR}\\b`), read: (m) => ({ monthText: m[1], comma: m[2] === ',', year: +m[3] }) },
  { kind: 'month', re: new RegExp(`\\b${MONTH}(?![\\w])`), read: (m) => ({ monthText: m[1] }) },
  { kind: 'weekday', re: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`), read: (m) => ({ weekday: WEEKDAYS.indexOf(m[1]) }) },
  { kind: 'decade', re: /\b(1\d{2}0|20\d0)s\b/, read: (m) => ({ year: +m[1] }) },
  { kind: 'year', re: /\b(1\d{3}|20\d{2})\b/, read: (m) => ({ year: +m[1] }) },
];

function monthNumber(text: string): number {
  const full = MONTHS.indexOf(text);
  if (full >= 0) return full + 1;
  return ABBR[text.replace('.', '').toLowerCase()] ?? 0;
}

/** The first date in a short answer, in its written form, or null. */
export function parseDate(text: string): DateForm | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const got = p.read(m);
    const month = got.monthText ? monthNumber(got.monthText) : (got.month ?? 0);
    const isAbbr = !!got.monthText && MONTHS.indexOf(got.monthText) < 0;
    const form: DateForm = {
      prefix: text.slice(0, m.index),
      suffix: text.slice(m.index + m[0].length),
      kind: p.kind,
      year: got.year ?? 0,
      month,
      day: got.day ?? 0,
      weekday: got.weekday ?? -1,
      monthAbbr: isAbbr ? got.monthText! : null,
      dayOrdinal: got.dayOrdinal ?? false,
      comma: got.comma ?? false,
    };
    if (form.day > 31 || (got.monthText !== undefined && month === 0)) return null;
    return form;
  }
  return null;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function monthName(form: DateForm, month: number): string {
  const full = MONTHS[month - 1];
  if (!form.monthAbbr) return full;
  const dot = form.monthAbbr.endsWith('.') ? '.' : '';
  const len = form.monthAbbr.replace('.', '').length;
  return (month === 9 && len === 4 ? 'Sept' : full.slice(0, 3)) + dot;
}

/** Calendar arithmetic in UTC so no time zone can move a day. A year-less date uses a
 *  non-leap year: "February 29" simply has no neighbours a week later. */
function addDays(y: number, m: number, d: number, days: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/**
 * The date `steps` units away, written in the same form: weeks for a day-level date (a week
 * apart keeps it plausible and the weekday the same), months for a month, days for a weekday,
 * years for a year, decades for a decade. Null when the form cannot express it.
 */
export function shiftDate(form: DateForm, steps: number): string | null {
  let core: string;
  const day = (d: number) => `${d}${form.dayOrdinal ? ordinalSuffix(d) : ''}`;
  switch (form.kind) {
    case 'iso': case 'mdy': case 'dmy': case 'md': case 'dm': {
      const [y, m, d] = addDays(form.year || 2001, form.month, form.day, steps * 7);
      if (form.kind === 'iso') core = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      else if (form.kind === 'mdy') core = `${monthName(form, m)} ${day(d)}${form.comma ? ',' : ''} ${y}`;
      else if (form.kind === 'dmy') core = `${day(d)} ${monthName(form, m)}${form.comma ? ',' : ''} ${y}`;
      else if (form.kind === 'md') core = `${monthName(form, m)} ${day(d)}`;
      else core = `${day(d)} ${monthName(form, m)}`;
      break;
    }
    case 'my': {
      const idx = form.year * 12 + (form.month - 1) + steps;
      core = `${monthName(form, (idx % 12) + 1)}${form.comma ? ',' : ''} ${Math.floor(idx / 12)}`;
      break;
    }
    case 'month':
      core = monthName(form, ((((form.month - 1 + steps) % 12) + 12) % 12) + 1);
      break;
    case 'weekday':
      core = WEEKDAYS[(((form.weekday + steps) % 7) + 7) % 7];
      break;
    case 'year':
      core = String(form.year + steps);
      break;
    case 'decade':
      core = `${form.year + steps * 10}s`;
      break;
  }
  return `${form.prefix}${core}${form.suffix}`;
}

/** Same value, whatever the form: for "is this option really the answer?". */
export function dateKey(form: DateForm): string {
  return [form.kind === 'decade' ? 'decade' : '', form.year, form.month, form.day, form.weekday].join('|');
}
