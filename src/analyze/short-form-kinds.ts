/**
 * "the Labour Force Participation Rate (LFPR) … LFPR stood at 54.9%": a short form the article
 * spells out is the kind of thing its long form is. An unknown acronym is read as a body
 * (classify-run.ts); one that shortens a term (a rate, an index, a scheme) is a term wherever
 * the article writes it.
 */
import type { Sentence } from '../types.js';
import { isAcronymOf } from '../util/acronym.js';

export function withShortFormKinds(sentences: Sentence[]): void {
  const terms = new Set<string>();
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'term') continue;
      const m = /^\s*\(([A-Z][A-Za-z&]{1,7})\)/.exec(s.text.slice(e.end));
      if (m && isAcronymOf(m[1], e.text)) terms.add(m[1]);
    }
  }
  if (!terms.size) return;
  for (const s of sentences) {
    s.entities = s.entities.map((e) => (e.cls === 'organisation' && terms.has(e.text) ? { ...e, cls: 'term' } : e));
  }
}
