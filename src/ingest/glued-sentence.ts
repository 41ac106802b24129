/**
 * "… took oath of office.They were administered …": a full stop typed against the next
 * sentence's first word, as copy pasted from a page often has it, would run two sentences into
 * one (and read "office.They" as one word). A space after the stop parts them. Only between a
 * lower-case word of three letters or more and a capitalised word: "U.S.Army", "e.g.The" and a
 * web address ("gmail.com") stay as written.
 */
// ("… Disaster Relief Fund.The CM …": the word before may be capitalised.)
// ("Sen triumphed by winning 21-15 and 21-11.In the quarter-final …": or a figure.)
const GLUED_STOP = /(?<=(?:^|[^\p{L}.@/])\p{L}\p{Ll}{2,}|\d)\.(?=\p{Lu}\p{Ll}+\b)/gu;

export function spacedGluedStops(paragraph: string): string {
  return paragraph.replace(GLUED_STOP, '. ');
}

/** "took over as revenue secretary on December 1, 2022. , with a long tenure in hand": a stop
 *  left before a comma, as an edit leaves it, would end the sentence there. The comma stays.
 *  (So does one of two articles typed twice, below.) */
const STRAY_STOP = /(?<=[\p{L}\d])\.\s+,(?=\s)/gu;

/** "the House passed the The Biological Diversity (Amendment) Bill": an article typed twice. */
const DOUBLED_THE = /\b([Tt]he)\s+The\s+(?=\p{Lu})/gu;

/** "Patnaik won the subsequent elections in the state..": a stop typed twice ends a sentence once
 *  (a question made of it would end ".?"); three are an ellipsis and stay. */
const DOUBLED_STOP = /(?<=[\p{L}\d)])\.\.(?=\s|$)/gu;

/** "the ''most prestigious … award in the country'', the statement said": two apostrophes typed
 *  for a quotation mark, as wire copy has them, are one (a quotation read as two open ones would
 *  leave "…'', the foundation said?" in a question). */
const DOUBLED_APOSTROPHE = /''|‘‘|’’/g;

export function withoutStrayStops(paragraph: string): string {
  const quoted = paragraph.includes("''") || paragraph.includes('‘‘') || paragraph.includes('’’') ? paragraph.replace(DOUBLED_APOSTROPHE, '"') : paragraph;
  const single = quoted.includes('..') ? quoted.replace(DOUBLED_STOP, '.') : quoted;
  const stops = single.includes('. ,') ? single.replace(STRAY_STOP, ',') : single;
  return / The /.test(stops) ? stops.replace(DOUBLED_THE, '$1 ') : stops;
}

/** "1.Birla has been elected …", "2. He is an MP from …": a list's number opening a paragraph is
 *  the page's layout, no part of its first sentence (a question made of it would open on "1."). */
const LIST_NUMBER = /^\d{1,2}[.)]\s*(?=\p{Lu})/u;

export function withoutListNumber(paragraph: string): string {
  return paragraph.replace(LIST_NUMBER, '');
}
