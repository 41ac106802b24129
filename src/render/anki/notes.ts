import type { ArticleMeta, Item, QuizDocument } from '../../types.js';
import { basicFields, clozeFields, clozeNumbers, isClozeNote } from './fields.js';
import { itemGuid } from './guid.js';
import { itemTags } from './tags.js';

/** One Anki note, independent of the file format that carries it. */
export type AnkiNote =
  | { kind: 'basic'; guid: string; tags: string[]; front: string; back: string; source: string }
  | { kind: 'cloze'; guid: string; tags: string[]; text: string; backExtra: string; clozes: number[] };

/** Every item of the document as a note, in document order. */
export function ankiNotes(doc: QuizDocument): AnkiNote[] {
  return [...eachNote(doc)];
}

/** What a deck needs to know of a note before it makes its row: the GUID (for the ids) and the
 *  cloze numbers (null for a Basic note; for the cards). */
export interface NoteKey {
  guid: string;
  clozes: number[] | null;
}

/** Notes by position, each made when asked for, so a deck never holds all its rows. */
export interface NoteSource {
  count: number;
  keyAt(index: number): NoteKey;
  at(index: number): AnkiNote;
}

export function noteKey(note: AnkiNote): NoteKey {
  return { guid: note.guid, clozes: note.kind === 'cloze' ? note.clozes : null };
}

/** The note of any item of the document (its article's details looked up once for all). */
export function noteMaker(doc: QuizDocument): (item: Item, guid?: string) => AnkiNote {
  const metaById = new Map<string, ArticleMeta>(doc.articles.map((a) => [a.id, a]));
  return (item, guid) => itemNote(item, metaById.get(item.articleId), guid);
}

/** The document's notes, made from its items when asked for. */
export function noteSource(doc: QuizDocument): NoteSource {
  const noteOf = noteMaker(doc);
  // The deck asks for every key before any note: each GUID (a hash) is kept for its note.
  const guids: string[] = [];
  return {
    count: doc.items.length,
    keyAt: (i) => itemNoteKey(doc.items[i], (guids[i] = itemGuid(doc.items[i]))),
    at: (i) => noteOf(doc.items[i], guids[i]),
  };
}

/** A note's key from its item, without making the note (its fields are most of the work). */
function itemNoteKey(item: Item, guid: string): NoteKey {
  return { guid, clozes: isClozeNote(item) ? clozeNumbers(item.cloze ?? '') : null };
}

/** The same, one at a time. */
export function* eachNote(doc: QuizDocument): Generator<AnkiNote> {
  const noteOf = noteMaker(doc);
  for (const item of doc.items) yield noteOf(item);
}

export function itemNote(item: Item, meta: ArticleMeta | undefined, guid = itemGuid(item)): AnkiNote {
  const tags = itemTags(item, meta);
  if (isClozeNote(item)) {
    const fields = clozeFields(item, meta);
    return { kind: 'cloze', guid, tags, ...fields, clozes: clozeNumbers(item.cloze ?? '') };
  }
  return { kind: 'basic', guid, tags, ...basicFields(item, meta) };
}
