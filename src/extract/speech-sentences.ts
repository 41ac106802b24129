/**
 * Sentences that open inside a quotation begun in an earlier sentence of their paragraph:
 * "“Today, we have inaugurated the redeveloped Hanimaadhoo Airport. Now, the Greater Male
 * Connectivity Project will also be expedited. …,” Modi told reporters." The middle sentence
 * holds no quotation marks of its own, yet it is the speaker's telling, and cut from its
 * quotation it leans on what it no longer shows ("Now, the _____ will also be expedited").
 * (Save the one that closes a body's statement with its name: "… India became the 4th country
 * to achieve successful Space Docking,” ISRO said." is the body's record, whole as it stands.)
 */
import type { AnalyzedArticle, Sentence } from '../types.js';

export function speechSentences(analyzed: AnalyzedArticle): Set<number> {
  const out = new Set<number>();
  let paragraph = -1;
  let open = false;
  for (const s of analyzed.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
    }
    if (open && !closesStatementOfBody(s)) out.add(s.index);
    for (const ch of s.text) {
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    }
  }
  return out;
}

/** ",” ISRO said." at the end: the quotation closes on its speaker. (The speaker ends on a word,
 *  so the spaces around it are the regex's own: no backtracking.) */
const CLOSING_ATTRIBUTION = /[”"]\s(?:the\s)?(?<speaker>[^\s,;.“”"](?:[^,;.“”"]{0,58}[^\s,;.“”"])?)\s(?:said|stated|announced|added|posted|tweeted)\.$/;

function closesStatementOfBody(s: Sentence): boolean {
  const m = CLOSING_ATTRIBUTION.exec(s.text);
  if (!m) return false;
  const at = m.index + m[0].indexOf(m.groups!.speaker);
  return s.entities.some((e) => e.cls === 'organisation' && e.start === at && e.end === at + m.groups!.speaker.length);
}
