/**
 * Draft (from any format) → Article: header, leading dateline, boilerplate filter, checks,
 * title fallback and the stable id.
 */
import type { Article } from '../types.js';
import { normalizeKey, stableId } from '../util/ids.js';
import { boilerplateReason } from './boilerplate.js';
import { cleanParagraphs } from './clean-paragraphs.js';
import { spacedGluedDashes } from './glued-dash.js';
import { joinedSpacedSuffixes } from './spaced-suffix.js';
import { spacedGluedStops, withoutListNumber, withoutStrayStops } from './glued-sentence.js';
import { sentenceCaseLead } from './capitalised-lead.js';
import { joinedSplitSums } from './split-figure.js';
import type { Draft } from './draft.js';
import { latinShare, looksEnglish } from './english-check.js';
import { IngestError } from './ingest-error.js';
import { stripLeadingDateline } from './parse-dateline.js';
import { readHeader } from './read-header.js';
import type { Unit } from './split-units.js';
import { endsLikeSentence, wordCount } from './text-shape.js';

export interface AssembleOptions {
  source: string;
  fileName?: string;
  /** Used when neither the markup, the header nor a dateline gives a date. */
  fallbackDate?: string;
}

/** "russia-japan_2plus2.txt" → "russia japan 2plus2"; null for stdin without a name. */
export function titleFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (base === '' || base === '-') return null;
  const title = base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return title === '' ? null : title;
}

/** Last resort for unnamed input: the opening words, so different stdin texts get different ids. */
function titleFromOpening(paragraph: string): string {
  const words = paragraph.split(/\s+/).slice(0, 10).join(' ');
  return words.replace(/[\s,;:.!?]+$/, '') + (paragraph.split(/\s+/).length > 10 ? '…' : '');
}

/** The most words a standfirst before a dateline's paragraph has. */
const STANDFIRST_WORDS = 40;

/** Cuts a "MOSCOW: …" prefix off the first story paragraph. */
function stripFirstDateline(body: Unit[], year: number | undefined): { body: Unit[]; place: string | null; date: string | null; state?: string } {
  const first = body.findIndex((u) => boilerplateReason(u.text) === null);
  if (first < 0) return { body, place: null, date: null };
  const found = stripLeadingDateline(body[first].text, year);
  // ("NEW DELHI, June 30:" on a line of its own, the story in the paragraph after it.)
  const after = body[first + 1];
  if (!found && after && /[:–—-]\s*$/.test(body[first].text) && body[first].text.split(/\s+/).length <= 6) {
    const joined = stripLeadingDateline(`${body[first].text.trim()} ${after.text.trim()}`, year);
    if (joined && joined.text === after.text.trim()) return { body: [...body.slice(0, first), ...body.slice(first + 1)], place: joined.place, date: joined.date };
  }
  // ("India won their eighth title, …" then "BUSAN: The Indian men's kabaddi team beat Iran …": a
  // standfirst copied with the story, one short sentence before the dateline's paragraph.)
  const standfirst = !found && after && wordCount(body[first].text) <= STANDFIRST_WORDS && !/[:–—-]\s*$/.test(body[first].text) ? stripLeadingDateline(after.text, year) : null;
  if (standfirst) {
    const next = body.slice();
    next[first + 1] = { ...after!, text: standfirst.text };
    return { body: next, place: standfirst.place, date: standfirst.date, ...(standfirst.state ? { state: standfirst.state } : {}) };
  }
  if (!found) return { body, place: null, date: null };
  const next = body.slice();
  next[first] = { ...body[first], text: found.text };
  return { body: next, place: found.place, date: found.date, ...(found.state ? { state: found.state } : {}) };
}

function hasSentence(paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => wordCount(p) >= 4 && (endsLikeSentence(p) || /[.!?]\s/.test(p)));
}

const NOT_ENGLISH = 'text does not look like English';

export function assembleArticle(draft: Draft, opts: AssembleOptions): Article {
  // Script check before the filter: non-Latin prose has no ". " breaks and would all be dropped.
  if (latinShare(draft.units.map((u) => u.text).join('\n')) < 0.6) throw new IngestError(NOT_ENGLISH);
  const header = readHeader(draft.units, draft.title);
  let date = draft.date ?? header.date;
  // A dateline's day ("MOSCOW, Nov 2") takes its year from the dates known, a feed's too.
  const known = date ?? opts.fallbackDate;
  const year = known ? Number(known.slice(0, 4)) : undefined;
  const lead = stripFirstDateline(draft.units.slice(header.bodyStart), year);
  date ??= lead.date ?? opts.fallbackDate ?? null;
  const place = draft.place ?? header.place ?? lead.place;

  const paragraphs = cleanParagraphs(lead.body).map(spacedGluedDashes).map(joinedSpacedSuffixes).map(withoutListNumber).map(spacedGluedStops).map(withoutStrayStops).map(sentenceCaseLead).map(joinedSplitSums);
  if (paragraphs.length === 0 || !hasSentence(paragraphs)) throw new IngestError('no sentences found');
  if (!looksEnglish(paragraphs.join('\n'))) throw new IngestError(NOT_ENGLISH);

  const title =
    draft.title ?? header.title ?? titleFromFileName(opts.fileName ?? opts.source) ?? titleFromOpening(paragraphs[0]);
  return {
    id: stableId([normalizeKey(title), date ?? '']),
    title,
    date,
    place,
    ...(lead.state && place === lead.place ? { placeState: lead.state } : {}),
    site: draft.site,
    source: opts.source,
    paragraphs,
  };
}
