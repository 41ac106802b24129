/**
 * A fast reader for the date shapes news uses most ("Saturday", "last December", "May 16",
 * "5 March 2013", "June 2010"), so chrono-node (ten times slower) only sees the rest.
 * Returns the components the text states, or null when the shape is not one of these.
 */

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** Month names and abbreviations, lower-case → month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4,
  thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const PREFIX = String.raw`(?:(?:on|in|by|since|from|until|till|last|this|next|early|late|mid|mid-|earlier|later|the|of|previous|coming)\s*)*`;
const SUFFIX = String.raw`(?:\s+(?:last|this|next)\s+year)?`;
const WORD = String.raw`([a-z]+)\.?`;
const SHAPES: { re: RegExp; read: (m: RegExpExecArray) => DateParts | null }[] = [
  // "Saturday", "Friday, July 21, 2017" is handled below; "on Saturday", "last Tuesday"
  { re: new RegExp(`^${PREFIX}${WORD}$`), read: (m) => (m[1] in WEEKDAYS ? { weekday: WEEKDAYS[m[1]] } : m[1] in MONTHS ? { month: MONTHS[m[1]] } : null) },
  // "April this year", "December last year"
  { re: new RegExp(`^${PREFIX}${WORD}${SUFFIX}$`), read: (m) => (m[1] in MONTHS ? { month: MONTHS[m[1]] } : null) },
  // "May 16", "May 16, 2015", "Friday, July 21, 2017", "Nov. 2nd"
  {
    re: new RegExp(`^${PREFIX}(?:${WORD},?\\s+)?${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${SUFFIX}$`),
    read: (m) => withWeekday(m[1], { month: MONTHS[m[2]], day: Number(m[3]), year: m[4] ? Number(m[4]) : undefined }),
  },
  // "16 May", "5 March 2013", "Saturday 2 November"
  {
    re: new RegExp(`^${PREFIX}(?:${WORD},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${WORD}(?:,?\\s+(\\d{4}))?$`),
    read: (m) => withWeekday(m[1], { month: MONTHS[m[3]], day: Number(m[2]), year: m[4] ? Number(m[4]) : undefined }),
  },
  // "June 2010", "in March of 2009"
  { re: new RegExp(`^${PREFIX}${WORD},?\\s+(?:of\\s+)?(\\d{4})$`), read: (m) => (m[1] in MONTHS ? { month: MONTHS[m[1]], year: Number(m[2]) } : null) },
  // ISO "2013-11-02"
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
];

/** `text` is lower-case with single spaces. */
export function readDateParts(text: string): DateParts | null {
  for (const { re, read } of SHAPES) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = read(m);
    if (!parts || (parts.month !== undefined && !(parts.month >= 1 && parts.month <= 12))) return null;
    if (parts.day !== undefined && !(parts.day >= 1 && parts.day <= 31)) return null;
    if (parts.year === undefined) delete parts.year;
    return parts;
  }
  return null;
}

function withWeekday(word: string | undefined, parts: DateParts): DateParts | null {
  if (parts.month === undefined) return null;
  if (word !== undefined && !(word in WEEKDAYS)) return null;
  return parts;
}
