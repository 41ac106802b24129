import type { Draft } from './draft.js';
import { field, splitFrontMatter } from './markdown-front-matter.js';
import { parseDate } from './parse-date.js';
import { splitUnits } from './split-units.js';
import { stripMarkdown } from './strip-markdown.js';
import { titleCasePlace } from './text-shape.js';

/** Markdown: front matter and `# Title` state metadata outright; the rest reads as text. */
export function markdownDraft(markdown: string): Draft {
  const { fields, body } = splitFrontMatter(markdown);
  const stripped = stripMarkdown(body);
  const dateField = field(fields, 'date', 'published', 'pubdate', 'published_at', 'publishdate', 'created');
  const placeField = field(fields, 'place', 'dateline', 'location');
  return {
    title: field(fields, 'title', 'headline') ?? stripped.title,
    date: dateField ? parseDate(dateField) : null,
    place: placeField ? titleCasePlace(placeField) : null,
    site: field(fields, 'site', 'source', 'publisher', 'site_name', 'sitename'),
    units: splitUnits(stripped.text),
  };
}
