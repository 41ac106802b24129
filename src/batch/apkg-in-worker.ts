/**
 * The `.apkg` of one output set (the whole batch or one period), made on a worker thread from
 * the items the batch parked on disk, so it overlaps the other formats. The notes go in in the
 * set's document order, so the file is byte for byte what `renderAnkiApkg` makes of the set.
 */
import { workerThreads } from './worker-threads.js';
import type { AnkiOptions } from '../render/anki/options.js';
import type { ArticleMeta, OutputFile } from '../types.js';
import type { ItemSpill } from './batch-document.js';
import type { SpillSlot } from './json-spill.js';

export interface ApkgJob {
  path: string;
  /** The set's articles' parked items, in document order. */
  slots: { slot: SpillSlot }[];
  articles: ArticleMeta[];
  options: AnkiOptions;
}

export interface ApkgRun {
  files: Promise<OutputFile[]>;
  /** Stop the worker (the run failed elsewhere); `files` then rejects. */
  cancel(): void;
}

export function apkgInWorker(spill: ItemSpill, articles: readonly ArticleMeta[], options: AnkiOptions): ApkgRun {
  const ids = new Set(articles.map((a) => a.id));
  const job: ApkgJob = { path: spill.path, slots: spill.articles.filter((a) => ids.has(a.articleId)).map(({ slot }) => ({ slot })), articles: [...articles], options };
  const worker = new (workerThreads().Worker)(new URL('./apkg-worker.js', import.meta.url));
  const files = new Promise<OutputFile[]>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (msg: { ok: true; files: OutputFile[] } | { ok: false; reason: string }) =>
      settle(() => (msg.ok ? resolve(msg.files) : reject(new Error(`.apkg: ${msg.reason}`)))),
    );
    worker.once('error', (err: Error) => settle(() => reject(new Error(`.apkg: worker crashed: ${err.message}`))));
    worker.once('exit', (code) => settle(() => reject(new Error(`.apkg: worker stopped (exit code ${code})`))));
    worker.postMessage(job);
  });
  // Awaited only after the other formats: a failure must not go unhandled meanwhile.
  files.catch(() => {});
  return { files, cancel: () => void worker.terminate() };
}
