/**
 * Read one input (a file path, or "-" for stdin) safely: every failure becomes a short
 * one-line reason, never an exception, so the CLI can say `quizwire: <file>: <reason>` and go on.
 */
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { kindFromFileName, sniffKind, type InputKind } from '../ingest/input-kind.js';
import { decodeInputBytes } from './read-decode-bytes.js';

export type ReadResult =
  | { ok: true; source: string; text: string; kind: InputKind; warnings: string[]; /** Unix seconds (0 for a stream: it has no time of its own). */ modified: number }
  | { ok: false; source: string; error: string };

/** News articles are kilobytes; anything past this is a mistake (a dump, a video, a log). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** "52 MB", "5.3 MB" (MiB, labelled as people say it). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function tooLarge(bytes: number): string {
  return `file too large (${formatMegabytes(bytes)} > ${formatMegabytes(MAX_INPUT_BYTES)} limit)`;
}

/** For streams, whose size is unknown until they pass the limit. */
const STREAM_TOO_LARGE = `input too large (over the ${formatMegabytes(MAX_INPUT_BYTES)} limit)`;

/** Short reason for a filesystem error code. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot read (${code ?? (err as Error)?.message ?? 'unknown error'})`;
  }
}

/** Read a stream up to the limit; null when it goes past it. */
export async function readStreamCapped(chunks: AsyncIterable<Buffer | string>): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > MAX_INPUT_BYTES) return null;
    parts.push(buf);
  }
  return Buffer.concat(parts);
}

/** `modifiedMs` 0: unknown (stdin, a pipe); never the clock, which would make outputs differ run to run. */
type Bytes = { bytes: Buffer; modifiedMs: number } | { error: string };

async function readBytes(path: string): Promise<Bytes> {
  if (path === '-') {
    const bytes = await readStreamCapped(process.stdin);
    return bytes ? { bytes, modifiedMs: 0 } : { error: STREAM_TOO_LARGE };
  }
  // Plain files (nearly every input) are read with synchronous calls: a batch reads thousands,
  // and the promise API costs more per file than the reading itself.
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    return { error: describeFsError(err) };
  }
  if (info.isDirectory()) return { error: 'is a directory' };
  if (info.isFile()) {
    // Size check before reading: never pull a huge file into memory just to reject it.
    if (info.size > MAX_INPUT_BYTES) return { error: tooLarge(info.size) };
    try {
      const bytes = readFileSync(path);
      return bytes.length > MAX_INPUT_BYTES ? { error: tooLarge(bytes.length) } : { bytes, modifiedMs: info.mtimeMs };
    } catch (err) {
      return { error: describeFsError(err) };
    }
  }
  if (!info.isFIFO() && !info.isCharacterDevice()) return { error: 'not a regular file' };
  let handle;
  try {
    handle = await open(path, 'r');
    const bytes = await readStreamCapped(handle.createReadStream({ autoClose: false }));
    return bytes ? { bytes, modifiedMs: 0 } : { error: STREAM_TOO_LARGE };
  } catch (err) {
    return { error: describeFsError(err) };
  } finally {
    await handle?.close();
  }
}

function kindFor(path: string, text: string): InputKind {
  return (path === '-' ? null : kindFromFileName(path)) ?? sniffKind(text);
}

export async function readInput(path: string): Promise<ReadResult> {
  const source = path;
  const read = await readBytes(path);
  if ('error' in read) return { ok: false, source, error: read.error };
  if (read.bytes.length === 0) return { ok: false, source, error: 'empty file' };
  const decoded = decodeInputBytes(read.bytes);
  if (!decoded.ok) return { ok: false, source, error: decoded.error };
  const modified = Math.floor(read.modifiedMs / 1000);
  return { ok: true, source, text: decoded.text, kind: kindFor(path, decoded.text), warnings: decoded.warnings, modified };
}
