import { fieldText, textChecksum } from './html.js';
import { cardId, deckId, noteId, noteTypeId } from './ids.js';
import type { AnkiNote, NoteSource } from './notes.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import { streamDatabase } from '../sqlite/database.js';
import { integerAffinity, type SqlValue } from '../sqlite/record.js';
import { basicNoteType, clozeNoteType, BASIC_NOTE_TYPE, CLOZE_NOTE_TYPE } from './note-types.js';

/** Anki's schema 11 (the `collection.anki2` every Anki version imports), as genanki writes it. */
const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null,
  factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
`;

/** Anki's indexes. */
const SCHEMA_11_INDEXES = `
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Tables and indexes big enough that collecting the garbage they leave pays (~20,000 rows: a deck of about a thousand articles). */
const COLLECT_FROM_ROWS = 20_000;

/** Anki's field separator inside `notes.flds`. */
const FIELD_SEPARATOR = '\u001f';

export interface CollectionInput {
  /** Clean deck name; `::` levels become parent decks. */
  deck: string;
  /** Unix seconds stamped on everything. */
  timestamp: number;
  /** In document order: keys first (ids, cards, size), then each note as its row goes in. */
  notes: NoteSource;
  /** Receives the file's pages from page 2 on, in order, a block at a time, as they are written. */
  onPages: (pages: Uint8Array) => void;
}

/** The default options group (id 1), as a fresh Anki collection has it. */
const DEFAULT_DCONF = {
  id: 1,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
};

