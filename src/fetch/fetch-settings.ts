/** How a run fetches: the limits that keep it polite and bounded. Plain data, set by the CLI. */
import { MAX_INPUT_BYTES } from '../io/read-input.js';

export interface FetchSettings {
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Requests in flight at once to one host: a run never crowds one site. */
  perHost: number;
  /** Per request, from sending it to the last byte of its body. */
  timeoutMs: number;
  /** Largest body accepted (after decompression). */
  maxBytes: number;
  /** Redirects followed from one URL before giving up. */
  maxRedirects: number;
  /** Folder of cached pages (see page-cache.ts). */
  cacheDir: string;
  userAgent: string;
  /** Read the cache but write nothing to it (a dry run changes nothing on disk). */
  readOnlyCache?: boolean;
}

export const FETCH_DEFAULTS = {
  concurrency: 4,
  perHost: 2,
  timeoutMs: 20_000,
  // A page is an input like a file: the same limit.
  maxBytes: MAX_INPUT_BYTES,
  maxRedirects: 5,
} as const;
