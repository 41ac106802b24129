/**
 * The end-of-run summary on stderr: what was read and skipped (reasons grouped), what was
 * made, and what was written (or, for a dry run, would be: new / changed / unchanged).
 * Pure: counts in, lines out.
 */
import type { FetchCounts } from '../outputs/web-inputs.js';
import type { Item } from '../types.js';
import { printable } from './report.js';
import type { FileStatus } from './write-outputs.js';

export interface RunSummary {
  read: number;
  failed: { source: string; reason: string }[];
  outOfRange: number;
  undated: number;
  /** Left out by --topics. */
  offTopic?: number;
  duplicates: number;
  items: readonly Item[];
  files: { path: string; status: FileStatus }[];
  dryRun: boolean;
}

/** How many file names the summary lists before "and N more". */
const LISTED_FILES = 8;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "file too large (52 MB > 5 MB limit)" and "file too large (60 MB …)" are one reason. */
export function reasonGroup(reason: string): string {
  return reason.replace(/\s*\([^)]*\)/g, '').replace(/:.*$/, '').trim() || reason;
}

export function countBy<T>(xs: readonly T[], key: (x: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function formatSummary(s: RunSummary): string[] {
  const lines: string[] = [];
  let read = `${plural(s.read, 'article')} read`;
  if (s.failed.length) {
    read += `, ${s.failed.length} skipped (${countBy(s.failed, (f) => reasonGroup(f.reason)).map(([r, n]) => `${n} ${r}`).join(', ')})`;
  }
  if (s.outOfRange) read += `, ${s.outOfRange} outside --since/--until`;
  if (s.undated) read += `, ${s.undated} undated left out (--since/--until need a date)`;
  if (s.offTopic) read += `, ${s.offTopic} of other topics left out (--topics)`;
  lines.push(read);

  const types = countBy(s.items, (i) => i.type).map(([t, n]) => `${n} ${t}`);
  let items = `${plural(s.items.length, 'item')}${types.length ? ` (${types.join(', ')})` : ''}`;
  if (s.duplicates) items += `; ${plural(s.duplicates, 'duplicate fact')} from other articles merged`;
  lines.push(items);

  const status = countBy(s.files, (f) => f.status).map(([st, n]) => `${n} ${st}`).join(', ');
  const names = s.files.slice(0, LISTED_FILES).map((f) => printable(f.path));
  if (s.files.length > LISTED_FILES) names.push(`and ${s.files.length - LISTED_FILES} more`);
  const verb = s.dryRun ? 'dry run, nothing written; would write' : 'wrote';
  lines.push(`${verb} ${plural(s.files.length, 'file')}${status ? ` (${status})` : ''}${names.length ? `: ${names.join(', ')}` : ''}`);
  return lines.map((l) => `quizwire: ${l}`);
}

/** What the feeds listed and the fetches gave: "12 articles listed in 3 feeds; 4 outside the
 *  dates; 8 to read (5 pages unchanged, read from the cache)". */
export function fetchSummary(c: FetchCounts): string {
  const parts = [`${plural(c.listed, 'article')} listed in ${plural(c.feeds, 'feed')}`];
  if (c.outside) parts.push(`${c.outside} outside the dates`);
  parts.push(`${c.toRead} to read${c.unchanged ? ` (${plural(c.unchanged, 'page')} unchanged, read from the cache)` : ''}`);
  return `quizwire: ${parts.join('; ')}`;
}
