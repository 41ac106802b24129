/**
 * Short quoted phrases are terms: “active pacifism”, 'strong rationale'. Longer quotes are
 * speech, not terms. Returns character ranges of the text inside the quotes.
 */

export interface CharRange {
  start: number;
  end: number;
}

const MAX_TERM_WORDS = 5;
/** A pronoun or a finite verb makes a quote a clause. */
const SPEECH = /\b(?:I|we|you|he|she|they|it|our|my|your|their|us|me|is|are|was|were|am|will|would|can|could|have|has|had|do|does|did)\b/i;
/**
 * Opening quote → closing quote. A quote opens after a space or bracket and before a non-space,
 * and closes after a non-space: so the closing quote of one quotation never opens the next
 * ('goodbye," Microsoft says on "The Countdown"').
 */
const PAIRS: [RegExp][] = [
  [/“([^“”\n]{1,80})”/g],
  [/(?<=^|[\s(\[—–])‘(?=\S)([^‘’\n]{1,80}?)(?<=\S)’(?!\p{L})/gu],
  [/(?<=^|[\s(\[—–])"(?=\S)([^"\n]{1,80}?)(?<=\S)"(?![\p{L}\d])/gu],
  [/(?<=^|[\s(\[—–])'(?=\S)([^'\n]{1,80}?)(?<=\S)'(?![\p{L}\d])/gu],
];

/** ', Chandrasekaran had earlier said', ', he added': a quotation's teller after it. */
const TOLD_AFTER = /^\s*,\s*(?:[\p{L}.'’-]+\s+){1,5}?(?:(?:had|has)\s+)?(?:earlier\s+|also\s+|later\s+)?(?:said|says|added|adds|told|asked|noted|remarked|wrote|tweeted|stated)\b/u;

export function quotedTerms(text: string): CharRange[] {
  const out: CharRange[] = [];
  for (const [re] of PAIRS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inner = m[1];
      // A quote that ends a sentence is speech, not a term.
      // ("“Let's not speculate,” Chandrasekaran had earlier said": so is one its teller's words
      // follow, after a comma inside or outside it.)
      // (Only with the teller: 'themed “Strengthening Multilateralism …,” will bring …' is a name.)
      const after = text.slice(m.index + m[0].length);
      if (/[.!?]\s*$/.test(inner) || TOLD_AFTER.test(/,\s*$/.test(inner) ? `,${after}` : after)) continue;
      const innerStart = m.index + m[0].indexOf(inner);
      const range = trimRange(inner, innerStart);
      if (!range) continue;
      const words = text.slice(range.start, range.end).split(/\s+/);
      // ("'Mutual and Holistic Advancement for Security and Growth Across Regions'": a quoted title
      // in capitals is one name, however long.)
      if ((words.length > MAX_TERM_WORDS && !namedKind(text, range, m.index + m[0].length) && !titleCased(words)) || /[.!?]/.test(text.slice(range.start, range.end).replace(/\b\p{Lu}\./gu, ''))) continue;
      // "Our hands are full": a quoted clause is speech, not a term.
      if (SPEECH.test(text.slice(range.start, range.end))) continue;
      out.push(range);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Small words a title leaves lower-case. */
const TITLE_SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', '&']);

/** Words of a title: each capitalised but the small ones, at most MAX_TITLE_WORDS. */
function titleCased(words: readonly string[]): boolean {
  return words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** The longest title a quote may hold when a kind noun follows it. */
const MAX_TITLE_WORDS = 10;
/** Nouns a quoted title is the name of: "the 'Capacity Building and Human Resource Development' scheme". */
const KIND_AFTER = /^\s+(?:scheme|yojana|mission|abhiyan|programme|program|initiative|campaign|project|portal|policy|award|festival|exercise)\b/i;

/** A title in the quotes (capitalised words, small joining words between) of a thing whose
 *  kind the next word names: long as it is, one name. */
function namedKind(text: string, range: CharRange, after: number): boolean {
  const words = text.slice(range.start, range.end).split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && KIND_AFTER.test(text.slice(after)) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:and|of|for|the|in|on|to|&)$/.test(w)));
}

/** Drop spaces and trailing commas/full stops that sit inside the quotes ("Better Idea," → "Better Idea"). */
function trimRange(inner: string, start: number): CharRange | null {
  const lead = inner.length - inner.trimStart().length;
  const body = inner.trim().replace(/[,.;:!?]+$/, '');
  if (!/\p{L}/u.test(body)) return null;
  return { start: start + lead, end: start + lead + body.length };
}
