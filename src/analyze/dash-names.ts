/**
 * "Guru Ghasidas - Tamor Pingla Tiger Reserve", "Sanjay Dubri-Satpura Corridor": two names joined
 * by a dash before the head word of a place or a thing are one name (a reserve, a corridor named
 * after two places); the analyser reads two, and a blank would ask half of one.
 */
import type { Entity } from '../types.js';
import { PLACE_HEADS, TERM_WORDS } from '../lexicon/index.js';

const DASH = /^\s*[-–]\s*$/;
const BARE_BEFORE_DASH = /(?<![\p{L}\d.'’-])\p{Lu}\p{Ll}+\s*[-–]\s*$/u;
/** "… Express", "… Mail": a train named for the places it runs between. */
const TRAIN_HEAD = /^(?:express|mail)$/;
const NAMES = new Set<Entity['cls']>(['person', 'place', 'organisation', 'term']);

export function joinDashNames(text: string, entities: Entity[]): Entity[] {
  if (!/[-–]/.test(text)) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && NAMES.has(prev.cls) && NAMES.has(e.cls) && DASH.test(text.slice(prev.end, e.start)) && namesKind(e.text)) {
      const joined = text.slice(prev.start, e.end);
      out[out.length - 1] = { ...e, text: joined, start: prev.start, canonical: joined };
      continue;
    }
    // ("the Sairang–Kolkata Express": or a word the analyser made nothing of, right before the dash.)
    const bare = NAMES.has(e.cls) && namesKind(e.text) ? BARE_BEFORE_DASH.exec(text.slice(Math.max(prev?.end ?? 0, e.start - 40), e.start)) : null;
    if (bare) {
      const start = e.start - bare[0].length;
      const joined = text.slice(start, e.end);
      out.push({ ...e, text: joined, start, canonical: joined });
      continue;
    }
    out.push(e);
  }
  return out;
}

/** Whether a name is headed by the word of a place or a thing ("… Tiger Reserve", "… Corridor"). */
function namesKind(name: string): boolean {
  // ("… Tiger Reserve of Chhattisgarh": the head stands before its "of".)
  const head = name.replace(/\s+of\s.*$/, '');
  const last = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  return head.includes(' ') && (PLACE_HEADS.has(last) || TERM_WORDS.has(last) || TRAIN_HEAD.test(last));
}
