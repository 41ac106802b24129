import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextChunks } from '../../types.js';
import { deferLongEach } from './stream.js';
import { registerHelpers } from './helpers.js';

/** The templates shipped with quizwire (`templates/` at the package root). */
export const BUILTIN_TEMPLATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../templates');

/** A template problem, reported as one line naming the file (and line when known). */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

export interface TemplateEnv {
  /** Render a template by file name (e.g. `anki-basic.csv.hbs`) with a context. */
  render(name: string, context: unknown): string;
  /** The same text, made as it is written: every long `{{#each}}` is rendered a slice at a
   *  time then, so a year's rows are never one string. */
  renderStream(name: string, context: unknown): TextChunks;
  /** Where a template was found (the override folder wins over the built-in one). */
  pathOf(name: string): string;
}

/**
 * A Handlebars environment over one or more template folders: a user's `--template DIR`
 * first, then the built-in folder, so any template or partial can be overridden by name.
 * Partials are the files in `partials/` (`partials/question.html.hbs` → `{{> question}}`).
 * Templates compile in strict mode so an unknown variable is an error, not a blank.
 */
export function createTemplateEnv(overrideDir?: string): TemplateEnv {
  const dirs = overrideDir ? [resolve(overrideDir), BUILTIN_TEMPLATE_DIR] : [BUILTIN_TEMPLATE_DIR];
  const hb = Handlebars.create();
  registerHelpers(hb);
  const deferral = deferLongEach(hb);
  const cache = new Map<string, Handlebars.TemplateDelegate>();

  const pathOf = (name: string): string => {
    for (const dir of dirs) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    throw new TemplateError(name, null, `template not found in ${dirs.join(' or ')}`);
  };

  const compileFile = (path: string): Handlebars.TemplateDelegate => {
    const source = readFileSync(path, 'utf8');
    try {
      const template = hb.compile(source, { strict: false, knownHelpersOnly: false });
      // Compile now, not on first use, so a syntax error is reported with this file's name.
      hb.precompile(source);
      return template;
    } catch (err) {
      throw asTemplateError(path, err);
    }
  };

  // Partials: later folders first so the override folder's partials replace the built-ins.
  for (const dir of [...dirs].reverse()) {
    const partialDir = join(dir, 'partials');
    if (!existsSync(partialDir)) continue;
    for (const file of readdirSync(partialDir).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const name = basename(file).replace(/\..*$/, '');
      const path = join(partialDir, file);
      const template = compileFile(path);
      hb.registerPartial(name, (ctx: unknown, opts?: Handlebars.RuntimeOptions) => {
        try {
          return template(ctx, opts);
        } catch (err) {
          throw asTemplateError(path, err);
        }
      });
    }
  }

  const compiled = (path: string): Handlebars.TemplateDelegate => {
    let template = cache.get(path);
    if (!template) {
      template = compileFile(path);
      cache.set(path, template);
    }
    return template;
  };

  return {
    pathOf,
    render(name, context) {
      const path = pathOf(name);
      const template = compiled(path);
      try {
        return template(context);
      } catch (err) {
        throw asTemplateError(path, err);
      }
    },
    renderStream(name, context) {
      const path = pathOf(name);
      const template = compiled(path);
      try {
        return deferral.render(template, context, (err) => asTemplateError(path, err));
      } catch (err) {
        throw asTemplateError(path, err);
      }
    },
  };
}

export function asTemplateError(path: string, err: unknown): TemplateError {
  if (err instanceof TemplateError) return err;
  const e = err as { message?: string; lineNumber?: number };
  const message = String(e.message ?? err);
  const lineMatch = /on line (\d+)/.exec(message);
  const line = e.lineNumber ?? (lineMatch ? Number(lineMatch[1]) : null);
  // Handlebars messages span several lines (a caret diagram); keep the first and the last.
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  const detail = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : (lines[0] ?? 'error');
  return new TemplateError(path, line, detail.replace(/^Parse error on line \d+:\s*/, 'parse error: '));
}
