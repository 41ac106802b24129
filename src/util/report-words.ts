import { normalizeKey } from './ids.js';

/** Words that say what kind of report a name is, or praise its reach, and so tell no two apart. */
const GENERIC_REPORT_WORD = /^(?:index|report|ranking|rankings|survey|annual|global|world|latest|international)$/;

/**
 * Whether a report's name is another report than the one `key` (a padded normalised text) names:
 * none of its own words is in the key. ("the World Happiness Report" in a story of the World
 * Happiness Index is the same one; "Ease of Doing Business" beside the Prosperity Index is not.)
 */
export function namesAnotherReport(name: string, key: string): boolean {
  const own = normalizeKey(name).split(' ').filter((w) => w.length > 3 && !GENERIC_REPORT_WORD.test(w));
  return own.length > 0 && !own.some((w) => key.includes(` ${w} `));
}
