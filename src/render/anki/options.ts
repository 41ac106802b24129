/** Options shared by the Anki CSV and .apkg renderers. */
import { oneLine } from '../../util/one-line.js';

export interface AnkiOptions {
  /** Deck name; `::` makes a sub-deck ("Current Affairs::November"). */
  deck: string;
  /**
   * Modification time (Unix seconds) stamped on notes, cards and the collection. Defaults to
   * now: Anki updates an already-imported note from an .apkg only when the file's note is
   * newer, so a regenerated deck must carry a later time for its edits to land. Pass a fixed
   * value for byte-identical output (tests, reproducible builds).
   */
  timestamp?: number;
}

export const DEFAULT_DECK = 'Current Affairs';

/** The deck name as Anki should see it: one line, no stray whitespace, never empty. */
export function cleanDeckName(deck: string | undefined): string {
  const parts = (deck ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .split('::')
    .map(oneLine)
    .filter(Boolean);
  return parts.length ? parts.join('::') : DEFAULT_DECK;
}

/**
 * A file name from a deck name: every run of characters outside `[A-Za-z0-9._-]` becomes `-`
 * ("Current Affairs::November" → "Current-Affairs--November"), no leading dot (hidden files),
 * at most 100 characters.
 */
export function deckFileName(deck: string): string {
  // Each level's run of unsafe characters is one dash ("Art & Culture" → "Art-and-Culture", not
  // "Art---Culture"); the levels are joined by "--".
  const name = cleanDeckName(deck)
    .split('::')
    .map((level) => level.replace(/\s*&\s*/g, ' and ').replace(/[^A-Za-z0-9._-]+/g, '-'))
    .join('--')
    .replace(/^\.+/, '')
    .slice(0, 100);
  return name || 'deck';
}
