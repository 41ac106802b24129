import type Handlebars from 'handlebars';
import { csvField, csvQuoted } from './escape-csv.js';
import { escapeHtml, textToHtml } from './escape-html.js';

/**
 * Helpers available to every template. Quoting and escaping live here so that a template
 * author never writes it: `{{csv value}}` is a ready CSV field, `{{html value}}` is HTML
 * whose newlines became `<br>`.
 */
export function registerHelpers(hb: typeof Handlebars): void {
  // CSV field: HTML-escaped text (Anki fields are HTML), then quoted for the CSV.
  hb.registerHelper('csv', (value: unknown) => new hb.SafeString(csvField(textToHtml(str(value)))));
  // CSV field whose value is already markup built and escaped by the code.
  hb.registerHelper('csvRaw', (value: unknown) => new hb.SafeString(csvField(str(value))));
  // CSV field for an identifier (e.g. an Anki GUID): quoted only, never altered, because the
  // formula guard would change the id itself.
  hb.registerHelper('csvId', (value: unknown) => new hb.SafeString(csvQuoted(str(value))));
  hb.registerHelper('html', (value: unknown) => new hb.SafeString(textToHtml(str(value))));
  hb.registerHelper('letter', (index: number) => String.fromCharCode(97 + Number(index)));
  hb.registerHelper('inc', (n: number) => Number(n) + 1);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.map(str).join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hb.registerHelper('upper', (value: unknown) => str(value).toUpperCase());
  // Escaped text is the default of {{ }}; this is here for symmetry in attribute contexts.
  hb.registerHelper('attr', (value: unknown) => new hb.SafeString(escapeHtml(str(value))));
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
