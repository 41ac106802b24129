import { homedir } from 'node:os';
import { join } from 'node:path';

/** $XDG_CACHE_HOME/quizwire, else ~/.cache/quizwire (the XDG base-directory default). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CACHE_HOME;
  // The spec ignores a relative XDG path: it would depend on where the command is run.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.cache'), 'quizwire');
}

/** Where the cache keeps its pages (and, while one is written, its temporary file). */
export const cachedPagesDir = (cacheDir: string): string => join(cacheDir, 'pages');
