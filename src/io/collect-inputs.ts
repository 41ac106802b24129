/**
 * Command-line arguments → input paths, streamed: files and "-" pass through, folders are
 * walked recursively (sorted, skipping hidden entries and node_modules) for article files,
 * never into the output folder nor into a file quizwire wrote.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName } from '../ingest/input-kind.js';
import { mayBeQuizwireOutput, writtenByQuizwire } from './quizwire-output.js';
import { describeFsError } from './read-input.js';

export type CollectedInput = { path: string } | { path: string; error: string };

export const NO_ARTICLES_ERROR = 'no articles (.txt, .md, .html) in folder';

function isSkipped(name: string): boolean {
  // A folder's README/LICENSE describes the folder; it is not an article.
  return name.startsWith('.') || name === 'node_modules' || /^(readme|license|licence|changelog|credits)(\.[a-z]+)?$/i.test(name);
}

/** Article files under `dir`, depth first, names in code-point order for determinism. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<CollectedInput> {
  // Symlinked folders can loop back on themselves: visit each real folder once.
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: describeFsError(err) };
    return;
  }
  const kept = entries.filter((e) => !isSkipped(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of kept) {
    const path = join(dir, entry.name);
    // The folder listing already tells files from folders; only links need a stat.
    let info: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory())) {
      try {
        info = await stat(path);
      } catch {
        continue; // A dangling symlink in a folder is not worth an error line.
      }
    }
    if (info.isDirectory()) yield* walk(path, seen);
    else if (info.isFile() && isArticleFileName(entry.name)) {
      if (mayBeQuizwireOutput(entry.name) && (await writtenByQuizwire(path))) continue;
      yield { path };
    }
  }
}

export interface CollectOptions {
  /** Folders never walked into: the output folder (so `generate .` does not read out/). */
  skipDirs?: string[];
}

export async function* collectInputs(args: string[], opts: CollectOptions = {}): AsyncGenerator<CollectedInput> {
  const skipped = await realFolders(opts.skipDirs ?? []);
  for (const arg of args) {
    if (arg === '-') {
      yield { path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      yield { path: arg, error: describeFsError(err) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { path: arg };
      continue;
    }
    let found = 0;
    // `--out .` writes into the folder read: then only the files it wrote are skipped.
    const root = await realpath(arg);
    for await (const entry of walk(arg, new Set(skipped.filter((dir) => dir !== root)))) {
      if (!('error' in entry)) found++;
      yield entry;
    }
    if (found === 0) yield { path: arg, error: NO_ARTICLES_ERROR };
  }
}

/** The real paths of the folders that exist (one not made yet holds nothing to skip). */
async function realFolders(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    try {
      out.push(await realpath(dir));
    } catch {
      // Not there yet.
    }
  }
  return out;
}
