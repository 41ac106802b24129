/** Cheap measurements of a line's shape, shared by the header reader and the boilerplate filter. */

/** A word starts at a letter or digit of any script (the long names: the build narrows \p{L}); these may continue one. */
const WORD_START = /[\p{Letter}\p{Number}]/u;
const WORD_PART = /[\p{Letter}\p{Number}'’.&@#/-]/u;

/** Words as runs that start with a letter or digit and go on through letters, digits and
 *  `'’.&@#/-`. Counted in one pass, without collecting them (lines are counted by the thousand). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // ASCII decided inline; anything else by its Unicode category.
    const start = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_START.test(ch);
    if (inWord) inWord = start || (c < 128 ? "'.&@#/-".includes(ch) : ch === '’' || WORD_PART.test(ch));
    else if (start) {
      count++;
      inWord = true;
    }
  }
  return count;
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, possibly followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(text.trim());
}

/** Ends with a colon that introduces a quote or a list ("… he said:"). */
export function endsWithColon(text: string): boolean {
  return /:["'”’]?$/.test(text.trim());
}

/** Titles and words shortened with a full stop that ends no sentence: "Gen. Upendra Dwivedi". */
const SHORTENED = /\b(?:Gen|Lt|Col|Maj|Capt|Brig|Adm|Cdr|Dr|Mr|Mrs|Ms|Prof|St|Sgt|Smt|Shri|Sri|Hon|Rev|Jr|Sr|Gov|Sen|Rep|No|Mt|Ft|vs|Vs)\.(?=\s)/g;

/** "former M.P. Chief Minister", "U.S. President": a short form spelt with dots ends no sentence. */
const DOTTED_INITIALS = /\b(?:\p{Lu}\.){2,}(?=\s)/gu;

/** Has a sentence break somewhere (". A", "? “The"), not only at the end. */
export function hasInnerSentenceBreak(text: string): boolean {
  return /[.!?…]["'”’)]*\s+["'“‘(]?\p{Lu}/u.test(text.replace(SHORTENED, '').replace(DOTTED_INITIALS, 'X').replace(NAME_INITIAL, 'X'));
}
/** "K. Sanjay Murthy to be next CAG": a lone capital and its dot before a name is an initial. */
const NAME_INITIAL = /(?<![\p{L}.])\p{Lu}\.(?=\s+(?!(?:The|A|An|This|That|It|He|She|They|We|In|On|At|But|And|So|As|If)\b)\p{Lu}\p{Ll})/gu;

/** Starts with a list marker: "•", "-", "*", "·", "–", "1.", "a)". */
export const BULLET_RE = /^\s*(?:[•·▪◦‣∙*+–—-]|\d{1,2}[.)]|[a-z][.)])\s+/;

export function isBulletLine(line: string): boolean {
  return BULLET_RE.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET_RE, '');
}

/** Collapse runs of whitespace (incl. NBSP) into one space; trim. Quotes are left as they are. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** "NEW DELHI" → "New Delhi"; mixed-case names are kept as written. */
export function titleCasePlace(place: string): string {
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toUpperCase()) return place;
  const small = new Set(['de', 'da', 'del', 'di', 'du', 'la', 'le', 'of', 'the', 'and', 'al', 'el', 'on', 'upon']);
  return place
    .toLowerCase()
    .replace(/\p{L}+/gu, (w, offset: number) =>
      offset > 0 && small.has(w) ? w : w[0].toUpperCase() + w.slice(1),
    );
}
