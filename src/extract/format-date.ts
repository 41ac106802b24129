import { formatResolvedDate } from '../util/resolved-date.js';

/** The answer for a date: its resolved form, with the article's words when they differ. */
export function dateAnswer(text: string, resolved: string | undefined): string {
  const clean = text.replace(/^(on|in|at|by|during)\s+/i, '').trim();
  if (!resolved) return clean;
  const formatted = formatResolvedDate(resolved);
  return formatted.toLowerCase() === clean.toLowerCase() ? clean : `${formatted} (${clean})`;
}
