import type { AnalyzedArticle, Entity, Sentence } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { formatResolvedDate } from '../util/resolved-date.js';

/** What the patterns need to know about the whole article. */
export interface ArticleContext {
  analyzed: AnalyzedArticle;
  /** How often each canonical entity is mentioned (normalised key → count). */
  mentions: Map<string, number>;
  /** Canonical entities named in the headline or the first paragraph. */
  prominent: Set<string>;
  /** Every mention in reading order, for finding antecedents. */
  timeline: { sentence: number; entity: Entity }[];
  /** Article date as "November 2013", or null. */
  monthYear: string | null;
}


export function buildContext(analyzed: AnalyzedArticle): ArticleContext {
  const mentions = new Map<string, number>();
  const prominent = new Set<string>();
  const timeline: ArticleContext['timeline'] = [];
  const title = normalizeKey(analyzed.article.title);
  for (const s of analyzed.sentences) {
    for (const e of s.entities) {
      if (!isNamed(e)) continue;
      const key = normalizeKey(e.canonical);
      mentions.set(key, (mentions.get(key) ?? 0) + 1);
      timeline.push({ sentence: s.index, entity: e });
      if (s.paragraph === 0) prominent.add(key);
    }
  }
  for (const key of mentions.keys()) if (key && ` ${title} `.includes(` ${key} `)) prominent.add(key);
  const date = analyzed.article.date;
  const monthYear = date ? formatResolvedDate(date.slice(0, 7)) : null;
  return { analyzed, mentions, prominent, timeline, monthYear };
}

export function isNamed(e: Entity): boolean {
  return e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term';
}

/** How many sentences back a "he"/"she" may find its person: further than that, guessing is wrong too often. */
export const PRONOUN_REACH = 2;

/** The nearest entity before (or in) a sentence that satisfies a test: an antecedent. */
export function lastEntityBefore(
  ctx: ArticleContext,
  sentence: Sentence,
  offset: number,
  test: (e: Entity) => boolean,
  maxSentencesBack = Infinity,
): Entity | null {
  for (let i = ctx.timeline.length - 1; i >= 0; i--) {
    const { sentence: si, entity } = ctx.timeline[i];
    if (si > sentence.index) continue;
    if (sentence.index - si > maxSentencesBack) return null;
    if (si === sentence.index && entity.start >= offset) continue;
    if (test(entity)) return entity;
  }
  return null;
}

