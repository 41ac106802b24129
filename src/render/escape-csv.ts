/**
 * One RFC 4180 CSV field, always quoted (so a field starting with `#` never reads as an
 * Anki header/comment line, and separators and quotes are safe). A field that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a leading apostrophe
 * — the OWASP guard for CSV injection, since these files are often opened in a spreadsheet.
 * Newlines are turned into `<br>` by the HTML step before this; any left are kept quoted.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}
