/**
 * Split a document into one document per period (day, week or month of the article dates),
 * reusing the whole batch's items: an article's questions are the same in its week's deck
 * as in the year's deck, and generation runs once.
 */
import type { QuizDocument } from '../types.js';
import { periodOf, UNDATED, type GroupBy } from './periods.js';

export interface PeriodDocument {
  /** `2013-11-02`, `2013-W44`, `2013-11` or `undated`. */
  period: string;
  doc: QuizDocument;
}

/** Periods in time order, `undated` last; articles keep their order within a period. */
export function groupDocument(doc: QuizDocument, by: GroupBy): PeriodDocument[] {
  if (by === 'none') return [];
  const periodOfArticle = new Map<string, string>();
  const periods = new Map<string, QuizDocument>();
  for (const a of doc.articles) {
    const period = periodOf(a.date, by);
    periodOfArticle.set(a.id, period);
    let g = periods.get(period);
    if (!g) periods.set(period, (g = { generator: doc.generator, articles: [], items: [] }));
    g.articles.push(a);
  }
  for (const item of doc.items) {
    const period = periodOfArticle.get(item.articleId);
    if (period) periods.get(period)!.items.push(item);
  }
  const order = (p: string) => (p === UNDATED ? '\uffff' : p);
  return [...periods.entries()]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([period, d]) => ({ period, doc: d }));
}
