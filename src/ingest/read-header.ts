/**
 * The top of an article: skip leading page furniture, take the headline (when the format did
 * not state one), then consume dateline, byline and update-stamp lines under it.
 */
import { boilerplateReason } from './boilerplate.js';
import { parseDatelineLine } from './parse-dateline.js';
import type { Unit } from './split-units.js';
import { endsWithColon, hasInnerSentenceBreak, wordCount } from './text-shape.js';
import { normalizeKey } from '../util/ids.js';

export interface Header {
  title: string | null;
  date: string | null;
  place: string | null;
  /** Index of the first unit after the header. */
  bodyStart: number;
}

const MAX_LEADING_JUNK = 8;
const MAX_HEADER_LINES = 4;

/** Short, no final full stop, one sentence at most, not a dateline or a button. */
// ("Cyclone Michaung landfall today! After wreaking havoc …": a kicker of up to five words.)
const KICKER = /^(?:\S+\s+){0,4}\S+[!?]\s+(?=\p{Lu})/u;

export function looksLikeHeadline(unit: Unit): boolean {
  const { text } = unit;
  const words = wordCount(text);
  if (unit.bullet || words < 2 || words > 30 || text.length > 250) return false;
  // ("Liftoff! ISRO launches India's heaviest satellite …": a kicker of a word or three before it.)
  // (A headline cut short by its page ends in an ellipsis: "… IIT Madras tops, followed by...".)
  if (/(?<!\.\.)[.,;]["'”’)]*$/.test(text) || endsWithColon(text) || hasInnerSentenceBreak(text.replace(KICKER, ''))) return false;
  if (parseDatelineLine(text) !== null) return false;
  const reason = boilerplateReason(text);
  return reason === null || reason === 'not-a-sentence';
}

function isLeadingJunk(unit: Unit): boolean {
  const reason = boilerplateReason(unit.text);
  return reason === 'call-to-action' || reason === 'copyright' || wordCount(unit.text) <= 1;
}

function isBylineOrStamp(unit: Unit): boolean {
  const reason = boilerplateReason(unit.text);
  return reason === 'byline' || reason === 'stamp';
}

/** "WATCH: Admiral Karambir Singh Takes Charge As The Chief Of Naval Staff …": a page's label in
 *  capitals before its headline, which a call to watch would otherwise drop with it. */
const HEADLINE_LABEL = /^(?:WATCH|VIDEO|PHOTOS?|LIVE|EXCLUSIVE|BREAKING|EXPLAINED|IN PICS)\s*[:|]\s+/;
function labelledHeadline(unit: Unit): string | null {
  const m = HEADLINE_LABEL.exec(unit.text);
  if (!m) return null;
  const rest = { ...unit, text: unit.text.slice(m[0].length) };
  return wordCount(rest.text) >= 4 && looksLikeHeadline(rest) ? rest.text : null;
}

export function readHeader(units: readonly Unit[], knownTitle: string | null): Header {
  const titleKey = knownTitle ? normalizeKey(knownTitle) : null;
  const isTitleAgain = (u: Unit) => titleKey !== null && normalizeKey(u.text) === titleKey;
  let i = 0;
  while (i < units.length && i < MAX_LEADING_JUNK && ((isLeadingJunk(units[i]) && labelledHeadline(units[i]) === null) || isTitleAgain(units[i]))) i++;

  let title: string | null = null;
  const labelled = i < units.length ? labelledHeadline(units[i]) : null;
  if (knownTitle === null && labelled !== null) {
    title = labelled;
    i++;
  } else if (knownTitle === null && i < units.length && looksLikeHeadline(units[i])) title = units[i++].text;

  let date: string | null = null;
  let place: string | null = null;
  for (let n = 0; n < MAX_HEADER_LINES && i < units.length; n++, i++) {
    const unit = units[i];
    const dateline = parseDatelineLine(unit.text);
    if (dateline) {
      date ??= dateline.date;
      place ??= dateline.place;
    } else if (!isBylineOrStamp(unit) && !isTitleAgain(unit)) {
      break;
    }
  }
  return { title, date, place, bodyStart: i };
}
