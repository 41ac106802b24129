/** Small text helpers shared by the patterns. */
import type { Sentence } from '../types.js';

/** Trim, drop a trailing comma/colon/semicolon and a final full stop. */
export function tidyClause(text: string): string {
  // ("… in Washington D.C." keeps the dot of its abbreviation.)
  return text.replace(/\s+/g, ' ').trim().replace(/[\s,;:–—-]+$/u, '').replace(/(?<!\b\p{Lu}\.\p{Lu})\.$/u, '').trim();
}

/** Lower-case the first letter unless the first word is a name or an acronym. */
export function lowerFirst(text: string, keepIfProper: (word: string) => boolean): string {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? '';
  // ("Harivansh's name": the name before its possessive is what may be proper.)
  const bare = first.replace(/['’]s?$/, '');
  if (!first || keepIfProper(first) || keepIfProper(bare) || /^[A-Z0-9]{2,}/.test(first)) return text;
  // "Emeritus Professor John Burrows": a capital followed by capitals is part of a name.
  if (first !== 'The' && first !== 'A' && first !== 'An' && /^\s+[A-Z]/.test(text.slice(first.length))) return text;
  return text[0].toLowerCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}



/** Spans inside quotation marks (straight or curly), as [start, end) including the marks. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)|(?<!\w)'[^']{2,}'(?!\w)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The text with quoted passages blanked out (same length), for checks that ignore quotes. */
export function withoutQuotes(text: string): string {
  let out = text;
  for (const [s, e] of quotedSpans(text)) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

export { upperFirst } from '../util/upper-first.js';

/** Whether the sentence has a verb (or auxiliary) between two offsets of its text: a clause,
 *  not a fragment ("credit support of up to Rs 1 lakh", "second and third places"). `notVerb`
 *  leaves out tokens (by index) the caller reads as no clause's verb. */
export function hasVerbBetween(s: Sentence, start: number, end: number, notVerb: (i: number) => boolean = () => false): boolean {
  return s.tokens.some((t, i) => t.start >= start && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && !notVerb(i));
}

/** ", officials said." (", the minister said on Wednesday.") at the end of a sentence: who
 *  reported it, not part of the fact.
 *  (Up to seven words: "…, Special Relief Commissioner P K Mohapatra said".) */
// (", according to the report.": the source the sentence ends on, too.)
// (", reported The Indian Express.": or an outlet after its verb.)
export const ATTRIBUTION_TAIL = /,\s+(?:(?:[\w.’'-]+\s+){0,7}(?:said|says|reported|reports|added|announced|told reporters|confirmed|stated|informed)(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|today|yesterday|earlier|citing\s+(?:[\w’'-]+\s+){0,3}?(?:media|reports|sources|officials)))?|according to (?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:report|data|survey|statement|study|release|officials|sources)|(?:reported|reports|wrote|writes)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\.?\s*$/;

/** "will be notified separately", "was announced later": a passive with nothing after it, a
 *  predicate that says nothing of its subject. */
export const BARE_PASSIVE = /^(?:will|would|shall|is|are|was|were|has|have|had)(?:\s+(?:be|been|being))?\s+\p{Ll}+ed(?:\s+(?:separately|later|soon|shortly|accordingly|today|tomorrow|yesterday))?$/u;
