/**
 * Pages fetched before, on disk: one file per URL (named by its SHA-256) holding a line of JSON
 * (the URL, its validators ETag and Last-Modified, its content type) and then the body's bytes.
 * A later run asks the site with conditional headers and, on 304 Not Modified, reads the body
 * from here. Written whole or not at all (temp + rename), so a run stopped mid-write leaves the
 * old entry or none, never half of one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '../util/hash.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { cachedPagesDir } from './cache-dir.js';

export interface CachedPage {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  body: Uint8Array;
}

type Meta = Omit<CachedPage, 'body'>;

const NEWLINE = 0x0a;

export class PageCache {
  constructor(
    readonly dir: string,
    private readonly readOnly = false,
  ) {}

  private pathOf(url: string): string {
    return join(cachedPagesDir(this.dir), `${hashOf('sha256', url).toString('hex')}.page`);
  }

  /** The entry for this URL, or null (none, or unreadable: then it is fetched anew). */
  get(url: string): CachedPage | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(url));
    } catch {
      return null;
    }
    const end = bytes.indexOf(NEWLINE);
    if (end < 0) return null;
    try {
      const meta = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Meta;
      // Two URLs with one hash is next to impossible; a hand-copied file is not.
      if (meta.url !== url) return null;
      return { ...meta, body: bytes.subarray(end + 1) };
    } catch {
      return null;
    }
  }

  /** Kept only when a validator makes it reusable (and the cache is not read-only); a cache that
   *  cannot be written is no error. */
  put(page: CachedPage): boolean {
    if (this.readOnly || (!page.etag && !page.lastModified)) return false;
    const meta: Meta = { url: page.url, etag: page.etag, lastModified: page.lastModified, contentType: page.contentType };
    try {
      writeFileAtomic(this.pathOf(page.url), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), page.body]));
      return true;
    } catch {
      return false;
    }
  }
}

/** The conditional headers that ask "has it changed since this copy?". */
export function conditionalHeaders(page: CachedPage | null): Record<string, string> {
  if (!page) return {};
  return {
    ...(page.etag && { 'if-none-match': page.etag }),
    ...(page.lastModified && { 'if-modified-since': page.lastModified }),
  };
}
