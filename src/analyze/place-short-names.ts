/**
 * "translocated to Kuno National Park … 250 kilometres from Kuno": a reserve, a park or a lake
 * the article has named in full is called by its own name after. That name is the same place
 * (its canonical the full name), not a term of its own.
 */
import type { Entity, Sentence } from '../types.js';
import { RESERVE_HEADS } from '../lexicon/index.js';

const FEATURE = new RegExp(`\\s(?:${RESERVE_HEADS.join('|')})$`);

export function withPlaceShortNames(sentences: Sentence[]): void {
  const full = new Map<string, Entity>();
  for (const s of sentences) {
    for (const e of s.entities) {
      const m = e.cls === 'place' ? FEATURE.exec(e.canonical) : null;
      if (m && !full.has(e.canonical.slice(0, m.index))) full.set(e.canonical.slice(0, m.index), e);
    }
  }
  if (!full.size) return;
  for (const s of sentences) {
    s.entities = s.entities.map((e) => {
      const named = (e.cls === 'term' || e.cls === 'place' || e.cls === 'organisation') && full.get(e.text);
      return named ? { ...e, cls: 'place', canonical: named.canonical, ...(named.placeKind ? { placeKind: named.placeKind } : {}) } : e;
    });
  }
}
