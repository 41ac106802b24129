/**
 * Split a document into one document per period (day, week or month of the article dates) or
 * per syllabus topic, reusing the whole batch's items: an article's questions are the same in
 * its week's deck as in the year's deck, and generation runs once.
 */
import { TOPIC_LEXICON } from '../lexicon/index.js';
import type { ArticleMeta, QuizDocument } from '../types.js';
import { periodOf, UNDATED, type GroupBy } from './periods.js';

export interface PeriodDocument {
  /** `2013-11-02`, `2013-W44`, `2013-11` or `undated`; by topic, the topic's id or `unsorted`. */
  period: string;
  doc: QuizDocument;
}

/** The group of articles filed under no topic. */
export const UNSORTED = 'unsorted';

/** Periods in time order, `undated` last; topics in the syllabus order, `unsorted` last (an
 *  article of two topics is in both). Articles keep their order within a group. */
export function groupDocument(doc: QuizDocument, by: GroupBy): PeriodDocument[] {
  if (by === 'none') return [];
  const groupsOf = (a: ArticleMeta): string[] => {
    if (by !== 'topic') return [periodOf(a.date, by)];
    return a.topics?.length ? a.topics.map((t) => t.topic) : [UNSORTED];
  };
  const groupsOfArticle = new Map<string, string[]>();
  const groups = new Map<string, QuizDocument>();
  for (const a of doc.articles) {
    const names = groupsOf(a);
    groupsOfArticle.set(a.id, names);
    for (const name of names) {
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { generator: doc.generator, articles: [], items: [] }));
      g.articles.push(a);
    }
  }
  for (const item of doc.items) for (const name of groupsOfArticle.get(item.articleId) ?? []) groups.get(name)!.items.push(item);
  const order = by === 'topic' ? topicRank : (p: string) => (p === UNDATED ? '\uffff' : p);
  return [...groups.entries()]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([period, d]) => ({ period, doc: d }));
}

/** Topics sort as the syllabus lists them, `unsorted` (no topic's id) last. */
function topicRank(id: string): number {
  const at = TOPIC_LEXICON.findIndex((t) => t.id === id);
  return at < 0 ? TOPIC_LEXICON.length : at;
}
