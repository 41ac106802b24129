/**
 * wink's core model in a form that loads faster than its 3 MB JSON, made once by the build
 * (`scripts/pack-data.mjs` → `dist/wink-core.pack`). Reading and parsing the JSON is
 * ~35 ms of a one-article run; most of it is the 1.9 MB base64 lexicon and the 87,593-word
 * lexeme list. Here the lexicon and expansions are raw bytes, the word list is one text split
 * on a separator no word contains, and only the small rest is JSON.
 *
 * For a quick start the words need not even be split: the pack also holds where each word
 * starts in their text and a hash table of them (open addressing, FNV-1a), so a word is found
 * by probing the table and cut from the text only when it is read (`lazyWords`).
 *
 * Layout: magic, u32 header length, header JSON (the stamp, the model without its big parts,
 * the byte lengths), padding to 4 bytes, lexicon, expansions, word offsets, hash table, the
 * words joined by NUL.
 */

const MAGIC = 'QWWINK02';
/** 2^18 slots for ~88,000 words: probes stay short. */
const TABLE_BITS = 18;
const SEPARATOR = '\u0000';

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

/** FNV-1a over UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slot of each word (its index + 1; 0 is empty), the last of equal words winning as in an object. */
function wordTable(words: readonly string[], bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const table = new Uint32Array(1 << bits);
  for (let k = 0; k < words.length; k++) {
    let slot = wordHash(words[k]) & mask;
    while (table[slot] !== 0 && words[table[slot] - 1] !== words[k]) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  return table;
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
 * to words; null if the bytes are no pack or the stamp differs. With `lazyWords`, the lexeme
 * list and its hash come ready (see `lazyWords`) instead of a list to build a hash from.
 */
export function unpackCoreModel(bytes: Buffer, stamp: PackStamp, lazy = false, plainAfter = LOOKUPS_BEFORE_PLAIN): any | null {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) return null;
  const headerEnd = 12 + bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 12, headerEnd)) as Header;
  if (header.stamp.version !== stamp.version || header.stamp.jsonBytes !== stamp.jsonBytes) return null;
  let at = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const take = (n: number): Uint32Array => {
    // A copy: the model outlives the file's bytes, and wink may not share them.
    const words = new Uint32Array(n >>> 2);
    new Uint8Array(words.buffer).set(bytes.subarray(at, at + (words.length << 2)));
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

/** Lookups after which a run is long enough to pay for plain structures: ~15 news articles
 *  (one is ~600). A one-article run never gets there; a long run soon stops paying for proxies. */
const LOOKUPS_BEFORE_PLAIN = 10_000;

/**
 * wink's lexeme list and hash over the packed words, as wink uses them (`list[i]`,
 * `list.push(word)`, `list.length`; `hash[word]`, `hash[word] = i`), each word cut from the
 * text the first time it is read. Words wink adds as it reads live in the list and a Map.
 *
 * A long run (many articles on this thread) would pay ~25 % more analysis for the proxies, so
 * after LOOKUPS_BEFORE_PLAIN lookups the list is cut whole and handed to wink in place of its
 * proxy (the same array, so a push through a proxy wink still holds lands in it), and the hash
 * answers from a plain object (wink keeps the hash itself, so it stays a proxy).
 */
function lazyWords(owner: { list?: string[] }, text: string, offsets: Uint32Array, table: Uint32Array, count: number, plainAfter: number): { list: string[]; hash: Record<string, number> } {
  const cut = new Array<string | undefined>(count);
  const word = (i: number) => (cut[i] ??= text.slice(offsets[i], offsets[i + 1] - 1));
  const list = new Proxy(cut, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = key.length > 0 && key.length < 10 && key.charCodeAt(0) <= 57 ? Number(key) : NaN;
        if (i >= 0 && i < count && (i | 0) === i) return word(i);
      }
      return Reflect.get(target, key, receiver);
    },
  }) as string[];
  const mask = table.length - 1;
  const added = new Map<string, number>();
  const find = (w: string): number | undefined => {
    for (let slot = wordHash(w) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const i = table[slot] - 1;
      if (offsets[i + 1] - 1 - offsets[i] === w.length && text.startsWith(w, offsets[i])) return i;
    }
    return added.get(w);
  };
  let plain: Record<string, number> | null = null;
  let lookups = 0;
  const goPlain = (): Record<string, number> => {
    for (let i = 0; i < count; i++) word(i);
    owner.list = cut as string[];
    const object = Object.create(null);
    for (let i = 0; i < count; i++) object[cut[i]!] = i;
    for (const [w, i] of added) object[w] = i;
    return object;
  };
  const hash = new Proxy(Object.create(null), {
    get(_, w) {
      if (typeof w !== 'string') return undefined;
      if (plain) return plain[w];
      if (++lookups >= plainAfter) plain = goPlain();
      return plain ? plain[w] : find(w);
    },
    set(_, w, index: number) {
      if (plain) plain[w as string] = index;
      else added.set(w as string, index);
      return true;
    },
  });
  return { list, hash };
}
