import type { PlacedMention } from './person-coref.js';

type Mention = PlacedMention['mention'];

/**
 * "…, and Ahlawat claimed Sultanpur Majra with a margin of 17,126 votes" beside "Mukesh Ahlawat
 * from Sultanpur Majra by 17,126 votes": a name that only looks like a person's (two capitalised
 * words, no title or cue), or that the analyser took for a term, is the place the article calls
 * it elsewhere, where a cue settled it.
 * ("Dihing Patkai came to limelight …" beside "the Dihing Patkai National Park": so is the short
 * form of a longer name of a place, a body or a thing the article gives, its kind word dropped.)
 */
export function withPlacesNamedElsewhere(mentions: PlacedMention[]): void {
  const places = new Map<string, Mention>();
  const longer: Mention[] = [];
  for (const { mention } of mentions) {
    if (mention.cls === 'place' && mention.status === 'final') places.set(mention.surface, mention);
    if ((mention.cls === 'place' || mention.cls === 'organisation') && /\s/.test(mention.surface)) longer.push(mention);
  }
  if (!places.size && !longer.length) return;
  for (const { mention } of mentions) {
    // ("Hasdeo Arand, one of the largest dense forest …" then "… make Hasdeo Arand mining free":
    // a name of two words with no cue is the place its first mention said it is.)
    const looksPerson = mention.cls === 'person' && (mention.status === 'maybe-person' || /\s/.test(mention.surface)) && !mention.personCue && !mention.role;
    const place = looksPerson || mention.cls === 'term' ? places.get(mention.surface) : undefined;
    if (place) {
      Object.assign(mention, { cls: 'place', placeKind: place.placeKind, canonical: place.canonical, status: 'final' });
      continue;
    }
    // (Whatever the analyser's certainty, where nothing about the name in its own sentence says person.)
    const uncued = mention.cls === 'person' && !mention.personCue && !mention.role;
    const whole = uncued ? longer.find((l) => l.surface.startsWith(`${mention.surface} `) && /^\p{Lu}/u.test(l.surface.slice(mention.surface.length + 1))) : undefined;
    if (whole) Object.assign(mention, { cls: whole.cls, placeKind: whole.placeKind, status: 'final' });
  }
}
