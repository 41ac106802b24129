import type { Database, SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamDatabase, writeDatabase, type IndexSpec, type TableSpec } from '../../src/render/sqlite/database.js';
import { encodeRecord, integerAffinity, type SqlValue } from '../../src/render/sqlite/record.js';
import { seededRandom } from '../../src/util/random.js';
import { loadSqlJs } from '../anki/sqljs.js';
import { expectDeepEqual } from '../expect-deep-equal.js';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const all = (db: Database, sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];

/** Opens our file in real SQLite and checks it the way SQLite checks its own. */
function open(bytes: Uint8Array): Database {
  const db = new SQL.Database(bytes);
  expect(all(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
  return db;
}

/** Letters of 1 to 4 UTF-8 bytes (by code point: the emoji is two UTF-16 units). */
const ALPHABET = Array.from('abcdéfgh ij—🙂');
const T_SQL = 'CREATE TABLE t (id integer primary key, n integer not null, s text not null, k integer not null)';
const IX_SQL = 'CREATE INDEX ix_t_k on t (k, n)';

describe('encodeRecord', () => {
  it('stores every integer width, reals, text and NULL as SQLite reads them back', () => {
    const values: SqlValue[] = [0, 1, -1, 127, -128, 128, 32767, -32768, 8_388_607, -8_388_608, 2 ** 31 - 1, -(2 ** 31), 2 ** 40 + 3, -(2 ** 40) - 5, 2 ** 47 - 1, 2 ** 48, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const columns = values.map((_, i) => `c${i}`);
    const extra = ['', 'ascii', 'ünïcødé — 日本語 🙂', { real: 2.5 }, { real: -1e-7 }, null];
    const rows: [number, SqlValue[]][] = [[1, [...values, ...extra]]];
    const sql = `CREATE TABLE v (${[...columns, 'e1', 'e2', 'e3', 'e4', 'e5', 'e6'].join(', ')})`;
    const db = open(writeDatabase([{ name: 'v', sql, rows }], []));
    expect(all(db, 'SELECT * FROM v')).toEqual([[...values, '', 'ascii', 'ünïcødé — 日本語 🙂', 2.5, -1e-7, null]]);
    db.close();
  });

  it('counts a header longer than 127 bytes in its own size', () => {
    const many: SqlValue[] = Array.from({ length: 130 }, (_, i) => 'x'.repeat(i));
    const record = encodeRecord(many);
    // Header size varint takes 2 bytes here: 0x80 | high bits, then low bits.
    expect(record[0] & 0x80).toBe(0x80);
    const sql = `CREATE TABLE w (${many.map((_, i) => `c${i}`).join(', ')})`;
    const db = open(writeDatabase([{ name: 'w', sql, rows: [[7, many]] }], []));
    expect(all(db, 'SELECT * FROM w')[0]).toEqual(many);
    db.close();
  });
});

describe('integerAffinity', () => {
  it('turns text that reads as a number into the number, as an INTEGER column does', () => {
    const db = new SQL.Database();
    db.exec('CREATE TABLE a (x integer)');
    const texts = ['42', ' 7 ', '-3', '+5', '1e3', '2.5', '0012', '12abc', 'Russia', '', '0x10', '1.0', '.5'];
    for (const t of texts) db.run('INSERT INTO a VALUES (?)', [t]);
    const stored = all(db, 'SELECT x, typeof(x) FROM a ORDER BY rowid');
    const ours = texts.map((t) => {
      const v = integerAffinity(t);
      return typeof v === 'object' && v !== null ? [v.real, 'real'] : [v, typeof v === 'number' ? 'integer' : 'text'];
    });
    expect(ours).toEqual(stored);
    db.close();
  });
});

describe('writeDatabase', () => {
  function table(count: number, seed: number, longText = false): { spec: TableSpec; rows: [number, SqlValue[]][] } {
    const rnd = seededRandom(seed);
    const ids = new Set<number>();
    while (ids.size < count) ids.add(1_000_000_000_000 + Math.floor(rnd() * 5e11));
    const letters = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');
    const rows = [...ids].sort((a, b) => a - b).map((id): [number, SqlValue[]] => {
      // A long text (3,000 to 23,000 letters) repeats a random piece: as long, made quickly.
      const s = longText && rnd() < 0.2 ? letters(1000).repeat(3 + Math.floor(rnd() * 20)) : letters(Math.floor(rnd() * 200));
      return [id, [null, Math.floor(rnd() * 1e6) - 5e5, s, Math.floor(rnd() * 50)]];
    });
    return { spec: { name: 't', sql: T_SQL, rows }, rows };
  }
  const index = (rows: [number, SqlValue[]][]): IndexSpec => ({
    name: 'ix_t_k',
    table: 't',
    sql: IX_SQL,
    entries: () => rows.map(([id, v]) => [v[3], v[1], id]),
  });

  it('writes a table and an index spanning many pages that SQLite finds sound and reads back', () => {
    const { spec, rows } = table(20_000, 1);
    const db = open(writeDatabase([spec], [index(rows)]));
    expectDeepEqual(all(db, 'SELECT id, n, s, k FROM t ORDER BY id'), rows.map(([id, v]) => [id, v[1], v[2], v[3]]));
    // Through the index: SQLite walks our index b-tree for this.
    const viaIndex = all(db, 'SELECT k, n, id FROM t INDEXED BY ix_t_k WHERE k >= 0 ORDER BY k, n, id');
    const expected = rows.map(([id, v]) => [v[3], v[1], id]).sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number));
    expectDeepEqual(viaIndex, expected);
    expect(all(db, 'SELECT count(*) FROM t INDEXED BY ix_t_k WHERE k = 7')).toEqual([[expected.filter((e) => e[0] === 7).length]]);
    expect(all(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master')).toEqual([
      ['table', 't', 't', T_SQL],
      ['index', 'ix_t_k', 't', IX_SQL],
    ]);
    db.close();
  });

  it('builds an index several levels deep when its keys are long (dividers promoted up)', () => {
    const { spec, rows } = table(12_000, 4);
    const sql = 'CREATE INDEX ix_t_s on t (s)';
    const padded = rows.map(([id, v]): [number, SqlValue[]] => [id, [null, v[1], `${Array.from(String(v[2])).slice(0, 40).join("")}${'x'.repeat(300)}${id}`, v[3]]]);
    const db = open(writeDatabase([{ ...spec, rows: padded }], [{ name: 'ix_t_s', table: 't', sql, entries: () => padded.map(([id, v]) => [v[2], id]) }]));
    const viaIndex = all(db, "SELECT s, id FROM t INDEXED BY ix_t_s WHERE s > ''");
    const expected = padded.map(([id, v]) => [v[2], id]).sort((a, b) => Buffer.compare(Buffer.from(a[0] as string), Buffer.from(b[0] as string)) || (a[1] as number) - (b[1] as number));
    expectDeepEqual(viaIndex, expected);
    // Every key found by a lookup through the interior pages, not only by a scan.
    for (const [s, id] of expected.filter((_, i) => i % 997 === 0)) {
      expect(all(db, `SELECT id FROM t INDEXED BY ix_t_s WHERE s = '${s}'`)).toEqual([[id]]);
    }
    db.close();
  });

  it('spills long rows into overflow pages and reads them back whole', () => {
    const { spec, rows } = table(600, 2, true);
    expect(rows.some(([, v]) => Buffer.byteLength(v[2] as string) > 4061)).toBe(true);
    const db = open(writeDatabase([spec], [index(rows)]));
    expectDeepEqual(all(db, 'SELECT id, s FROM t ORDER BY id'), rows.map(([id, v]) => [id, v[2]]));
    db.close();
  });

  it('holds the same rows as SQLite itself makes from the same inserts', () => {
    const { spec, rows } = table(3000, 3);
    const theirs = new SQL.Database();
    theirs.exec(`${T_SQL}; ${IX_SQL}`);
    for (const [id, v] of rows) theirs.run('INSERT INTO t VALUES (?, ?, ?, ?)', [id, v[1], v[2], v[3]]);
    const ours = open(writeDatabase([spec], [index(rows)]));
    for (const q of ['SELECT * FROM t ORDER BY id', 'SELECT k, n, id FROM t INDEXED BY ix_t_k WHERE k >= 0', 'SELECT sql FROM sqlite_master']) {
      expectDeepEqual(all(ours, q), all(theirs, q));
    }
    theirs.close();
    ours.close();
  });

  it('writes empty tables and indexes, and the same bytes for the same rows', () => {
    const make = () => writeDatabase([{ name: 'e', sql: 'CREATE TABLE e (id integer primary key, x text)', rows: [] }], [{ name: 'ix_e', table: 'e', sql: 'CREATE INDEX ix_e on e (x)', entries: () => [] }]);
    const db = open(make());
    expect(all(db, 'SELECT count(*) FROM e')).toEqual([[0]]);
    db.close();
    expect(Buffer.compare(Buffer.from(make()), Buffer.from(make()))).toBe(0);
  });

  it('streams pages from 2 on in blocks as they are written, each finished when handed on, page 1 last', () => {
    // About 20 MB: three blocks of 2,048 pages.
    const { spec, rows } = table(6_000, 5, true);
    const blocks: Uint8Array[] = [];
    // The writer drops a block once handed on; a copy shows what it held at that moment.
    const first = streamDatabase([spec], [index(rows)], (pages) => blocks.push(pages.slice()));
    expect(blocks.length).toBeGreaterThan(2);
    expect(first.length).toBe(4096);
    const whole = Buffer.concat([first, ...blocks]);
    expect(Buffer.compare(whole, Buffer.from(writeDatabase([spec], [index(rows)])))).toBe(0);
    open(whole).close();
  });

  it('refuses rows out of rowid order', () => {
    expect(() => writeDatabase([{ name: 't', sql: T_SQL, rows: [[2, [null, 1, 'a', 1]], [1, [null, 1, 'b', 1]]] }], [])).toThrow(/out of order/);
  });
});
