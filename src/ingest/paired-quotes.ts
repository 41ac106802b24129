/**
 * "the missile ‘Agni Prime' from …": a curly opening quote closed by a straight apostrophe, as
 * copy typed in two editors comes out. The pair is made curly on both sides, so the name inside
 * reads as quoted (and the apostrophe as no possessive's).
 */
const MISMATCHED = /‘([^‘’'\n]{1,80})'(?=[\s,.;:!?)]|$)/g;

export function withPairedQuotes(text: string): string {
  return text.includes('‘') ? text.replace(MISMATCHED, '‘$1’') : text;
}
