import type { OutputFile, QuizDocument } from '../types.js';
import type { TemplateEnv } from './template/env.js';
import type { WorksheetOptions } from './worksheet/html.js';

// Renderers are loaded on first use: a run that writes JSON should not pay for starting
// the .apkg writer or playwright-core (playwright alone costs ~0.4 s of a cold start).

/**
 * Every output format, one folder each (json/, anki/, worksheet/, markdown/, pdf/). Formats never
 * reach into each other: what two share lives in template/ (Handlebars, helpers, escaping) or
 * shared/ (the printable quiz model); sqlite/ and zip/ are the containers the .apkg is built from.
 * Only this dispatcher sees them all (the PDF prints the worksheet's pages).
 */
export const FORMATS = ['json', 'anki', 'apkg', 'worksheet', 'pdf', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Base name for the files of this run (already a safe file name). */
  name: string;
  deck: string;
  /** Modification time for Anki notes (seconds): Anki updates a note only from a newer file. */
  ankiTimestamp?: number;
  worksheet: Omit<WorksheetOptions, 'name'>;
  /** Big text formats may come as TextChunks, made as they are written (the CLI writing files). */
  stream?: boolean;
}

export interface RenderResult {
  files: OutputFile[];
  /** Problems that did not stop the run (e.g. no browser for the PDF: the HTML is written). */
  warnings: string[];
}

/** Render one format. Returns files; writing them is the caller's job. */
export async function renderFormat(
  format: Format,
  doc: QuizDocument,
  opts: RenderOptions,
  env: () => TemplateEnv,
): Promise<RenderResult> {
  const done = (files: OutputFile[]): RenderResult => ({ files, warnings: [] });
  switch (format) {
    case 'json': {
      const { renderJson } = await import('./json/json.js');
      return done(renderJson(doc, { name: opts.name, stream: opts.stream }));
    }
    case 'anki': {
      const { renderAnkiCsv } = await import('./anki/csv.js');
      return done(renderAnkiCsv(doc, { deck: opts.deck, timestamp: opts.ankiTimestamp, stream: opts.stream }, env()));
    }
    case 'apkg': {
      const { renderAnkiApkg } = await import('./anki/apkg.js');
      return done(await renderAnkiApkg(doc, { deck: opts.deck, timestamp: opts.ankiTimestamp }));
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./markdown/markdown.js');
      return done(renderMarkdown(doc, { title: opts.worksheet.title, name: opts.name, stream: opts.stream, keyDetail: opts.worksheet.keyDetail }, env()));
    }
    case 'worksheet': {
      const { renderWorksheet } = await import('./worksheet/html.js');
      return done(renderWorksheet(doc, { ...opts.worksheet, name: opts.name, stream: opts.stream }, env()));
    }
    case 'pdf':
      return printWorksheets(doc, opts, env());
  }
}

/** The worksheet's pages as PDF; without a browser, the HTML and a message saying how to get one. */
async function printWorksheets(doc: QuizDocument, opts: RenderOptions, env: TemplateEnv): Promise<RenderResult> {
  const [{ renderWorksheet }, { BrowserMissingError, htmlToPdf }, { withFixedDates }] = await Promise.all([
    import('./worksheet/html.js'),
    import('./pdf/html-to-pdf.js'),
    import('./pdf/dates.js'),
  ]);
  // The same quiz prints the same bytes: the PDF is dated by its newest article, not the clock.
  const newest = doc.articles.reduce<string | null>((d, a) => (a.date && (!d || a.date > d) ? a.date : d), null);
  const pages = renderWorksheet(doc, { ...opts.worksheet, name: opts.name }, env);
  const files: OutputFile[] = [];
  try {
    for (const page of pages) {
      const pdf = withFixedDates(await htmlToPdf(String(page.content), { paper: opts.worksheet.paper }), newest);
      files.push({ name: page.name.replace(/\.html$/, '.pdf'), content: pdf });
    }
    return { files, warnings: [] };
  } catch (err) {
    if (!(err instanceof BrowserMissingError)) throw err;
    return { files: pages, warnings: [`no PDF written: ${err.message}; the worksheet HTML was written instead`] };
  }
}
