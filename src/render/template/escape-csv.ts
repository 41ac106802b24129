/**
 * RFC 4180 quoting for CSV fields. Every field is quoted, always: a field starting with `#`
 * then never reads as an Anki header/comment line, a separator or newline inside stays inside,
 * and old Anki's separator sniffer sees `","` between every pair of fields.
 */
export function csvQuoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** First characters a spreadsheet runs as a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field whose value is HTML (every quizwire CSV field is: Anki reads them with
 * `#html:true`). A field that a spreadsheet would run as a formula gets its first character
 * written as an HTML character reference (`=` → `&#61;`). Why not OWASP's apostrophe prefix:
 * Anki shows field text verbatim, so the apostrophe would appear on the card; the entity
 * renders as the original character in Anki (and in any HTML view) while a spreadsheet sees
 * text starting with `&` and never evaluates it. Do not use this for non-HTML values (ids).
 */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value)
    ? `&#${value.codePointAt(0)};${value.slice(1)}`
    : value;
  return csvQuoted(guarded);
}
