import type { Article } from '../types.js';
import { foldedParagraphs } from '../util/folded-paragraphs.js';
import { hashOf } from '../util/hash.js';

/**
 * What an article says, as a short hex digest: its paragraphs (boilerplate already dropped)
 * folded as names are compared, so the same story read from another address, or a page whose
 * markup, ads or links changed, has the same digest (the --state file knows it by this).
 */
export function contentDigest(article: Pick<Article, 'paragraphs'>): string {
  return hashOf('sha256', foldedParagraphs(article.paragraphs)).toString('hex').slice(0, 32);
}
