/**
 * `--since` / `--until` days as people say them: "2026-12-01", "today", "yesterday", "7d"
 * (seven days ago). Relative forms count from today on this machine's calendar, the day the
 * user means when they say "yesterday".
 */
import { isIsoDay } from './date-range.js';

/** The ISO day of a local calendar date. */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function daysBefore(now: Date, days: number): string {
  // Calendar arithmetic (setDate), not 24-hour steps: a daylight-saving change has a 23-hour day.
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  d.setDate(d.getDate() - days);
  return localDay(d);
}

/** The ISO day `text` names, or null when it is none of the forms. */
export function resolveDay(text: string, now: Date): string | null {
  const t = text.trim().toLowerCase();
  if (isIsoDay(t)) return t;
  if (t === 'today') return daysBefore(now, 0);
  if (t === 'yesterday') return daysBefore(now, 1);
  const ago = /^(\d{1,4})d$/.exec(t);
  return ago ? daysBefore(now, Number(ago[1])) : null;
}

export const DAY_FORMS = 'YYYY-MM-DD, today, yesterday or Nd (N days ago)';
