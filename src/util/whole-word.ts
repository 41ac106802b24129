/**
 * Whole-word search without building a regex per word. A regex with Unicode word boundaries
 * (`(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])`, flags `iu`) costs far more to compile than to run,
 * and a batch looks up tens of thousands of different names: indexOf plus a one-character
 * boundary test is linear and compiles nothing.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** Lower-cased texts: the same question and sentence are searched for every candidate option. */
const LOWER = new Map<string, string>();

export function lowerOf(text: string): string {
  let lower = LOWER.get(text);
  if (lower === undefined) {
    if (LOWER.size >= 256) LOWER.clear();
    lower = text.toLowerCase();
    LOWER.set(text, lower);
  }
  return lower;
}

/** [start, end] of every whole-word occurrence of `word` in `text`. */
export function wholeWordSpans(text: string, word: string, ignoreCase = false): [number, number][] {
  const out: [number, number][] = [];
  if (!word) return out;
  const hay = ignoreCase ? lowerOf(text) : text;
  const needle = ignoreCase ? word.toLowerCase() : word;
  // toLowerCase keeps lengths for the scripts news uses; if not, fall back to exact case.
  if (hay.length !== text.length || needle.length !== word.length) return ignoreCase ? wholeWordSpans(text, word, false) : out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isWordChar(charBefore(text, at)) && !isWordChar(charAt(text, end))) out.push([at, end]);
  }
  return out;
}

export function containsWholeWord(text: string, word: string, ignoreCase = false): boolean {
  return wholeWordSpans(text, word, ignoreCase).length > 0;
}

/** The character (whole code point) before / at an index. */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

function charAt(text: string, at: number): string | undefined {
  return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined;
}
