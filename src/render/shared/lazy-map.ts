/**
 * An array seen through a function, each entry made when it is read and let go after: a
 * template walks a year's questions once, and a mapped copy of all of them would only sit in
 * memory beside the originals. Reads like an array (length, index, `in`, iteration), so
 * Handlebars' `each` and the streaming one walk it as they would the real thing.
 */
export function lazyMap<T, U>(source: readonly T[], fn: (entry: T, index: number) => U): readonly U[] {
  const index = (prop: string | symbol): number => (typeof prop === 'string' && /^(?:0|[1-9]\d*)$/.test(prop) ? Number(prop) : -1);
  return new Proxy(source as unknown as U[], {
    get(target, prop, receiver) {
      const i = index(prop);
      if (i >= 0) return i < source.length ? fn(source[i], i) : undefined;
      if (prop === Symbol.iterator) {
        return function* () {
          for (let k = 0; k < source.length; k++) yield fn(source[k], k);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
