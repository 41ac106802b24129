/** Helpers for reading the shared test corpus. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export function corpusText(...parts: string[]): string {
  return readFileSync(join(CORPUS, ...parts), 'utf8');
}

export function wikinewsNames(): string[] {
  return readdirSync(join(CORPUS, 'wikinews'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function wikinewsMeta(name: string): { title: string; dateCreated: string } {
  return JSON.parse(corpusText('wikinews', `${name}.json`));
}
