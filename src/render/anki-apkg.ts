import type { OutputFile, QuizDocument } from '../types.js';
import { buildCollection } from './anki-collection.js';
import { noteSource, type NoteSource } from './anki-notes.js';
import { cleanDeckName, deckFileName, type AnkiOptions } from './anki-options.js';
import { zipArchive } from './zip-archive.js';

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
  const collection = buildCollection({ deck, timestamp, notes });
  const mtime = new Date(Math.max(timestamp * 1000, ZIP_EPOCH));
  // Level 3 deflates a collection almost as small as level 6 in half the time.
  const content = await zipArchive(
    [
      { name: 'collection.anki2', data: collection },
      { name: 'media', data: new TextEncoder().encode('{}') },
    ],
    { level: 3, mtime },
  );
  return [{ name: `${deckFileName(deck)}.apkg`, content }];
}
