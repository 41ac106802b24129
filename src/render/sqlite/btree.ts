/**
 * SQLite B-trees built bottom-up from rows already in key order, into the pages of one file
 * (https://www.sqlite.org/fileformat2.html#b_tree_pages). A table is a B+tree keyed by rowid
 * (rows in the leaves, rowids in the interior pages); an index is a B-tree whose entries each
 * sit once, in a leaf or as a divider in an interior page. Payloads too big for a page spill
 * into overflow chains as SQLite would place them. Writing sorted rows straight into pages is
 * what makes a year's deck cheap: no SQL engine, no rebalancing, no second copy of the file.
 */
import { varintLength, writeVarint } from './record.js';

export const PAGE_SIZE = 4096;
/** The first page starts with the 100-byte database header. */
export const FILE_HEADER_SIZE = 100;

/** Pages handed on at a time to a consumer of finished pages (8 MiB). */
const BLOCK_PAGES = 2048;

const LEAF_TABLE = 0x0d;
const INTERIOR_TABLE = 0x05;
const LEAF_INDEX = 0x0a;
const INTERIOR_INDEX = 0x02;

/** How much of a payload stays in its cell (SQLite's rule: the rest goes to overflow pages). */
function localSize(payload: number, maxLocal: number): number {
  if (payload <= maxLocal) return payload;
  const minLocal = Math.floor(((PAGE_SIZE - 12) * 32) / 255) - 23;
  const k = minLocal + ((payload - minLocal) % (PAGE_SIZE - 4));
  return k <= maxLocal ? k : minLocal;
}
const TABLE_MAX_LOCAL = PAGE_SIZE - 35;
const INDEX_MAX_LOCAL = Math.floor(((PAGE_SIZE - 12) * 64) / 255) - 23;

/** An interior cell: its left child and the rest of the cell (a rowid, or an index entry). */
interface InteriorCell {
  child: number;
  body: Uint8Array;
}

/**
 * The pages of one database file, numbered from 1, handed on as they are finished: every page
 * is written whole as soon as it is allocated, so all pages before a new one are done. They go
 * to `onPages` a block at a time, in order from page 2, and are not kept: a year's deck never
 * holds its whole file. Page 1 (the schema, whose page numbers are known only at the end) is
 * kept apart and written last.
 */
export class PageFile {
  readonly first = new Uint8Array(PAGE_SIZE);
  /** Pages allocated so far (page 1 is reserved). */
  pages = 1;
  /** Pages handed on so far, up to this page number. */
  private emitted = 1;
  private block = new Uint8Array(BLOCK_PAGES * PAGE_SIZE);

  constructor(private readonly onPages: (pages: Uint8Array) => void) {}

  allocate(): number {
    if (this.pages - this.emitted >= BLOCK_PAGES) this.flush();
    return ++this.pages;
  }

  page(n: number): Uint8Array {
    if (n === 1) return this.first;
    if (n <= this.emitted) throw new Error(`internal error: page ${n} was already handed on`);
    const at = (n - this.emitted - 1) * PAGE_SIZE;
    return this.block.subarray(at, at + PAGE_SIZE);
  }

  /** Hands on the finished pages not yet handed on (all of them, at the end). */
  flush(): void {
    if (this.pages === this.emitted) return;
    this.onPages(this.block.subarray(0, (this.pages - this.emitted) * PAGE_SIZE));
    this.emitted = this.pages;
    this.block = new Uint8Array(BLOCK_PAGES * PAGE_SIZE);
  }

  /** Writes the part of a payload past `local` into a chain of overflow pages; returns the first. */
  overflow(payload: Uint8Array, local: number): number {
    // Each overflow page: a 4-byte next-page number, then up to PAGE_SIZE - 4 bytes of payload.
    // Pages are numbered in turn, so each one's next is the page after it: every page is
    // written whole at once.
    const chunk = PAGE_SIZE - 4;
    let first = 0;
    for (let at = local; at < payload.length; at += chunk) {
      const n = this.allocate();
      first ||= n;
      const page = this.page(n);
      writeUint32(page, 0, at + chunk < payload.length ? n + 1 : 0);
      page.set(payload.subarray(at, Math.min(at + chunk, payload.length)), 4);
    }
    return first;
  }

  /** Writes an interior page (never page 1): cells packed at the page's end, then the header. */
  writeInterior(n: number, type: number, cells: readonly InteriorCell[], rightmost: number): void {
    const page = this.page(n);
    const offsets: number[] = [];
    let content = PAGE_SIZE;
    for (const cell of cells) {
      content -= 4 + cell.body.length;
      writeUint32(page, content, cell.child);
      page.set(cell.body, content + 4);
      offsets.push(content);
    }
    if (12 + 2 * cells.length > content) throw new Error('internal error: b-tree page overfilled');
    writePageHeader(page, 0, type, offsets, content);
    writeUint32(page, 8, rightmost);
  }
}

