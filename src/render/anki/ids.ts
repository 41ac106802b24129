import { hashOf } from '../../util/hash.js';

// Anki ids are millisecond timestamps. Hash-derived ids are kept in [1e12, 1.5e12) — past
// dates (2001–2017) — so they look like ordinary ids and never collide with "now"-based ids
// Anki makes for the user's own notes today.
const ID_FLOOR = 1_000_000_000_000;
const ID_SPAN = 500_000_000_000;

/** A stable positive integer id from its key parts (same parts → same id, every run). */
export function stableAnkiId(parts: readonly string[]): number {
  const hash = hashOf('sha256', parts.join('\u001f'));
  return ID_FLOOR + (hash.readUIntBE(0, 6) % ID_SPAN);
}

export const noteTypeId = (name: string): number => stableAnkiId(['quizwire-notetype', name]);
export const deckId = (name: string): number => stableAnkiId(['quizwire-deck', name]);
export const noteId = (guid: string): number => stableAnkiId(['quizwire-note', guid]);
export const cardId = (guid: string, ord: number): number =>
  stableAnkiId(['quizwire-card', guid, String(ord)]);
