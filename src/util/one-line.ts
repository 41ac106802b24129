/** Any whitespace other than a single space between words: what `oneLine` would change. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/**
 * Text on one line: every run of whitespace one space, none at the ends. Most texts are tidy
 * already; they are only trimmed (a render of a year's items calls this hundreds of thousands
 * of times).
 */
export function oneLine(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
