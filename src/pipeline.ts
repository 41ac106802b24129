import { analyzeArticle } from './analyze/index.js';
import { classifyTopics } from './analyze/topics.js';
import { extractFacts } from './extract/index.js';
import { buildDistractorPool, generateItems, type GenerateOptions } from './generate/index.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import type { Article, ArticleMeta, ArticleTopic, Fact, Item, QuizDocument } from './types.js';
import { VERSION } from './version.js';

/** What the per-article stages produce; small enough to keep for a whole batch. */
export interface ArticleResult {
  article: Article;
  facts: Fact[];
  /** The syllabus topics the article is filed under (analyze/topics.ts). */
  topics: ArticleTopic[];
}

/** ingest → analyze → extract (and its topics) for one article's text. Throws IngestError for unusable text. */
export function studyText(text: string, opts: IngestOptions): ArticleResult {
  const article = ingest(text, opts);
  const analyzed = analyzeArticle(article);
  return { article, facts: extractFacts(analyzed), topics: classifyTopics(analyzed) };
}

/** generate over a whole batch: distractors may come from any article of the batch. */
export function buildDocument(results: readonly ArticleResult[], options: GenerateOptions): QuizDocument {
  const pool = buildDistractorPool(results.flatMap((r) => r.facts));
  const items: Item[] = [];
  for (const r of results) items.push(...generateItems(r.facts, { options, pool, headlines: [r.article.title] }));
  return {
    generator: { name: 'quizwire', version: VERSION },
    articles: results.map((r) => articleMeta(r.article, r.topics)),
    items,
  };
}

export function articleMeta(a: Article, topics: ArticleTopic[]): ArticleMeta {
  return { id: a.id, title: a.title, date: a.date, place: a.place, site: a.site, source: a.source, topics };
}
