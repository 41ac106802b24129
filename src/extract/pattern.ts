import type { Entity, Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import type { FactDraft } from './draft.js';

/** A pattern reads one sentence (with the article around it) and proposes facts. */
export type Pattern = (sentence: Sentence, ctx: ArticleContext) => FactDraft[];

/** The named entity (person, place, organisation) whose span ends exactly at `end` (ignoring spaces). */
export function namedEntityEndingAt(s: Sentence, end: number): Entity | null {
  const trimmedEnd = s.text.slice(0, end).trimEnd().length;
  return (
    s.entities.find(
      (e) => e.end === trimmedEnd && (e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation'),
    ) ?? null
  );
}


