/**
 * Ingestion: text, Markdown or HTML → Article. Each format reader produces a Draft (what the
 * format states outright plus units of text); one shared assembly finds the header, strips
 * datelines, drops boilerplate, checks the result is English prose and assigns the id.
 */
import type { Article } from '../types.js';
import { assembleArticle } from './assemble-article.js';
import { boundMarkup, boundTokens, boundUnits } from './bound-text.js';
import { breakDraftClozeSyntax } from './cloze-syntax.js';
import type { Draft } from './draft.js';
import { htmlDraft } from './html-draft.js';
import type { InputKind } from './input-kind.js';
import { markdownDraft } from './markdown-draft.js';
import { textDraft } from './text-draft.js';

export { IngestError } from './ingest-error.js';
export { sniffKind, kindFromFileName, isArticleFileName, ARTICLE_EXTENSIONS, type InputKind } from './input-kind.js';

export interface IngestOptions {
  source: string;
  kind: InputKind;
  fileName?: string;
  /** The date when the text states none (ISO day): what a feed said of its page. */
  fallbackDate?: string;
}

function draftOf(text: string, kind: InputKind): Draft {
  if (kind === 'html') return htmlDraft(text);
  if (kind === 'markdown') return markdownDraft(text);
  return textDraft(text);
}

/** Throws IngestError when the text yields no usable English paragraphs. */
export function ingest(text: string, opts: IngestOptions): Article {
  // Bounded before any reader or regex sees it: see bound-text.ts.
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const clean = opts.kind === 'html' ? boundMarkup(raw) : boundTokens(raw);
  const draft = breakDraftClozeSyntax(draftOf(clean, opts.kind));
  return assembleArticle({ ...draft, units: boundUnits(draft.units) }, { source: opts.source, fileName: opts.fileName, fallbackDate: opts.fallbackDate });
}
