import type { OutputFile, QuizDocument } from '../../types.js';
import { buildCollection } from './collection.js';
import { noteSource, type NoteSource } from './notes.js';
import { cleanDeckName, deckFileName, type AnkiOptions } from './options.js';
import { crc32, crc32Combine, deflatePiece, deflatePieceSync, zipArchive } from '../zip/archive.js';

/** Level 3 deflates a collection almost as small as level 6 in half the time. */
const DEFLATE_LEVEL = 3;

/** Raw page blocks (8 MiB each) waiting for zlib's threads at most. */
const MAX_BLOCKS_IN_FLIGHT = 3;

/** Zip entries cannot be dated before 1980 (DOS time). */
const ZIP_EPOCH = Date.UTC(1980, 0, 2);

/**
 * `<deck>.apkg`: a zip of a schema-11 `collection.anki2` (quizwire's Basic and Cloze note types,
 * the deck, the notes with their stable GUIDs) and an empty `media` map. Any Anki imports it and
 * matches notes by GUID, so importing a regenerated deck updates notes instead of adding more.
 */
export async function renderAnkiApkg(doc: QuizDocument, opts: AnkiOptions): Promise<OutputFile[]> {
  return packageNotes(noteSource(doc), opts);
}

/** The `.apkg` of notes in document order. */
export async function packageNotes(notes: NoteSource, opts: AnkiOptions): Promise<OutputFile[]> {
  const deck = cleanDeckName(opts.deck);
  const timestamp = Math.floor(opts.timestamp ?? Date.now() / 1000);
  // The collection's pages are deflated a block at a time as they are written, on zlib's
  // threads, and dropped: the file is never whole in memory. Page 1, written last, heads it.
  // When zlib falls behind (its threads share the cores with this one), blocks are deflated
  // here: queued raw blocks would otherwise hold most of a year's deck (~0.2 GB).
  const blocks: Promise<Buffer>[] = [];
  let inFlight = 0;
  let restCrc = 0;
  let restLength = 0;
  const first = buildCollection({
    deck,
    timestamp,
    notes,
    onPages: (pages) => {
      restCrc = crc32(pages, restCrc);
      restLength += pages.length;
      if (inFlight >= MAX_BLOCKS_IN_FLIGHT) {
        blocks.push(Promise.resolve(deflatePieceSync(pages, DEFLATE_LEVEL, false)));
        return;
      }
      inFlight++;
      blocks.push(deflatePiece(pages, DEFLATE_LEVEL, false).finally(() => inFlight--));
    },
  });
  const pieces = [await deflatePiece(first, DEFLATE_LEVEL, false), ...(await Promise.all(blocks)), await deflatePiece(new Uint8Array(0), DEFLATE_LEVEL, true)];
  const crc = crc32Combine(crc32(first), restCrc, restLength);
  const mtime = new Date(Math.max(timestamp * 1000, ZIP_EPOCH));
  const content = await zipArchive(
    [
      { name: 'collection.anki2', deflated: { pieces, crc, size: first.length + restLength } },
      { name: 'media', data: new TextEncoder().encode('{}') },
    ],
    { level: DEFLATE_LEVEL, mtime },
  );
  return [{ name: `${deckFileName(deck)}.apkg`, content }];
}
