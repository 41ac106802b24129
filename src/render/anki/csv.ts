import type { OutputFile, QuizDocument } from '../../types.js';
import { smallDiv } from './html.js';
import { isClozeNote } from './fields.js';
import { noteMaker, type AnkiNote } from './notes.js';
import { lazyMap } from '../shared/lazy-map.js';
import { cleanDeckName, deckFileName, type AnkiOptions } from './options.js';
import type { TemplateEnv } from '../template/env.js';

export const ANKI_BASIC_TEMPLATE = 'anki-basic.csv.hbs';
export const ANKI_CLOZE_TEMPLATE = 'anki-cloze.csv.hbs';

/** A Basic row: field HTML for Front and Back, tags space-separated, the GUID. */
export interface AnkiBasicRow {
  front: string;
  back: string;
  tags: string;
  guid: string;
}

export interface AnkiClozeRow {
  text: string;
  backExtra: string;
  tags: string;
  guid: string;
}

/** What the CSV templates see; every field is ready field HTML, the templates only quote. */
export interface AnkiCsvContext<Row> {
  deck: string;
  rows: readonly Row[];
}

/**
 * The Basic row keeps only Front and Back, with the source line at the foot of Back, so the
 * file fits Anki's stock Basic note type in every version: Anki 2.1.15 ignores the header and
 * maps columns by position (fields of the note type, then tags), so a third field column would
 * land in the tags of the stock two-field Basic type; Anki ≥ 2.1.55 maps by column name and
 * would silently drop it. The .apkg, which brings its own note type, keeps Source separate.
 */
type BasicNote = Extract<AnkiNote, { kind: 'basic' }>;
type ClozeNote = Extract<AnkiNote, { kind: 'cloze' }>;

export function basicRow(note: BasicNote): AnkiBasicRow {
  const back = note.source ? `${note.back}${smallDiv(note.source)}` : note.back;
  return { front: note.front, back, tags: note.tags.join(' '), guid: note.guid };
}

export function clozeRow(note: ClozeNote): AnkiClozeRow {
  return { text: note.text, backExtra: note.backExtra, tags: note.tags.join(' '), guid: note.guid };
}

/**
 * `<deck>.basic.csv` and `<deck>.cloze.csv` for Anki's text importer, through the
 * `anki-basic.csv.hbs` / `anki-cloze.csv.hbs` templates. Both files are always written; one
 * with no items holds only its header.
 */
export function renderAnkiCsv(doc: QuizDocument, opts: AnkiOptions & { /** Make the text as it is written. */ stream?: boolean }, env: TemplateEnv): OutputFile[] {
  const deck = cleanDeckName(opts.deck);
  const base = deckFileName(deck);
  // Which items make Basic and which Cloze notes; each row is made as the template reads it (a
  // year's rows held at once were ~0.2 GB), from the item's note.
  const noteOf = noteMaker(doc);
  const [basicItems, clozeItems] = [doc.items.filter((i) => !isClozeNote(i)), doc.items.filter(isClozeNote)];
  const basic: AnkiCsvContext<AnkiBasicRow> = { deck, rows: lazyMap(basicItems, (i) => basicRow(noteOf(i) as BasicNote)) };
  const cloze: AnkiCsvContext<AnkiClozeRow> = { deck, rows: lazyMap(clozeItems, (i) => clozeRow(noteOf(i) as ClozeNote)) };
  // A header-only file is refused by every Anki version ("empty file"), so it is not written.
  const files: OutputFile[] = [];
  const render = (name: string, ctx: unknown) => (opts.stream ? env.renderStream(name, ctx) : env.render(name, ctx));
  if (basic.rows.length) files.push({ name: `${base}.basic.csv`, content: render(ANKI_BASIC_TEMPLATE, basic) });
  if (cloze.rows.length) files.push({ name: `${base}.cloze.csv`, content: render(ANKI_CLOZE_TEMPLATE, cloze) });
  return files;
}
