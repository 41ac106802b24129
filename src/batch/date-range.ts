/** `--since` / `--until`: keep articles dated within an inclusive range of `YYYY-MM-DD` days. */

export interface DateRange {
  since?: string;
  until?: string;
}

export type RangeVerdict = 'in' | 'out' | 'undated';

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function hasRange(range: DateRange): boolean {
  return Boolean(range.since || range.until);
}

/** ISO days compare as strings. Undated articles cannot be placed in a range. */
export function inRange(date: string | null, range: DateRange): RangeVerdict {
  if (!hasRange(range)) return 'in';
  if (!date) return 'undated';
  const day = date.slice(0, 10);
  if (range.since && day < range.since) return 'out';
  if (range.until && day > range.until) return 'out';
  return 'in';
}
