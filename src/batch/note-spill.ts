/**
 * A deck's notes parked on disk, for the `.apkg` thread of a big batch. The deck asks for every
 * note's key first, then for the notes one by one in id order (random: ids are hashes), so a
 * year's deck would otherwise hold all its notes (~0.3 GB) on that thread while the main one
 * renders the other formats. Here only the keys stay in memory; each note is read back by
 * offset when its row is written.
 */
import { noteKey, type AnkiNote, type NoteKey, type NoteSource } from '../render/anki/notes.js';
import { JsonSpill, type SpillSlot } from './json-spill.js';

export interface SpilledNotes extends NoteSource {
  /** The file the notes wait in. */
  readonly path: string;
  /** Removes the file; call when the deck is made, whatever happened. */
  close(): void;
}

export function spillNotes(notes: Iterable<AnkiNote>): SpilledNotes {
  const spill = new JsonSpill('notes');
  const keys: NoteKey[] = [];
  const slots: SpillSlot[] = [];
  try {
    for (const note of notes) {
      keys.push(noteKey(note));
      slots.push(spill.append(JSON.stringify(note)));
    }
  } catch (err) {
    spill.close();
    throw err;
  }
  return {
    path: spill.path,
    count: keys.length,
    keyAt: (i) => keys[i],
    at: (i) => spill.read<AnkiNote>(slots[i]),
    close: () => spill.close(),
  };
}
