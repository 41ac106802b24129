/**
 * The `--state` file: which articles quizwire has already made items for, so that a daily run
 * writes a deck and worksheet of the new ones only. An article counts as done when its URL
 * (web pages) or its content digest (any input: see batch/content-digest.ts) is in the file.
 * Read at the start; written (temp + rename) only after a run's outputs are all in place, and
 * then only with the articles those outputs hold: a run that fails marks nothing done.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write.js';
import { isWebUrl } from '../fetch/web-url.js';
import type { ArticleMeta } from '../types.js';

export interface DoneArticle {
  /** The URL or file path it was read from. */
  source: string;
  digest: string;
  id: string;
  title: string;
  date: string | null;
}

interface StateDocument {
  quizwire: 'state';
  version: 1;
  articles: DoneArticle[];
}

export class StateFileError extends Error {}

export class StudyState {
  private readonly done: DoneArticle[];
  private readonly sources = new Set<string>();
  private readonly digests = new Set<string>();
  /** Articles studied this run, by id, until the outputs holding them are written. */
  private readonly pending = new Map<string, DoneArticle>();

  private constructor(
    readonly file: string,
    done: DoneArticle[],
  ) {
    this.done = done;
    for (const a of done) {
      if (isWebUrl(a.source)) this.sources.add(a.source);
      this.digests.add(a.digest);
    }
  }

  /** The file's state; none yet is an empty state. Throws StateFileError for a file that is not one. */
  static load(file: string): StudyState {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new StudyState(file, []);
      throw new StateFileError(`${file}: cannot read the state file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let doc: StateDocument;
    try {
      doc = JSON.parse(text) as StateDocument;
    } catch {
      throw new StateFileError(`${file}: not a quizwire state file (not JSON)`);
    }
    if (doc?.quizwire !== 'state' || doc.version !== 1 || !Array.isArray(doc.articles)) throw new StateFileError(`${file}: not a quizwire state file`);
    return new StudyState(file, doc.articles);
  }

  /** A web address already made into items: no need to fetch it again. */
  hasUrl(url: string): boolean {
    return this.sources.has(url);
  }

  /** An article already made into items (by its address, or by what it says). */
  has(source: string, digest: string): boolean {
    return this.digests.has(digest) || (isWebUrl(source) && this.sources.has(source));
  }

  /** An article of this run, done once `commit` is given the outputs that hold it. */
  note(article: ArticleMeta, digest: string): void {
    this.pending.set(article.id, { source: article.source, digest, id: article.id, title: article.title, date: article.date });
  }

  /** Mark done the articles that the written outputs hold, and write the file. */
  commit(written: readonly ArticleMeta[]): number {
    const added = written.map((a) => this.pending.get(a.id)).filter((a): a is DoneArticle => a !== undefined && !this.has(a.source, a.digest));
    if (added.length === 0) return 0;
    const articles = [...this.done, ...added].sort(byDateThenSource);
    const doc: StateDocument = { quizwire: 'state', version: 1, articles };
    writeFileAtomic(this.file, `${JSON.stringify(doc, null, 1)}\n`);
    for (const a of added) {
      this.done.push(a);
      if (isWebUrl(a.source)) this.sources.add(a.source);
      this.digests.add(a.digest);
    }
    return added.length;
  }
}

/** A stable order, so the file changes only where articles are added. */
function byDateThenSource(a: DoneArticle, b: DoneArticle): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0;
}
