/**
 * Numbers as written in news copy — "four", "1,426", "10%", "50 percent", "third", "22nd",
 * "US$ 20,000", "131-page" — parsed into a value plus the way it was written, so a near value
 * can be written the same way (a spelled-out answer gets spelled-out distractors).
 */

export type NumberStyle = 'digits' | 'words' | 'ordinal-digits' | 'ordinal-words';

export interface NumberForm {
  /** Text before and after the numeric core ("US$ ", " million", "-page"). */
  prefix: string;
  suffix: string;
  value: number;
  style: NumberStyle;
  /** Digits after the decimal point. */
  decimals: number;
  /** Thousands written with commas ("1,426"). */
  grouped: boolean;
  /** Lakhs grouped by two above the thousands ("1,08,000"). */
  indian?: boolean;
  /** Grouped by threes above the thousands ("159,069 crore"): the way it was written, whatever its unit. */
  western?: boolean;
  /** Spelled-out word starting with a capital ("Four"). */
  capitalised: boolean;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORD_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const UNIT_RE = UNITS.slice(1, 10).join('|');
const ORD_UNIT_RE = ORD_UNITS.slice(1, 10).join('|');
// Longest alternatives first so "fourteen" is not read as "four".
const WORD_RE = new RegExp(
  `\\b(?:(${TENS.slice(2).join('|')})(?:-(${UNIT_RE}))?|(${UNITS.slice(10).join('|')}|${UNIT_RE}|zero))\\b`,
  'gi',
);
const ORD_WORD_RE = new RegExp(
  `\\b(?:(${TENS.slice(2).join('|')})-(${ORD_UNIT_RE})|(${ORD_TENS.slice(2).join('|')}|${ORD_UNITS.slice(10).join('|')}|${ORD_UNIT_RE}))\\b`,
  'gi',
);
const ORD_DIGIT_RE = /\b(\d+)(st|nd|rd|th)\b/g;
// ("1,68,337 crore": lakhs and crores grouped by two above the thousands.)
const DIGIT_RE = /(?<![\d.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]*\d)/g;

interface Core {
  start: number;
  end: number;
  value: number;
  style: NumberStyle;
  decimals: number;
  grouped: boolean;
  indian?: boolean;
  /** Grouped by threes above the thousands ("159,069 crore"): the way it was written, whatever its unit. */
  western?: boolean;
}

function wordValue(tens: string | undefined, unit: string | undefined, single: string | undefined, table: string[], tensTable: string[]): number {
  if (single) {
    const s = single.toLowerCase();
    const i = table.indexOf(s);
    if (i >= 0) return i;
    return tensTable.indexOf(s) * 10;
  }
  const t = TENS.indexOf((tens ?? '').toLowerCase()) * 10;
  const u = table.indexOf((unit ?? '').toLowerCase());
  return t + Math.max(u, 0);
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  const overlaps = (start: number) => cores.some((c) => start >= c.start && start < c.end);
  for (const m of text.matchAll(ORD_DIGIT_RE)) {
    cores.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), style: 'ordinal-digits', decimals: 0, grouped: false });
  }
  for (const m of text.matchAll(DIGIT_RE)) {
    if (overlaps(m.index)) continue;
    const intPart = m[1];
    const decimals = m[2]?.length ?? 0;
    const value = Number(intPart.replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
    cores.push({ start: m.index, end: m.index + m[0].length, value, style: 'digits', decimals, grouped: intPart.includes(','), indian: /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(intPart), western: /^\d{1,3},\d{3},\d{3}|^\d{3},\d{3}$/.test(intPart) });
  }
  for (const m of text.matchAll(ORD_WORD_RE)) {
    cores.push({ start: m.index, end: m.index + m[0].length, value: wordValue(m[1], m[2], m[3], ORD_UNITS, ORD_TENS), style: 'ordinal-words', decimals: 0, grouped: false });
  }
  for (const m of text.matchAll(WORD_RE)) {
    if (overlaps(m.index)) continue;
    cores.push({ start: m.index, end: m.index + m[0].length, value: wordValue(m[1], m[2], m[3], UNITS, TENS), style: 'words', decimals: 0, grouped: false });
  }
  return cores;
}

/** What a unit word after a figure multiplies it by ("Rs 1.68 lakh crore", "USD 136 billion"). */
export const UNIT_SCALE: Readonly<Record<string, number>> = { thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12, 'lakh crore': 1e12 };

/** The number in a short answer, or null when there is none or more than one ("1 – 0"). */
export function parseNumber(text: string): NumberForm | null {
  const cores = findCores(text);
  if (cores.length !== 1) return null;
  const c = cores[0];
  const core = text.slice(c.start, c.end);
  return {
    prefix: text.slice(0, c.start),
    suffix: text.slice(c.end),
    value: c.value,
    style: c.style,
    decimals: c.decimals,
    grouped: c.grouped,
    indian: c.indian,
    western: c.western,
    capitalised: /^[A-Z]/.test(core),
  };
}

function spell(n: number, units: string[], tens: string[]): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return units[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return tens[t];
  return `${TENS[t]}-${units[u]}`;
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function digits(n: number, decimals: number, grouped: boolean, indian = false): string {
  const fixed = n.toFixed(decimals);
  if (!grouped) return fixed;
  const [int, frac] = fixed.split('.');
  // Lakhs and crores group by two above the thousands: "1,15,000 crore".
  const withCommas = indian ? int.replace(/(\d)(?=(\d\d)*\d{3}$)/g, '$1,') : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${withCommas}.${frac}` : withCommas;
}

/** `value` written the way `form` was, or null when that way cannot express it. */
export function formatNumber(form: NumberForm, value: number): string | null {
  let core: string | null;
  switch (form.style) {
    case 'words':
      core = spell(value, UNITS, TENS);
      break;
    case 'ordinal-words':
      core = value >= 1 ? spell(value, ORD_UNITS, ORD_TENS) : null;
      break;
    case 'ordinal-digits':
      core = Number.isInteger(value) && value >= 1 ? `${value}${ordinalSuffix(value)}` : null;
      break;
    default:
      // A grouped answer ("1,426") keeps commas in its neighbours; a plain one ≥ 10,000 gets them
      // only if it had them, so "2013"-like codes stay as they are.
      // ("1,08,000 seats": neighbours grouped the Indian way too, not "128,000".)
      core = value < 0 ? null : digits(value, form.decimals, form.grouped && value >= 1000, form.indian || (!form.western && /^[-\s]*(?:lakhs?|crores?)\b/i.test(form.suffix)));
  }
  if (core === null) return null;
  if (form.capitalised) core = core[0].toUpperCase() + core.slice(1);
  return `${form.prefix}${core}${form.suffix}`;
}

/** Whether the number is a percentage ("10%", "50 percent", "5 per cent"). */
export function isPercent(form: NumberForm): boolean {
  return /^\s*(%|per\s?cent\b|percent\b)/i.test(form.suffix);
}

/** Looks like a calendar year, not a count ("1991", not "1,426" or "2000 years"). */
export function looksLikeYear(text: string): boolean {
  // (Not 1000: "the present 1000 HP engine" is a count; a year of news is after 1100.)
  return /^\s*(in\s+)?(1[1-9][0-9]{2}|20[0-9]{2})\s*$/i.test(text);
}
