/**
 * Worker-thread entry that packages a batch's `.apkg` from the items parked on disk while the
 * main thread renders the other formats: the deck is the slowest format of a big batch, and
 * it needs nothing the others make. Sends back the file, or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { packageNotes } from '../render/anki/apkg.js';
import { itemNote, type AnkiNote } from '../render/anki/notes.js';
import type { Item } from '../types.js';
import type { ApkgJob } from './apkg-in-worker.js';
import { readSpilled } from './json-spill.js';
import { spillNotes } from './note-spill.js';

parentPort?.once('message', async (job: ApkgJob) => {
  try {
    const meta = new Map(job.articles.map((a) => [a.id, a]));
    function* notes(): Generator<AnkiNote> {
      for (const { slot } of job.slots) {
        for (const item of readSpilled<Item[]>(job.path, slot)) yield itemNote(item, meta.get(item.articleId));
      }
    }
    // The deck asks for notes by position, in id order: they wait on disk, not in memory.
    const parked = spillNotes(notes());
    let files;
    try {
      files = await packageNotes(parked, job.options);
    } finally {
      parked.close();
    }
    const transfer = files.flatMap((f) => (f.content instanceof Uint8Array ? [f.content.buffer as ArrayBuffer] : []));
    parentPort!.postMessage({ ok: true, files }, transfer);
  } catch (err) {
    parentPort!.postMessage({ ok: false, reason: (err as Error)?.message ?? String(err) });
  }
});
