/**
 * "the Mission for Aatmanirbharta in Pulses- a landmark initiative …": a dash typed against the
 * word before it, read as part of that word, would end the name on "Pulses-". Written with a
 * space on both sides, it parts the name from the aside. Only before "a", "an" or "the": a
 * hyphen left by a broken line ("state- owned") joins words still.
 */
const GLUED_DASH = /(\p{L})-\s+(?=(?:a|an|the)\s)/gu;

export function spacedGluedDashes(paragraph: string): string {
  return paragraph.includes('- ') ? paragraph.replace(GLUED_DASH, '$1 - ') : paragraph;
}
