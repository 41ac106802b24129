import type { OutputFile, QuizDocument } from '../../types.js';
import type { TemplateEnv } from '../template/env.js';
import { buildWorksheetModel, type WorksheetModel } from '../shared/quiz-model.js';
import { defaultQuizTitle } from '../shared/quiz-title.js';
import { buildVersions } from './versions.js';

export interface WorksheetOptions {
  title?: string;
  paper: 'a4' | 'letter';
  columns: 1 | 2;
  /** Number of sets (A, B, C, …); 1 prints a single sheet without a set label. */
  versions: number;
  /** 'inline': the key on a new page at the end; 'separate': the key in its own file. */
  key: 'inline' | 'separate';
  /** Each answer's source sentence and article under the key grid: off on paper unless asked
   *  (the grid alone fits a page), on in Markdown unless turned off. */
  keyDetail?: boolean;
  seed: number;
  /** Output base name, already sanitised by the caller. */
  name: string;
  /** Make the HTML as it is written (TextChunks) instead of as one string. */
  stream?: boolean;
}

export const WORKSHEET_TEMPLATE = 'worksheet.html.hbs';

/** What the worksheet template sees: the model plus page settings and which parts to print. */
export interface WorksheetContext extends WorksheetModel {
  paper: 'a4' | 'letter';
  /** CSS `@page` size keyword. */
  pageSize: 'A4' | 'letter';
  columns: 1 | 2;
  twoColumns: boolean;
  /** The title already carries the date (the default title), so the header need not repeat it. */
  showDate: boolean;
  showQuestions: boolean;
  showKey: boolean;
  keyDetail: boolean;
  /** Text before the page number in the footer, e.g. "Set B · " (CSS-string safe). */
  footerPrefix: string;
}

/**
 * A printable worksheet per set, each with its own answer key (at the end on a new page, or in
 * `<name>[-X]-key.html`). Self-contained HTML: CSS inline, no scripts, fonts or remote files.
 */
export function renderWorksheet(doc: QuizDocument, opts: WorksheetOptions, env: TemplateEnv): OutputFile[] {
  const title = opts.title?.trim() || defaultQuizTitle(doc.articles);
  const versions = buildVersions(doc.items, opts.versions, opts.seed);
  const labelled = versions.length > 1;
  const files: OutputFile[] = [];

  for (const version of versions) {
    const setLabel = labelled ? version.label : null;
    const model = buildWorksheetModel(version.items, doc.articles, { title, setLabel });
    const base = setLabel ? `${opts.name}-${setLabel}` : opts.name;
    const context = (showQuestions: boolean, showKey: boolean): WorksheetContext => ({
      ...model,
      paper: opts.paper,
      pageSize: opts.paper === 'letter' ? 'letter' : 'A4',
      columns: opts.columns,
      twoColumns: opts.columns === 2,
      showDate: Boolean(opts.title?.trim()) && model.dateRange !== null,
      showQuestions,
      showKey,
      keyDetail: opts.keyDetail ?? false,
      footerPrefix: cssStringSafe(
        [setLabel ? `Set ${setLabel}` : '', showQuestions ? '' : 'Answer key'].filter(Boolean).join(' · '),
      ),
    });

    const render = (ctx: WorksheetContext) => (opts.stream ? env.renderStream(WORKSHEET_TEMPLATE, ctx) : env.render(WORKSHEET_TEMPLATE, ctx));
    if (opts.key === 'separate') {
      files.push({ name: `${base}.html`, content: render(context(true, false)) });
      files.push({ name: `${base}-key.html`, content: render(context(false, true)) });
    } else {
      files.push({ name: `${base}.html`, content: render(context(true, true)) });
    }
  }
  return files;
}

/** Footer text goes into a CSS string inside <style>, where HTML escaping does not apply. */
function cssStringSafe(text: string): string {
  const safe = text.replace(/["\\<>\n\r]/g, '');
  return safe ? `${safe} · ` : '';
}
