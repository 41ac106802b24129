/** The first letters of the capitalised words: "Reserve Bank of India" → "RBI". */
export function initials(words: readonly string[]): string {
  return words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** "MPC" for "Monetary Policy Committee", "RBI" for "Reserve Bank of India": an acronym of
 *  the other name's capitalised words. */
export function isAcronymOf(short: string, long: string): boolean {
  // ("GCI 2024" for the Global Cybersecurity Index (2024): an edition's year goes with either form.)
  // (A phase's number both must end on: "VVP II" is no "Vibrant Villages Programme III".)
  const edition = EDITION.exec(short);
  if (edition) return (/\d{4}/.test(edition[0]) || long.trim().endsWith(edition[0])) && isAcronymOf(short.slice(0, edition.index), long.replace(EDITION, ''));
  const bare = short.replace(/[.&\s]/g, '');
  // (Most asks are of two names, neither a short form: no form below matches one of more than
  // 16 letters, or one not opening on a capital, so the long name is never split for them.)
  if (bare.length > 17 || !/^[A-Z]/.test(bare)) return false;
  const letters = withoutHalvesHyphen(bare);
  if (/^[A-Z]{2,10}$/.test(letters)) return initials(long.split(/[\s–—-]+/)) === letters;
  // ("IISc" for "Indian Institute of Science": the last word's second letter after its first.)
  const tail = /^([A-Z](?:[a-z]?[A-Z]){1,7})([a-z])$/.exec(letters);
  if (tail) {
    const words = letterWords(long);
    return words.length > 0 && words[words.length - 1][1] === tail[2] && isAcronymOf(tail[1], long);
  }
  if (!/^[A-Z](?:[a-z]?[A-Z]){1,7}$/.test(letters)) return false;
  // ("MoSPI" for "Ministry of Statistics & Programme Implementation": a small word's letter in
  // lower case among the capitals.)
  const words = letterWords(long);
  return words.map((w) => (/^[A-Z]/.test(w) ? w[0] : SMALL_WORDS.has(w) ? w[0] : '')).join('') === letters || initials(words) === letters.replace(/[a-z]/g, '');
}

/** A name's words that open on a letter (split only once a short form's shape asks for them). */
function letterWords(long: string): string[] {
  return long.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
}

/** "AB-PMJAY" → "ABPMJAY" (for "Ayushman Bharat – Pradhan Mantri Jan Arogya Yojana"): a hyphen
 *  between the initials of a name's two halves spells nothing. */
export function withoutHalvesHyphen(short: string): string {
  return short.replace(/(?<=^[A-Z]{1,6})-(?=[A-Z]{2,8}$)/, '');
}

// ("VVP II" for the "Vibrant Villages Programme II": so does a phase's number.)
const EDITION = /\s+(?:(?:19|20)\d\d|I{1,3}|IV|V|\d(?:\.\d)?)$/;

/** Words an acronym may give a lower-case letter to. */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'on', 'in', 'the']);

/** " (NEP)" right after "National Education Policy": the length of the bracketed short form that
 *  opens `after` where it spells `name`'s initials, else 0. */
export function ownShortFormAfter(after: string, name: string): number {
  const m = /^\s*\((\p{Lu}[\p{L}\d.&-]{1,9})\)/u.exec(after);
  return m && isAcronymOf(m[1], name) ? m[0].length : 0;
}

/** Small words a name's short form skips: "Reserve Bank of India" → RBI. */
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** The initials of a name's capitalised words, when there are three to eight of them:
 *  "Aligarh Muslim University" → "AMU"; undefined for "Supreme Court" or "the state's police". */
export function nameInitials(name: string): string | undefined {
  const capitals = name.split(/[\s-]+/).filter((w) => !JOINING.has(w));
  if (capitals.length < 3 || capitals.length > 8 || !capitals.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return initials(capitals);
}
