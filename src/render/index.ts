import type { OutputFile, QuizDocument } from '../types.js';
import { renderAnkiApkg } from './anki-apkg.js';
import { renderAnkiCsv } from './anki-csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { BrowserMissingError, htmlToPdf } from './pdf.js';
import type { TemplateEnv } from './template-env.js';
import { renderWorksheet, type WorksheetOptions } from './worksheet-html.js';

/** Every output format, one module each; formats never reach into each other. */
export const FORMATS = ['json', 'anki', 'apkg', 'worksheet', 'pdf', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Base name for the files of this run (already a safe file name). */
  name: string;
  deck: string;
  /** Modification time for Anki notes (seconds): Anki updates a note only from a newer file. */
  ankiTimestamp?: number;
  worksheet: Omit<WorksheetOptions, 'name'>;
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
    case 'json':
      return done(renderJson(doc, { name: opts.name }));
    case 'anki':
      return done(renderAnkiCsv(doc, { deck: opts.deck, timestamp: opts.ankiTimestamp }, env()));
    case 'apkg':
      return done(await renderAnkiApkg(doc, { deck: opts.deck, timestamp: opts.ankiTimestamp }));
    case 'markdown':
      return done(renderMarkdown(doc, { title: opts.worksheet.title, name: opts.name }, env()));
    case 'worksheet':
      return done(renderWorksheet(doc, { ...opts.worksheet, name: opts.name }, env()));
    case 'pdf':
      return printWorksheets(doc, opts, env());
  }
}

/** The worksheet's pages as PDF; without a browser, the HTML and a message saying how to get one. */
async function printWorksheets(doc: QuizDocument, opts: RenderOptions, env: TemplateEnv): Promise<RenderResult> {
  const pages = renderWorksheet(doc, { ...opts.worksheet, name: opts.name }, env);
  const files: OutputFile[] = [];
  try {
    for (const page of pages) {
      const pdf = await htmlToPdf(String(page.content), { paper: opts.worksheet.paper });
      files.push({ name: page.name.replace(/\.html$/, '.pdf'), content: pdf });
    }
    return { files, warnings: [] };
  } catch (err) {
    if (!(err instanceof BrowserMissingError)) throw err;
    return { files: pages, warnings: [`no PDF written: ${err.message}; the worksheet HTML was written instead`] };
  }
}
