/**
 * Character offsets of tokens in the text they came from. wink reports token values but not
 * positions; searching forward from the previous token keeps offsets exact even when wink
 * collapses whitespace or splits contractions.
 */
export function alignTokens(text: string, values: readonly string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    if (value.trim() === '') {
      starts.push(-1);
      continue;
    }
    const at = text.indexOf(value, cursor);
    // A token wink rewrote (never seen so far, but cheap to guard) gets no offset.
    if (at < 0 || at - cursor > 64) {
      starts.push(-1);
      continue;
    }
    starts.push(at);
    cursor = at + value.length;
  }
  return starts;
}
