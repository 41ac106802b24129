/**
 * A fetch that did not give a usable answer, with the one-line reason the user sees after the
 * URL ("HTTP 404 Not Found", "timed out after 20 s", "redirect loop"). Never a stack trace.
 */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (no network?)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'the site’s TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the site’s TLS certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the site’s TLS certificate is for another name',
};

/** What went wrong in a request, in a few words: `fetch` wraps the cause of a failure. */
export function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (err instanceof FetchError) return err.message;
  const e = err as Error & { cause?: { code?: string; message?: string }; code?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${seconds(timeoutMs)}`;
  const code = e?.cause?.code ?? e?.code;
  if (code && NETWORK_CODES[code]) return `cannot connect: ${NETWORK_CODES[code]}`;
  const detail = e?.cause?.message ?? e?.message ?? String(err);
  return `cannot fetch: ${code ? `${code} ` : ''}${detail}`.trim();
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