/** A b-tree page's header (after the file header on page 1) and its cell pointers, in key order. */
function writePageHeader(page: Uint8Array, start: number, type: number, offsets: readonly number[], content: number): void {
  const interior = type === INTERIOR_TABLE || type === INTERIOR_INDEX;
  page[start] = type;
  page[start + 3] = offsets.length >> 8;
  page[start + 4] = offsets.length & 0xff;
  page[start + 5] = (content >> 8) & 0xff;
  page[start + 6] = content & 0xff;
  let pointer = start + (interior ? 12 : 8);
  for (const offset of offsets) {
    page[pointer++] = offset >> 8;
    page[pointer++] = offset & 0xff;
  }
}

function writeUint32(buf: Uint8Array, at: number, n: number): void {
  buf[at] = n >>> 24;
  buf[at + 1] = (n >>> 16) & 0xff;
  buf[at + 2] = (n >>> 8) & 0xff;
  buf[at + 3] = n & 0xff;
}

/** Room for cells on a page (each cell also takes a 2-byte pointer). */
function capacity(interior: boolean, n: number): number {
  return PAGE_SIZE - (n === 1 ? FILE_HEADER_SIZE : 0) - (interior ? 12 : 8);
}

/**
 * The interior levels above `cells` (each with its left child) and `rightmost` (the last
 * child), up to one root page; returns the root. A cell that does not fit on the current page
 * moves up a level: its child becomes the page's rightmost, and the page becomes its child.
 */
function buildInterior(file: PageFile, type: number, cells: InteriorCell[], rightmost: number): number {
  for (;;) {
    const room = capacity(true, 0);
    const pages: { cells: InteriorCell[]; rightmost: number }[] = [];
    const up: InteriorCell[] = [];
    let current: InteriorCell[] = [];
    let used = 0;
    for (let i = 0; i < cells.length; i++) {
      const size = 4 + cells[i].body.length + 2;
      if (used + size <= room) {
        current.push(cells[i]);
        used += size;
        continue;
      }
      // The promoted cell must leave at least one cell for the next page.
      let promoted = cells[i];
      let next: InteriorCell[] = [];
      if (i === cells.length - 1) {
        promoted = current.pop()!;
        next = [cells[i]];
      }
      pages.push({ cells: current, rightmost: promoted.child });
      up.push({ child: -1, body: promoted.body });
      current = next;
      used = next.reduce((n, c) => n + 4 + c.body.length + 2, 0);
    }
    pages.push({ cells: current, rightmost });
    if (pages.length === 1) {
      const root = file.allocate();
      file.writeInterior(root, type, current, rightmost);
      return root;
    }
    const numbers = pages.map((p) => {
      const n = file.allocate();
      file.writeInterior(n, type, p.cells, p.rightmost);
      return n;
    });
    // Each promoted cell's child is the page before it; the last page is the new rightmost.
    cells = up.map((c, i) => ({ child: numbers[i], body: c.body }));
    rightmost = numbers[numbers.length - 1];
  }
}

/**
 * A cell of a leaf (or, after its child pointer, of an index's interior page): the payload's
 * size, the rowid (tables only), the part of the payload that stays, and the first overflow
 * page if the rest spilled. Sized first, so it can be written straight into its page.
 */
class CellShape {
  size = 0;
  local = 0;
  constructor(private readonly maxLocal: number) {}

  measure(payload: Uint8Array, rowid: number | null): this {
    this.local = localSize(payload.length, this.maxLocal);
    this.size = varintLength(payload.length) + (rowid === null ? 0 : varintLength(rowid)) + this.local + (this.local < payload.length ? 4 : 0);
    return this;
  }

  /** Writes the cell at `at` (spilling the payload's rest into overflow pages first). */
  write(file: PageFile, target: Uint8Array, at: number, payload: Uint8Array, rowid: number | null): void {
    const overflow = this.local < payload.length ? file.overflow(payload, this.local) : 0;
    at = writeVarint(target, at, payload.length);
    if (rowid !== null) at = writeVarint(target, at, rowid);
    target.set(payload.subarray(0, this.local), at);
    if (overflow) writeUint32(target, at + this.local, overflow);
  }
}

