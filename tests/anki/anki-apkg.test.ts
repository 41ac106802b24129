import { strFromU8, unzipSync } from 'fflate';
import type { Database } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnkiApkg } from '../../src/render/anki/apkg.js';
import { clozeNumbers, isClozeNote } from '../../src/render/anki/fields.js';
import { itemGuid } from '../../src/render/anki/guid.js';
import { fieldChecksum } from '../../src/render/anki/html.js';
import { loadSqlJs } from './sqljs.js';
import type { OutputFile } from '../../src/types.js';
import { makeDoc } from './make-doc.js';

const T = 1_700_000_000;
const doc = makeDoc();
let files: OutputFile[];
let db: Database;

const rows = (sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];

beforeAll(async () => {
  files = await renderAnkiApkg(doc, { deck: 'Current Affairs::November', timestamp: T });
  const zip = unzipSync(files[0].content as Uint8Array);
  db = new (await loadSqlJs()).Database(zip['collection.anki2']);
});
afterAll(() => db?.close());

describe('renderAnkiApkg', () => {
  it('writes <deckfile>.apkg: a zip of collection.anki2 and an empty media map', () => {
    expect(files.map((f) => f.name)).toEqual(['Current-Affairs--November.apkg']);
    const zip = unzipSync(files[0].content as Uint8Array);
    expect(Object.keys(zip).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(zip.media)).toBe('{}');
  });

  it('is a schema-11 collection with quizwire note types and the deck with its parent', () => {
    const [[ver, conf, models, decks, dconf]] = rows('SELECT ver, conf, models, decks, dconf FROM col');
    expect(ver).toBe(11);
    expect(JSON.parse(String(dconf))['1'].name).toBe('Default');
    const types = Object.values(JSON.parse(String(models))) as { id: number; name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string }[] }[];
    const byName = new Map(types.map((m) => [m.name, m]));
    expect(byName.get('quizwire Basic')!.flds.map((f) => f.name)).toEqual(['Front', 'Back', 'Source']);
    expect(byName.get('quizwire Basic')!.type).toBe(0);
    expect(byName.get('quizwire Cloze')!.flds.map((f) => f.name)).toEqual(['Text', 'Back Extra']);
    expect(byName.get('quizwire Cloze')!.type).toBe(1);
    expect(byName.get('quizwire Cloze')!.tmpls[0].qfmt).toBe('{{cloze:Text}}');
    const deckNames = (Object.values(JSON.parse(String(decks))) as { name: string }[]).map((d) => d.name).sort();
    expect(deckNames).toEqual(['Current Affairs', 'Current Affairs::November', 'Default']);
    expect(JSON.parse(String(conf)).curModel).toBe(String(byName.get('quizwire Basic')!.id));
  });

  it('holds one note per item with its stable GUID, space-padded tags and first-field checksum', () => {
    const notes = rows('SELECT guid, tags, flds, csum FROM notes ORDER BY id');
    expect(notes).toHaveLength(doc.items.length);
    const byGuid = new Map(notes.map((n) => [String(n[0]), n]));
    for (const item of doc.items) {
      const note = byGuid.get(itemGuid(item));
      expect(note, item.question).toBeDefined();
      const [, tags, flds, csum] = note!;
      expect(String(tags)).toMatch(/^ quizwire( \S+)+ $/);
      const fields = String(flds).split('\u001f');
      expect(fields).toHaveLength(isClozeNote(item) ? 2 : 3);
      expect(csum).toBe(fieldChecksum(fields[0]));
    }
  });

  it('makes one card per cloze number and one per Basic note, all new, in document order', () => {
    const expected = doc.items.reduce((n, it) => n + (isClozeNote(it) ? clozeNumbers(it.cloze!).length : 1), 0);
    expect(rows('SELECT count(*) FROM cards')[0][0]).toBe(expected);
    const twoClozes = doc.items.find((it) => isClozeNote(it) && clozeNumbers(it.cloze!).length === 2)!;
    const ords = rows(`SELECT c.ord FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = '${itemGuid(twoClozes).replace(/'/g, "''")}' ORDER BY c.ord`);
    expect(ords.map((r) => r[0])).toEqual([0, 1]);
    expect(rows('SELECT DISTINCT type, queue FROM cards')).toEqual([[0, 0]]);
    const dues = rows('SELECT c.due FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.due').map((r) => Number(r[0]));
    expect(dues[0]).toBe(1);
    expect(dues[dues.length - 1]).toBe(doc.items.length);
  });

  it('is byte-identical for the same input and timestamp; ids do not depend on the timestamp', async () => {
    const again = await renderAnkiApkg(makeDoc(), { deck: 'Current Affairs::November', timestamp: T });
    expect(Buffer.from(again[0].content as Uint8Array).equals(Buffer.from(files[0].content as Uint8Array))).toBe(true);
    const later = await renderAnkiApkg(makeDoc(), { deck: 'Current Affairs::November', timestamp: T + 86_400 });
    const laterDb = new (await loadSqlJs()).Database(unzipSync(later[0].content as Uint8Array)['collection.anki2']);
    try {
      const ids = (d: Database) => d.exec('SELECT n.id, n.guid, c.id FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.id')[0].values;
      expect(ids(laterDb)).toEqual(ids(db));
      expect(laterDb.exec('SELECT DISTINCT mod FROM notes')[0].values).toEqual([[T + 86_400]]);
    } finally {
      laterDb.close();
    }
  });
});

describe('a big deck', () => {
  // Thousands of notes: the collection is written into a file made with room to spare.
  const big = { ...doc, items: Array.from({ length: 3000 }, (_, i) => ({ ...doc.items[i % doc.items.length], id: `big-${i}` })) };

  it('is a sound SQLite file of exactly the pages it uses, with every note and card, in document order', async () => {
    const [file] = await renderAnkiApkg(big, { deck: 'Big', timestamp: T });
    const bytes = unzipSync(file.content as Uint8Array)['collection.anki2'];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(bytes.length).toBe(view.getUint16(16) * view.getUint32(28));
    const bigDb = new (await loadSqlJs()).Database(bytes);
    try {
      expect(bigDb.exec('PRAGMA integrity_check')[0].values).toEqual([['ok']]);
      expect(bigDb.exec('SELECT count(*) FROM notes')[0].values[0][0]).toBe(3000);
      const cards = bigDb.exec('SELECT count(*), min(due), max(due) FROM cards')[0].values[0];
      expect(cards[1]).toBe(1);
      expect(cards[2]).toBe(3000);
      // `due` follows the document: the first item's note is due first.
      const firstGuid = bigDb.exec('SELECT n.guid FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.due LIMIT 1')[0].values[0][0];
      expect(firstGuid).toBe(itemGuid(big.items[0]));
    } finally {
      bigDb.close();
    }
    const [again] = await renderAnkiApkg(big, { deck: 'Big', timestamp: T });
    expect(Buffer.from(again.content as Uint8Array).equals(Buffer.from(file.content as Uint8Array))).toBe(true);
  });
});
