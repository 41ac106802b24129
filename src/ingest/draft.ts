import type { Unit } from './split-units.js';

/** What a format reader (text, Markdown, HTML) hands to the shared article assembly. */
export interface Draft {
  /** Title the format states outright (front matter, `# H1`, og:title), else null. */
  title: string | null;
  date: string | null;
  place: string | null;
  site: string | null;
  /** Everything after the stated title, in order: header lines, body, trailing furniture. */
  units: Unit[];
}
