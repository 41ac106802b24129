import type { ArticleMeta, Item, QuizDocument } from '../types.js';
import { basicFields, clozeFields, clozeNumbers, isClozeNote } from './anki-fields.js';
import { itemGuid } from './anki-guid.js';
import { itemTags } from './anki-tags.js';

/** One Anki note, independent of the file format that carries it. */
export type AnkiNote =
  | { kind: 'basic'; guid: string; tags: string[]; front: string; back: string; source: string }
  | { kind: 'cloze'; guid: string; tags: string[]; text: string; backExtra: string; clozes: number[] };

/** Every item of the document as a note, in document order. */
export function ankiNotes(doc: QuizDocument): AnkiNote[] {
  return [...eachNote(doc)];
}

/** The same, one at a time. */
export function* eachNote(doc: QuizDocument): Generator<AnkiNote> {
  const metaById = new Map<string, ArticleMeta>(doc.articles.map((a) => [a.id, a]));
  for (const item of doc.items) yield itemNote(item, metaById.get(item.articleId));
}

export function itemNote(item: Item, meta: ArticleMeta | undefined): AnkiNote {
  const guid = itemGuid(item);
  const tags = itemTags(item, meta);
  if (isClozeNote(item)) {
    const fields = clozeFields(item, meta);
    return { kind: 'cloze', guid, tags, ...fields, clozes: clozeNumbers(item.cloze ?? '') };
  }
  return { kind: 'basic', guid, tags, ...basicFields(item, meta) };
}
