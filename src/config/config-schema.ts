/**
 * The keys of `quizwire.config.json` (or the `quizwire` key of package.json) and their
 * checks. Pure: a raw parsed object in, a typed config out, or one ConfigError naming the
 * file and the key.
 */
import { GROUP_BY, type GroupBy } from '../batch/periods.js';
import { parseTypes } from '../generate/parse-types.js';
import { parseTopics } from '../analyze/topic-list.js';
import { FORMATS, type Format } from '../render/index.js';

export interface QuizwireConfig {
  deck?: string;
  paper?: 'a4' | 'letter';
  columns?: 1 | 2;
  /** Item types as the `--types` list gives them. */
  types?: string;
  maxPerArticle?: number;
  /** Template folder (a relative path is taken from the config file's folder). */
  template?: string;
  /** Output folder (a relative path is taken from the config file's folder). */
  out?: string;
  formats?: Format[];
  seed?: number;
  groupBy?: GroupBy;
  title?: string;
  versions?: number;
  key?: 'inline' | 'separate';
  keyDetail?: boolean;
  name?: string;
  jobs?: number;
  /** Only articles of these syllabus topics, as the `--topics` list gives them. */
  topics?: string;
  /** Feeds or OPML feed lists read on every run, as `--feed` gives them (URLs or files). */
  feeds?: string[];
  /** The `--state` file (a relative path is taken from the config file's folder). */
  state?: string;
  /** The `--cache` folder (a relative path is taken from the config file's folder). */
  cache?: string;
}

export class ConfigError extends Error {
  constructor(file: string, key: string | null, detail: string) {
    super(`${file}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

const quoted = (xs: readonly (string | number)[]) =>
  xs.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(xs.length === 2 ? ' or ' : ', ');

type Check = (value: unknown) => string | null;

const oneOf =
  (choices: readonly (string | number)[]): Check =>
  (v) =>
    choices.includes(v as string | number) ? null : `must be ${quoted(choices)}`;
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be a non-empty string');
const wholeNumber =
  (min: number, max = Infinity): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `must be a whole number${max === Infinity ? ` of at least ${min}` : ` from ${min} to ${max}`}`;

const CHECKS: Record<keyof QuizwireConfig, Check> = {
  deck: text,
  paper: oneOf(['a4', 'letter']),
  columns: oneOf([1, 2]),
  types: (v) => {
    const list = Array.isArray(v) ? v.join(',') : v;
    if (typeof list !== 'string') return 'must be a list of item types';
    try {
      parseTypes(list);
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  },
  maxPerArticle: wholeNumber(1),
  template: text,
  out: text,
  formats: (v) => {
    const list = Array.isArray(v) ? v : [v];
    if (list.length === 0) return 'must name at least one format';
    const bad = list.find((f) => !(FORMATS as readonly unknown[]).includes(f));
    return bad === undefined ? null : `unknown format ${JSON.stringify(bad)}; choose from ${quoted(FORMATS)}`;
  },
  seed: (v) => (typeof v === 'number' && Number.isInteger(v) ? null : 'must be a whole number'),
  groupBy: oneOf(GROUP_BY),
  title: text,
  versions: wholeNumber(1, 26),
  key: oneOf(['inline', 'separate']),
  keyDetail: (v) => (typeof v === 'boolean' ? null : 'must be true or false'),
  name: text,
  jobs: wholeNumber(1),
  topics: (v) => {
    if (typeof v !== 'string' && !(Array.isArray(v) && v.every((t) => typeof t === 'string'))) return 'must be a list of topics';
    try {
      parseTopics(v);
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  },
  feeds: (v) => {
    const list = Array.isArray(v) ? v : [v];
    return list.length > 0 && list.every((f) => typeof f === 'string' && f.trim() !== '') ? null : 'must be a feed URL or file, or a list of them';
  },
  state: text,
  cache: text,
};

export const CONFIG_KEYS = Object.keys(CHECKS) as (keyof QuizwireConfig)[];

/**
 * Check a parsed config; `file` names it in errors (e.g. "quizwire.config.json"), and
 * `keyPrefix` the key path inside it ("quizwire." in package.json).
 */
export function validateConfig(raw: unknown, file: string, keyPrefix = ''): QuizwireConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, keyPrefix.replace(/\.$/, '') || null, 'must be a JSON object');
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: "__proto__" or "hasOwnProperty" are names on every object's prototype.
    if (!Object.hasOwn(CHECKS, key)) throw new ConfigError(file, keyPrefix + key, `unknown key; known keys: ${CONFIG_KEYS.join(', ')}`);
    const problem = CHECKS[key as keyof QuizwireConfig](value);
    if (problem) throw new ConfigError(file, keyPrefix + key, problem);
    config[key] = value;
  }
  // Lists are accepted either way; keep one shape for the command line to merge.
  if (Array.isArray(config.types)) config.types = (config.types as string[]).join(',');
  if (Array.isArray(config.topics)) config.topics = (config.topics as string[]).join(',');
  if (typeof config.formats === 'string') config.formats = [config.formats];
  if (typeof config.feeds === 'string') config.feeds = [config.feeds];
  return config as QuizwireConfig;
}
