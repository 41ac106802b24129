import type { ArticleMeta, Item } from '../../types.js';

/**
 * One level of an Anki tag: spaces split tags in Anki, so whitespace becomes `_`; anything but
 * letters, digits, `_`, `.` and `-` is dropped so no tag carries markup, quotes or a stray
 * `::` level.
 */
export function tagPart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}_.-]/gu, '')
    .replace(/_+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '');
}

/** A hierarchical tag from its levels (`['CA', '2013', '11']` → `CA::2013::11`); null if a level is empty. */
export function hierarchicalTag(levels: readonly string[]): string | null {
  const parts = levels.map(tagPart);
  return parts.every(Boolean) ? parts.join('::') : null;
}

/** `CA::YYYY::MM` from an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); null without a date. */
export function dateTag(date: string | null): string | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return null;
  return m[2] ? `CA::${m[1]}::${m[2]}` : `CA::${m[1]}`;
}

/** Where the article came from: its site, else its file's base name (no folder, no extension). */
export function sourceName(meta: ArticleMeta | undefined): string | null {
  if (!meta) return null;
  if (meta.site?.trim()) return meta.site.trim();
  if (!meta.source || meta.source === '-') return null;
  const base = meta.source.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '') || null;
}

/**
 * The tags of an item's note: `quizwire`, the month (`CA::2013::11`), the source
 * (`src::The_Hindu`), the article's syllabus topics (`topic::economy`), the item type
 * (`type::mcq`), the answer class, then the item's own tags.
 * Space-free and de-duplicated, in a fixed order so the output is stable.
 */
export function itemTags(item: Item, meta: ArticleMeta | undefined): string[] {
  const source = sourceName(meta);
  const tags = [
    'quizwire',
    dateTag(meta?.date ?? null),
    source ? hierarchicalTag(['src', source]) : null,
    ...(meta?.topics ?? []).map((t) => hierarchicalTag(['topic', t.topic])),
    hierarchicalTag(['type', item.type]),
    tagPart(item.answerType),
    ...item.tags.map((tag) => hierarchicalTag(tag.split('::'))),
  ];
  return [...new Set(tags.filter((t): t is string => Boolean(t)))];
}
