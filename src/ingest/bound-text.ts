/**
 * Bounds on what later stages see, so that no input makes them slow (issue 18): no token is
 * longer than a word can be, no run of spaces is long, no paragraph is huge. wink's abbreviation
 * test and several patterns backtrack in a token's or a sentence's length; with these bounds
 * that cost is a constant per token or sentence, and the whole run stays linear in the input.
 */
import type { Unit } from './split-units.js';

/** Longer than any word, number or short link: a data URI, a long URL, a run of digit groups. */
export const MAX_TOKEN_CHARS = 100;
/** Paragraphs longer than this are split at sentence ends (a whole book on one line). */
export const MAX_UNIT_CHARS = 10_000;

const LONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');
const LONG_SPACE = new RegExp(`\\s{${MAX_TOKEN_CHARS + 1},}`, 'g');
/** Where a long token may be cut open: `![chart](data:…)` keeps `![chart]()`, `<img src="…">` its tag. */
const TOKEN_PARTS = /([()[\]<>"'])/;

/** The text with every over-long token shortened to its short parts (or dropped), and every
 *  long run of spaces made one space (or one blank line). */
export function boundTokens(text: string): string {
  return boundSpaces(text).replace(LONG_TOKEN, (token) => {
    const kept = shortParts(token);
    return kept.length <= MAX_TOKEN_CHARS ? kept : '';
  });
}

/**
 * For a page's HTML: only the long parts of a token go (a data URI, a long URL). Minified markup
 * or inline JSON is one long token of short parts, and is kept for the HTML reader; the text it
 * yields is bounded again as units.
 */
export function boundMarkup(html: string): string {
  return boundSpaces(html).replace(LONG_TOKEN, shortParts);
}

function boundSpaces(text: string): string {
  return text.replace(LONG_SPACE, (space) => (space.includes('\n') ? '\n\n' : ' '));
}

function shortParts(token: string): string {
  return token
    .split(TOKEN_PARTS)
    .filter((part) => part.length <= MAX_TOKEN_CHARS)
    .join('');
}

/** Units with bounded tokens, none longer than MAX_UNIT_CHARS: a long one is cut after a
 *  sentence end, else at a space. */
export function boundUnits(units: readonly Unit[]): Unit[] {
  return units.flatMap((u) => cutText(boundTokens(u.text)).map((text) => ({ ...u, text })));
}

function cutText(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > MAX_UNIT_CHARS) {
    const window = rest.slice(0, MAX_UNIT_CHARS);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const cut = sentenceEnd > 0 ? sentenceEnd + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : MAX_UNIT_CHARS;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}
