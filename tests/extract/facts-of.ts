import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/analyze/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article, Fact, PatternId } from '../../src/types.js';

/** Facts from a few paragraphs, as a small article with a headline and a date. */
/** `date: null` studies the text as an undated article. */
export function factsOf(paragraphs: string[], opts: { date?: string | null; title?: string; place?: string } = {}): Fact[] {
  const article: Article = {
    id: 'test',
    title: opts.title ?? 'Test article',
    date: opts.date === undefined ? '2015-06-05' : opts.date,
    place: opts.place ?? null,
    site: null,
    source: 'test.txt',
    paragraphs,
  };
  return extractFacts(analyzeArticle(article));
}

/** Facts from a corpus file, through the real ingestion. */
export function factsOfFile(path: string): Fact[] {
  return extractFacts(analyzeArticle(ingest(readFileSync(path, 'utf8'), { source: path, kind: 'text' })));
}

export function byPattern(facts: Fact[], pattern: PatternId): Fact[] {
  return facts.filter((f) => f.pattern === pattern);
}

/** What one pattern asks: its facts as [question, answer] pairs. */
export function ask(facts: Fact[], pattern: PatternId): [string, string][] {
  return byPattern(facts, pattern).map((f) => [f.question, f.answer]);
}

export const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
