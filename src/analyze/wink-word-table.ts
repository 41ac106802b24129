/**
 * The packed model's words as wink's lexeme list and hash, for a quick start: a hash table
 * (open addressing, FNV-1a over UTF-16 code units) built when the model is packed, probed at
 * run time against the words' joined text, each word cut from it only when it is read.
 */

/** FNV-1a over UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slot of each word (its index + 1; 0 is empty), the last of equal words winning as in an object. */
export function wordTable(words: readonly string[], bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const table = new Uint32Array(1 << bits);
  for (let k = 0; k < words.length; k++) {
    let slot = wordHash(words[k]) & mask;
    while (table[slot] !== 0 && words[table[slot] - 1] !== words[k]) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  return table;
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
export function lazyWords(owner: { list?: string[] }, text: string, offsets: Uint32Array, table: Uint32Array, count: number, plainAfter = LOOKUPS_BEFORE_PLAIN): { list: string[]; hash: Record<string, number> } {
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
