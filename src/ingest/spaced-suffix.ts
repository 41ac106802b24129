/**
 * "the Vibrant Villages Programme -II", "Chandrayaan -3": a name's numeral typed with a space
 * before its hyphen would be read apart from the name (a term "II", the number −3). Right after
 * a capitalised word, a hyphen and a Roman numeral or a number of one or two digits, set off by
 * spaces, is the name's own: "Programme-II", "Chandrayaan-3". Not a temperature ("recorded -3
 * degrees" follows no name) and not a range ("2020 - 21" follows a figure).
 */
const SPACED_SUFFIX = /(?<=\b\p{Lu}[\p{L}]*) +- ?(I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})(?![\p{L}\d°%/-]|[.,:]\d)/gu;

export function joinedSpacedSuffixes(paragraph: string): string {
  return paragraph.includes(' -') ? paragraph.replace(SPACED_SUFFIX, '-$1') : paragraph;
}
