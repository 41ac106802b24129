/**
 * Find and read the config: `--config FILE`, else `quizwire.config.json` or a `quizwire` key
 * in package.json, searched from the current folder up to the project root (the first folder
 * with a package.json). Relative paths in it are taken from the config file's folder, so
 * the same config works from any subfolder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigError, validateConfig, type QuizwireConfig } from './config-schema.js';
import { oneLine } from '../util/one-line.js';

export interface LoadedConfig {
  config: QuizwireConfig;
  /** The file it came from, or null when there is none. */
  filepath: string | null;
}

const SEARCH_PLACES = ['quizwire.config.json', 'package.json'];

async function explorer() {
  // Loaded only when there is a config to read: most runs have none (~30 ms saved at start-up).
  const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
  // A UTF-8 byte-order mark (as Windows editors save) is not part of the JSON; `null` is a
  // config that says nothing valid (cosmiconfig would skip it as if there were no file).
  const json = (filepath: string, content: string) => {
    const value: unknown = defaultLoaders['.json'](filepath, content.replace(/^\uFEFF/, ''));
    if (value === null) throw emptyConfig(filepath);
    return value;
  };
  return cosmiconfig('quizwire', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false, ignoreEmptySearchPlaces: false, loaders: { '.json': json, noExt: json } });
}

/** Whether any folder from `cwd` up to the project root could hold a config (cheap look first). */
function mayHaveConfig(cwd: string): boolean {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'quizwire.config.json'))) return true;
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown> | null;
        return json !== null && typeof json === 'object' && 'quizwire' in json;
      } catch {
        return true;
      }
    }
    if (dirname(dir) === dir) return false;
  }
}


function emptyConfig(filepath: string): ConfigError {
  return new ConfigError(basename(filepath), null, 'empty; must be a JSON object');
}

function resolvePaths(config: QuizwireConfig, dir: string): QuizwireConfig {
  const at = (p: string | undefined) => (p === undefined || p === '-' || isAbsolute(p) ? p : resolve(dir, p));
  const feed = (f: string) => (/^https?:\/\//i.test(f) ? f : at(f)!);
  return {
    ...config,
    ...(config.out !== undefined && { out: at(config.out) }),
    ...(config.template !== undefined && { template: at(config.template) }),
    ...(config.state !== undefined && { state: at(config.state) }),
    ...(config.cache !== undefined && { cache: at(config.cache) }),
    ...(config.feeds !== undefined && { feeds: config.feeds.map(feed) }),
  };
}

export async function loadConfig(opts: { file?: string; cwd?: string } = {}): Promise<LoadedConfig> {
  let found;
  try {
    if (!opts.file && !mayHaveConfig(opts.cwd ?? process.cwd())) return { config: {}, filepath: null };
    found = opts.file ? await (await explorer()).load(resolve(opts.cwd ?? '.', opts.file)) : await (await explorer()).search(opts.cwd);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new ConfigError(opts.file ?? 'config', null, 'no such file');
    // cosmiconfig says "JSON Error in <path>:\n<detail>": name the file, keep the detail on one line.
    const m = /Error in (.+?):\s*([\s\S]*)$/.exec(String(e.message));
    const file = m ? basename(m[1]) : (opts.file ?? 'config');
    const detail = oneLine(m ? m[2] : String(e.message)).slice(0, 200);
    throw new ConfigError(file, null, `not valid JSON${detail ? ` (${detail})` : ''}`);
  }
  if (!found) return { config: {}, filepath: null };
  const inPackage = basename(found.filepath) === 'package.json';
  if (found.isEmpty) throw emptyConfig(found.filepath);
  const config = validateConfig(found.config, basename(found.filepath), inPackage ? 'quizwire.' : '');
  return { config: resolvePaths(config, dirname(found.filepath)), filepath: found.filepath };
}
