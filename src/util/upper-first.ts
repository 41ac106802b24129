/** The text with its first letter capitalised: a name or phrase opening a sentence we write. */
export function upperFirst(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
