import type { OutputFile, QuizDocument } from '../types.js';

/** The JSON contract: the whole document, pretty-printed, with a trailing newline. */
export function renderJson(doc: QuizDocument, opts: { name: string }): OutputFile[] {
  return [{ name: `${opts.name}.json`, content: `${JSON.stringify(doc, null, 2)}\n` }];
}
