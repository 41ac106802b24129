const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013-11-02" → "2 November 2013"; "2013-11" → "November 2013"; "2013" → "2013". */
export function formatResolvedDate(resolved: string): string {
  const [y, m, d] = resolved.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** The answer for a date: its resolved form, with the article's words when they differ. */
export function dateAnswer(text: string, resolved: string | undefined): string {
  const clean = text.replace(/^(on|in|at|by|during)\s+/i, '').trim();
  if (!resolved) return clean;
  const formatted = formatResolvedDate(resolved);
  return formatted.toLowerCase() === clean.toLowerCase() ? clean : `${formatted} (${clean})`;
}
