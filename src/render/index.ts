import type { OutputFile, QuizDocument } from '../types.js';
import { renderJson } from './json.js';
import type { TemplateEnv } from './template-env.js';

/** Every output format, one module each; formats never reach into each other. */
export const FORMATS = ['json'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Base name for the files of this run (already a safe file name). */
  name: string;
}

/** Render one format. Returns files; writing them is the caller's job. */
export async function renderFormat(
  format: Format,
  doc: QuizDocument,
  opts: RenderOptions,
  _env: () => TemplateEnv,
): Promise<OutputFile[]> {
  switch (format) {
    case 'json':
      return renderJson(doc, { name: opts.name });
  }
}
