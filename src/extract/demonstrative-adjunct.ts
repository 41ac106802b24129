/**
 * "… has planned conferences and roadshows as part of this process, with the first meeting in
 * {{c1::Christchurch}}": an adjunct that points back with "this", "that" or "there" ("as part of
 * this process", "In this regard,", "From there,") leaves a card dangling, yet says nothing the
 * card needs. Cut out, the rest is still the sentence: the card is asked without it.
 */

/** Nouns such an adjunct points back with: ways of going about something, not the thing itself. */
const NOUN = '(?:process|regard|respect|context|connection|direction|purpose|end|effort|efforts|exercise|initiative|drive|campaign|move|step|endeavour|endeavor)';
const LEAD = '(?:as (?:a )?part of|in|under|for|through|with|to|towards?)';
/** Opening the sentence and set off by a comma: "In this regard, the Ministry …", "From there,
 *  he moved to …" (the place the sentence before named). */
// ("With this, NSIL has executed its contract …", "Besides this, …": "this" alone, the event the
// sentence before told; "This also means that OneWeb completes …": the consequence stands alone.)
const OPENING = new RegExp(`^(?:(?:${LEAD} (?:this|that|these|those) ${NOUN}|(?:From )?there|(?:With|Besides|Apart from|Beyond|After|In addition to) (?:this|that)),\\s+|This (?:also )?means that (?=[A-Z{]))`, 'i');
/** Closing a clause before a comma or the sentence's end: "… roadshows as part of this process, with …". */
const CLOSING = new RegExp(`,?\\s+${LEAD} (?:this|that|these|those) ${NOUN}(?=\\s*[,.;]|$)`, 'gi');

/** The text without such adjuncts (the same text when it has none). */
export function withoutDemonstrativeAdjunct(text: string): string {
  const opened = /^This (?:also )?means that \p{Ll}/u.test(text) ? text : text.replace(OPENING, '');
  return (opened === text ? text : opened.charAt(0).toUpperCase() + opened.slice(1)).replace(CLOSING, '');
}
