/**
 * Sentences that open inside a quotation begun in an earlier sentence of their paragraph:
 * "“Today, we have inaugurated the redeveloped Hanimaadhoo Airport. Now, the Greater Male
 * Connectivity Project will also be expedited. …,” Modi told reporters." The middle sentence
 * holds no quotation marks of its own, yet it is the speaker's telling, and cut from its
 * quotation it leans on what it no longer shows ("Now, the _____ will also be expedited").
 */
import type { AnalyzedArticle } from '../types.js';

export function speechSentences(analyzed: AnalyzedArticle): Set<number> {
  const out = new Set<number>();
  let paragraph = -1;
  let open = false;
  for (const s of analyzed.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
    }
    if (open) out.add(s.index);
    for (const ch of s.text) {
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    }
  }
  return out;
}
