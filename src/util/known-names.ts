/** The names `find` knows among a text's runs of capitalised words (a headline's, a sentence's),
 *  each run read from the left at its longest known prefix ("Odisha Cabinet", "Tamil Nadu Govt"). */
export function knownNames(text: string, find: (name: string) => string | null | undefined): Set<string> {
  const names = new Set<string>();
  for (const run of text.match(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}/gu) ?? []) {
    const words = run.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const name = find(words.slice(0, n).join(' '));
      if (name) {
        names.add(name);
        break;
      }
    }
  }
  return names;
}
