/**
 * HTML → Draft: metadata from the page, furniture removed, Readability to find the story,
 * then the story's block structure walked into units. Anything the DOM route cannot handle
 * falls back to stripping tags, so broken pages degrade instead of crashing.
 */
import { lazyRequire } from '../util/lazy-require.js';

// Loaded on the first HTML page only: plain-text runs never need them.
const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability');
const linkedom = lazyRequire<typeof import('linkedom')>('linkedom');
import type { Draft } from './draft.js';
import { htmlBlocks } from './html-blocks.js';
import { regexTitle, stripTags } from './html-fallback.js';
import { readHtmlMetadata } from './html-metadata.js';
import { precleanDocument } from './html-preclean.js';
import { splitUnits, type Unit } from './split-units.js';

/** linkedom builds a broken tree for fragments; give it a whole document. */
function asDocumentSource(html: string): string {
  return /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Readability's cost grows much faster than the page (seconds at depth 1,000); real news
 *  pages stay far below these, so past them the cleaned page is walked as it is. */
const MAX_READABILITY_DEPTH = 64;
const MAX_READABILITY_ELEMENTS = 20000;

/** Whether the element tree under `root` is deeper than `limit` (stops as soon as it is). */
export function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

function readabilityContent(doc: Document): Node | null {
  if (!doc.body || deeperThan(doc.body, MAX_READABILITY_DEPTH)) return null;
  try {
    const parsed = new (readability().Readability)(doc, {
      serializer: (node: Node) => node,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    return parsed?.content ?? null;
  } catch {
    return null; // Readability gave up on this DOM: walk what is left of the page instead.
  }
}

function storyUnits(doc: Document): Unit[] {
  const content = readabilityContent(doc);
  // Readability mutates the document, so the fallback walk sees the page it already pruned.
  return htmlBlocks(content ?? doc.body ?? doc.documentElement);
}

function fallbackDraft(html: string): Draft {
  return { title: regexTitle(html), date: null, place: null, site: null, units: splitUnits(stripTags(html)) };
}

export function htmlDraft(html: string): Draft {
  try {
    const { document } = linkedom().parseHTML(asDocumentSource(html)) as unknown as { document: Document };
    const meta = readHtmlMetadata(document);
    precleanDocument(document);
    const units = storyUnits(document);
    if (units.length === 0) return fallbackDraft(html);
    return { title: meta.title, date: meta.date, place: meta.place, site: meta.site, units };
  } catch {
    return fallbackDraft(html);
  }
}
