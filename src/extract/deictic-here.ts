/**
 * "held talks with Prime Minister Modi at the Hyderabad House here": "here" is where the report
 * was filed, which a card read weeks later cannot see. After a place or a noun phrase it only
 * points back at that place, and the sentence reads the same without it; "from here", "here
 * is …" and the like are left alone (the word does work there).
 */
import { SITE_HERE } from '../util/dangling.js';

const HERE = /(?<=[\p{L}\d)’'}])(?<!\b(?:from|to|in|at|near|of|around|over|out|come|came|comes|coming|live|lives|lived|stay|stays|stayed|be|is|are|was|were|left|leave|arrived|arrive|reached|reach|back|right|just|up|down)) here\b(?!\s+(?:is|are|was|were|and|to|too|that|which|who)\b)(?=[\s,.;:?!”"’)]|$)/giu;

// ("… are found here": a site's "here" stays, for the dangling check to see.)
export function withoutDeicticHere(text: string): string {
  return text.includes('here') && !SITE_HERE.test(text) ? text.replace(HERE, '') : text;
}
