/**
 * Calendar periods of article dates, for one deck or worksheet per day, week or month.
 * Weeks are ISO 8601 weeks (`2013-W44`: Monday to Sunday; week 1 holds the year's first
 * Thursday), so a week that spans New Year belongs to one year only.
 */

/** `topic` is no period: one set per syllabus topic (group-articles.ts). */
export const GROUP_BY = ['none', 'day', 'week', 'month', 'topic'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export type Period = Exclude<GroupBy, 'none' | 'topic'>;

/** The group of articles without a date. */
export const UNDATED = 'undated';

/** `YYYY-MM-DD` → its ISO week `YYYY-Www`. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides the week's year.
  const thursday = new Date(day.getTime() + (4 - weekday) * 86400000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86400000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The period an article date falls in; `undated` for null (and for a malformed date). */
export function periodOf(date: string | null, by: Period): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return UNDATED;
  switch (by) {
    case 'day':
      return date;
    case 'month':
      return date.slice(0, 7);
    case 'week':
      return isoWeek(date);
  }
}
