/** A resolved date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a reader writes it. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013-11-02" → "2 November 2013"; "2013-11" → "November 2013"; "2013" → "2013". */
export function formatResolvedDate(resolved: string): string {
  const [y, m, d] = resolved.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
