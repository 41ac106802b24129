/**
 * Title, date, site and place of an HTML page, from what pages state for machines (meta tags,
 * JSON-LD) before what they show to people (`<h1>`, `<time>`, dateline elements, `<title>`).
 * Read before the page is cleaned: cleaning removes scripts (JSON-LD) and bylines.
 */
import { parseDate } from './parse-date.js';
import { parseDatelineLine } from './parse-dateline.js';
import { normalizeSpace, wordCount } from './text-shape.js';
import { normalizeKey } from '../util/ids.js';

export interface HtmlMetadata {
  title: string | null;
  date: string | null;
  site: string | null;
  place: string | null;
}

type JsonObject = Record<string, unknown>;

/** All `<meta>` values by lower-cased property / name / itemprop: one pass over the page. */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function first(index: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = index.get(k);
    if (v) return v;
  }
  return null;
}

/** Objects in the page's JSON-LD blocks (top level, arrays and `@graph`). */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as JsonObject);
      if ('@graph' in value) visit((value as JsonObject)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return out;
}

function jsonLdString(objects: JsonObject[], key: string, nested?: string): string | null {
  for (const o of objects) {
    let v = o[key];
    if (nested && v && typeof v === 'object') v = (Array.isArray(v) ? v[0] : v)?.[nested as keyof typeof v];
    if (typeof v === 'string' && v.trim() !== '') return normalizeSpace(v);
  }
  return null;
}

const TITLE_SEPARATOR_RE = /\s+(?:[|–—-]|::?|·|•)\s+/;

/** "Headline - Site Name" → { headline, suffix }; the suffix is split off only when short. */
export function splitTitleSuffix(title: string): { headline: string; suffix: string | null } {
  const parts = title.split(TITLE_SEPARATOR_RE);
  if (parts.length < 2) return { headline: title, suffix: null };
  const suffix = parts[parts.length - 1];
  const headline = title.slice(0, title.length - suffix.length).replace(/\s+(?:[|–—-]|::?|·|•)\s*$/, '');
  if (wordCount(suffix) > 5 || wordCount(headline) < 2) return { headline: title, suffix: null };
  return { headline: headline.trim(), suffix: suffix.trim() };
}

function textOf(el: Element | null): string | null {
  const text = el ? normalizeSpace(el.textContent ?? '') : '';
  return text === '' ? null : text;
}

function visibleDate(doc: Document): { date: string | null; place: string | null } {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc;
  for (const time of Array.from(scope.querySelectorAll('time'))) {
    const date = parseDate(time.getAttribute('datetime') ?? '') ?? parseDate(time.textContent ?? '');
    if (date) return { date, place: null };
  }
  const stamped = scope.querySelectorAll('[class*="date"], [class*="time"], [class*="publish"], [id*="date"], [itemprop="datePublished"]');
  for (const el of Array.from(stamped)) {
    const text = normalizeSpace(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '');
    if (text === '' || text.length > 200) continue;
    const dateline = parseDatelineLine(text);
    if (dateline?.date) return dateline;
    const date = parseDate(text);
    if (date) return { date, place: null };
  }
  return { date: null, place: null };
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];

/** Place from an element marked as the dateline ("MOSCOW, Nov 2"), when one exists. */
function datelinePlace(doc: Document): string | null {
  const text = textOf(doc.querySelector('[class*="dateline"]'));
  return text && text.length <= 200 ? (parseDatelineLine(text)?.place ?? null) : null;
}

export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const meta = metaIndex(doc);
  const ld = jsonLdObjects(doc);
  const site = first(meta, SITE_KEYS) ?? jsonLdString(ld, 'publisher', 'name');
  const pageTitle = textOf(doc.querySelector('title'));
  const split = pageTitle ? splitTitleSuffix(pageTitle) : null;
  const statedTitle = first(meta, TITLE_KEYS) ?? jsonLdString(ld, 'headline') ?? textOf(doc.querySelector('h1'));
  // The <title> suffix names the site only when the rest is the headline stated elsewhere.
  const suffixIsSite = split?.suffix && statedTitle && normalizeKey(split.headline) === normalizeKey(statedTitle);
  const metaDate = first(meta, DATE_KEYS) ?? jsonLdString(ld, 'datePublished');
  const stated = metaDate ? parseDate(metaDate) : null;
  // Searching the page for a shown date is the slow part: only when nothing was stated.
  const shown = stated ? { date: null, place: datelinePlace(doc) } : visibleDate(doc);
  return {
    title: statedTitle ?? split?.headline ?? null,
    date: stated ?? shown.date,
    site: site ?? (suffixIsSite ? split.suffix : null),
    place: shown.place,
  };
}
