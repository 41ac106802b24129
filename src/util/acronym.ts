/** The first letters of the capitalised words: "Reserve Bank of India" → "RBI". */
export function initials(words: readonly string[]): string {
  return words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** "MPC" for "Monetary Policy Committee", "RBI" for "Reserve Bank of India": an acronym of
 *  the other name's capitalised words. */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[.&\s]/g, '');
  if (!/^[A-Z]{2,8}$/.test(letters)) return false;
  return initials(long.split(/[\s-]+/)) === letters;
}
