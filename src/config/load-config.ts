/**
 * Find and read the config: `--config FILE`, else `quizwire.config.json` or a `quizwire` key
 * in package.json, searched from the current folder up to the project root (the first folder
 * with a package.json). Relative paths in it are taken from the config file's folder, so
 * the same config works from any subfolder.
 */
import { cosmiconfig } from 'cosmiconfig';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { ConfigError, validateConfig, type QuizwireConfig } from './config-schema.js';

export interface LoadedConfig {
  config: QuizwireConfig;
  /** The file it came from, or null when there is none. */
  filepath: string | null;
}

const SEARCH_PLACES = ['quizwire.config.json', 'package.json'];

function explorer() {
  return cosmiconfig('quizwire', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false });
}

/** A config file's name as the user knows it, and the key path inside package.json. */
function labelOf(filepath: string): string {
  return basename(filepath) === 'package.json' ? `${basename(filepath)} (quizwire)` : basename(filepath);
}

function resolvePaths(config: QuizwireConfig, dir: string): QuizwireConfig {
  const at = (p: string | undefined) => (p === undefined || p === '-' || isAbsolute(p) ? p : resolve(dir, p));
  return { ...config, ...(config.out !== undefined && { out: at(config.out) }), ...(config.template !== undefined && { template: at(config.template) }) };
}

export async function loadConfig(opts: { file?: string; cwd?: string } = {}): Promise<LoadedConfig> {
  let found;
  try {
    found = opts.file ? await explorer().load(resolve(opts.cwd ?? '.', opts.file)) : await explorer().search(opts.cwd);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const file = opts.file ?? 'config';
    if (e.code === 'ENOENT') throw new ConfigError(file, null, 'no such file');
    // cosmiconfig's parse errors are multi-line; the first line says what is wrong.
    throw new ConfigError(file, null, `cannot read: ${String(e.message).split('\n')[0]}`);
  }
  if (!found || found.isEmpty) return { config: {}, filepath: found?.filepath ?? null };
  const config = validateConfig(found.config, labelOf(found.filepath));
  return { config: resolvePaths(config, dirname(found.filepath)), filepath: found.filepath };
}
