import type { PlacedMention } from './person-coref.js';

/**
 * "…, and Ahlawat claimed Sultanpur Majra with a margin of 17,126 votes" beside "Mukesh Ahlawat
 * from Sultanpur Majra by 17,126 votes": a name that only looks like a person's (two capitalised
 * words, no title or cue), or that the analyser took for a term, is the place the article calls
 * it elsewhere, where a cue settled it.
 */
export function withPlacesNamedElsewhere(mentions: PlacedMention[]): void {
  const places = new Map<string, PlacedMention['mention']>();
  for (const { mention } of mentions) if (mention.cls === 'place' && mention.status === 'final') places.set(mention.surface, mention);
  if (!places.size) return;
  for (const { mention } of mentions) {
    const unsure = (mention.cls === 'person' && mention.status === 'maybe-person' && !mention.personCue && !mention.role) || mention.cls === 'term';
    const place = unsure ? places.get(mention.surface) : undefined;
    if (place) Object.assign(mention, { cls: 'place', placeKind: place.placeKind, canonical: place.canonical, status: 'final' });
  }
}
