/**
 * A fetched body → text, and the check that a page is HTML. The charset the server names is
 * used when it is not UTF-8 (TextDecoder knows the legacy ones); otherwise the bytes are read
 * as a file's are (BOMs, Windows-1252 fallback, binary refused).
 */
import { decodeInputBytes } from '../io/read-decode-bytes.js';
import { sniffKind } from '../ingest/input-kind.js';
import { FetchError } from './fetch-error.js';

/** "text/html; charset=ISO-8859-1" → { type: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(header: string | null): { type: string | null; charset: string | null } {
  if (!header) return { type: null, charset: null };
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase() || null, charset: charset?.toLowerCase() ?? null };
}

/** The body as text; throws FetchError when it cannot be read as text. */
export function bodyText(body: Uint8Array, contentType: string | null): string {
  const { charset } = parseContentType(contentType);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // An unknown charset name: read it as we read files.
    }
  }
  const decoded = decodeInputBytes(body);
  if (!decoded.ok) throw new FetchError(decoded.error);
  return decoded.text;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The page's text when it is an HTML page; "not an HTML page (application/pdf)" otherwise. */
export function htmlPageText(body: Uint8Array, contentType: string | null): string {
  const { type } = parseContentType(contentType);
  if (type && !HTML_TYPES.has(type)) throw new FetchError(`not an HTML page (${type})`);
  if (body.length === 0) throw new FetchError('empty page');
  const text = bodyText(body, contentType);
  // A server that names no type: the text must look like HTML itself.
  if (!type && sniffKind(text) !== 'html') throw new FetchError('not an HTML page (no content type, and the text is not HTML)');
  return text;
}
