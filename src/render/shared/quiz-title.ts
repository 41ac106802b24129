import type { ArticleMeta } from '../../types.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

interface DayDate {
  year: number;
  month: number; // 1..12
  day: number;
}

/** `YYYY-MM-DD` → parts; anything else (null, partial, malformed) is skipped, not guessed. */
function parseIsoDay(iso: string | null): DayDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** "2013-11-02" → "2 November 2013"; null for a missing or partial date. */
export function formatIsoDate(iso: string | null): string | null {
  const d = parseIsoDay(iso);
  return d ? formatDay(d) : null;
}

const dayKey = (d: DayDate): number => d.year * 10000 + d.month * 100 + d.day;

/** Indian/British style, as teachers there write it: "2 November 2013". */
export function formatDay(d: DayDate): string {
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/**
 * The span of the articles' dates: "2 November 2013", "28–30 October 2013",
 * "28 October – 2 November 2013", "30 December 2013 – 2 January 2014"; null when none is dated.
 * Shared parts are written once, as a printed date range normally is.
 */
export function articleDateRange(articles: readonly Pick<ArticleMeta, 'date'>[]): string | null {
  const days = articles.map((a) => parseIsoDay(a.date)).filter((d): d is DayDate => d !== null);
  if (days.length === 0) return null;
  days.sort((a, b) => dayKey(a) - dayKey(b));
  const first = days[0];
  const last = days[days.length - 1];
  if (dayKey(first) === dayKey(last)) return formatDay(first);
  if (first.year !== last.year) return `${formatDay(first)} – ${formatDay(last)}`;
  if (first.month !== last.month) {
    return `${first.day} ${MONTHS[first.month - 1]} – ${formatDay(last)}`;
  }
  return `${first.day}–${formatDay(last)}`;
}

/** "Current affairs quiz — 2 November 2013", or without the date when no article has one. */
export function defaultQuizTitle(articles: readonly Pick<ArticleMeta, 'date'>[]): string {
  const range = articleDateRange(articles);
  return range ? `Current affairs quiz — ${range}` : 'Current affairs quiz';
}
