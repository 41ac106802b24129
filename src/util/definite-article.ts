/**
 * Which names are said with "the" when they stand as a subject or object in a sentence we
 * write: "the United States", "the Maldives", "the African Union", "the Reserve Bank of
 * India" — but "India", "NATO", "Google".
 */

/** Country and place names said with "the". */
const PLACE_WITH_THE = /^(?:United\s|(?:Czech|Dominican|Central African|Democratic)\s.*Republic|Republic of\s)|(?:Islands|Emirates|States|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/;

/** Bodies named by what they are ("… Union", "… Bank of India") take "the"; acronyms and
 *  brand-like names do not. */
const BODY_WITH_THE =
  /\b(?:Union|Nations|Organi[sz]ation|Bank|Court|Council|Committee|Commission|Agency|Ministry|Department|Party|Fund|Forum|Association|Alliance|Institute|Assembly|Parliament|Army|Navy|Force|Forces|Board|Authority|Federation|League|Secretariat|Tribunal|Group)(?:\s+(?:of|for|on)\s+.+)?$/;

export function takesThe(name: string): boolean {
  const n = name.trim();
  return PLACE_WITH_THE.test(n) || (!/^[A-Z0-9&.-]+$/.test(n) && BODY_WITH_THE.test(n));
}

/** The name as it stands inside a sentence: "the African Union", "India". */
export function withThe(name: string): string {
  return takesThe(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
}

/** The name as the opening words of a sentence: "The African Union", "India". */
export function asSentenceSubject(name: string): string {
  return withThe(name).replace(/^the /, 'The ');
}

/** "India's most celebrated astrophysicist", "ISRO's former chief": a description opening on its
 *  owner's name, which takes no "the" (nor a "Which" before it). */
export function opensOnOwner(description: string): boolean {
  return OWNER_FIRST.test(description);
}
const OWNER_FIRST = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s/u;