function deckJson(id: number, name: string, mod: number): Record<string, unknown> {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: '',
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** The Default deck plus the target deck and each of its parents ("A", "A::B"). */
function decksJson(deck: string, mod: number): Record<string, unknown> {
  const decks: Record<string, unknown> = { '1': deckJson(1, 'Default', mod) };
  const levels = deck.split('::');
  for (let i = 1; i <= levels.length; i++) {
    const name = levels.slice(0, i).join('::');
    decks[String(deckId(name))] = deckJson(deckId(name), name, mod);
  }
  return decks;
}

function colConf(deck: number): Record<string, unknown> {
  return {
    activeDecks: [deck],
    curDeck: deck,
    curModel: String(noteTypeId(BASIC_NOTE_TYPE)),
    addToCur: true,
    collapseTime: 1200,
    dueCounts: true,
    estTimes: true,
    newBury: true,
    newSpread: 0,
    nextPos: 1,
    sortBackwards: false,
    sortType: 'noteFld',
    timeLim: 0,
  };
}

/** The first id from `wanted` upwards not yet taken (hash ids may, very rarely, collide). */
function claim(wanted: number, taken: Set<number>): number {
  let id = wanted;
  while (taken.has(id)) id++;
  taken.add(id);
  return id;
}

function noteFields(note: AnkiNote): string[] {
  return note.kind === 'basic' ? [note.front, note.back, note.source] : [note.text, note.backExtra];
}

/** Card ordinals: one card for a Basic note (no cloze numbers); one per cloze number for a
 *  Cloze note (c1 → 0). */
function cardOrds(clozes: readonly number[] | null): number[] {
  return clozes?.length ? clozes.map((n) => n - 1) : [0];
}

/** Each statement of a schema script, as SQLite stores it in its schema table. */
function statements(script: string): { name: string; sql: string }[] {
  return script
    .split(';')
    .map((sql) => sql.trim())
    .filter(Boolean)
    .map((sql) => ({ name: /^CREATE (?:TABLE|INDEX) (\w+)/.exec(sql)![1], sql }));
}

const TABLE_SQL = new Map(statements(SCHEMA_11).map((s) => [s.name, s.sql]));
const INDEX_SQL = statements(SCHEMA_11_INDEXES);

/**
 * A schema-11 `collection.anki2` holding the notes: quizwire's two note types, the deck, one
 * new card per card ordinal. Every id is derived from a name or a GUID, and every time from
 * `timestamp`, so the same input gives the same bytes. The file is written page by page
 * (sqlite/database.ts): rows go in by id, as a table's b-tree orders them. Pages from 2 on go to
 * `onPages` as they are written; page 1, first in the file, is returned at the end.
 */
export function buildCollection(input: CollectionInput): Uint8Array {
  const { deck, timestamp, notes } = input;
  const did = deckId(deck);
  const noteIds = new Set<number>();
  const cardIds = new Set<number>();
  // Ids are claimed in document order (a rare hash collision goes to the later note), then
  // rows are written in id order: ids made from hashes are random.
  const noteOrder: [nid: number, index: number][] = [];
  const cardRows: [cid: number, nid: number, ord: number, due: number][] = [];
  for (let i = 0; i < notes.count; i++) {
    const key = notes.keyAt(i);
    const nid = claim(noteId(key.guid), noteIds);
    noteOrder.push([nid, i]);
    const ords = cardOrds(key.clozes);
    // New cards are shown in `due` order: keep the document's order.
    for (const ord of ords) cardRows.push([claim(cardId(key.guid, ord), cardIds), nid, ord, i + 1]);
  }
  noteOrder.sort((a, b) => a[0] - b[0]);
  cardRows.sort((a, b) => a[0] - b[0]);

  const models = {
    [String(noteTypeId(BASIC_NOTE_TYPE))]: basicNoteType(did),
    [String(noteTypeId(CLOZE_NOTE_TYPE))]: clozeNoteType(did),
  };
  const mid = { basic: noteTypeId(BASIC_NOTE_TYPE), cloze: noteTypeId(CLOZE_NOTE_TYPE) };
  const dayStart = Math.floor(timestamp / 86_400) * 86_400;
  const col: [number, SqlValue[]] = [
    1,
    [null, dayStart, timestamp * 1000, timestamp * 1000, 11, 0, 0, 0, JSON.stringify(colConf(did)), JSON.stringify(models),
      JSON.stringify(decksJson(deck, timestamp)), JSON.stringify({ '1': DEFAULT_DCONF }), '{}'],
  ];
  // The checksum index is filled as the notes go by, so each note is made once.
  const checksums: SqlValue[][] = [];
  function* noteRows(): Iterable<[number, SqlValue[]]> {
    for (const [nid, index] of noteOrder) {
      const note = notes.at(index);
      const fields = noteFields(note);
      // Tags are stored space-padded (" a b ") so Anki can match " tag " with LIKE.
      const tags = note.tags.length ? ` ${note.tags.join(' ')} ` : '';
      // The sort field and the checksum are both of the first field's text.
      const sortText = fieldText(fields[0]);
      const csum = textChecksum(sortText);
      checksums.push([csum, nid]);
      // sfld is declared integer: SQLite would store a sort field that reads as a number as one.
      yield [nid, [null, note.guid, mid[note.kind], timestamp, -1, tags, fields.join(FIELD_SEPARATOR), integerAffinity(sortText), csum, 0, '']];
    }
  }
  function* cardTableRows(): Iterable<[number, SqlValue[]]> {
    for (const [cid, nid, ord, due] of cardRows) yield [cid, [null, nid, did, ord, timestamp, -1, 0, 0, due, 0, 0, 0, 0, 0, 0, 0, 0, '']];
  }
  const rows: Record<string, Iterable<[number, SqlValue[]]>> = { col: [col], notes: noteRows(), cards: cardTableRows(), revlog: [], graves: [] };
  const entries: Record<string, () => SqlValue[][]> = {
    ix_notes_usn: () => noteOrder.map(([nid]) => [-1, nid]),
    ix_cards_usn: () => cardRows.map(([cid]) => [-1, cid]),
    ix_revlog_usn: () => [],
    ix_cards_nid: () => cardRows.map(([cid, nid]) => [nid, cid]),
    ix_cards_sched: () => cardRows.map(([cid, , , due]) => [did, 0, due, cid]),
    ix_revlog_cid: () => [],
    ix_notes_csum: () => checksums,
  };
  return streamDatabase(
    [...TABLE_SQL].map(([name, sql]) => ({ name, sql, rows: rows[name] })),
    INDEX_SQL.map(({ name, sql }) => ({ name, sql, table: /\bon (\w+)/.exec(sql)![1], entries: entries[name] })),
    input.onPages,
    // A big deck drops its notes' text table by table: collected as it goes, not all at the end.
    { afterEach: (rows) => rows >= COLLECT_FROM_ROWS && collectGarbage() },
  );
}