/** One leaf page being filled: cells are written into a scratch page, then copied out whole. */
class LeafPage {
  private readonly buf = new Uint8Array(PAGE_SIZE);
  private readonly offsets: number[] = [];
  private content = PAGE_SIZE;

  constructor(
    private readonly type: number,
    private readonly room: number,
  ) {}

  get count(): number {
    return this.offsets.length;
  }

  fits(size: number): boolean {
    return PAGE_SIZE - this.content + 2 * (this.offsets.length + 1) + size <= this.room;
  }

  /** Room for the next cell (in key order); returns the scratch page and the cell's offset. */
  reserve(size: number): [Uint8Array, number] {
    this.content -= size;
    this.offsets.push(this.content);
    return [this.buf, this.content];
  }

  /** The last cell's bytes, taken off the page. */
  popCell(): Uint8Array {
    const at = this.offsets.pop()!;
    const end = this.offsets.length ? this.offsets[this.offsets.length - 1] : PAGE_SIZE;
    this.content = end;
    return this.buf.slice(at, end);
  }

  /** Writes the page as page `n` of the file and empties the scratch page. */
  flush(file: PageFile, n: number): void {
    const page = file.page(n);
    page.set(this.buf.subarray(this.content), this.content);
    writePageHeader(page, n === 1 ? FILE_HEADER_SIZE : 0, this.type, this.offsets, this.content);
    this.offsets.length = 0;
    this.content = PAGE_SIZE;
  }
}

/** A table b-tree of rows (record bytes, reused between rows is fine) in ascending rowid
 *  order; returns its root page. `root` 1 builds the schema table, which must fit page 1. */
export function buildTable(file: PageFile, rows: Iterable<[rowid: number, record: Uint8Array]>, root?: number): number {
  const leafPage = new LeafPage(LEAF_TABLE, capacity(false, root ?? 0));
  const shape = new CellShape(TABLE_MAX_LOCAL);
  const parents: InteriorCell[] = [];
  let lastRowid = -1;
  // A leaf gets its page number when it is full, after the overflow pages of its cells.
  const flushLeaf = (): number => {
    const leaf = root ?? file.allocate();
    leafPage.flush(file, leaf);
    return leaf;
  };
  for (const [rowid, record] of rows) {
    if (rowid <= lastRowid) throw new Error(`internal error: rowids out of order (${rowid} after ${lastRowid})`);
    shape.measure(record, rowid);
    if (!leafPage.fits(shape.size) && leafPage.count > 0) {
      if (root !== undefined) throw new Error('internal error: the schema does not fit on the first page');
      parents.push({ child: flushLeaf(), body: varintBytes(lastRowid) });
    }
    const [page, at] = leafPage.reserve(shape.size);
    shape.write(file, page, at, record, rowid);
    lastRowid = rowid;
  }
  const last = flushLeaf();
  return parents.length === 0 ? last : buildInterior(file, INTERIOR_TABLE, parents, last);
}

/** An index b-tree of entries (records, reused between entries is fine) in index order;
 *  returns its root page. */
export function buildIndex(file: PageFile, entries: Iterable<Uint8Array>): number {
  const leafPage = new LeafPage(LEAF_INDEX, capacity(false, 0));
  const shape = new CellShape(INDEX_MAX_LOCAL);
  const parents: InteriorCell[] = [];
  // The entry that did not fit: it divides this leaf from the next, once a next entry exists.
  let divider: Uint8Array | null = null;
  const closeLeaf = (dividedBy: Uint8Array) => {
    const leaf = file.allocate();
    leafPage.flush(file, leaf);
    parents.push({ child: leaf, body: dividedBy });
  };
  for (const entry of entries) {
    shape.measure(entry, null);
    if (divider) {
      closeLeaf(divider);
      divider = null;
    } else if (!leafPage.fits(shape.size) && leafPage.count > 0) {
      divider = new Uint8Array(shape.size);
      shape.write(file, divider, 0, entry, null);
      continue;
    }
    const [page, at] = leafPage.reserve(shape.size);
    shape.write(file, page, at, entry, null);
  }
  if (divider) {
    // The last entry cannot divide (the leaf after it would be empty): the one before it does.
    closeLeaf(leafPage.popCell());
    const [page, at] = leafPage.reserve(divider.length);
    page.set(divider, at);
  }
  const leaf = file.allocate();
  leafPage.flush(file, leaf);
  return parents.length === 0 ? leaf : buildInterior(file, INTERIOR_INDEX, parents, leaf);
}

function varintBytes(n: number): Uint8Array {
  const out = new Uint8Array(varintLength(n));
  writeVarint(out, 0, n);
  return out;
}
