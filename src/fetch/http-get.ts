/**
 * One GET, no more: redirects are returned, not followed (follow-redirects.ts decides), the
 * body is read up to a size limit (decompressed: gzip, deflate and br are undone by fetch), and
 * the whole exchange, body included, has one timeout.
 */
import { formatMegabytes } from '../io/read-input.js';
import { describeNetworkError, FetchError } from './fetch-error.js';

export interface GetRequest {
  url: string;
  /** Conditional and other request headers (the User-Agent is always set). */
  headers?: Record<string, string>;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Stops the request (the run was interrupted). */
  stop?: AbortSignal;
}

export interface GetAnswer {
  status: number;
  headers: Headers;
  /** Empty for redirects and 304s. */
  body: Uint8Array;
}

/** Throws FetchError with a short reason on any failure to get an answer. */
export async function httpGet(req: GetRequest): Promise<GetAnswer> {
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.stop ? AbortSignal.any([timeout, req.stop]) : timeout;
  try {
    const res = await fetch(req.url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': req.userAgent, 'accept-encoding': 'gzip, deflate, br', ...req.headers },
    });
    if (res.status >= 300) {
      // Nothing of the body is wanted: let the connection go.
      await res.body?.cancel().catch(() => {});
      return { status: res.status, headers: res.headers, body: new Uint8Array(0) };
    }
    return { status: res.status, headers: res.headers, body: await readCapped(res, req.maxBytes) };
  } catch (err) {
    if (req.stop?.aborted) throw new FetchError('stopped (interrupted)');
    throw new FetchError(describeNetworkError(err, req.timeoutMs));
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchError(`page too large (over the ${formatMegabytes(maxBytes)} limit)`);
  // The stated length is of the compressed body; a decompressed one is checked as it is read.
  const stated = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && stated > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (total > maxBytes) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
