/** Build Articles from the corpus files by plain splitting (the ingest stage is not used here). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Entity, AnalyzedArticle } from '../../src/types.js';

const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** The Hindu seed: line 1 title, a dateline paragraph, body paragraphs, site tail from "0 / 0" on. */
export function seedArticle(): Article {
  const raw = readFileSync(`${corpus}seed/russia-japan-2plus2.txt`, 'utf8');
  const [title, ...rest] = raw.split('\n');
  let body = rest.join('\n');
  body = body.slice(0, body.indexOf('\n0 / 0'));
  const paragraphs = paragraphsOf(body).slice(1); // drop the dateline
  return { id: 'seed', title, date: '2013-11-02', place: 'Moscow', site: 'The Hindu', source: 'seed', paragraphs };
}

/** A Wikinews article: title, date line, blank line, paragraphs. */
export function wikinewsArticle(name: string): Article {
  const raw = readFileSync(`${corpus}wikinews/wikinews-${name}.txt`, 'utf8');
  const [title, dateLine, ...rest] = raw.split('\n');
  const d = new Date(`${dateLine} UTC`);
  const date = Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  return { id: name, title, date, place: null, site: 'Wikinews', source: name, paragraphs: paragraphsOf(rest.join('\n')) };
}

export function articleOf(paragraphs: string[], date: string | null = '2013-11-02'): Article {
  return { id: 't', title: 'Test', date, place: null, site: null, source: '-', paragraphs };
}

export function entities(a: AnalyzedArticle, cls?: Entity['cls']): Entity[] {
  return a.sentences.flatMap((s) => s.entities).filter((e) => !cls || e.cls === cls);
}

export function canonicals(a: AnalyzedArticle, cls: Entity['cls']): Set<string> {
  return new Set(entities(a, cls).map((e) => e.canonical));
}
