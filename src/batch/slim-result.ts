import type { ArticleResult } from '../pipeline.js';

/**
 * What a batch keeps of an article once it is studied: its meta, facts and topics. The paragraphs
 * (the bulk of an article) are dropped; `buildDocument` only needs the article's meta.
 */
export function slimResult(r: ArticleResult): ArticleResult {
  return { article: { ...r.article, paragraphs: [] }, facts: r.facts, topics: r.topics };
}
