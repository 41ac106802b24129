/**
 * wink's core model in a form that loads faster than its 3 MB JSON, made once by the build
 * (`scripts/pack-data.mjs` → `dist/wink-core.pack`). Reading and parsing the JSON is
 * ~35 ms of a one-article run; most of it is the 1.9 MB base64 lexicon and the 87,593-word
 * lexeme list. Here the lexicon and expansions are raw bytes, the word list is one text split
 * on a separator no word contains, and only the small rest is JSON.
 *
 * For a quick start the words need not even be split: the pack also holds where each word
 * starts in their text and a hash table of them (wink-word-table.ts).
 *
 * Layout: magic, u32 header length, header JSON (the stamp, the model without its big parts,
 * the byte lengths), padding to 4 bytes, lexicon, expansions, word offsets, hash table, the
 * words joined by NUL.
 */
import { lazyWords, wordTable } from './wink-word-table.js';

const MAGIC = 'QWWINK02';
/** 2^18 slots for ~88,000 words: probes stay short. */
const TABLE_BITS = 18;
const SEPARATOR = '\u0000';

/** 32-bit words copied out of bytes into a fresh, aligned buffer: a Buffer may be a slice of
 *  a shared pool or of a whole file, and the model outlives both. */
export function uint32Words(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length << 2));
  return words;
}

/**
 * The pack's 32-bit words where they lie, when they start on a 4-byte boundary of the bytes'
 * memory (a whole file read: its sections are padded to 4 bytes), else a copy. Copying the
 * 2.7 MB took ~1.5 ms of a cold start; the views keep the file's bytes alive, as the model
 * outlives the read, and nothing writes to them (wink only reads its lexicon).
 */
function uint32View(bytes: Uint8Array): Uint32Array {
  return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2) : uint32Words(bytes);
}

/** What the pack was made from: a pack of another model version is not used. */
export interface PackStamp {
  version: string;
  jsonBytes: number;
}

interface Header {
  stamp: PackStamp;
  // `any`: wink's untyped model JSON, without lexicon, xpansions and the lexeme list.
  rest: any;
  lexiconBytes: number;
  xpansionsBytes: number;
  words: number;
  tableBits: number;
}

/** The model's JSON text → pack bytes. Throws if a word holds the separator. */
export function packCoreModel(json: string, stamp: PackStamp): Buffer {
  const model = JSON.parse(json);
  const words: string[] = model.features.lexeme.list;
  if (words.some((w) => w.includes(SEPARATOR))) throw new Error('a lexeme contains the pack separator');
  const lexicon = Buffer.from(model.lexicon, 'base64');
  const xpansions = Buffer.from(model.xpansions, 'base64');
  const rest = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { ...model.features.lexeme, list: null } } };
  const header: Header = { stamp, rest, lexiconBytes: lexicon.length, xpansionsBytes: xpansions.length, words: words.length, tableBits: TABLE_BITS };
  // Where each word starts in the joined text (UTF-16 units), and one past the last.
  const offsets = new Uint32Array(words.length + 1);
  for (let k = 0, at = 0; k < words.length; k++) {
    offsets[k] = at;
    at += words[k].length + 1;
    offsets[k + 1] = at;
  }
  const table = wordTable(words, TABLE_BITS);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Buffer.alloc(12);
  start.write(MAGIC, 0, 'latin1');
  start.writeUInt32LE(headerBytes.length, 8);
  const padding = Buffer.alloc((4 - ((12 + headerBytes.length) % 4)) % 4);
  const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([start, headerBytes, padding, lexicon, xpansions, bytes(offsets), bytes(table), Buffer.from(words.join(SEPARATOR), 'utf8')]);
}

/**
 * Pack bytes → the model as wink's JSON parses, with lexicon and expansions already decoded
 * to words; null if the bytes are no pack or the stamp differs. With `lazy`, the lexeme list
 * and its hash come ready (`lazyWords`; `plainAfter` for tests) instead of a list to hash.
 */
export function unpackCoreModel(bytes: Buffer, stamp: PackStamp, lazy = false, plainAfter?: number): any | null {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) return null;
  const headerEnd = 12 + bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 12, headerEnd)) as Header;
  if (header.stamp.version !== stamp.version || header.stamp.jsonBytes !== stamp.jsonBytes) return null;
  let at = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const take = (n: number): Uint32Array => {
    const words = uint32View(bytes.subarray(at, at + n));
    at += n;
    return words;
  };
  const model = header.rest;
  model.lexicon = take(header.lexiconBytes);
  model.xpansions = take(header.xpansionsBytes);
  const offsets = take((header.words + 1) * 4);
  const table = take((1 << header.tableBits) * 4);
  const text = bytes.toString('utf8', at);
  if (lazy) Object.assign(model.features.lexeme, lazyWords(model.features.lexeme, text, offsets, table, header.words, plainAfter));
  else model.features.lexeme.list = text.split(SEPARATOR);
  return model;
}
