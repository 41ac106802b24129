/**
 * "_____ judges of the five-judge bench -- Justices A, B, and C -- upheld …", "survived by _____
 * siblings-A, B, C, and D", "from _____ countries -- Canada, Finland, …": a count whose sentence
 * lists what it counts right after it gives itself away; a student counts the names.
 */

/** What opens the list after the counted noun: a dash, a colon, a bracket, "namely", or a hyphen
 *  glued to the first name ("siblings-Asha"). */
// (The glued hyphen after a word in lower case only: "Indo-Pacific" opens no list.)
// ("on the basis of _____ components, undernourishment, child stunting, child wasting and child
// mortality": a bare comma too, where the entries after it are as many as the count.)
// ("to five High Courts - Madhya Pradesh, …, and Patna - and": a hyphen set off by spaces too.)
const LIST_OPENER = /\s*(?:--|—|–)\s*|\s-\s|:\s*|\s\(|,\s+namely\s+|(?<=(?:^|\s)\p{Ll}+)-(?=\p{Lu})|,\s+/u;
/** How far after the count the list may open: its noun and a phrase ("judges of the bench"). */
const NOUN_REACH = 60;
/** Words the counted noun may have before a bare comma opens its list ("new species"). */
const BARE_COMMA_NOUN_WORDS = 2;
/** What closes the list: the same kinds of mark, or the sentence's end. */
// (A hyphen set off by spaces closes it as a dash does: "– the US, India, Japan and Australia - have …".)
const LIST_CLOSER = /\s*(?:--|—|–|\s-\s|\)|;|\.\s*$|\.$)/;
/** Words one entry of a list may have ("the United States of America"). */
const ENTRY_WORDS = 6;

/** Names listed right before "as the only", "were the": "Denmark, Sweden, Chile and Morocco as the only _____". */
const NAMES_BEFORE = /((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:as|were|are)\s+(?:the\s+)?(?:only\s+)?$/u;

/** Whether the count ending at `end` of `text`, of `count` things, is followed by those things
 *  listed (or, from `start`, preceded by them: "A, B, C and D as the only _____ countries"). */
export function listsItsCount(text: string, end: number, count: number, start?: number): boolean {
  if (!Number.isInteger(count) || count < 2 || count > 12) return false;
  const before = start === undefined ? null : NAMES_BEFORE.exec(text.slice(Math.max(0, start - 200), start));
  if (before && before[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim() !== '').length === count) return true;
  const tail = text.slice(end, end + NOUN_REACH + 400);
  const opener = LIST_OPENER.exec(tail);
  // (The noun and its phrase only: no clause of its own before the list opens.)
  if (!opener || opener.index > NOUN_REACH || /[,;.]/.test(tail.slice(0, opener.index))) return false;
  // (A bare comma only right after the counted noun: "five MoUs in the areas of renewable energy,
  // water …" lists areas, not the MoUs.)
  // (Nor for two, nor a measure glued to its count: "for a two-year period, the Department of
  // Personnel and Training said" is no list.)
  if (/^,\s+$/.test(opener[0]) && (count < 3 || /^-/.test(tail) || tail.slice(0, opener.index).trim().split(/\s+/).length > BARE_COMMA_NOUN_WORDS)) return false;
  const rest = tail.slice(opener.index + opener[0].length);
  const close = LIST_CLOSER.exec(rest);
  const list = close ? rest.slice(0, close.index) : rest;
  const entries = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim() !== '');
  return entries.length === count && entries.every((x) => x.trim().split(/\s+/).length <= ENTRY_WORDS);
}
