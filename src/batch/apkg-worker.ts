/**
 * Worker-thread entry that packages a batch's `.apkg` from the items parked on disk while the
 * main thread renders the other formats: the deck is the slowest format of a big batch, and
 * it needs nothing the others make. Sends back the file, or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { packageNotes } from '../render/anki-apkg.js';
import { arraySource, itemNote, type AnkiNote } from '../render/anki-notes.js';
import type { Item } from '../types.js';
import type { ApkgJob } from './apkg-in-worker.js';
import { readSpilled } from './json-spill.js';

parentPort?.once('message', async (job: ApkgJob) => {
  try {
    const meta = new Map(job.articles.map((a) => [a.id, a]));
    // The notes are held here (the items are on disk, and the deck asks for notes by position).
    const notes: AnkiNote[] = [];
    for (const { slot } of job.slots) {
      for (const item of readSpilled<Item[]>(job.path, slot)) notes.push(itemNote(item, meta.get(item.articleId)));
    }
    const files = await packageNotes(arraySource(notes), job.options);
    const transfer = files.flatMap((f) => (f.content instanceof Uint8Array ? [f.content.buffer as ArrayBuffer] : []));
    parentPort!.postMessage({ ok: true, files }, transfer);
  } catch (err) {
    parentPort!.postMessage({ ok: false, reason: (err as Error)?.message ?? String(err) });
  }
});
