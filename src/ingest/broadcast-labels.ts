/**
 * A radio bulletin's script, as All India Radio (newsonair) publishes it: "Akashvani
 * correspondent reports: During the swearing-in …" opens the report and "Vikalp Shukla, Akashvani
 * News, Raipur." signs it off. Both are the broadcast's labels, no sentence of the story.
 */

/** "Our correspondent reports", "Akashvani correspondent report" (as misspelled too), before the story. */
const CORRESPONDENT_OPENING = /^(?:Our|Akashvani|Akaswani|Akashwani|AIR|All India Radio)\s+correspondents?\s+reports?(?::\s*|\s+)(?=\p{Lu})/iu;
/** ", Akashvani News, Raipur.": who filed it, the bulletin's name and the town, closing it. */
const BULLETIN_SIGN_OFF = /\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3},\s+(?:Akashvani|Akaswani|Akashwani|AIR|All India Radio)\s+News,\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\.\s*$/u;

export function withoutBroadcastLabels(paragraph: string): string {
  return paragraph.replace(CORRESPONDENT_OPENING, '').replace(BULLETIN_SIGN_OFF, '');
}
