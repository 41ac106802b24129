/**
 * How Indian reports call a court besides its name: "SC refuses to stay …", "HC grants bail …"
 * in headlines; "the top court", "the apex court", "the high court" in the text. One place for
 * both, read where a story's setting is worked out.
 */

/** Whether the headline (a padded key) calls the court by its two letters. */
export function courtShortFormIn(name: string, headlineKey: string): boolean {
  return (name === 'Supreme Court' && headlineKey.includes(' sc ')) || (/\bHigh Court$/.test(name) && headlineKey.includes(' hc '));
}

/** How often the paragraphs call the court by its lower-case epithet, which no name reader counts. */
export function courtEpithetMentions(name: string, paragraphs: readonly string[]): number {
  const epithet = name === 'Supreme Court' ? /\b(?:top|apex)\s+court\b/gi : /\bHigh Court$/.test(name) ? /\bthe\s+high\s+court\b/g : null;
  if (!epithet) return 0;
  return paragraphs.reduce((n, p) => n + (p.match(epithet)?.length ?? 0), 0);
}
