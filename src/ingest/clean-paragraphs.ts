/**
 * Body units → story paragraphs: cut the trailing section after the story (comments,
 * sources, a sign-in box with nothing but furniture after it), then drop boilerplate units.
 */
import { boilerplateReason, isSiteFurniture, type BoilerplateReason } from './boilerplate.js';
import type { Unit } from './split-units.js';
import { withoutBroadcastLabels } from './broadcast-labels.js';
import { withPairedQuotes } from './paired-quotes.js';

/** Headings after which nothing belongs to the story (reader comments, citations, categories). */
const END_HEADING_RE =
  /^(?:comments?|\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|what do you think\??|sources?|references|external links|further reading|notes|categories\s*:.*|filed under\s*:.*)\s*:?$/i;

interface Classified {
  unit: Unit;
  reason: BoilerplateReason | null;
}

/** Index where the trailing non-story section starts, or `items.length`. */
function trailingCut(items: Classified[]): number {
  const firstStory = items.findIndex((c) => c.reason === null);
  if (firstStory < 0) return items.length;
  for (let i = firstStory + 1; i < items.length; i++) {
    if (END_HEADING_RE.test(items[i].unit.text)) return i;
  }
  // A sign-in / comment-rules block followed only by furniture and list items ends the story.
  for (let i = firstStory + 1; i < items.length; i++) {
    if (!isSiteFurniture(items[i].reason)) continue;
    if (items.slice(i + 1).every((c) => c.reason !== null || c.unit.bullet)) return i;
  }
  return items.length;
}

export function cleanParagraphs(units: readonly Unit[]): string[] {
  const items: Classified[] = units.map((unit) => ({ unit, reason: boilerplateReason(unit.text) }));
  const cut = trailingCut(items);
  const out: string[] = [];
  let afterFurniture = false;
  for (const { unit, reason } of items.slice(0, cut)) {
    // The list that follows a sign-in prompt is its list of perks, not story text.
    if (unit.bullet && afterFurniture) continue;
    afterFurniture = isSiteFurniture(reason) || (afterFurniture && unit.bullet);
    if (reason === null) out.push(withPairedQuotes(withoutBroadcastLabels(unit.text)));
  }
  return out;
}
