/**
 * The time an .apkg's notes and collection carry: never the clock, so that the same input
 * gives the same bytes (issue 18: a deck from stdin differed on every run). Anki takes a note's
 * new text only from a newer file, so it is the inputs' newest modification time (an unchanged
 * input keeps it, an edited one is newer); stdin has none, so there it is the newest article
 * date (midnight UTC), else a fixed time. SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) sets it outright.
 */
import type { ArticleMeta } from '../types.js';

/** 2020-01-01T00:00:00Z: for undated text from stdin. */
const FIXED = 1_577_836_800;

export function ankiTimestamp(newestInput: number, articles: readonly ArticleMeta[]): number {
  const asked = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isInteger(asked) && asked >= 0) return asked;
  if (newestInput > 0) return newestInput;
  const newestDate = articles.reduce<string | null>((max, a) => (a.date && (!max || a.date > max) ? a.date : max), null);
  return newestDate ? Date.parse(`${newestDate}T00:00:00Z`) / 1000 : FIXED;
}
